"""A claim for justice told in the infinitive or the past ("realizaron una
vigilia para exigir justicia", "velaron a las víctimas y exigieron justicia")
is the justice_for_victims demand: only the present and gerund forms ("exigen
justicia", "exigiendo justicia") had been listed."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "Este miércoles, familiares de las víctimas realizaron una vigilia en la plaza de Armas de Huamanga para exigir justicia.",
        "Este miércoles, familiares y vecinos velaron a las víctimas en Huamanga y exigieron justicia.",
    ],
)
def test_the_vigil_claims_justice(text):
    out = EX.extract(text, published=date(2023, 3, 15), lang="es")
    assert [(e.place.name, e.date.start, e.demands) for e in out.events] == [("Huamanga", date(2023, 3, 15), ["justice_for_victims"])]
