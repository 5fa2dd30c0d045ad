"""A place named as the subject of what a protest caused ("MMG's Las Bambas
mine in Peru is running low on supplies after protesters blocked the road it
uses") was taken as where the blockade was: the mine (Apurímac) got a
roadblock of its own beside the road's (Chumbivilcas, Cusco). The mine
suffers the blockade; the blockade is where the clause after "after" puts
it (naming none, the mine stays, as a place not the incident's own). A
place told with "in", or a protest word before "after", is unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _places(text: str) -> list[tuple]:
    out = EX.extract(text, published=date(2023, 1, 20), lang="en")
    return [(e.sub_type, e.place.name, e.place.admin1) for e in out.events]


@pytest.mark.parametrize(
    "text",
    [
        "The Las Bambas mine is running low on supplies after residents blocked the road in Chumbivilcas on Monday.",
        "Las Bambas is short of fuel after residents blocked the mining corridor in Chumbivilcas on Monday.",
    ],
)
def test_the_blockade_is_where_the_road_is(text):
    assert _places(text) == [("peaceful", "Chumbivilcas", "Cusco")]


def test_a_protest_before_after_keeps_its_place():
    text = "Traders marched in Juliaca on Monday after the market ran short of supplies."
    assert _places(text) == [("peaceful", "Juliaca", "Puno")]
