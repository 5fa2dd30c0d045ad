"""A toll whose only dates name the movement's months is that movement's total.

"The protests of December 2022 and January 2023 left 49 civilians dead", months later:
a running total over those months (GUIDELINES §3), neither lethal force over them nor a
protest on the report's day."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_the_movements_toll_is_a_tally():
    text = (
        "The protests of December 2022 and January 2023 left 49 civilians dead in clashes with security forces, "
        "according to the ombudsman's office."
    )
    out = EX.extract(text, published=date(2023, 9, 14), lang="en")
    assert out.events == []
    assert [(t.measure, t.value, t.qualifier, t.period.start, t.period.end) for t in out.tallies] == [
        ("fatalities", 49, "exact", date(2022, 12, 1), date(2023, 1, 31)),
    ]
