"""A "marcha de sacrificio desde Juliaca hacia Lima" told on the day it set out is
at its starting point that day (GUIDELINES §2 place: where the article tells it to
be), not the whole country: "desde" after the march's name or a departure verb
("partieron desde") marks where the marchers were, as "marcharon desde" already
did (geo cues ``removal``). The destination stays no place of the event."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def _rows(body: str, published: date) -> list[tuple]:
    return [(e.type, e.sub_type, e.forms, e.date.start, e.place.name, e.place.admin1) for e in events(body, "es", published)]


def test_the_march_of_sacrifice_sets_out_from_juliaca() -> None:
    body = (
        "Cientos de pobladores aimaras y quechuas iniciaron el domingo una marcha de sacrificio desde Juliaca "
        "hacia Lima para exigir la renuncia de la presidenta Dina Boluarte."
    )
    assert _rows(body, date(2023, 1, 16)) == [("protest", "peaceful", ["march"], date(2023, 1, 15), "Juliaca", "Puno")]


def test_a_march_told_on_its_way_keeps_only_the_country() -> None:
    body = "Cientos de pobladores aimaras marcharon el domingo hacia Lima para exigir la renuncia de la presidenta Dina Boluarte."
    assert _rows(body, date(2023, 1, 16)) == [("protest", "peaceful", ["march"], date(2023, 1, 15), "Peru", None)]
