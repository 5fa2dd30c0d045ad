"""A night told before any day takes the day a later count of the paragraph names outright.

"Later that night, a police officer was attacked by a crowd while patrolling in a
car. His body was found burned the next morning, on January 10": the night is
that of January 9 (the day before the morning named), not the report's day."""

from __future__ import annotations

from datetime import date

from kipu.extract.dates import find_dates


def _days(text: str, published: date) -> list[tuple[str, date]]:
    return [(text[m.span.start : m.span.end], m.range.start) for m in find_dates(text, "en", published)]


def test_the_night_before_the_morning_named():
    text = (
        "By nightfall, 17 civilians were dead in Juliaca.\n\n"
        "Later that night, a police officer was attacked by a crowd while patrolling in a car with a colleague. "
        "His body was found burned the next morning, on January 10."
    )
    assert _days(text, date(2023, 3, 16)) == [
        ("Later that night", date(2023, 1, 9)),
        ("January 10", date(2023, 1, 10)),
    ]


def test_no_day_named_outright_dates_nothing():
    text = "Later that night, a police officer was attacked by a crowd. His body was found the next morning."
    assert _days(text, date(2023, 3, 16)) == []
