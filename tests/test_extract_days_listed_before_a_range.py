"""Days listed with commas before the two a range joins run from the first one listed.

"los días 14, 15 y 16 de noviembre" is 14 to 16 November, not 15 to 16; days apart
("el 3, 15 y 16") are no run, and keep the range of the last two (GUIDELINES §2 date)."""

from __future__ import annotations

from datetime import date

from kipu.extract.dates import find_dates
from kipu.extract.numbers import find_quantities


def _ranges(text: str, lang: str) -> list[tuple[date, date]]:
    return [(d.range.start, d.range.end) for d in find_dates(text, lang, date(2024, 11, 16))]


def test_spanish_days_listed_before_the_range():
    text = "El Gobierno declaró feriado los días 14, 15 y 16 de noviembre en Lima."
    assert _ranges(text, "es") == [(date(2024, 11, 14), date(2024, 11, 16))]


def test_english_days_listed_before_the_range_and_the_first_is_no_count():
    text = "Police arrested people on 13, 14 and 15 November in Lima."
    assert _ranges(text, "en") == [(date(2024, 11, 13), date(2024, 11, 15))]
    assert find_quantities(text, "en") == []


def test_days_apart_are_no_run():
    assert _ranges("Hubo marchas el 3, 15 y 16 de noviembre.", "es") == [(date(2024, 11, 15), date(2024, 11, 16))]
