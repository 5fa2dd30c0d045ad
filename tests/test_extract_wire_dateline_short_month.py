"""An EFE piece with several datelines ("Andahuaylas (Perú), 12 dic (EFE).-")
writes the month short and with no stop: only "dic." was a month, so the
paragraph filed on 12 December took the report's day (13 December). A short
month with no stop (lang/es/dates.yaml wire_months) is a month only right
before the agency's bracket ("mar", "set" are words otherwise)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events
from kipu.extract.dates import find_dates

PUBLISHED = date(2022, 12, 13)

WIRE = (
    "Lima, 13 dic (EFE).- Cerca de mil personas marcharon por el centro de Lima hacia el Congreso.\n\n"
    "Andahuaylas (Perú), 12 dic (EFE).- Los pobladores de la provincia de Andahuaylas mantienen el bloqueo de las vías de acceso."
)


@pytest.mark.parametrize(("text", "day"), [
    ("Andahuaylas (Perú), 12 dic (EFE).- Los pobladores bloquean las vías.", date(2022, 12, 12)),
    ("Lima, 9 ene (Andina).- Los gremios acatan el paro.", date(2022, 1, 9)),
])
def test_a_datelines_short_month_is_a_date(text: str, day: date) -> None:
    assert [d.range.start for d in find_dates(text, "es", PUBLISHED)] == [day]


def test_a_short_month_word_elsewhere_is_no_date() -> None:
    assert find_dates("El 12 mar adentro los pescadores bloquearon el muelle.", "es", PUBLISHED) == []


def test_each_dateline_dates_its_paragraph() -> None:
    got = {e.place.admin1: e.date.start for e in events(WIRE, "es", PUBLISHED) if e.place}
    assert got == {"Lima": date(2022, 12, 13), "Apurímac": date(2022, 12, 12)}
