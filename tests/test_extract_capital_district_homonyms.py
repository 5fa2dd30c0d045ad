"""A district name shared by one of the capital's districts and a rural
namesake is the capital's when nothing in the article points elsewhere, and the
namesake's when the article names its province or region."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _regions(text: str) -> list[str | None]:
    out = EX.extract(text, published=date(2024, 10, 10), lang="es")
    return [e.place.admin1 if e.place else None for e in out.events]


def test_bare_district_name_is_the_capitals():
    assert _regions("Reclamo vecinal\n\nEl jueves, decenas de vecinos bloquearon la avenida "
                    "principal del distrito de Comas para pedir serenazgo.\n") == ["Lima"]


def test_district_named_with_its_province_is_the_namesake():
    assert _regions("Reclamo comunal\n\nEl jueves, comuneros de la provincia de Concepción, en "
                    "Junín, cerraron la carretera en el distrito de Comas.\n") == ["Junín"]
