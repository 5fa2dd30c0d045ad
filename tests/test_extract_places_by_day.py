"""A sentence naming two days, each with places of its own, is read per day.

"... durante las manifestaciones de diciembre de 2022 en Apurímac, Cusco y Puno,
y durante las protestas del 9 de enero de 2023 en Juliaca, donde murieron 17
civiles": the region split refused it (Puno, Juliaca's region, is in both
clauses), so every region took the one day (9 January) and the toll, told
once for six places, was lost. Each day's clause now keeps its own places, its
own day (a month for the recalled one) and its own count.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = (
    "Lima, 10 de enero de 2023. La Fiscalía abrió una investigación preliminar contra la presidenta Dina Boluarte. "
    "Los hechos investigados ocurrieron durante las manifestaciones de diciembre de 2022 en Apurímac, Junín y Ayacucho, "
    "y durante las protestas del 9 de enero de 2023 en Juliaca, donde fallecieron 17 civiles."
)


def test_each_day_keeps_its_places_and_toll() -> None:
    r = Extractor().extract(TEXT, published=date(2023, 1, 10), lang="es")
    juliaca = [e for e in r.events if e.place and e.place.name == "Juliaca"]
    assert len(juliaca) == 1
    assert juliaca[0].sub_type == "excessive_force"
    assert juliaca[0].date.start == date(2023, 1, 9)
    assert juliaca[0].fatalities.low == 17
    december = [e for e in r.events if e.place and e.place.admin1 in ("Apurímac", "Junín", "Ayacucho")]
    assert {e.place.admin1 for e in december} == {"Apurímac", "Junín", "Ayacucho"}
    assert all(e.date.start == date(2022, 12, 1) and e.date.end == date(2022, 12, 31) for e in december)
    assert all(e.fatalities is None for e in december)
