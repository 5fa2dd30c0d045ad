"""A number a present perfect governs, its clause closed by "this year", is the year's total.

"Thousands of bus and taxi drivers in Lima walked off the job on Thursday and
marched on Congress to demand tougher action against extortion gangs that have
killed dozens of transport workers this year": the march has its day and place,
the dead are the year's running total (GUIDELINES §3), not the march's toll."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_the_years_dead_beside_a_march_on_congress():
    text = (
        "Thousands of bus and taxi drivers in Lima walked off the job on Thursday and marched on Congress to demand "
        "tougher action against extortion gangs that have killed dozens of transport workers this year."
    )
    out = EX.extract(text, published=date(2024, 10, 10), lang="en")
    assert [(e.sub_type, e.place.admin1, e.date.start, e.fatalities) for e in out.events] == [
        ("peaceful", "Lima", date(2024, 10, 10), None),
    ]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 24)]
