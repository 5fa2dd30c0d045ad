"""The crowd as the victims of a count: "police arrested 12 of them", a
passer-by who opens fire on a roadblock and kills two of the people blocking
it, police clearing "a roadblock", and the district of Chao (a word too in
Spanish) named after a locative."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
PUBLISHED = date(2023, 1, 14)  # a Saturday: "on Tuesday" is 10 January


def _events(body: str, lang: str):
    return EX.extract("Headline\n\n" + body + "\n", published=PUBLISHED, lang=lang).events


# "12 of them": the pronoun is the crowd, the number is the arrests or the dead.

@pytest.mark.parametrize(("lang", "body", "measure", "value"), [
    ("en", "Protesters blocked the highway in Virú on Tuesday; police arrested 12 of them.", "arrests", 12),
    ("es", "Los manifestantes bloquearon la vía en Virú el martes y la policía detuvo a doce de ellos.", "arrests", 12),
    ("en", "Gunmen opened fire on protesters at a roadblock in Virú on Tuesday, killing two of them.", "fatalities", 2),
])
def test_a_number_of_them_counts_the_crowd(lang: str, body: str, measure: str, value: int) -> None:
    (event,) = _events(body, lang)
    count = getattr(event, measure)
    assert count is not None and (count.low, count.high) == (value, value)


def test_a_part_of_a_count_is_still_no_second_count() -> None:
    (event,) = _events("Police dispersed a march in Virú on Tuesday; 16 people were injured, several of them by pellets.", "en")
    assert event.injuries is not None and event.injuries.low == 16


# A passer-by's shots kill people of the crowd: the toll is the protest's, and
# no lethal state response is read into it.

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Nurses were blocking a road in La Chorrera on Tuesday when a man got out of his car and opened fire, killing two of them."),
    ("es", "Un hombre disparó contra los manifestantes en Virú el martes y mató a dos de ellos."),
    ("es", "Un sujeto bajó de su auto y disparó contra los vecinos que bloqueaban la vía en Virú el martes, matando a dos."),
])
def test_a_civilian_gunman_kills_protesters(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert event.type == "protest"
    assert event.fatalities is not None and event.fatalities.low == 2
    assert not {"live_ammunition", "killings"} & set(event.state_response)


def test_gunmen_killing_a_bystander_beside_a_strike_are_no_toll_of_it() -> None:
    events = _events("Transport workers went on strike in Trujillo on Tuesday. Gunmen shot dead a fare collector in La Esperanza during the strike.", "en")
    protests = [e for e in events if e.type == "protest"]
    assert protests and all(e.fatalities is None for e in protests)


# Police clearing "a roadblock" disperse it.

def test_police_clearing_a_roadblock_is_an_intervention() -> None:
    (event,) = _events("Police cleared a roadblock in Virú on Tuesday, detaining 12 people.", "en")
    assert event.sub_type == "intervention"
    assert "dispersal" in event.state_response


# Chao: a district after "in"/"en", a word elsewhere.

def test_chao_after_a_locative_is_the_district() -> None:
    (event,) = _events("Farm workers blocked the Pan-American highway in Chao on Tuesday.", "en")
    assert event.place is not None and event.place.name == "Chao" and event.place.admin1 == "La Libertad"


def test_chao_as_a_farewell_is_no_place() -> None:
    events = _events("Vecinos de Virú bloquearon la carretera el martes. \"Chao, nos vemos mañana\", gritó un dirigente a los policías.", "es")
    assert events and all(e.place is None or e.place.name != "Chao" for e in events)


# The dead counted in the very next sentence after a protest are its toll.

def test_the_dead_told_right_after_a_protest_are_its_toll() -> None:
    (event,) = _events("Protesters tried to take the airport in Juliaca on Tuesday. By nightfall, 17 people were dead.", "en")
    assert event.fatalities is not None and event.fatalities.low == 17
    assert event.sub_type == "excessive_force"


def test_the_dead_a_paragraph_later_elsewhere_are_not_the_protest_toll() -> None:
    events = _events("Thousands marched in Lima on Tuesday.\n\nIn Cusco, two people died when their bus overturned.", "en")
    assert events and all(e.fatalities is None for e in events)


# Police firing live rounds right after a protest is told, with no target of
# their own, fire at that protest; shots they only meet are not theirs.

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Protesters tried to take the airport in Juliaca on Tuesday. Police opened fire."),
    ("es", "Manifestantes intentaron tomar el aeropuerto de Juliaca el martes. La policía respondió con armas de fuego."),
])
def test_police_gunfire_right_after_a_protest(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert event.sub_type == "excessive_force" and "live_ammunition" in event.state_response


def test_police_arriving_despite_shots_fire_none() -> None:
    events = _events("Los trabajadores bloquearon la entrada de la planta en Virú el martes. Llegó la policía y pese a los disparos "
                     "de los vigilantes no detuvo a nadie.", "es")
    assert events and all("live_ammunition" not in e.state_response and e.sub_type != "excessive_force" for e in events)


# A wire's lead: "two more people dead" is the day's toll beside the total;
# "the town of Ilave, near Lake Titicaca" is in Ilave; reporters who told it
# are no actors; "security forces" ask for no security.

WIRE = """Peru: two more dead in Ilave

LIMA (AP) — Clashes between protesters and security forces in Peru's southern Andes left two more people dead on Tuesday, bringing the death toll from five weeks of unrest to 44, the ombudsman said.

The deaths occurred in the town of Ilave, near Lake Titicaca, where hundreds of Aymara protesters tried to take over a police station, local reporters said.
"""


def test_a_wire_lead_with_the_day_toll_and_the_total() -> None:
    out = EX.extract(WIRE, published=PUBLISHED, lang="en")
    (event,) = out.events
    assert event.place is not None and event.place.name == "Ilave"
    assert event.fatalities is not None and event.fatalities.low == 2
    assert "journalists" not in event.actors and "security_crime" not in event.demands
    assert [t.value for t in out.tallies] == [44]


def test_another_count_with_no_day_stays_beside_the_total() -> None:
    out = EX.extract("Headline\n\nThe ombudsman counted 50 deaths in clashes. Another 17 died in accidents linked to the blockades, "
                     "bringing the total to 67.\n", published=PUBLISHED, lang="en")
    assert {t.value for t in out.tallies} >= {50, 67}


# A crowd that strikes a reporter attacks a civilian ("a journalist beaten",
# GUIDELINES §2), and its blows are no state response; so do police who beat one.

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "A group of protesters beat a television reporter in Lima on Tuesday."),
    ("en", "Protesters attacked a journalist covering the march in Lima on Tuesday."),
    ("es", "Un grupo de manifestantes agredió a un reportero de televisión en Lima el martes."),
    ("es", "Manifestantes golpearon a un periodista que cubría la marcha en Lima el martes."),
])
def test_a_crowd_beating_a_reporter_attacks_a_civilian(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert (event.type, event.sub_type) == ("violence_against_civilians", "attack")
    assert "beatings" not in event.state_response


def test_police_beating_a_reporter_attack_a_civilian() -> None:
    # (the march he covered is an event of its own, as gold codes a photographer beaten at a march beside it)
    event, march = _events("Un reportero fue golpeado por policías mientras cubría la marcha en Lima el martes.", "es")
    assert (event.type, event.sub_type) == ("violence_against_civilians", "attack")
    assert (march.type, march.sub_type, list(march.forms)) == ("protest", "peaceful", ["march"])
