"""A protest against a removal already done ("en rechazo a la vacancia de Pedro
Castillo", "against the removal of Pedro Castillo") demands no one's removal: the
word "vacancia"/"removal" had made it a removal_of_official demand. A demand for
a removal is kept ("para exigir la vacancia de Dina Boluarte")."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _demands(text, lang, published=date(2022, 12, 12)):
    return [(e.place.name, e.demands) for e in EX.extract(text, published=published, lang=lang).events]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("En Andahuaylas, cientos de campesinos bloquearon la carretera el sábado en rechazo a la vacancia de Pedro Castillo.", "es",
         [("Andahuaylas", [])]),
        ("En Cusco, miles de personas marcharon el domingo contra la vacancia presidencial y exigieron el cierre del Congreso.", "es",
         [("Cusco", ["dissolve_congress"])]),
        ("In Andahuaylas, hundreds of farmers blocked the highway on Saturday in protest against the removal of Pedro Castillo.", "en",
         [("Andahuaylas", [])]),
    ],
)
def test_a_rejected_removal_is_no_demand(text, lang, expected):
    assert _demands(text, lang) == expected


def test_a_demanded_removal_is_kept():
    text = "En Puno, miles marcharon el miércoles para exigir la vacancia de Dina Boluarte."
    assert _demands(text, "es", date(2023, 1, 12)) == [("Puno", ["removal_of_official"])]
