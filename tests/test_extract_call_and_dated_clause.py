"""A call and a past action joined by "y" and a day ("convocó a un paro y el lunes
miles de personas marcharon") are two clauses: the strike is only called, the
Monday march happened (as past a semicolon, context._semicolon_between)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_monday_march_after_the_call() -> None:
    body = (
        "La Federación Departamental de Trabajadores del Cusco convocó a un paro y el lunes miles de personas marcharon "
        "por la avenida El Sol hacia la Plaza de Armas del Cusco."
    )
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.admin1, e.participants.low) for e in events(body, "es", date(2023, 1, 5))]
    assert rows == [("protest", "peaceful", ["march"], date(2023, 1, 2), "Cusco", 2000)]


def test_a_call_for_a_day_ahead_is_no_event() -> None:
    body = "El Frente de Defensa de Puno convocó a un paro y el lunes a una marcha en Puno."
    assert events(body, "es", date(2023, 1, 5)) == []
