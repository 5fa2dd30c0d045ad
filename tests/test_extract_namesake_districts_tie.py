"""Peruvian namesake districts with nothing to tell them apart.

"en el distrito de San Juan", in a text that names no region, scored a dozen
districts called San Juan alike and took the one with the smallest ubigeo
code (in Áncash): an arbitrary place. With namesakes tied, the unit that holds
them all is what the text supports, and when they lie in different
departments, none: the event is placed in the country only. Context still
decides when there is some.
"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _places(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    result = extractor.extract(text, published=date(2023, 2, 14), lang="es")
    return [(e.place.name, e.place.admin1, e.place.precision) for e in result.events if e.place]


def test_tied_namesake_districts_give_the_country_only(extractor: Extractor) -> None:
    text = "Cientos de vecinos protestaron en el distrito de San Juan el lunes por la falta de agua potable."
    assert _places(extractor, text) == [("Peru", None, "country")]


def test_a_region_named_still_picks_its_district(extractor: Extractor) -> None:
    text = "Cientos de vecinos protestaron en el distrito de San Juan, en Cajamarca, el lunes por la falta de agua."
    places = _places(extractor, text)
    assert places and places[0][:2] == ("San Juan", "Cajamarca")
