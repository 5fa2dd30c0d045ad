""""Personas afectadas por los gases" are those the tear gas reached, not the crowd.

"Unas 40 personas afectadas por los gases fueron atendidas" was counted as the crowd of
the incident told (participants 40), beside police tear gas or a journalist beaten: as
"affected by tear gas" in English, the gassed are the incident's hurt (cues.yaml
``measure.injuries``); a bare "afectadas" ("700 familias afectadas por el cierre del
banco") stays no one hurt."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)  # a Tuesday


@pytest.mark.parametrize("body", [
    "El lunes, la policía lanzó gases lacrimógenos contra los manifestantes que bloqueaban el puente en Juliaca; "
    "unas 40 personas afectadas por los gases fueron atendidas.",
    "El lunes, en Juliaca, un policía golpeó al periodista Aldair Mejía mientras cubría la protesta. "
    "Unas 40 personas afectadas por los gases lacrimógenos fueron atendidas en el hospital.",
])
def test_the_gassed_are_no_crowd(body: str) -> None:
    e = one_event(body, "es", PUBLISHED)
    assert (e.place.name, e.participants, e.injuries.value if e.injuries else None) == ("Juliaca", None, 40)


def test_families_affected_by_a_closure_are_not_hurt() -> None:
    e = one_event("Unos 200 vecinos marcharon el lunes en Juliaca en apoyo a las 700 familias afectadas por el cierre del banco.", "es", PUBLISHED)
    assert (e.place.name, e.injuries, e.participants.low if e.participants else None) == ("Juliaca", None, 200)
