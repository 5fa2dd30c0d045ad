"""A picket told as an action ("mototaxistas realizaron un piquete frente a la
municipalidad") is a rally; it had made no event. A picket of police (a
detachment: "un piquete de policías custodió la municipalidad") stays none."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text):
    return [(e.type, e.sub_type, e.place.name, e.forms) for e in EX.extract(text, published=date(2023, 1, 18), lang="es").events]


def test_a_picket_is_a_rally():
    assert _read("El martes, mototaxistas realizaron un piquete frente a la municipalidad de Puno.") == [
        ("protest", "peaceful", "Puno", ["rally"]),
    ]


def test_a_police_picket_is_no_protest():
    assert _read("El martes, un piquete de policías custodió la municipalidad de Puno.") == []
