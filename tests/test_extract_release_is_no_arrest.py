"""A release tells no arrest of its own day.

"Thousands marched in Lima on Saturday. Most of those detained were released on
Sunday": no arrests on Sunday (the arrests, when told, are told on their day)."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_those_detained_released_on_sunday():
    text = "Thousands marched in Lima on Saturday. Most of those detained were released on Sunday."
    out = EX.extract(text, published=date(2023, 1, 23), lang="en")
    assert [(e.type, e.sub_type, e.date.start) for e in out.events] == [("protest", "peaceful", date(2023, 1, 21))]
