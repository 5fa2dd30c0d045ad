"""A roadblock told by a highway's kilometre ("a la altura del kilómetro 40
de la Panamericana Sur") gave only the country: a highway of several regions
names no admin1. The kilometre beside its name now picks the stretch
(``km`` in geo/data/landmarks.yaml: the stretches of the Panamericana Sur and
Norte and the Carretera Central, counted from Lima), whose region is the
event's; a kilometre near a regional border, or none, still gives the
highway alone, and a district named beside it stays the more precise place."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("lang", "body", "region"), [
    ("es", "Transportistas bloquearon la Panamericana Sur a la altura del kilómetro 40 el martes.", ("Lima", "Lima")),
    ("es", "Agricultores bloquearon el kilómetro 210 de la Panamericana Sur el martes.", ("Ica", None)),
    ("es", "Manifestantes bloquearon la Carretera Central en el km 20 el lunes.", ("Lima", "Lima")),
    ("es", "Manifestantes bloquearon la Carretera Central, a la altura del kilómetro 150, el lunes.", ("Junín", None)),
    ("en", "Protesters blocked kilometer 40 of the Panamericana Sur on Tuesday.", ("Lima", "Lima")),
    # between the Lima and Cañete provinces' stretches: the department's
    ("es", "Agricultores bloquearon la Panamericana Sur a la altura del kilómetro 62 el martes.", ("Lima", None)),
])
def test_the_kilometre_gives_the_stretchs_region(lang: str, body: str, region: tuple[str, str | None]) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert event.place is not None and event.place.precision == "landmark"
    assert (event.place.admin1, event.place.admin2) == region


@pytest.mark.parametrize("body", [
    "Manifestantes bloquearon la Panamericana Sur el lunes.",
    "Agricultores bloquearon la Panamericana Sur a la altura del kilómetro 185 el martes.",  # near the Lima-Ica border: left out
])
def test_no_kilometre_or_a_border_one_gives_only_the_highway(body: str) -> None:
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and event.place.admin1 is None


def test_a_district_named_beside_it_is_more_precise() -> None:
    event = one_event("Manifestantes bloquearon el km 40 de la Panamericana Sur, en Punta Hermosa, el lunes.", "es", PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.precision) == ("Punta Hermosa", "district")
