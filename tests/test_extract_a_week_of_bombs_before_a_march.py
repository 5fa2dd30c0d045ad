"""The place of what happened in the span before a march is the cause's, not the march's.

"marched through Trujillo on Tuesday night to demand security, after a week in which three
bombs exploded at homes in the district of El Porvenir": the march is Trujillo's; El
Porvenir, a district of the same province, is where the bombs went off (GUIDELINES §2 place)."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _places(text: str, lang: str) -> list[tuple]:
    out = EX.extract(text, published=date(2024, 10, 16), lang=lang)
    return [(e.sub_type, e.forms, e.place.name, e.place.admin1, e.date.start) for e in out.events]


def test_english_the_bombs_district_is_not_the_march():
    text = (
        "Thousands of residents marched through Trujillo on Tuesday night to demand security, "
        "after a week in which three bombs exploded at homes in the district of El Porvenir."
    )
    assert _places(text, "en") == [("peaceful", ["march"], "Trujillo", "La Libertad", date(2024, 10, 15))]


def test_spanish_the_bombs_district_is_not_the_march():
    text = (
        "TRUJILLO. Miles de vecinos marcharon la noche del martes por las principales calles de la ciudad para exigir "
        "seguridad, tras una semana en la que explotaron tres artefactos en viviendas del distrito de El Porvenir."
    )
    assert _places(text, "es") == [("peaceful", ["march"], "Trujillo", "La Libertad", date(2024, 10, 15))]
