"""A wire factbox ("Timeline: Peru's deadly protests after Castillo's fall",
self-written) tells each day in the present with the force as subject: "JAN.
21 - Police raid San Marcos University in Lima and arrest 193 people" was no
incident at all (only "raids"/"raided" were raid words), and "A police officer
is burned to death there the next day" named no killing (only "burned to
death by" or "inside his ..." did)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

PUBLISHED = date(2023, 2, 10)

TIMELINE = (
    "Here is a timeline of the unrest in Peru since former President Pedro Castillo was removed:\n\n"
    "JAN. 9, 2023 - Seventeen civilians die in Juliaca, in Puno, in the deadliest day of the protests. "
    "A police officer is burned to death there the next day.\n\n"
    "JAN. 19 - Thousands of protesters from the south march in Lima. Police fire tear gas.\n\n"
    "JAN. 21 - Police raid San Marcos University in Lima and arrest 193 people."
)


def test_a_police_raid_in_the_present_is_a_raid_with_its_arrests():
    events = extract(TIMELINE, "en", PUBLISHED).events
    raid = [e for e in events if e.date is not None and e.date.start == date(2023, 1, 21)]
    assert len(raid) == 1
    assert (raid[0].type, raid[0].sub_type) == ("strategic_development", "arrests")
    assert raid[0].place.admin1 == "Lima"
    assert raid[0].arrests.low == 193
    march = [e for e in events if e.date is not None and e.date.start == date(2023, 1, 19)]
    assert len(march) == 1 and march[0].arrests is None


def test_an_officer_burned_to_death_in_the_present_is_a_mob_killing():
    events = extract(TIMELINE, "en", PUBLISHED).events
    mob = [e for e in events if e.sub_type == "mob_violence"]
    assert len(mob) == 1
    assert mob[0].date.start == date(2023, 1, 10)
    assert mob[0].place.admin1 == "Puno"
    assert mob[0].fatalities.low == 1


def test_the_police_raid_as_a_noun_recalled_is_no_raid():
    body = "Students at San Marcos still recount the police raid on their campus. They say they were afraid."
    assert extract(body, "en", PUBLISHED).events == []
