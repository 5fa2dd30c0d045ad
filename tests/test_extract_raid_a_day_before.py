"""A raid told in a "a day after" clause is an incident of its own day.

"Peruvian police fired tear gas on Saturday night at thousands of protesters
who marched through central Lima, a day after police raided the capital's main
public university and detained nearly 200 people": the march on Saturday, and
the raid with its arrests on Friday, apart (the arrests are no march's)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize("raid", ["police raided", "officers stormed"])
def test_the_raid_the_day_before_the_march(raid: str) -> None:
    # ("officers stormed": the state's raid, no crowd's storming)
    text = (
        "Peruvian police fired tear gas on Saturday night at thousands of protesters who marched through central Lima, "
        f"a day after {raid} the capital's main public university and detained nearly 200 people."
    )
    out = EX.extract(text, published=date(2023, 1, 23), lang="en")
    assert [(e.type, e.sub_type, e.date.start, e.date.end, e.arrests.low if e.arrests else None) for e in out.events] == [
        ("protest", "intervention", date(2023, 1, 21), date(2023, 1, 21), None),
        ("strategic_development", "arrests", date(2023, 1, 20), date(2023, 1, 20), 200),
    ]


def test_protesters_storming_the_day_before_stays_a_riot():
    text = "Police fired tear gas at marchers in Lima on Saturday, a day after protesters stormed the Congress building."
    out = EX.extract(text, published=date(2023, 1, 23), lang="en")
    assert [(e.type, e.sub_type, e.date.start) for e in out.events] == [
        ("protest", "intervention", date(2023, 1, 21)),
        ("riot", "violent_demonstration", date(2023, 1, 20)),
    ]
