"""Arrests of people throwing stones, told right after a march in the same
paragraph, happened at that march: not a separate campaign of arrests."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_stone_throwers_arrested_after_the_march_belong_to_it():
    text = ("Protesta en Tumbes\n\nEl lunes, cientos de mototaxistas marcharon por el centro de "
            "Tumbes hasta la prefectura. La policía detuvo a cuatro personas que lanzaban "
            "piedras contra los vehículos.\n")
    out = EX.extract(text, published=date(2024, 3, 6), lang="es")
    got = [(e.type, e.arrests.value if e.arrests else None) for e in out.events]
    assert got == [("riot", 4)]
