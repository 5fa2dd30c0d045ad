"""A headline that joins two incidents dates the second with a night named
alone ("... y un policía muerto en la madrugada"): that night, counted from the
day of publication, had become the story's day, and a later paragraph with no
day of its own ("Los hechos se produjeron cuando cerca de 9,000 manifestantes
...") went to the night's incident instead of the day the lead names ("ayer
lunes"). The night yields to a day the lead names outright."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()

TEXT = """Puno: 17 civiles fallecidos tras enfrentamientos en Juliaca y un policía muerto en la madrugada

El Ministerio de Salud informó que diecisiete personas murieron durante los enfrentamientos registrados ayer lunes en los alrededores del aeropuerto de Juliaca, en la región Puno.

Los hechos se produjeron cuando cerca de 9,000 manifestantes intentaron ingresar al terminal aéreo. La Policía empleó gases lacrimógenos para dispersarlos.

En la madrugada de hoy martes, un grupo de manifestantes interceptó un patrullero en la zona de Rinconada, en Juliaca."""


def test_the_undated_paragraph_keeps_the_leads_day():
    out = EX.extract(TEXT, published=date(2023, 1, 10), lang="es")
    got = [(e.date.start, e.fatalities and e.fatalities.value, e.participants and e.participants.low, e.state_response) for e in out.events]
    assert got == [
        (date(2023, 1, 9), 17, 9000, ["killings", "tear_gas"]),
        (date(2023, 1, 10), None, None, []),
    ]
