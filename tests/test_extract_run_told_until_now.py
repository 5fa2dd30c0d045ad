"""An action that "began on Jan. 4" and has gone on "for ten days now".

"Miners in Arequipa began an indefinite strike on Jan. 4 ... For ten days now,
they have blocked the Panamericana Sur" gave one event on January 4 alone: the
run told in the present took the paragraph's day (the 4th) as its last. In
Spanish "Desde hace diez días bloquean la vía" was read as the 4th to the 14th,
but as a second event beside the strike of the 4th. A run told as lasting until
now ends on the report's day, and the day the action began is its first: one
event from January 4 to the report (GUIDELINES §2 date: the earliest and latest
day the article supports)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 1, 14)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Informal miners in Arequipa began an indefinite strike on Jan. 4 to demand an extension of their permits. "
           "For ten days now, they have blocked the Panamericana Sur near Chala."),
    ("es", "Los mineros informales de Arequipa iniciaron una huelga indefinida el 4 de enero para exigir la ampliación del Reinfo. "
           "Desde hace diez días bloquean la Panamericana Sur en Chala."),
    ("es", "Los mineros informales de Arequipa iniciaron una huelga indefinida el 4 de enero para exigir la ampliación del Reinfo. "
           "Llevan diez días de bloqueo en la Panamericana Sur, a la altura de Chala."),
])
def test_a_run_until_now_spans_from_the_day_it_began(lang: str, body: str) -> None:
    (event,) = events(body, lang, PUBLISHED)
    assert (event.type, event.place.admin1) == ("protest", "Arequipa")
    assert event.date.start == date(2023, 1, 4) and event.date.end == PUBLISHED


def test_a_march_on_another_day_is_not_the_run() -> None:
    body = ("Los docentes marcharon el 2 de enero en Arequipa. "
            "Desde hace diez días los mineros bloquean la Panamericana Sur en Chala.")
    found = sorted(events(body, "es", PUBLISHED), key=lambda e: e.date.start)
    assert [(e.date.start, e.date.end) for e in found] == [(date(2023, 1, 2), date(2023, 1, 2)), (date(2023, 1, 4), PUBLISHED)]
