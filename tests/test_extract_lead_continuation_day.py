"""The paragraph right after a bulletin's lead goes on with the lead's day.

A radio bulletin of Tuesday 10 January 2023 leads with "Diecisiete personas
murieron ayer lunes en Juliaca" and goes on, in a paragraph with no day or
place of its own, "Los manifestantes intentaron ingresar a la pista del
aeropuerto por la tarde. La Policía respondió con bombas lacrimógenas ...
atendieron a más de cien heridos": that paragraph took the bulletin's own day
(the page's dateline, which anchors the article when the lead opens after a
greeting and an introduction) and split Monday's clash in two. It now inherits the
lead's day (told as the report's own recent day, "ayer lunes").
"""

from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = """Radio Onda Azul, boletín de la mañana. Puno, martes 10 de enero de 2023.

Buenos días, Puno. Abrimos este boletín con la noticia más triste de los últimos años en la región. Diecisiete personas murieron ayer lunes en Juliaca durante los enfrentamientos cerca del aeropuerto Inca Manco Cápac, según la Dirección Regional de Salud.

Los manifestantes intentaron ingresar a la pista del terminal aéreo por la tarde. La Policía respondió con bombas lacrimógenas y armas de fuego. Los hospitales de la ciudad atendieron a más de cien heridos."""


def test_the_undated_paragraph_is_mondays_clash() -> None:
    r = Extractor().extract(TEXT, published=date(2023, 1, 10), lang="es")
    assert len(r.events) == 1
    e = r.events[0]
    assert e.sub_type == "excessive_force"
    assert e.date.start == date(2023, 1, 9)
    assert e.place is not None and e.place.admin1 == "Puno"
    assert e.fatalities.low == 17
    assert e.injuries is not None and e.injuries.low == 100
