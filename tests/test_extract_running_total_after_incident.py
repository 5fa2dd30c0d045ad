"""A running total told right after an incident ("desde el inicio ... han
muerto ... y resultaron heridas") is a tally, not more victims of that incident."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_total_since_the_start_is_a_tally_not_the_last_incidents_count():
    text = ("Balance en Cusco\n\nEl martes, un camarógrafo fue golpeado por desconocidos en Sicuani "
            "mientras grababa una marcha. Desde el inicio de la crisis, 31 personas han muerto y "
            "más de 700 resultaron heridas, según la institución.\n")
    out = EX.extract(text, published=date(2023, 2, 9), lang="es")
    assert [(e.fatalities, e.injuries) for e in out.events] == [(None, None)]
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 31), ("injuries", 700)]
