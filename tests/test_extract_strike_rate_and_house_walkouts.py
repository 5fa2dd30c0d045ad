"""A batsman's strike rate and legislators' walkouts are no strikes.

"Kohli maintained a strike rate of 140 in the match on Thursday" and "The Assembly passed the bill
on Thursday amid a walkout by the Opposition" made peaceful strikes: "strike" and "walkout" are
strike words. A scoring speed is sport; legislators leaving the chamber is a parliamentary tactic
inside the House, not a crowd's protest (GUIDELINES §2). Workers walking out of a plant still strike."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 3, 10)
THURSDAY = date(2023, 3, 9)


@pytest.mark.parametrize("body", [
    "Kohli maintained a strike rate of 140 in the match against Australia in Nagpur on Thursday.",
    "The Assembly passed the bill on Thursday amid a walkout by the Opposition.",
    "Opposition MLAs staged a walkout from the Assembly on Thursday over the issue of unemployment.",
    "Opposition members walked out of the Lok Sabha on Thursday.",
])
def test_no_strike(body: str) -> None:
    assert events(body, "en", PUBLISHED) == []


def test_workers_walking_out_of_a_plant_strike() -> None:
    body = "Workers staged a walkout at the Maruti plant in Manesar on Thursday."
    assert [(e.type, e.sub_type, e.forms, e.date.start) for e in events(body, "en", PUBLISHED)] == [("protest", "peaceful", ["strike"], THURSDAY)]
