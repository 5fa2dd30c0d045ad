"""A state measure announced in the future tense ("anunció que el Gobierno
declarará el estado de emergencia") was read as taken on the day of the
announcement: for a strategic trigger the future ending and "anunció" are not
plan cues (a decision told with "said the curfew would last ten days" is news),
so the future of the verb that takes the measure itself is a plan cue of its own
(lang/es/cues.yaml modality.plan), and the measure actually declared is kept."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events, one_event

PUBLISHED = date(2022, 12, 13)


@pytest.mark.parametrize("body", [
    # the wire of 13 December 2022, the night before the nationwide emergency was decreed
    "Por la noche, el ministro de Defensa, Alberto Otárola, anunció que el Gobierno declarará el estado de emergencia en todo el país.",
    "La presidenta Dina Boluarte anuncia que decretará el toque de queda en las provincias de Puno.",
])
def test_a_measure_announced_in_the_future_is_no_event(body: str) -> None:
    assert [e for e in events(body, "es", PUBLISHED) if e.type == "strategic_development"] == []


def test_the_measure_declared_stays_an_event() -> None:
    event = one_event("El Gobierno declaró el estado de emergencia en todo el país por treinta días.", "es", PUBLISHED)
    assert (event.type, event.sub_type, event.date.start) == ("strategic_development", "state_measure", PUBLISHED)
