"""A timeline's present tense tells a riot as the past tense does.

"Dec. 12 - Protesters storm the airport in Arequipa" is the storming of
"protesters stormed the airport" (GUIDELINES §2: storming is a riot), and
"Protesters torch a police station" is arson."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dec. 12 - Protesters storm the airport in Arequipa.", "Arequipa"),
        ("Dec. 12 - Protesters torch a police station in Andahuaylas.", "Andahuaylas"),
    ],
)
def test_present_tense_riot(text: str, place: str):
    out = EX.extract(text, published=date(2023, 6, 20), lang="en")
    assert [(e.type, e.sub_type, e.place.name, e.date.start) for e in out.events] == [
        ("riot", "violent_demonstration", place, date(2022, 12, 12)),
    ]
