"""The dead of "the repression of the protests" are the whole movement's toll.

"According to information received by the IACHR, 49 people died as a direct
result of the repression of the protests": a running total for the crackdown
(as "the repression, in which 50 people died"), no incident dated by the report."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_the_repressions_dead_are_a_tally():
    text = "According to information received by the IACHR, 49 people died as a direct result of the repression of the protests."
    out = EX.extract(text, published=date(2023, 5, 3), lang="en")
    assert [(e.type, e.date.start) for e in out.events] == []
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 49)]
