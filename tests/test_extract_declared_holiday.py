"""A holiday or day of mourning declared for a protest's day or because of it ("declaró
feriado el 19 de enero en Lima por la Toma de Lima") tells no protest: the march named
after the declaration is its reason or day (nonprotest.is_holiday_occasion). The march
told in a sentence of its own is read as usual."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_a_holiday_for_the_day_of_a_march_is_no_march() -> None:
    body = (
        "El Ejecutivo declaró feriado no laborable el jueves 19 de enero en Lima Metropolitana, "
        "día de la marcha convocada por los gremios del sur."
    )
    assert events(body, "es", date(2023, 1, 17)) == []


def test_the_march_told_after_the_holiday_is_read() -> None:
    body = (
        "El Gobierno declaró feriado el 19 de enero en Lima por la Toma de Lima. "
        "Ese día, miles de personas marcharon por el centro de la capital."
    )
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.admin1) for e in events(body, "es", date(2023, 1, 20))]
    assert rows == [("protest", "peaceful", ["march"], date(2023, 1, 19), "Lima")]
