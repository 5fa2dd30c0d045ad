"""An article whose only protest word is a bare gathering.

"Prime Minister Narendra Modi addressed an election rally in Pilibhit on Tuesday. Thousands of
supporters gathered at the ground, waving party flags." made a peaceful rally of the campaign's
crowd: "gathered" is a rally word, and "supporters" a crowd. With no grievance, demand, violence,
force, state measure or other protest word anywhere in the article, and an occasion named (an
election rally, devotees, mourners, a funeral), people gathering are a campaign's, a festival's or
a funeral's crowd, not a demonstration (GUIDELINES §2; ACLED codes campaign rallies apart). With
no occasion named, or in an article that tells contention, "Thousands gathered in the square"
stays a rally."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2024, 4, 10)  # a Wednesday
TUESDAY = date(2024, 4, 9)


@pytest.mark.parametrize("body", [
    "Prime Minister Narendra Modi addressed an election rally in Pilibhit on Tuesday. Thousands of supporters gathered at the ground, waving party flags.",
    "Thousands of devotees gathered at the Kashi Vishwanath temple on Tuesday for the festival.",
    "Thousands of mourners gathered for the funeral of the singer in Mumbai on Tuesday.",
])
def test_a_bare_gathering_with_nothing_contentious_is_no_event(body: str) -> None:
    assert events(body, "en", PUBLISHED) == []


@pytest.mark.parametrize("body", [
    "Thousands of people gathered at Galle Face Green in Colombo on Tuesday, demanding the resignation of the president.",
    "Thousands of people gathered in the main square of Colombo on Tuesday. Police fired tear gas to disperse them.",
    "Hundreds gathered in the main square of Arequipa on Tuesday.",
])
def test_a_gathering_with_a_demand_or_force_is_a_protest(body: str) -> None:
    assert [(e.type, e.date.start) for e in events(body, "en", PUBLISHED)] == [("protest", TUESDAY)]
