"""Known gaps closed in round 15: two days joined by "and", deaths with no protest word, totals by a source's phrase, vague days and feasts, a square named after a place abroad, the action just told named again."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str, published: date) -> list:
    return EX.extract(text, published=published, lang=lang).events


def _days(text: str, lang: str, published: date) -> list[tuple[date, date]]:
    return [(d.range.start, d.range.end) for d in date_finder.find_dates(text, lang, published)]


# --- two days joined by "and": two single days, not the run between them ---

NOV = date(2023, 11, 2)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Rondas campesinas cerraron el puente de Chacanto en Cajamarca el 10 y el 23 de octubre para pedir agua limpia.", "es"),
        ("Los mototaxistas de Pucallpa pararon el 10 y 23 de octubre.", "es"),
        ("Coca growers closed the Quillabamba road on 10 and 23 October, over the eradication plan.", "en"),
        ("Coca growers closed the Quillabamba road on October 10 and 23.", "en"),
    ],
)
def test_two_days_joined_by_and_are_two_days(text: str, lang: str) -> None:
    assert _days(text, lang, NOV) == [(date(2023, 10, 10), date(2023, 10, 10)), (date(2023, 10, 23), date(2023, 10, 23))]


@pytest.mark.parametrize(
    "text,lang,run",
    [
        # a range told as one ("between", "del ... al"), or two days in a row, stays a run
        ("Los mineros de Chala bloquearon la vía entre el 10 y el 23 de octubre.", "es", (10, 23)),
        ("Los mineros de Chala bloquearon la vía del 10 al 23 de octubre.", "es", (10, 23)),
        ("Miners blocked the Panamericana at Chala between 10 and 23 October.", "en", (10, 23)),
        ("Miners blocked the Panamericana at Chala on October 10 and 11, police said.", "en", (10, 11)),
    ],
)
def test_a_run_told_as_one_stays_a_run(text: str, lang: str, run: tuple[int, int]) -> None:
    assert _days(text, lang, NOV) == [(date(2023, 10, run[0]), date(2023, 10, run[1]))]


def test_a_count_after_a_month_day_is_still_no_day() -> None:
    # "on October 10 and 23 protesters were hurt": the second number counts people
    assert _days("Police charged on October 10 and 23 protesters were hurt.", "en", NOV) == [(date(2023, 10, 10), date(2023, 10, 10))]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Rondas campesinas de Cajamarca bloquearon el puente de Chacanto el 10 y el 23 de octubre para pedir agua limpia.", "es"),
        ("Farmers in Cusco blocked the Quillabamba road on 10 and 23 October, over the eradication plan.", "en"),
    ],
)
def test_an_action_on_two_days_is_two_incidents(text: str, lang: str) -> None:
    got = sorted((e.date.start, e.date.end) for e in _events(text, lang, NOV) if e.type == "protest")
    assert got == [(date(2023, 10, 10), date(2023, 10, 10)), (date(2023, 10, 23), date(2023, 10, 23))]


# --- deaths told with no protest word, in an article about the protests ---

PROTEST_LEDE = {
    "en": "Relatives of those killed in the protests against the government marched in Lima on Monday.",
    "es": "Familiares de los fallecidos en las protestas contra el Gobierno marcharon el lunes en Lima.",
}


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The bloodiest day came on 15 December, when ten civilians died in Huamanga.", "en"),
        ("El día más sangriento fue el 15 de diciembre, cuando diez civiles murieron en Huamanga.", "es"),
    ],
)
def test_deaths_with_no_protest_word_are_the_protests_toll(text: str, lang: str) -> None:
    events = _events(PROTEST_LEDE[lang] + "\n\n" + text, lang, date(2023, 1, 20))
    dead = [e for e in events if e.fatalities is not None]
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start, e.fatalities.low) for e in dead] == [
        ("protest", "excessive_force", "Ayacucho", date(2022, 12, 15), 10)
    ]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The rights group said 31 people died at the hands of the security forces during the period.", "en"),
        ("La organización indicó que 31 personas murieron a manos de las fuerzas del orden durante el periodo.", "es"),
    ],
)
def test_deaths_during_the_period_are_a_total(text: str, lang: str) -> None:
    lede = {"en": "Protesters blocked roads across the south between December and February.",
            "es": "Los manifestantes bloquearon vías en el sur entre diciembre y febrero."}[lang]
    out = EX.extract(lede + "\n\n" + text, published=date(2023, 3, 10), lang=lang)
    assert [t.value for t in out.tallies if t.measure == "fatalities"] == [31]
    assert not [e for e in out.events if e.fatalities is not None]


def test_civilians_dead_in_an_accident_are_no_toll_of_force() -> None:
    text = PROTEST_LEDE["en"] + "\n\nThree civilians died in a bus crash near Ilave on Tuesday."
    assert [e.sub_type for e in _events(text, "en", date(2023, 1, 20)) if e.fatalities is not None] in ([], ["peaceful"])


# --- a register's verb in the source's phrase makes no running total ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("According to the testimony gathered and the footage reviewed by investigators, six people were killed.", "en"),
        ("Según los testimonios y las imágenes revisadas por los fiscales, seis personas murieron.", "es"),
    ],
)
def test_a_source_phrase_makes_no_total(text: str, lang: str) -> None:
    lede = {"en": "Police opened fire on protesters who tried to take the Andahuaylas airport on Sunday.",
            "es": "La Policía disparó el domingo contra los manifestantes que intentaron tomar el aeropuerto de Andahuaylas."}[lang]
    out = EX.extract(lede + "\n\n" + text, published=date(2022, 12, 13), lang=lang)
    assert out.tallies == []
    assert [(e.place.admin1, e.fatalities.low) for e in out.events if e.fatalities] == [("Apurímac", 6)]


def test_a_register_verb_of_the_count_still_makes_a_total() -> None:
    text = "Protesters marched in Lima on Monday.\n\nAccording to the ombudsman, investigators have documented 48 deaths."
    out = EX.extract(text, published=date(2023, 3, 10), lang="en")
    assert [t.value for t in out.tallies] == [48]


# --- vague days before publication and feast days ---

WED = date(2023, 1, 18)


@pytest.mark.parametrize(
    "text,lang,span",
    [
        ("Hace unos días, los cocaleros del VRAEM bloquearon la vía a Pichari.", "es", (-7, -1)),
        ("Coca farmers in the VRAEM blocked the Pichari road a few days ago.", "en", (-7, -1)),
        ("En los últimos días, los cocaleros del VRAEM bloquearon la vía a Pichari.", "es", (-7, 0)),
        ("In recent days, coca farmers in the VRAEM have blocked the Pichari road.", "en", (-7, 0)),
    ],
)
def test_a_few_days_ago_is_the_week_before_publication(text: str, lang: str, span: tuple[int, int]) -> None:
    from datetime import timedelta

    assert _days(text, lang, WED) == [(WED + timedelta(days=span[0]), WED + timedelta(days=span[1]))]


@pytest.mark.parametrize(
    "text,lang,day",
    [
        ("En Nochebuena, los mototaxistas de Juliaca marcharon hasta la plaza.", "es", date(2022, 12, 24)),
        ("On Christmas Eve, motorcycle-taxi drivers marched to the main square of Juliaca.", "en", date(2022, 12, 24)),
        ("El día de Año Nuevo, los mototaxistas de Juliaca marcharon hasta la plaza.", "es", date(2023, 1, 1)),
        ("On New Year's Day, motorcycle-taxi drivers marched to the main square of Juliaca.", "en", date(2023, 1, 1)),
    ],
)
def test_a_feast_day_is_its_day_before_publication(text: str, lang: str, day: date) -> None:
    assert _days(text, lang, WED) == [(day, day)]
    assert [(e.date.start, e.place.admin1) for e in _events("Titular\n\n" + text, lang, WED)] == [(day, "Puno")]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("El jueves 12 de enero los estibadores del Callao pararon. Ese fin de semana bloquearon el acceso al puerto.", "es"),
        ("On Thursday 12 January dockworkers in Callao stopped work. That weekend, they blocked the port gates.", "en"),
    ],
)
def test_that_weekend_is_the_weekend_of_the_day_told(text: str, lang: str) -> None:
    assert _days(text, lang, date(2023, 1, 25))[-1] == (date(2023, 1, 14), date(2023, 1, 15))


def test_that_weekend_with_no_day_told_is_no_day() -> None:
    assert _days("Ese fin de semana bloquearon el acceso al puerto.", "es", date(2023, 1, 25)) == []


# --- a square named after a Peruvian place, placed in a town abroad ---


def test_a_square_named_after_a_peruvian_place_abroad_is_abroad() -> None:
    text = ("Titular\n\nUnos doscientos migrantes peruanos se reunieron el sábado en la plaza del Callao, "
            "en pleno centro de Madrid, para pedir elecciones anticipadas.")
    [event] = _events(text, "es", date(2023, 2, 6))
    assert event.place.country == "ES"


def test_a_towns_own_streets_placed_in_its_region_stay_there() -> None:
    text = "Titular\n\nEl sábado, cientos de comuneros marcharon por las calles de Juliaca, en la región Puno, para pedir justicia."
    [event] = _events(text, "es", date(2023, 2, 6))
    assert (event.place.country, event.place.admin1) == ("PE", "Puno")


# --- the action just told, named again in a paragraph with no place of its own ---


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Los mototaxistas de Lima pararon el lunes.\n\nEn Puno, miles de comuneros iniciaron el martes un paro indefinido.\n\n"
         "El miércoles el paro siguió, con los mercados cerrados.", "es"),
        ("Motorcycle-taxi drivers in Lima stopped work on Monday.\n\nIn Puno, thousands of farmers began an indefinite strike on Tuesday.\n\n"
         "On Wednesday the strike went on, with markets shut.", "en"),
    ],
)
def test_the_action_named_again_is_where_it_was_told(text: str, lang: str) -> None:
    events = _events("Titular\n\n" + text, lang, date(2023, 1, 19))
    assert (date(2023, 1, 18), "Puno") in [(e.date.start, e.place.admin1) for e in events]
    assert (date(2023, 1, 18), "Lima") not in [(e.date.start, e.place.admin1) for e in events]


def test_coca_growers_are_no_town_in_ecuador() -> None:
    # Ecuador's Coca (Orellana) needs its country named: "Coca growers" opening a sentence is the crop
    text = "Headline\n\nCoca growers blocked the road to Quillabamba on Monday, over the eradication plan."
    assert [(e.place.country, e.place.admin1) for e in _events(text, "en", date(2023, 11, 2))] == [("PE", "Cusco")]


def test_coca_with_its_country_named_is_still_there() -> None:
    text = "Headline\n\nIndigenous groups blocked the roads around Coca, in the Ecuadorian Amazon, on Monday."
    assert [e.place.country for e in _events(text, "en", date(2023, 11, 2))] == ["EC"]
