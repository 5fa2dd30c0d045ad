"""A strike "due to last until Friday" tells its length ahead, no strike on a past Friday.

"[A three-day transport strike began in Lima on Wednesday.] The strike is due to last
until Friday": a timetable (GUIDELINES §2: plans are not events), and the Friday is the
coming one, not the one before the report."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_the_length_ahead_is_no_event():
    text = (
        "A three-day transport strike began in Lima on Wednesday.\n\n"
        "The strike is due to last until Friday. Congress is expected to debate a bill."
    )
    out = EX.extract(text, published=date(2024, 10, 24), lang="en")
    assert [(e.type, e.sub_type, e.forms, e.place.admin1, e.date.start, e.date.end) for e in out.events] == [
        ("protest", "peaceful", ["strike"], "Lima", date(2024, 10, 23), date(2024, 10, 24)),
    ]
