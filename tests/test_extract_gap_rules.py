"""Rules that close gaps listed under "Known weaknesses" in docs/evaluation.md:
a running total of arrests that is no raid of its own, killers who are not
the state, a death toll that belongs to the crowd's victim, a blockade whose
length is stated, and places that only name an organisation or a background."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date, lang: str):
    return EX.extract("Titular\n\n" + text + "\n", published=published, lang=lang).events


# A sentence whose only arrest figure is the campaign's running total tells
# that total (a tally), not a further wave of arrests on its day.

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Los agentes detuvieron el martes a varios manifestantes durante la marcha en Arequipa. "
         "En total, 31 personas fueron detenidas desde el inicio de las movilizaciones.", "es"),
        ("Officers detained several marchers in Arequipa on Tuesday. "
         "In total, 31 people were arrested since the start of the protests.", "en"),
    ],
)
def test_an_arrests_total_is_no_arrests_event(text, lang):
    out = EX.extract("Titular\n\n" + text + "\n", published=date(2023, 3, 8), lang=lang)
    assert [e.type for e in out.events] == ["protest"]
    assert [t.measure for t in out.tallies] == ["arrests"]


def test_a_raid_that_adds_to_the_total_stays_an_event():
    text = "Police arrested 30 union leaders in raids on Tuesday, bringing to 120 the number arrested since December."
    types = [e.type for e in _events(text, date(2023, 3, 8), "en")]
    assert types == ["strategic_development"]


# Killers who are not the state: a killing by gunmen or unknown attackers told
# beside a strike is neither the strike's toll nor the state's lethal force.

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Los mototaxistas paralizaron el jueves el distrito de Comas en protesta contra la extorsión. "
         "En plena jornada de paro, un cobrador fue asesinado a balazos por desconocidos en una avenida de Comas.", "es"),
        ("Motorcycle-taxi drivers brought the district of Comas to a halt on Thursday to protest extortion. "
         "While the stoppage went on, a fare collector was shot dead by unknown attackers on an avenue in Comas.", "en"),
    ],
)
def test_a_killing_by_unknown_attackers_beside_a_strike_is_not_state_force(text, lang):
    events = _events(text, date(2024, 10, 4), lang)
    protests = [e for e in events if e.type == "protest"]
    assert protests and all(e.sub_type != "excessive_force" for e in protests)
    assert all("killings" not in e.state_response and "live_ammunition" not in e.state_response for e in events)
    assert all(e.fatalities is None for e in protests)


def test_a_trader_killed_by_two_men_is_an_attack_on_a_civilian():
    text = ("Stallholders shut the market in Tarapoto on Wednesday against extortion. "
            "On Tuesday, a trader was shot dead by two men on a motorcycle near the entrance.")
    events = _events(text, date(2024, 5, 2), "en")
    killed = [e for e in events if e.fatalities]
    assert [(e.type, e.sub_type, e.fatalities.value) for e in killed] == [("violence_against_civilians", "attack", 1)]


def test_protesters_shot_by_a_civilian_are_no_state_killing():
    text = "Three protesters were shot dead by a man at the picket on the bridge in Pisco on Sunday."
    (ev,) = _events(text, date(2023, 1, 17), "en")
    assert ev.fatalities.value == 3
    assert "killings" not in ev.state_response


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Soldiers shot dead three protesters at the picket on the bridge in Pisco on Sunday.", "en"),
        ("Los militares mataron a balazos a tres manifestantes en el piquete del puente de Pisco el domingo.", "es"),
    ],
)
def test_soldiers_killing_protesters_stay_excessive_force(text, lang):
    (ev,) = _events(text, date(2023, 1, 17), lang)
    assert (ev.sub_type, ev.fatalities.value) == ("excessive_force", 3)
    assert "killings" in ev.state_response


# A day told as the end (or the n-th day) of a run of stated length: the
# event spans from the run's first day to that day.

@pytest.mark.parametrize(
    "text,lang,start,end",
    [
        ("Los comuneros de Espinar desbloquearon el viernes la vía a la mina, luego de 21 días de bloqueo.", "es",
         date(2023, 5, 20), date(2023, 6, 9)),
        ("Espinar villagers ended their protest on the mine road on Friday after 21 days of blockade.", "en",
         date(2023, 5, 20), date(2023, 6, 9)),
        ("Los docentes de Ayacucho cumplieron el viernes su día 10 de huelga frente a la sede regional.", "es",
         date(2023, 5, 31), date(2023, 6, 9)),
        ("Ayacucho teachers marked on Friday the 10th day of their strike outside the regional offices.", "en",
         date(2023, 5, 31), date(2023, 6, 9)),
        ("Ayacucho teachers ended their 10-day strike on Friday.", "en", date(2023, 5, 31), date(2023, 6, 9)),
    ],
)
def test_a_stated_run_of_days_dates_the_event_from_its_first_day(text, lang, start, end):
    events = [e for e in _events(text, date(2023, 6, 10), lang) if e.type == "protest"]
    assert [(e.date.start, e.date.end) for e in events] == [(start, end)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("El viernes, en el día 10 de la huelga, los docentes marcharon por el centro de Ayacucho.", "es"),
        ("On Friday teachers marched through Ayacucho on the 10th day of their strike.", "en"),
    ],
)
def test_an_action_on_the_nth_day_of_a_strike_is_that_days(text, lang):
    (ev,) = _events(text, date(2023, 6, 10), lang)
    assert ev.date.start == ev.date.end == date(2023, 6, 9)


# A police officer killed by a crowd during the day's riot: one incident,
# typed by its most severe phase (the crowd's killing, mob violence), with the
# officer counted dead and the crowd's beating not listed as a state response.

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Los pobladores saquearon el local municipal de Macusani el martes y lanzaron piedras a los agentes. "
         "Más tarde, una turba mató a golpes a un policía frente a la plaza.", "es"),
        ("Los pobladores saquearon el local municipal de Macusani el martes. "
         "Un suboficial murió tras ser golpeado por la turba frente a la plaza.", "es"),
        ("Residents looted the town hall in Macusani on Tuesday and threw stones at officers. "
         "Later a police officer was burned alive by the crowd in the square.", "en"),
    ],
)
def test_an_officer_killed_by_the_crowd_makes_the_riot_mob_violence(text, lang):
    (ev,) = _events(text, date(2023, 3, 9), lang)
    assert (ev.type, ev.sub_type) == ("riot", "mob_violence")
    assert ev.fatalities is not None and ev.fatalities.value == 1
    assert "beatings" not in ev.state_response


# A place inside an organisation's capitalised name names the organisation:
# the event takes the place its sentence names, and the organisation's place
# stands in only where the article names no other.

@pytest.mark.parametrize(
    "text,lang,admin1",
    [
        ("El Frente Unido de Defensa de los Intereses de Moquegua marchó el jueves por las calles de Tacna.", "es", "Tacna"),
        ("Members of the Moquegua Regional Farmworkers' Federation marched through Tacna on Thursday.", "en", "Tacna"),
        ("The United Front for the Defence of Moquegua marched through Tacna on Thursday.", "en", "Tacna"),
    ],
)
def test_a_place_inside_an_organisation_name_is_not_the_event_place(text, lang, admin1):
    (ev,) = _events(text, date(2023, 6, 10), lang)
    assert ev.place.admin1 == admin1


def test_an_organisation_place_stands_in_when_nothing_else_is_named():
    text = "La Coordinadora Regional de Rondas Campesinas de Cajamarca convocó una marcha que recorrió el centro el jueves."
    (ev,) = _events(text, date(2023, 6, 10), "es")
    assert ev.place.admin1 == "Cajamarca"


def test_the_inner_organisation_place_does_not_make_the_country():
    # Guatemala's Totonicapán, named only inside the organisation's name, still tells the country
    text = "Los 48 Cantones de Totonicapán bloquearon el jueves varias carreteras del país."
    (ev,) = _events(text, date(2023, 10, 13), "es")
    assert ev.place.country == "GT"


# A wire's dateline city anchors its placeless lead; a region named only in a
# sentence that tells no incident (an official's visit) does not outvote it.

@pytest.mark.parametrize(
    "text,lang,admin1",
    [
        ("Maestros en huelga\n\nBOGOTÁ, 9 may (EFE).- Miles de maestros marcharon este martes para exigir mejores salarios.\n\n"
         "El sindicato afirmó que la huelga seguirá hasta recibir una nueva propuesta.\n\n"
         "El presidente, de visita en Cartagena, dijo que el Gobierno escuchará a los docentes.\n\n"
         "Cartagena celebra esta semana su festival de música.\n", "es", "Bogota, D.C."),
        ("Teachers on strike\n\nBOGOTA, May 9 (Reuters) - Thousands of teachers marched on Tuesday to demand better pay.\n\n"
         "The union said the strike would go on until it received a new offer.\n\n"
         "The president, on a visit to Cartagena, said the government would listen to the teachers.\n\n"
         "Cartagena is holding its music festival this week.\n", "en", "Bogota, D.C."),
    ],
)
def test_a_visit_told_in_passing_does_not_outvote_the_dateline(text, lang, admin1):
    out = EX.extract(text, published=date(2023, 5, 9), lang=lang)
    assert [e.place.admin1 for e in out.events if e.type == "protest"] == [admin1]
