"""A roadblock told "en el sector de Mazuko" (a stretch of road or a village
told by its town) gave only the country: "sector" was read as an urban
street word, like "la avenida Arequipa" (a Lima street named after a
region, no clue to where it runs). It is now a ``site`` (lang/es/cues.yaml
street): like a road named after its towns, a clue to where the action is
when nothing else places it, and the point of a road named after its towns
the action is at ("la vía Cusco-Abancay en el sector de Curahuasi" is in
Curahuasi, not also in Cusco); a town the story names still places a
neighbourhood named after somewhere else ("el sector de Jorge Chávez", Juliaca)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("body", "where"), [
    ("Los mineros informales bloquearon la carretera en el sector de Mazuko el lunes.", ("Mazuko", "Madre de Dios")),
    ("Los mineros bloquearon la vía en el sector Mazuko el lunes.", ("Mazuko", "Madre de Dios")),
    ("Los mineros bloquearon la vía en el sector de Chala el lunes.", ("Chala", "Arequipa")),
    ("Manifestantes bloquearon la vía Cusco-Abancay en el sector de Curahuasi el lunes.", ("Curahuasi", "Apurímac")),
])
def test_a_sector_told_by_its_town_places_the_roadblock(body: str, where: tuple[str, str]) -> None:
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.admin1) == where


def test_a_neighbourhood_named_after_elsewhere_stays_in_the_town_told() -> None:
    event = one_event("En Juliaca, los manifestantes bloquearon la vía en el sector de Jorge Chávez el lunes.", "es", PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Juliaca", "Puno")
