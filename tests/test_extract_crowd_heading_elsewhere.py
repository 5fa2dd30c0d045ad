"""A crowd named by its home marching toward another town.

"Protesters from Ayacucho marched toward Lima" gave Peru (the home is an
origin after "from", the destination no place of the march), but "Manifestantes
de Puno marcharon hacia Lima" gave Puno: Spanish "de" after a crowd noun was
dropped as the crowd's home only when a place of the act followed ("marcharon
en Cusco"), not a place the act heads for. Both now give the country only:
the march is under way, in neither town.
"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _places(extractor: Extractor, text: str, lang: str) -> list[tuple[str, str | None, str]]:
    result = extractor.extract(text, published=date(2023, 1, 20), lang=lang)
    return [(e.place.name, e.place.admin1, e.place.precision) for e in result.events if e.place]


def test_spanish_crowd_from_a_region_marching_toward_the_capital(extractor: Extractor) -> None:
    text = "Comuneros aimaras de Puno marcharon hacia Lima el miércoles para exigir la renuncia de Boluarte."
    assert _places(extractor, text, "es") == [("Peru", None, "country")]


def test_english_crowd_from_a_region_marching_toward_the_capital(extractor: Extractor) -> None:
    text = "Aymara villagers from Puno marched toward Lima on Wednesday to demand Boluarte's resignation."
    assert _places(extractor, text, "en") == [("Peru", None, "country")]


def test_a_place_of_the_march_after_the_verb_still_wins(extractor: Extractor) -> None:
    text = "Comuneros de Chumbivilcas marcharon en Cusco el miércoles hacia la plaza de Armas."
    places = _places(extractor, text, "es")
    assert places and places[0][1] == "Cusco" and places[0][0] != "Chumbivilcas"
