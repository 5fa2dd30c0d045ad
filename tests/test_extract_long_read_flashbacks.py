"""A long read that opens on a deadly day, goes back weeks in a flashback and
returns (self-written passages on Juliaca, 9 January 2023, published in July
2024) was misread five ways: a city's population ("a trading city of some
300,000 people") became the crowd of the march told later; a bare day right
after "Four days later," in the flashback ("on December 15") took the year
before publication although the day it counts from had been moved back to
2022; the deadly day itself was dropped as background because its first
sentence tells only the crowd and its dead come two sentences later; "the
first deaths ... when two teenagers were shot" counted one dead (the ordinal
before a plural) and two wounded; and "Back in Juliaca, the night after the
massacre" counted from the flashback's last day instead of Juliaca's."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

PUBLISHED = date(2024, 7, 12)


def test_a_citys_population_is_no_crowd():
    body = (
        "The airport road in Juliaca, a trading city of some 300,000 people on the high plateau of the Puno region, "
        "had been the scene of the protests for days.\n\n"
        "On Thursday, relatives of the victims marched again through the streets of Juliaca. "
        "About 2,000 people took part, and the march ended peacefully in the main square."
    )
    (event,) = extract(body, "en", PUBLISHED).events
    assert (event.type, event.sub_type) == ("protest", "peaceful")
    assert event.date.start == date(2024, 7, 11)
    assert event.participants is not None and event.participants.low == 2000


def test_a_deadly_day_told_over_several_sentences_is_recalled():
    body = (
        "On the morning of January 9, 2023, Rosa Luque sent her son to buy bread.\n\n"
        "Thousands of Aymara demonstrators tried to reach the runway of the Juliaca airport that afternoon. "
        "Police fired tear gas and then live rounds. "
        "By the end of the day 17 civilians were dead and more than 100 people had been wounded."
    )
    (event,) = extract(body, "en", PUBLISHED).events
    assert (event.type, event.sub_type) == ("protest", "excessive_force")
    assert event.place.admin1 == "Puno"
    assert event.date.start == date(2023, 1, 9)
    assert event.fatalities.low == 17
    assert event.injuries.low == 100


FLASHBACK = (
    "Juliaca is still counting its dead a year and a half after police fired on protesters at its airport on January 9, 2023.\n\n"
    "A month earlier, on December 7, 2022, President Pedro Castillo was removed.\n\n"
    "The first deaths came in Andahuaylas, in the Apurímac region, on December 11, when two teenagers were shot during clashes near the airport. "
    "Four days later, on December 15, soldiers opened fire on protesters at the airport in Ayacucho, killing 10 people.\n\n"
    "Back in Juliaca, the night after the massacre, a crowd caught police officer José Luis Soncco in his patrol car and burned him to death."
)


def _by_region(events):
    return {e.place.admin1: e for e in events if e.place is not None}


def test_the_shot_that_the_first_deaths_name_are_the_dead():
    andahuaylas = _by_region(extract(FLASHBACK, "en", PUBLISHED).events)["Apurímac"]
    assert andahuaylas.date.start == date(2022, 12, 11)
    assert andahuaylas.fatalities is not None and andahuaylas.fatalities.low == 2
    assert andahuaylas.injuries is None


def test_a_day_counted_from_a_day_moved_to_its_year_keeps_that_year():
    ayacucho = _by_region(extract(FLASHBACK, "en", PUBLISHED).events)["Ayacucho"]
    assert ayacucho.date.start == date(2022, 12, 15)
    assert ayacucho.fatalities.low == 10


def test_back_in_a_place_counts_from_that_places_day():
    events = extract(FLASHBACK, "en", PUBLISHED).events
    mob = [e for e in events if e.sub_type == "mob_violence"]
    assert len(mob) == 1
    assert mob[0].type == "riot"
    assert mob[0].place.admin1 == "Puno"
    assert mob[0].date.start == date(2023, 1, 10)
    assert mob[0].fatalities is not None and mob[0].fatalities.low == 1
