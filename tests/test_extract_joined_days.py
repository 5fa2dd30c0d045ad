"""Days joined by a conjunction alone ("on Monday and again on Tuesday")
date one incident from the first to the last (kipu.extract.context), and two
days inside a strike already told as a stretch are that strike's days
(kipu.extract.events._a_day_of)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events
from kipu.model import EventMention

PUBLISHED = date(2023, 1, 12)  # a Thursday: Monday is 9 January, Tuesday 10


def _events(body: str, lang: str, published: date = PUBLISHED) -> list[EventMention]:
    return events(body, lang, published)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Protesters marched in Puno on Monday and Tuesday."),
    ("en", "Protesters marched in Puno on Monday and again on Tuesday."),
    ("es", "Los manifestantes marcharon en Puno el lunes y nuevamente el martes."),
    ("es", "Los manifestantes marcharon en Puno el lunes y el martes."),
])
def test_joined_days_are_one_incidents_extent(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert event.date is not None and (event.date.start, event.date.end) == (date(2023, 1, 9), date(2023, 1, 10))


def test_days_with_a_verb_between_are_not_joined() -> None:
    # killed on one day, buried on another: the killing keeps its own day
    (event,) = _events("A protester was shot dead by police in Puno on Monday and buried on Wednesday.", "en")
    assert event.date is not None and (event.date.start, event.date.end) == (date(2023, 1, 9), date(2023, 1, 9))


def test_two_days_of_a_strike_told_as_a_stretch_fold_into_it() -> None:
    body = ("Los gremios cerraron ayer tres días de paro en Lima, del 13 al 15 de noviembre. "
            "El jueves y el viernes la mayoría de buses circuló con normalidad pese al paro.")
    (event,) = _events(body, "es", published=date(2024, 11, 16))
    assert event.date is not None and (event.date.start, event.date.end) == (date(2024, 11, 13), date(2024, 11, 15))


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "It was the third transport strike in Lima in less than a month, after stoppages on Sept. 26 and Oct. 10."),
    ("es", "Es el tercer paro de transportistas en Lima, tras los paros del 26 de setiembre y del 10 de octubre."),
])
def test_days_weeks_apart_joined_by_and_are_one_incident_each(lang: str, body: str) -> None:
    events = _events(body, lang, published=date(2024, 10, 24))
    assert sorted(e.date.start for e in events if e.date) == [date(2024, 9, 26), date(2024, 10, 10)]


def test_far_apart_days_with_a_toll_are_not_read_twice() -> None:
    # a count in the sentence would be told once per day: the sentence stays one reading
    body = "Police detained 20 protesters at the marches of Sept. 26 and Oct. 10 in Lima."
    events = _events(body, "en", published=date(2024, 10, 24))
    assert sum(e.arrests.low for e in events if e.arrests) == 20
