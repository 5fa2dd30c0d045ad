"""The day after "after" that is the movement's first day, not a wound's.

"A 55-year-old man died Saturday night after being struck in the head by a
tear gas canister ..., the first death in the capital since anti-government
protests began seven weeks ago": the rule that dates a death by the earlier
day its victim was hurt ("died on Saturday after being shot on 9 January")
took "seven weeks ago", the day the protests began, and the Lima death went
to 11 December, apart from Saturday's clash."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    "tail",
    [
        "the first death in the capital since anti-government protests began seven weeks ago.",
        "the first death in the capital since the protests began on December 7.",
    ],
)
def test_the_death_keeps_its_own_day(tail):
    text = (
        f"A 55-year-old man died Saturday night after being struck in the head by a tear gas canister in Lima, {tail} "
        "Police fired tear gas as hundreds of demonstrators marched toward Congress."
    )
    [event] = EX.extract(text, published=date(2023, 1, 29), lang="en").events
    assert (event.date.start, event.place.admin1, event.fatalities.value) == (date(2023, 1, 28), "Lima", 1)


def test_a_wound_on_an_earlier_day_still_dates_the_incident():
    text = "A protester died in hospital in Juliaca on Saturday after being shot during clashes on January 9."
    [event] = EX.extract(text, published=date(2023, 1, 22), lang="en").events
    assert event.date.start == date(2023, 1, 9)
