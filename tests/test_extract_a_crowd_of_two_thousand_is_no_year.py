"""A four-digit number after a year's prefix ("de") and before a noun of people
("más de 2000 comuneros bloquean la carretera") counts the people: it had been
read as the year 2000, which put the blockade in the past and dropped it. A
year named as such ("en el año 2000 pobladores ...") stays a year."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text, lang="es"):
    out = EX.extract(text, published=date(2023, 1, 5), lang=lang)
    return [(e.place.name, e.date.start, e.participants and (e.participants.low, e.participants.qualifier)) for e in out.events]


@pytest.mark.parametrize(
    "text",
    [
        "En Juliaca, más de 2000 comuneros bloquean la carretera.",
        "En Juliaca, pobladores bloquean la carretera. Más de 2000 comuneros participan en el bloqueo.",
    ],
)
def test_the_number_counts_the_crowd(text):
    assert _read(text) == [("Juliaca", date(2023, 1, 5), (2000, "more_than"))]


def test_a_year_named_as_such_stays_a_year():
    assert _read("En el año 2000 pobladores de Juliaca bloquearon la carretera.") == []
