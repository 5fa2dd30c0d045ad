"""A riot told first, then the measure that answered it, in one sentence.

"Rioters burned shops in the old city on Thursday, and police imposed a curfew" was typed a state
measure alone: the measure led the sentence's typing whenever no protest form was named, though a
riot word came first; and "Protesters clashed ..., and the government declared a curfew" was a riot
alone. Both happened (GUIDELINES §2: a riot, and a curfew as a state measure): the riot told first
leads the typing, and the measure after it is a state measure of the riot's day. A measure told
first, with the riot as its cause after "after", stays one measure."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 3, 10)
THURSDAY = date(2023, 3, 9)


@pytest.mark.parametrize("body", [
    "Rioters burned shops in the old city on Thursday, and police imposed a curfew.",
    "Clashes erupted in the old city on Thursday, and police imposed prohibitory orders under Section 144.",
    "Protesters clashed with police in the centre of Lima on Thursday, and the government declared a curfew.",
])
def test_the_riot_told_first_and_the_measure_after_it(body: str) -> None:
    assert sorted((e.type, e.sub_type, e.date.start) for e in events(body, "en", PUBLISHED)) == [
        ("riot", "violent_demonstration", THURSDAY), ("strategic_development", "state_measure", THURSDAY)]


def test_a_measure_after_a_riot_named_as_its_cause_stays_one_measure() -> None:
    body = "Police imposed a curfew in the old city on Thursday after clashes between two groups."
    assert [(e.type, e.sub_type, e.date.start) for e in events(body, "en", PUBLISHED)] == [("strategic_development", "state_measure", THURSDAY)]
