"""A sit-in against a raid of another day, with that day's arrests in a when-clause
("para rechazar el ingreso de la Policía al campus el sábado 21 de enero, cuando se
detuvo a 193 personas"), is peaceful and counts no one arrested: the arrests are the
grievance's (grievance.yaml ``when_clause``)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_sit_in_against_the_raid() -> None:
    body = (
        "Estudiantes de la Universidad Nacional Mayor de San Marcos realizaron un plantón el lunes frente al rectorado "
        "para rechazar el ingreso de la Policía al campus el sábado 21 de enero, cuando se detuvo a 193 personas."
    )
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.admin1, e.arrests, e.state_response) for e in events(body, "es", date(2023, 1, 24))]
    assert rows == [("protest", "peaceful", ["rally"], date(2023, 1, 23), "Lima", None, [])]
