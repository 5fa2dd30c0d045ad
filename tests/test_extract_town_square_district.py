"""A square found in every town, told by its town ("la Plaza de Armas de
Cusco", "the main square of Arequipa"), was read as the department of the
town's name (Cusco the region), not the city. The name a ``contextual``
landmark is told by is a town: its capital's district, as "la ciudad de
Cusco" already was (kipu.extract.places.PlaceResolver._town_of_a_square)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("lang", "body", "where"), [
    ("es", "Cientos de personas se concentraron en la Plaza de Armas de Cusco el lunes.", ("Cusco", "Cusco", "Cusco")),
    ("es", "Cientos de personas se concentraron en la Plaza de Armas del Cusco el lunes.", ("Cusco", "Cusco", "Cusco")),
    ("es", "Miles de personas se concentraron en la Plaza de Armas de Puno el lunes.", ("Puno", "Puno", "Puno")),
    ("en", "Hundreds gathered in the main square of Arequipa on Monday.", ("Arequipa", "Arequipa", "Arequipa")),
])
def test_a_towns_square_is_in_the_towns_district(lang: str, body: str, where: tuple[str, str, str]) -> None:
    event = one_event(body, lang, PUBLISHED)
    place = event.place
    assert place is not None and place.precision == "district"
    assert (place.admin1, place.admin2, place.admin3) == where


def test_the_bare_name_is_still_the_region() -> None:
    event = one_event("Cientos de personas marcharon en Cusco el lunes.", "es", PUBLISHED)
    assert event.place is not None and (event.place.precision, event.place.admin1) == ("department", "Cusco")
