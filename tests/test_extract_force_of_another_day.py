"""Force told in passing of an earlier day, in one noun phrase with that day
("luego de la intervención policial del día anterior", "the union condemned
the previous day's tear gas"), is that day's: it does not type the report
day's event, does not date the sentence, and joins that day's incident only
when the article tells one on a day it writes."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date, lang: str) -> list[tuple[str, str, date, date, tuple[str, ...]]]:
    out = EX.extract(text, published=published, lang=lang)
    return [(e.type, e.sub_type, e.date.start, e.date.end, tuple(e.state_response)) for e in out.events]


def test_the_second_day_of_a_strike_keeps_peaceful():
    text = (
        "Limón, Costa Rica, 26 de febrero de 2014. Se inicia el segundo día de huelga en los muelles de Limón y Moín contra la concesión "
        "de la terminal de contenedores. La presidenta ejecutiva de JAPDEVA declara que luego de la intervención policial del día anterior "
        "los muelles funcionan con normalidad."
    )
    assert _events(text, date(2014, 2, 26), "es") == [("protest", "peaceful", date(2014, 2, 25), date(2014, 2, 26), ())]


def test_apology_for_a_burning_the_day_before_makes_no_riot():
    text = (
        "Limón, Costa Rica, 27 de febrero de 2014. Cientos de trabajadores portuarios marcharon este jueves por el centro de Limón "
        "contra la concesión del puerto. El sindicato pide disculpas por la quema de una patrulla durante la protesta del día anterior."
    )
    assert _events(text, date(2014, 2, 27), "es") == [("protest", "peaceful", date(2014, 2, 27), date(2014, 2, 27), ())]


def test_force_condemned_of_a_day_with_no_incident_told_is_no_event():
    text = (
        "Lima, January 25, 2023. Thousands of teachers went on strike across Lima on Wednesday to demand higher wages. "
        "The union condemned the previous day's tear gas attack on marchers in the capital."
    )
    assert _events(text, date(2023, 1, 25), "en") == [("protest", "peaceful", date(2023, 1, 25), date(2023, 1, 25), ())]


def test_force_rejected_of_a_day_the_article_tells_joins_that_days_march():
    text = (
        "Lima, 25 de enero de 2023. El martes, cientos de docentes marcharon por el centro de Lima para exigir mejores salarios. "
        "Este miércoles, miles de docentes acataron una huelga en Lima. "
        "El sindicato rechazó el uso de gases lacrimógenos del martes contra los manifestantes en la capital."
    )
    assert _events(text, date(2023, 1, 25), "es") == [
        ("protest", "intervention", date(2023, 1, 24), date(2023, 1, 24), ("tear_gas",)),
        ("protest", "peaceful", date(2023, 1, 25), date(2023, 1, 25), ()),
    ]


def test_the_days_force_as_the_subject_stays_that_days_news():
    text = (
        "Juliaca, 10 de enero de 2023. La represión del lunes en el aeropuerto de Juliaca dejó al menos 17 muertos. "
        "Este martes, cientos de comuneros marcharon por las calles de la ciudad."
    )
    assert _events(text, date(2023, 1, 10), "es") == [
        ("protest", "excessive_force", date(2023, 1, 9), date(2023, 1, 9), ("killings",)),
        ("protest", "peaceful", date(2023, 1, 10), date(2023, 1, 10), ()),
    ]


def test_a_days_possessive_before_another_incident_word_dates_that_word_only():
    text = (
        "Lima, January 25, 2023. Thousands of teachers went on strike across Lima on Wednesday to demand higher wages. "
        "After Monday's march police fired tear gas at teachers near Congress."
    )
    assert _events(text, date(2023, 1, 25), "en") == [
        ("protest", "peaceful", date(2023, 1, 25), date(2023, 1, 25), ()),
        ("protest", "intervention", date(2023, 1, 23), date(2023, 1, 23), ("tear_gas",)),
    ]


def test_force_as_the_subject_of_a_reported_clause_stays_that_days_news():
    text = "Lima, 16 de enero de 2023. El ministro del Interior dijo que los enfrentamientos del sábado en Juliaca fueron provocados por infiltrados."
    out = EX.extract(text, published=date(2023, 1, 16), lang="es")
    assert [(e.type, e.sub_type, e.date.start, e.place.name) for e in out.events] == [("riot", "violent_demonstration", date(2023, 1, 14), "Juliaca")]
