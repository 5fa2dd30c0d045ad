"""A city named in full keeps its full name.

"protestaron en San Salvador de Jujuy" named the place "Jujuy", and "en Cerro
de Pasco" named it after the district (Chaupimarca): a surface holding a
lowercase word was taken for a description ("la capital del Perú") and the
gazetteer's name used instead. A name's own small links ("de", "del") are
no description: the city's own name is the place's name.
"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _places(extractor: Extractor, text: str, lang: str = "es") -> list[tuple[str, str | None, str]]:
    result = extractor.extract(text, published=date(2023, 6, 20), lang=lang)
    return [(e.place.name, e.place.admin1, e.place.country) for e in result.events if e.place]


def test_an_argentine_provincial_capital_named_in_full(extractor: Extractor) -> None:
    text = "Docentes y estatales protestaron en San Salvador de Jujuy el martes contra la reforma constitucional."
    assert _places(extractor, text) == [("San Salvador de Jujuy", "Jujuy", "AR")]


def test_a_peruvian_city_named_in_full(extractor: Extractor) -> None:
    text = "Cientos de comuneros marcharon en Cerro de Pasco el lunes contra la contaminación minera."
    assert _places(extractor, text) == [("Cerro de Pasco", "Pasco", "PE")]


def test_a_description_of_the_capital_still_gives_the_citys_name(extractor: Extractor) -> None:
    text = "Miles de personas marcharon en la capital peruana el jueves contra el Congreso."
    places = _places(extractor, text)
    assert places and places[0][0] == "Lima"
