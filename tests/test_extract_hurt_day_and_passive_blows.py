"""A later death dated by the day its victim was hurt; a crowd that suffers a
blow in the passive is not the crowd that strikes."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str, published: date = date(2023, 1, 20)):
    return EX.extract(text, published=published, lang=lang).events


# A death in hospital from wounds of an earlier day is that day's incident's
# toll (one incident, one record), not a new incident on the day of death.

def test_a_death_from_wounds_suffered_earlier_takes_the_day_of_the_wounds():
    text = ("Juliaca\n\nThe health ministry said two protesters died in hospital in Juliaca on Tuesday "
            "from gunshot wounds suffered on January 9.\n")
    got = [(str(e.date.start), e.fatalities.low if e.fatalities else None) for e in _events(text, "en")]
    assert got == [("2023-01-09", 2)]


def test_spanish_heridas_sufridas_take_the_day_of_the_wounds():
    text = ("Ayacucho\n\nTras las protestas en Ayacucho, un comunero murió el jueves a causa de las heridas "
            "sufridas el 15 de diciembre.\n")
    got = [str(e.date.start) for e in _events(text, "es")]
    assert got == ["2022-12-15"]


def test_hurt_one_day_and_arrested_the_next_keeps_the_first_day_told():
    # no death: the wound's day is not singled out
    text = "Cusco\n\nA protester was injured on Monday and arrested on Tuesday in Cusco.\n"
    got = [(str(e.date.start), e.type, e.sub_type) for e in _events(text, "en")]
    assert got == [("2023-01-16", "protest", "intervention")]


def test_a_crowd_hurt_in_the_passive_is_no_riot_and_one_attacking_is():
    hurt = _events("Cusco\n\nDos manifestantes fueron golpeados en Cusco el lunes.\n", "es")
    assert [(e.type, e.sub_type) for e in hurt] == [("protest", "intervention")]
    attacking = _events("Cusco\n\nProtesters attacked two officers in Cusco on Monday.\n", "en")
    assert [(e.type, e.sub_type) for e in attacking] == [("riot", "violent_demonstration")]


def test_clashes_that_left_dead_including_an_officer_are_no_mob_killing():
    text = ("Juliaca\n\nClashes in Juliaca left 18 dead on Monday, including a police officer, officials said, "
            "raising the death toll to 46.\n")
    got = [(e.type, e.sub_type, e.fatalities.low) for e in _events(text, "en", date(2023, 1, 9))]
    assert got == [("protest", "excessive_force", 18)]


def test_a_vehicle_off_the_road_near_a_blockade_is_an_accident_not_force():
    for text, lang in (
        ("Apurímac\n\nTwo people died when their vehicle plunged off a road near a blockade in Apurimac.\n", "en"),
        ("Apurímac\n\nDos personas murieron cuando su camioneta cayó a un abismo cerca de un bloqueo en Apurímac.\n", "es"),
    ):
        assert [(e.sub_type, e.state_response) for e in _events(text, lang)] == [("peaceful", [])], lang


def test_the_young_man_hurt_on_a_day_who_died_later_is_that_days_dead():
    text = ("Puno\n\nLas protestas siguen en Puno. Falleció el joven que resultó herido de bala el 9 de enero "
            "en Juliaca.\n")
    got = [(str(e.date.start), e.place.name, e.fatalities.low if e.fatalities else None) for e in _events(text, "es", date(2023, 2, 7))]
    assert got == [("2023-01-09", "Juliaca", 1)]


def test_kin_marching_a_year_after_their_dead_are_two_incidents():
    for text, lang in (
        ("Juliaca\n\nRelatives of the 18 people killed on January 9, 2023 marched through the city on Tuesday.\n", "en"),
        ("Juliaca\n\nFamiliares de los 18 fallecidos el 9 de enero de 2023 marcharon el martes por las calles de Juliaca.\n", "es"),
    ):
        got = sorted((str(e.date.start), e.sub_type, e.fatalities.low if e.fatalities else None, tuple(e.forms))
                     for e in _events(text, lang, date(2024, 1, 10)))
        assert got == [("2023-01-09", "excessive_force", 18, ()), ("2024-01-09", "peaceful", None, ("march",))], lang
