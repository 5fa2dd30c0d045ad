"""The passive of a site taken by a crowd is an occupation of that day.

"La Policía recuperó el aeropuerto de Juliaca, que había sido tomado por manifestantes el
viernes" gave a formless protest of the day of publication: the passive "tomado por
manifestantes" was no occupation word (English has "was occupied by protesters"). Only with a
crowd as agent: "la decisión fue tomada por el Ejecutivo" takes nothing.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 16), lang="es")
    return [(e.type, list(e.forms), str(e.date.start), e.place.admin1) for e in r.events]


def test_the_airport_taken_on_friday() -> None:
    text = "La Policía recuperó el aeropuerto de Juliaca, que había sido tomado por manifestantes el viernes."
    assert _events(text) == [("protest", ["occupation"], "2023-01-13", "Puno")]


def test_a_decision_taken_is_no_occupation() -> None:
    text = "La decisión fue tomada por el Ejecutivo el viernes en Lima."
    assert _events(text) == []
