"""Spanish often names the dead after the verb ("ese día murió Fulano"):
one full name there is one death."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_full_name_after_murio_counts_one_death():
    text = ("Marcha en Lima\n\nEl jueves, miles de personas marcharon por el Centro de Lima y la "
            "policía disparó perdigones. Esa noche murió Ramiro Huamán Quispe, un albañil de 40 "
            "años, tras recibir un disparo.\n")
    out = EX.extract(text, published=date(2023, 2, 10), lang="es")
    assert [e.fatalities.value if e.fatalities else None for e in out.events] == [1]
