"""A place named as where another leads ("the gateway to Machu Picchu") is not the action's.

Before, "The airport of Cusco, the gateway to Machu Picchu, suspended operations as
demonstrators tried to reach the runway" put the Cusco clash at Machu Picchu (the most
precise place named). A place after "gateway to" describes where the airport leads, as one
after "bound for" is where a trip goes.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 12), lang=lang)
    return [(e.type, str(e.date.start), e.place.name, e.place.admin1) for e in r.events]


def test_the_gateway_to_machu_picchu() -> None:
    text = "Protesters tried to occupy the airport of Cusco, the gateway to Machu Picchu, on Wednesday."
    assert _events(text, "en") == [("protest", "2023-01-11", "Cusco", "Cusco")]


def test_puerta_de_entrada_a_machu_picchu() -> None:
    text = "Los manifestantes intentaron tomar el aeropuerto del Cusco, puerta de entrada a Machu Picchu, el miércoles."
    assert [e[3] for e in _events(text, "es")] == ["Cusco"]
    assert "Machu Picchu" not in [e[2] for e in _events(text, "es")]
