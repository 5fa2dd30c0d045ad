"""A where-clause after the last place of a list tells of that place alone.

"Smaller marches were also held in Cusco, Arequipa and Juliaca, where residents blocked a
bridge for several hours": one march per region (GUIDELINES §2), and only Juliaca's blocked
a bridge."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _forms(text: str, lang: str) -> list[tuple]:
    out = EX.extract(text, published=date(2023, 7, 20), lang=lang)
    return [(e.place.admin1, e.sub_type, e.forms) for e in out.events]


def test_english_only_the_last_region_blocked_the_bridge():
    text = "Smaller marches were also held on Wednesday in Cusco, Arequipa and Juliaca, where residents blocked a bridge for several hours."
    assert _forms(text, "en") == [
        ("Cusco", "peaceful", ["march"]),
        ("Arequipa", "peaceful", ["march"]),
        ("Puno", "peaceful", ["march", "roadblock"]),
    ]


def test_spanish_only_the_last_region_blocked_the_bridge():
    text = "También hubo marchas en Cusco, Arequipa y Juliaca, donde los pobladores bloquearon un puente durante varias horas."
    assert _forms(text, "es") == [
        ("Cusco", "peaceful", ["march"]),
        ("Arequipa", "peaceful", ["march"]),
        ("Puno", "peaceful", ["march", "roadblock"]),
    ]


def test_spanish_a_where_clause_after_the_regions_of_a_list_tells_of_them_all():
    """Headed by "las regiones de", the list is one set: every region blocked its roads."""
    text = "Las protestas siguieron el miércoles en las regiones de Puno, Cusco y Apurímac, donde los pobladores bloquearon las carreteras."
    assert _forms(text, "es") == [
        ("Puno", "peaceful", ["roadblock"]),
        ("Cusco", "peaceful", ["roadblock"]),
        ("Apurímac", "peaceful", ["roadblock"]),
    ]
