""""Protests continued on Monday in Puno" is Monday's incident.

The past "continued" moved the event's first day back one ("began on Sunday at the
latest"), so an article of Tuesday dated the Monday blockade Sunday to Monday. The day
told is the incident's (GUIDELINES §2 date), as the Spanish "continuaron el lunes"
already gave; a protest that "continues" on a day, and "a second day", still began
before it (cues.yaml ``continuation``)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 17)  # a Tuesday


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Protests continued on Monday in Puno, where demonstrators blocked the main roads leading to the city."),
    ("es", "Las protestas continuaron el lunes en Puno, donde los manifestantes bloquearon las principales vías de acceso."),
])
def test_continued_on_a_day_is_that_day(lang: str, body: str) -> None:
    e = one_event(body, lang, PUBLISHED)
    assert (e.place.name, e.date.start, e.date.end) == ("Puno", date(2023, 1, 16), date(2023, 1, 16))


def test_a_second_day_still_began_the_day_before() -> None:
    e = one_event("On Monday, the strike in Puno went on for a second day, with roads blocked.", "en", PUBLISHED)
    assert (e.place.admin1, e.date.start, e.date.end) == ("Puno", date(2023, 1, 15), date(2023, 1, 16))
