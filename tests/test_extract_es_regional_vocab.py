"""Spanish words of the wider region's press that the extractor must read:
Bolivian and Ecuadorian police "aprehenden" (they arrest), and Ecuador and
Chile declare a "estado de excepción" where Peru says "estado de emergencia"."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_feminine_aprehendidas_counts_as_arrests():
    text = ("Choque en Cochabamba\n\nEl jueves, vecinos y cocaleros se enfrentaron a pedradas en "
            "el centro de Cochabamba. Según la Policía, ocho personas resultaron heridas y cinco "
            "fueron aprehendidas.\n")
    out = EX.extract(text, published=date(2023, 3, 3), lang="es")
    arrests = [e.arrests.value for e in out.events if e.arrests]
    assert arrests == [5]


def test_estado_de_excepcion_is_a_state_measure():
    text = ("Medida en Guayaquil\n\nEl presidente decretó ayer el estado de excepción en la "
            "provincia del Guayas por sesenta días.\n")
    out = EX.extract(text, published=date(2023, 7, 25), lang="es")
    kinds = [(e.type, e.sub_type, e.place.admin1 if e.place else None) for e in out.events]
    assert kinds == [("strategic_development", "state_measure", "Guayas")]
