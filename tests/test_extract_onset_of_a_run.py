"""A regional round-up (self-written, Bolivia's blockades by Evo Morales's
supporters in October and November 2024): "blocked highways in the
Cochabamba department for a third week on Monday ... The blockades began on
October 14" started the event on the day "a third week" counts back to,
because the onset names no place and the blockade had a day of its own. An
onset of a specific form with no place begins the one event of that form the
article tells, when that event is a run of days; a protest of one day keeps
its day."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

PUBLISHED = date(2024, 11, 4)


def test_an_unplaced_onset_begins_the_one_run_of_its_form():
    body = (
        "Supporters of former Bolivian President Evo Morales blocked highways in the Cochabamba department "
        "for a third week on Monday, cutting off fuel supplies to the west of the country.\n\n"
        "The blockades began on October 14 after prosecutors sought to question Morales."
    )
    (event,) = extract(body, "en", PUBLISHED).events
    assert event.place.country == "BO" and event.place.admin1 == "Cochabamba"
    assert "roadblock" in event.forms
    assert event.date.start == date(2024, 10, 14)


def test_a_one_day_protest_keeps_its_day():
    body = (
        "Supporters of Evo Morales blocked a highway near Parotani, in the Cochabamba department, on Monday.\n\n"
        "The blockades began on October 14 after prosecutors sought to question Morales."
    )
    (event,) = extract(body, "en", PUBLISHED).events
    assert event.place.admin1 == "Cochabamba"
    assert event.date.start == date(2024, 11, 4)
