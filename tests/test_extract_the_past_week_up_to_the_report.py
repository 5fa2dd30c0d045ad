"""'For the past week' is the seven days up to the report, not last week.

"Thousands of informal gold miners have blocked highways in southern Peru for
the past week": "the past week" was read as the calendar week before the
report's (GUIDELINES' "last week"), so a blockade still going on at
publication ended on the Sunday before. With a preposition of duration it is
the seven days up to the report, as "over the past few days" and "en los
últimos días" already were. ("in the last week" and "en la última semana"
stay as they were: "in the last week of February" is that month's end.)"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract import dates as date_finder

FRIDAY = date(2024, 7, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Miners have blocked highways for the past week.", "en"),
        ("Miners blocked highways in the past week.", "en"),
        ("Miners have blocked highways over the past week.", "en"),
    ],
)
def test_the_past_week_runs_to_the_report(text, lang):
    [d] = date_finder.find_dates(text, lang, FRIDAY)
    assert (d.range.start, d.range.end) == (date(2024, 6, 28), FRIDAY)


@pytest.mark.parametrize(("text", "lang"), [("Hubo bloqueos en la última semana de febrero.", "es")])
def test_the_last_week_of_a_month_is_that_months_end(text, lang):
    [d] = date_finder.find_dates(text, lang, date(2023, 3, 15))
    assert (d.range.start, d.range.end) == (date(2023, 2, 25), date(2023, 2, 28))


def test_last_week_is_still_the_calendar_week_before():
    [d] = date_finder.find_dates("Miners blocked highways last week.", "en", FRIDAY)
    assert (d.range.start, d.range.end) == (date(2024, 6, 24), date(2024, 6, 30))
