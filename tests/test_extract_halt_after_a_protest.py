""""Las Bambas halted production after residents blocked the road" is the blockade.

A company halting its own work ("halted production", "paralizó sus operaciones") was
typed a strategic development even when told as the consequence of a protest after
"after": the roadblock is the incident the article reports, the halt its effect
(classify.yaml ``work_halted``). A halt with no protest after "after" stays a
development."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2022, 4, 21)  # a Thursday


@pytest.mark.parametrize("body", [
    "Las Bambas halted production on Wednesday after residents of the Fuerabamba community blocked the road to the mine in Apurímac.",
    "MMG said it halted production at Las Bambas on Wednesday after residents blocked the road to the mine.",
])
def test_a_halt_after_a_blockade_is_the_blockade(body: str) -> None:
    e = one_event(body, "en", PUBLISHED)
    assert (e.type, e.sub_type, e.forms, e.place.admin1, e.date.start) == (
        "protest", "peaceful", ["roadblock"], "Apurímac", date(2022, 4, 20))


def test_a_halt_for_an_occupation_stays_a_development() -> None:
    e = one_event("MMG halted operations at Las Bambas on Wednesday because of the occupation by the Huancuire community.", "en", PUBLISHED)
    assert (e.type, e.sub_type) == ("strategic_development", "other")
