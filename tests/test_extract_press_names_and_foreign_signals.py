"""Places the extractor read in the wrong country or as an extra event.

- A lowercase press noun before an outlet's capitalised name ("según el
  diario La República de Lima") was not read as heading an organisation's
  name, so the outlet's city became a second event.
- A foreign head of state named in the story ("la reforma de Milei", "el
  gobierno de Petro") points to the country as a demonym does; without it a
  city of several countries fell back to Peru.
- A big foreign city ("Rosario", "Santiago") lost to a small Peruvian
  district of its name when the article made no country evident.
"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _places(extractor: Extractor, text: str, lang: str = "es") -> list[tuple[str, str]]:
    result = extractor.extract(text, published=date(2024, 3, 10), lang=lang)
    return [(e.place.name, e.place.country) for e in result.events if e.place]


def test_an_outlets_city_after_a_lowercase_press_noun_is_no_event_place(extractor: Extractor) -> None:
    text = "Según el diario La República de Lima, cientos de ronderos marcharon en Cajamarca el martes."
    assert _places(extractor, text) == [("Cajamarca", "PE")]


def test_an_english_newspaper_name_holding_a_city_is_no_event_place(extractor: Extractor) -> None:
    text = "According to the newspaper El Comercio of Lima, hundreds of farmers marched in Juliaca on Tuesday."
    assert _places(extractor, text, "en") == [("Juliaca", "PE")]


def test_a_foreign_president_named_places_an_ambiguous_city_in_his_country(extractor: Extractor) -> None:
    text = "Miles de estatales marcharon en Córdoba el jueves contra los despidos ordenados por Milei."
    result = extractor.extract(text, published=date(2024, 3, 10), lang="es")
    assert len(result.events) == 1
    place = result.events[0].place
    assert place is not None and place.country == "AR" and place.name == "Córdoba"


def test_a_big_foreign_city_beats_a_small_peruvian_district_with_no_country_evident(extractor: Extractor) -> None:
    text = "Miles de jubilados marcharon en Rosario el miércoles contra el recorte de las pensiones."
    assert _places(extractor, text) == [("Rosario", "AR")]


def test_the_peruvian_district_keeps_its_name_in_a_peruvian_story(extractor: Extractor) -> None:
    text = "Comuneros de Acobamba marcharon en Rosario, en Huancavelica, el miércoles contra la minera."
    places = _places(extractor, text)
    assert ("Rosario", "PE") in places and ("Rosario", "AR") not in places
