"""A weekday phrase yields to the written date it overlaps.

"The following Monday, January 16, demonstrators from Puno boarded buses":
the longer weekday phrase "The following Monday" took the word Monday from
the written date "Monday, January 16", so the day resolved against the
report (a Monday in February) and the bare 16 was counted as a crowd of
sixteen demonstrators."""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_the_written_date_wins():
    text = "The following Monday, January 16, demonstrators from Puno marched in Juliaca."
    [d] = date_finder.find_dates(text, "en", date(2023, 2, 20))
    assert (d.range.start, text[d.span.start : d.span.end]) == (date(2023, 1, 16), "Monday, January 16")


def test_its_day_number_counts_no_one():
    text = "The following Monday, January 16, demonstrators from Puno marched in Juliaca."
    [event] = EX.extract(text, published=date(2023, 2, 20), lang="en").events
    assert (event.date.start, event.participants) == (date(2023, 1, 16), None)


def test_a_weekday_alone_still_counts_back_from_the_report():
    [d] = date_finder.find_dates("Protesters marched in Juliaca on Monday.", "en", date(2023, 2, 22))
    assert d.range.start == date(2023, 2, 20)
