"""Right after an action counted for the whole country ("se contabilizan 116
puntos de bloqueo de vías en 10 regiones"), a sentence that ranks regions by a
number each with no incident word of its own ("La mayor cantidad se encuentra
en Puno, con 72 puntos, seguida de Cusco, con 16, y Apurímac, con 9") tells
where the action is: one roadblock event per region named (GUIDELINES §2).
The elliptical ranking had been read as nothing. A ranking of a death toll's
regions stays the toll's breakdown (test_extract_*regions_of_the_total*)."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text):
    out = EX.extract(text, published=date(2023, 1, 20), lang="es")
    return [(e.type, e.sub_type, e.place.admin1, e.date.start, e.forms) for e in out.events]


def test_each_ranked_region_has_the_roadblocks():
    text = ("La Defensoría del Pueblo informa que hasta las 21:00 horas del jueves 19 de enero se registran 116 puntos "
            "de bloqueo de vías en 10 regiones. La mayor cantidad se encuentra en Puno, con 72 puntos, seguida de "
            "Cusco, con 16, y Apurímac, con 9.")
    day = date(2023, 1, 19)
    assert _read(text) == [
        ("protest", "peaceful", None, day, ["roadblock"]),
        ("protest", "peaceful", "Puno", day, ["roadblock"]),
        ("protest", "peaceful", "Cusco", day, ["roadblock"]),
        ("protest", "peaceful", "Apurímac", day, ["roadblock"]),
    ]


def test_a_ranking_with_no_action_before_adds_nothing():
    text = ("La Defensoría del Pueblo publicó el jueves su reporte mensual de conflictos sociales. La mayor cantidad "
            "se encuentra en Puno, con 22 casos, seguida de Cusco, con 16, y Apurímac, con 9.")
    assert _read(text) == []
