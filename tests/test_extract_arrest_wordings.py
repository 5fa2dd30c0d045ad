"""Arrest and wound wordings (lang/*/cues.yaml measure): people "taken to the
station" or "rounded up" are arrested, "pellet wounds" are injuries, and a
protest with arrests counted is one the state intervened in
(kipu.extract.events.build_event)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event
from kipu.model import EventMention

PUBLISHED = date(2023, 1, 12)


def _event(body: str, lang: str) -> EventMention:
    return one_event(body, lang, PUBLISHED)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "La Policía intervino a 25 personas durante la marcha del lunes en Lima."),
    ("es", "Un total de 25 manifestantes fueron conducidos a la comisaría tras la marcha del lunes en Lima."),
    ("en", "Police rounded up 25 protesters during the march in Lima on Monday."),
])
def test_arrests_counted_at_a_protest_are_an_intervention(lang: str, body: str) -> None:
    event = _event(body, lang)
    assert event.arrests is not None and event.arrests.low == 25
    assert (event.sub_type, "arrests" in event.state_response) == ("intervention", True)
    assert "police" in event.opponents


def test_pellet_wounds_are_injuries() -> None:
    event = _event("Ten protesters suffered pellet wounds during the march in Lima on Monday.", "en")
    assert event.injuries is not None and event.injuries.low == 10
    assert event.sub_type == "intervention" and "rubber_bullets" in event.state_response



@pytest.mark.parametrize(("body", "live"), [
    ("Police fired tear gas and then bullets at protesters in Juliaca on Monday.", True),
    ("Police fired tear gas and bullets at protesters in Juliaca on Monday, killing two.", True),
    ("Police fired tear gas and rubber bullets at protesters in Juliaca on Monday.", False),
])
def test_bullets_after_tear_gas_are_live_fire(body: str, live: bool) -> None:
    assert ("live_ammunition" in _event(body, "en").state_response) is live
