"""A call told in one clause, what happened in the next after a semicolon.

"El Frente de Defensa de Moquegua convocó a un paro; el lunes cientos
marcharon en Ilo" gave no event: the call's cue ("convocó a un") reached the
march past the semicolon, so the whole sentence was read as a plan, and the
Monday right after "paro;" was read as the day the call set. A semicolon
closes the plan's clause: the march happened, on that Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_a_march_after_a_semicolon_is_told_not_planned(extractor: Extractor) -> None:
    text = "El Frente de Defensa de Moquegua convocó a un paro; el lunes cientos marcharon en Ilo."
    result = extractor.extract(text, published=date(2023, 1, 10), lang="es")
    assert len(result.events) == 1
    event = result.events[0]
    assert event.type == "protest" and "march" in event.forms
    assert event.place is not None and event.place.name == "Ilo"
    assert event.date is not None and event.date.start == date(2023, 1, 9)
    assert event.participants is not None and (event.participants.low, event.participants.high) == (200, 999)


def test_a_plan_alone_is_still_no_event(extractor: Extractor) -> None:
    text = "El Frente de Defensa de Moquegua convocó a un paro regional para el jueves en Ilo."
    result = extractor.extract(text, published=date(2023, 1, 10), lang="es")
    assert result.events == []
