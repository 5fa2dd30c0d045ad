"""A protest's claim for safety ("para exigir mayor seguridad", "exigiendo
seguridad tras la ola de atentados") is the security_crime demand: only
"seguridad ciudadana", "extorsión" and the like had been read, and a
mototaxi drivers' sit-in for safety demanded nothing."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Decenas de mototaxistas realizaron un plantón frente a la municipalidad de San Juan de Lurigancho el miércoles "
         "para exigir mayor seguridad.", "San Juan de Lurigancho"),
        ("Los vecinos de Trujillo marcharon el domingo exigiendo seguridad tras la ola de atentados con explosivos.", "Trujillo"),
    ],
)
def test_safety_is_the_security_demand(text, place):
    out = EX.extract(text, published=date(2024, 10, 18), lang="es")
    assert [(e.place.name, e.demands) for e in out.events] == [(place, ["security_crime"])]


def test_security_guards_claiming_wages_claim_wages():
    text = "Los trabajadores de seguridad marcharon el domingo en Lima para exigir el pago de sus sueldos."
    out = EX.extract(text, published=date(2024, 10, 18), lang="es")
    assert [(e.place.name, e.demands) for e in out.events] == [("Lima", ["labor_wages"])]
