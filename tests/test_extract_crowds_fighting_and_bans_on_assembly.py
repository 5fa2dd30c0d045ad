"""Crowds fighting, and South Asia's ban on assembly.

"Members of two student unions came to blows on the campus on Thursday" and "Communal violence
broke out in Nuh on Thursday" made no event: neither was a riot word (GUIDELINES §2: crowds
fighting each other are a riot). "Police imposed prohibitory orders under Section 144" is a ban
on assembly, a state measure (GUIDELINES §2 state_measure), and was no event."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 3, 10)
THURSDAY = date(2023, 3, 9)


@pytest.mark.parametrize("body", [
    "Members of two student unions came to blows on the campus on Thursday.",
    "Communal violence broke out in Nuh on Thursday.",
])
def test_crowds_fighting_are_a_riot(body: str) -> None:
    assert [(e.type, e.sub_type, e.date.start) for e in events(body, "en", PUBLISHED)] == [("riot", "violent_demonstration", THURSDAY)]


@pytest.mark.parametrize("body", [
    "Police imposed prohibitory orders in the old city on Thursday after clashes between two groups.",
    "The district magistrate imposed Section 144 in Nuh on Thursday.",
])
def test_prohibitory_orders_are_a_state_measure(body: str) -> None:
    assert [(e.type, e.sub_type, e.date.start) for e in events(body, "en", PUBLISHED)] == [("strategic_development", "state_measure", THURSDAY)]
