"""A blockade "se prevé" (foreseen) for today is a plan, not an event (cues.yaml
``modality.plan``); the march told the day before stands."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_foreseen_blockade_is_no_event() -> None:
    body = (
        "Miles de pobladores de San Román y Azángaro marcharon ayer por las calles de Juliaca. "
        "Hoy se prevé el bloqueo de las principales vías de la región."
    )
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.name) for e in events(body, "es", date(2023, 1, 5))]
    assert rows == [("protest", "peaceful", ["march"], date(2023, 1, 4), "Juliaca")]
