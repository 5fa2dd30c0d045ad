""""Personas afectadas por los gases" are those the tear gas reached, not the crowd.

"Unas 40 personas afectadas por los gases fueron atendidas" was counted as the crowd of
the incident told (participants 40), beside police tear gas or a journalist beaten: as
"affected by tear gas" in English, the gassed are the incident's hurt (cues.yaml
``measure.injuries``); a bare "afectadas" ("700 familias afectadas por el cierre del
banco") stays no one hurt."""

from __future__ import annotations

from datetime import date

from extract_helpers import events, one_event

PUBLISHED = date(2023, 1, 10)  # a Tuesday


def test_the_gassed_are_no_crowd() -> None:
    e = one_event(
        "El lunes, la policía lanzó gases lacrimógenos contra los manifestantes que bloqueaban el puente en Juliaca; "
        "unas 40 personas afectadas por los gases fueron atendidas.", "es", PUBLISHED,
    )
    assert (e.place.name, e.participants, e.injuries.value if e.injuries else None) == ("Juliaca", None, 40)


def test_the_gassed_are_no_crowd_beside_a_journalist_beaten() -> None:
    # (the journalist beaten is an attack of its own, GUIDELINES §2; the gassed are the protest's hurt)
    found = events(
        "El lunes, en Juliaca, un policía golpeó al periodista Aldair Mejía mientras cubría la protesta. "
        "Unas 40 personas afectadas por los gases lacrimógenos fueron atendidas en el hospital.", "es", PUBLISHED,
    )
    assert [(e.type, e.sub_type, e.place.name, e.participants, e.injuries.value if e.injuries else None) for e in found] == [
        ("violence_against_civilians", "attack", "Juliaca", None, None),
        ("protest", "intervention", "Juliaca", None, 40),
    ]


def test_families_affected_by_a_closure_are_not_hurt() -> None:
    e = one_event("Unos 200 vecinos marcharon el lunes en Juliaca en apoyo a las 700 familias afectadas por el cierre del banco.", "es", PUBLISHED)
    assert (e.place.name, e.injuries, e.participants.low if e.participants else None) == ("Juliaca", None, 200)
