"""A city's people counted in an article that names no place put it in that city.

"Miles de trujillanos marcharon por las principales calles de la ciudad": no town is named, but
its people are; the march is Trujillo's (GUIDELINES §2 place: the most precise place the article
gives), as "miles de panameños" gives Panama. A place named wins over the demonym."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _rows(text):
    out = EX.extract(text, published=date(2024, 10, 16), lang="es")
    return [(e.type, e.sub_type, e.forms, e.place.name, e.place.admin1, e.date.start) for e in out.events]


def test_trujillanos_march_in_trujillo():
    text = "Miles de trujillanos marcharon este martes por las principales calles de la ciudad."
    assert _rows(text) == [("protest", "peaceful", ["march"], "Trujillo", "La Libertad", date(2024, 10, 15))]


def test_a_named_place_wins():
    text = "Miles de trujillanos llegaron a Lima este martes para marchar."
    assert _rows(text) == [("protest", "peaceful", ["caravan"], "Lima", "Lima", date(2024, 10, 15))]
