"""A sentence opened by who the detained just told were ("Los detenidos eran en su
mayoría comuneros que llegaron a Lima para protestar") describes them: its arrival
and protest words tell no incident of that day (the San Marcos raid of 21 January 2023
made a caravan "intervention" in Lima out of the detainees' journey)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_detainees_journey_is_no_event() -> None:
    body = (
        "La Policía allanó el sábado la Universidad Nacional Mayor de San Marcos y detuvo a 193 personas. "
        "Los detenidos eran en su mayoría comuneros que llegaron a Lima para protestar contra el gobierno."
    )
    rows = [(e.type, e.sub_type, e.date.start, e.place.admin1, e.arrests.value) for e in events(body, "es", date(2023, 1, 22))]
    assert rows == [("strategic_development", "arrests", date(2023, 1, 21), "Lima", 193)]

