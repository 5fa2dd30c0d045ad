""""In the last week of February" is the end of February, not "last week".

The month part ("the last week of", "late", "a finales de") was read before a bare
month, but the "last week" inside "the last week of February" was also taken as a
date of its own (the week before publication), and a month written with its year
("late February 2023", "a finales de febrero de 2023") lost its part and became the
whole month. The part now covers its words and applies to a month with its year."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event
from kipu.extract.dates import find_dates

PUBLISHED = date(2023, 3, 20)


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("en", "In the last week of February, farmers blocked the road.", date(2023, 2, 25), date(2023, 2, 28)),
    ("en", "In the last week of February 2023, farmers blocked the road.", date(2023, 2, 25), date(2023, 2, 28)),
    ("en", "In late February 2023, farmers blocked the road.", date(2023, 2, 21), date(2023, 2, 28)),
    ("es", "A finales de febrero de 2023, los agricultores bloquearon la vía.", date(2023, 2, 21), date(2023, 2, 28)),
    ("es", "En la última semana de febrero de 2023, los agricultores bloquearon la vía.", date(2023, 2, 25), date(2023, 2, 28)),
])
def test_a_month_part_is_one_date(lang: str, text: str, start: date, end: date) -> None:
    found = [(m.range.start, m.range.end) for m in find_dates(text, lang, PUBLISHED)]
    assert found == [(start, end)]


def test_the_event_of_the_last_week_of_a_month() -> None:
    e = one_event("In the last week of February, farmers in Ayacucho blocked the Libertadores highway "
                  "to demand a higher price for potatoes.", "en", PUBLISHED)
    assert (e.place.admin1, e.date.start, e.date.end) == ("Ayacucho", date(2023, 2, 25), date(2023, 2, 28))
