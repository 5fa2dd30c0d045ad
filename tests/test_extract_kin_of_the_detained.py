"""The relatives of the detained ("Los familiares de los detenidos realizaron un
plantón ... para exigir su liberación") are who protests: the arrest word names
them, no arrest at the sit-in, which stays peaceful (senses.yaml
``kin_of_detainees``)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_kins_sit_in_is_peaceful() -> None:
    body = "Los familiares de los detenidos realizaron este martes un plantón frente a la comisaría de Wanchaq, en Cusco, para exigir su liberación."
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.admin1, e.state_response, e.arrests) for e in events(body, "es", date(2023, 1, 17))]
    assert rows == [("protest", "peaceful", ["rally"], date(2023, 1, 17), "Cusco", [], None)]


def test_arrests_at_the_sit_in_are_still_read() -> None:
    body = "Los familiares de los detenidos realizaron este martes un plantón en Cusco y la Policía detuvo a dos de ellos."
    rows = [(e.type, e.sub_type, e.state_response) for e in events(body, "es", date(2023, 1, 17))]
    assert rows == [("protest", "intervention", ["arrests"])]
