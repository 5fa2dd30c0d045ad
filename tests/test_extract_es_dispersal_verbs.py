"""The singular preterite "dispersó con gases" is the police intervening, so a
march it follows is a protest/intervention, not a peaceful one."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_disperso_con_gases_makes_the_march_an_intervention():
    text = ("Marcha en Tacna\n\nEn Tacna, cientos de vecinos marcharon el lunes por la avenida "
            "Bolognesi. La policía dispersó con gases a quienes querían llegar a la prefectura.\n")
    out = EX.extract(text, published=date(2023, 2, 8), lang="es")
    subs = [(e.sub_type, sorted(e.state_response)) for e in out.events]
    assert subs == [("intervention", ["dispersal", "tear_gas"])]
