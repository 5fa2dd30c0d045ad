"""Protesters who "resistieron con piedras" a police clearing stone the police
(GUIDELINES §2: stoning is a riot), as "respondieron con piedras" already read; the
incident is typed by its most severe phase."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_roadblock_that_resisted_with_stones() -> None:
    body = (
        "Pobladores de Chala, en la provincia de Caravelí, bloquearon ayer la carretera Panamericana Sur. Por la tarde, "
        "efectivos policiales intentaron desbloquear la vía con bombas lacrimógenas, pero los manifestantes resistieron con piedras."
    )
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.name, e.place.admin1) for e in events(body, "es", date(2022, 12, 13))]
    assert rows == [("riot", "violent_demonstration", ["roadblock"], date(2022, 12, 12), "Chala", "Arequipa")]
