"""Towns listed after "the roads to" are all the roads' far ends.

Before, "residents of Juliaca blocked the roads to Puno and Cusco" gave a Cusco event: only
the first town after "to" was read as where the road leads, the second was where the action
was. Both are the roads' far ends; the blockade is in Juliaca.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 20), lang=lang)
    return [(e.type, e.sub_type, str(e.date.start), e.place.name, e.place.admin1, list(e.forms)) for e in r.events]


def test_the_roads_to_puno_and_cusco() -> None:
    text = "On Thursday, residents marched through the streets of Juliaca and blocked the roads to Puno and Cusco."
    assert _events(text, "en") == [("protest", "peaceful", "2023-01-19", "Juliaca", "Puno", ["march", "roadblock"])]


def test_towns_where_roads_were_blocked_stay() -> None:
    text = "On Thursday, residents blocked the roads in Juliaca and Cusco."
    assert [e[4] for e in _events(text, "en")] == ["Puno", "Cusco"]
