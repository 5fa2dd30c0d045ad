"""Force told in passing of another day with the article alone before the day ("luego
de la intervención policial el día anterior", not "del día anterior") is that day's,
as with "del" (grievance.strip_force_of_another_day): the blockade resumed today stays
peaceful. A day further off ("golpeando a manifestantes en Lima el martes") is the
sentence's own."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_intervention_of_the_day_before_is_not_todays() -> None:
    body = "Los comuneros reanudaron este martes el bloqueo de la vía en Huamanga, luego de la intervención policial el día anterior."
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.name, e.state_response) for e in events(body, "es", date(2022, 12, 21))]
    assert rows == [("protest", "peaceful", ["roadblock"], date(2022, 12, 20), "Huamanga", [])]


def test_a_day_further_off_is_the_sentences_own() -> None:
    body = "Videos difundidos en redes sociales muestran a policías golpeando a manifestantes en Lima el martes."
    rows = [(e.type, e.sub_type, e.date.start, e.place.name, e.state_response) for e in events(body, "es", date(2023, 1, 20))]
    assert rows == [("protest", "intervention", date(2023, 1, 17), "Lima", ["beatings"])]
