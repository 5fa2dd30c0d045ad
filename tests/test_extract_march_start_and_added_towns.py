"""Small foreign towns the news names, and where a march starts.

- Ercilla (Araucanía) and Caracollo (Oruro) were missing from the towns
  table (GeoNames' cut): they now come from a hand-kept supplement,
  ``latam_towns_extra.tsv``.
- "mapuche" points to Chile as a demonym does, so a small Chilean town is
  read there in a story that names no country.
- "marcharon desde Caracollo hacia La Paz": where a march sets off is a place
  of the march, not where the marchers come from ("desde" alone was read as
  an origin).
- "Mineros" (Spanish "miners") was read as a Bolivian town.
"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _places(extractor: Extractor, text: str, lang: str = "es") -> list[tuple[str, str]]:
    result = extractor.extract(text, published=date(2024, 5, 10), lang=lang)
    return [(e.place.name, e.place.country) for e in result.events if e.place]


def test_a_mapuche_roadblock_in_a_small_chilean_town(extractor: Extractor) -> None:
    text = "Comuneros mapuches cortaron la carretera en Ercilla el martes para exigir la devolución de tierras."
    assert _places(extractor, text) == [("Ercilla", "CL")]


def test_an_english_mapuche_protest_in_tirua(extractor: Extractor) -> None:
    text = "Mapuche activists blocked the coastal road in Tirúa on Tuesday, demanding the return of ancestral land."
    assert _places(extractor, text, "en") == [("Tirúa", "CL")]


def test_a_march_is_placed_where_it_set_off(extractor: Extractor) -> None:
    text = "Mineros bolivianos de Huanuni marcharon desde Caracollo hacia La Paz el miércoles en defensa de la empresa estatal."
    assert _places(extractor, text) == [("Caracollo", "BO")]


def test_an_english_march_is_placed_where_it_set_off(extractor: Extractor) -> None:
    text = "Bolivian teachers marched from Caracollo toward La Paz on Wednesday to demand a higher budget."
    assert _places(extractor, text, "en") == [("Caracollo", "BO")]


def test_a_peruvian_march_from_one_town_to_the_capital_of_the_region(extractor: Extractor) -> None:
    text = "Comuneros aimaras marcharon desde Ilave hasta Puno el lunes contra la presidenta Boluarte."
    assert _places(extractor, text)[:1] == [("Ilave", "PE")]
