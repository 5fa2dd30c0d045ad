"""Probe gaps28: a report's finding dated by the report, "days earlier", a tally
"in January alone", a quantifier's "few in Lima", ... (each test says which).

The texts are short sentences written for these tests about real events of
the 2022-2023 Peruvian protests."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def events(text: str, lang: str, published: date = date(2023, 5, 10)):
    return EX.extract(text, published=published, lang=lang).events


# GUIDELINES §2: a report's finding sums up incidents already told; the date
# naming the report ("its April 2023 report") is no incident's day. (The Spanish
# "determinó en su informe de marzo" needs this stop's rule; the other three are
# guards that passed before it and must keep passing.)
@pytest.mark.parametrize(
    "text,lang",
    [
        ("La Comisión Interamericana concluyó en su informe de abril de 2023 que lo ocurrido en Juliaca podría constituir una masacre.", "es"),
        ("The IACHR concluded in its April 2023 report that what happened in Juliaca could amount to a massacre.", "en"),
        ("La Defensoría determinó en su informe de marzo que en Ayacucho los militares usaron fuerza letal contra los manifestantes.", "es"),
        ("Amnesty International found in its February report that security forces in Ayacucho used lethal force against protesters.", "en"),
    ],
)
def test_report_finding_is_no_incident(text, lang):
    lede = {"es": "Los familiares de las víctimas marcharon el martes en Lima. ", "en": "Relatives of the victims marched in Lima on Tuesday. "}[lang]
    got = [(e.place.admin1, e.date.start) for e in events(lede + text, lang)]
    assert got == [("Lima", date(2023, 5, 9))]


# GUIDELINES §2: a day told inside what was found is an incident's day, and stands.
@pytest.mark.parametrize(
    "text,lang",
    [
        ("The report found that on January 9 police in Juliaca killed 18 protesters.", "en"),
        ("La comisión concluyó que el 9 de enero la policía mató a 18 manifestantes en Juliaca.", "es"),
    ],
)
def test_finding_with_its_own_day_stands(text, lang):
    got = [(e.sub_type, e.place.admin1, e.date.start, e.fatalities.value) for e in events(text, lang)]
    assert got == [("excessive_force", "Puno", date(2023, 1, 9), 18)]


# GUIDELINES §2 (date): "días antes", "days earlier" with no count is a few days
# before the day just told, not that day ("dos días antes" is two days before).
@pytest.mark.parametrize(
    "text,lang,span",
    [
        ("El 14 de enero los manifestantes bloquearon la carretera en Puno. El Gobierno había aprobado días antes el decreto supremo 4078.", "es", (date(2023, 1, 7), date(2023, 1, 12))),
        ("On January 14 protesters blocked the highway in Puno. The government had approved a supreme decree days earlier.", "en", (date(2023, 1, 7), date(2023, 1, 12))),
        ("El 14 de enero los manifestantes bloquearon la carretera en Puno. El Gobierno había declarado unos días antes el estado de emergencia en la región.", "es", (date(2023, 1, 7), date(2023, 1, 13))),
        ("El 14 de enero los manifestantes bloquearon la carretera en Puno. El Gobierno había aprobado dos días antes el decreto supremo 4078.", "es", (date(2023, 1, 12), date(2023, 1, 12))),
    ],
)
def test_days_earlier_without_a_count(text, lang, span):
    measures = [e for e in events(text, lang, date(2023, 1, 20)) if e.sub_type == "state_measure"]
    assert [(e.date.start, e.date.end) for e in measures] == [span]


# GUIDELINES §2 (date): in a side clause ("tal como lo habían anunciado días antes",
# "que se había pactado días antes") the span dates the call, not the sentence's act.
def test_days_earlier_in_a_side_clause_dates_no_act():
    text = ("El sábado 14 de enero los trabajadores marcharon en Cusco. Decenas de estudiantes se suman en Puno a la protesta "
            "convocada días antes por la federación.")
    got = [(e.place.admin1, e.date.start) for e in events(text, "es", date(2023, 1, 16))]
    assert ("Puno", date(2023, 1, 14)) in got
    assert all(d != date(2023, 1, 7) for _, d in got)


# GUIDELINES §3: a total told for a month ("in January alone") has that month as its period.
@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("Solo en enero se reportaron 652 heridos en 14 regiones.", "es", 652),
        ("Solo en enero se registraron 652 heridos en todo el país.", "es", 652),
        ("In January alone, 652 people were injured.", "en", 652),
        ("In January, the ombudsman recorded 652 injured.", "en", 652),
    ],
)
def test_month_alone_is_the_tallys_period(text, lang, value):
    lede = {"es": "Las protestas contra el gobierno de Dina Boluarte siguen en el sur del país. ",
            "en": "Protests against the government of Dina Boluarte continue in southern Peru. "}[lang]
    out = EX.extract(lede + text, published=date(2023, 2, 10), lang=lang)
    assert [(t.value, t.period.start, t.period.end) for t in out.tallies] == [(value, date(2023, 1, 1), date(2023, 1, 31))]
    assert out.events == []


# GUIDELINES §2 (place): "few in Lima saw coming" names where onlookers are, not where the strike is.
@pytest.mark.parametrize(
    "text,lang",
    [
        ("For ten days now, the Aymara provinces of southern Puno have lived under a strike that few in Lima saw coming.", "en"),
        ("Desde hace diez días, las provincias aimaras del sur de Puno viven bajo un paro que pocos en Lima anticiparon.", "es"),
    ],
)
def test_few_in_lima_is_no_place_of_the_act(text, lang):
    got = {e.place.admin1 for e in events(text, lang, date(2023, 1, 14))}
    assert got == {"Puno"}


# ...but people in a place who act there are there: "many in Lima joined the march".
def test_many_in_lima_who_march_are_in_lima():
    got = {e.place.admin1 for e in events("On Friday many in Lima joined the march against Congress.", "en", date(2023, 1, 14))}
    assert got == {"Lima"}


# GUIDELINES §2 (one incident, one event): the wounded who died later raise the earlier
# incident's toll; the day they died is no new incident.
@pytest.mark.parametrize(
    "text,lang,place",
    [
        ("Soldiers opened fire on demonstrators who tried to occupy the airport in Ayacucho on Thursday, killing seven. "
         "On Friday two more people died of their wounds in Ayacucho.", "en", "Ayacucho"),
        ("Soldados dispararon el jueves contra manifestantes que intentaron tomar el aeropuerto de Ayacucho y mataron a siete. "
         "El viernes dos personas más murieron a causa de sus heridas en Ayacucho.", "es", "Ayacucho"),
    ],
)
def test_died_of_wounds_adds_to_the_earlier_incident(text, lang, place):
    got = [(e.sub_type, e.place.admin1, e.date.start, e.fatalities.value) for e in events(text, lang, date(2022, 12, 16))]
    assert got == [("excessive_force", place, date(2022, 12, 15), 9)]


# ...and in a total's sentence, "a day after" the shooting, only the shooting's day is an incident.
def test_toll_rose_after_deaths_of_wounds_makes_no_new_incident():
    text = ("La cifra de muertos en las protestas subió a 20 el viernes después de que dos personas más murieran a causa de sus "
            "heridas en Ayacucho, un día después de que soldados dispararan contra manifestantes que intentaron tomar el aeropuerto de la ciudad.")
    out = EX.extract(text, published=date(2022, 12, 16), lang="es")
    assert [(e.place.admin1, e.date.start) for e in out.events] == [("Ayacucho", date(2022, 12, 15))]
    assert [t.value for t in out.tallies] == [20]


# GUIDELINES §2 (strategic_development/state_measure): the measure a march opposes, declared
# on a day of its own, is a state measure of that day besides the march.
@pytest.mark.parametrize(
    "text,lang",
    [
        ("El jueves los manifestantes marcharon en Lima en contra del estado de emergencia declarado por el Gobierno el miércoles.", "es"),
        ("On Thursday protesters marched in Lima against the state of emergency declared by the government on Wednesday.", "en"),
    ],
)
def test_measure_declared_on_its_day_is_a_measure(text, lang):
    got = sorted((e.sub_type, e.place.admin1, e.date.start) for e in events(text, lang, date(2022, 12, 16)))
    assert got == [("peaceful", "Lima", date(2022, 12, 15)), ("state_measure", None, date(2022, 12, 14))]


# ...once: told before with its day, it is the same measure.
def test_measure_told_before_is_not_repeated():
    text = ("El miércoles el Gobierno declaró el estado de emergencia en todo el país. El jueves los manifestantes marcharon en Lima "
            "en contra del estado de emergencia declarado por el Gobierno el miércoles.")
    assert [e.sub_type for e in events(text, "es", date(2022, 12, 16))].count("state_measure") == 1
