"""A beating whose object is a journalist ("Un policía golpeó al periodista") is an
attack on him (GUIDELINES §2: a journalist beaten), whoever struck; "golpeó al" was
no beating word at all, and a beating was an attack only when the crowd struck."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_a_police_officer_beating_a_reporter() -> None:
    body = (
        "Un policía golpeó al periodista Aldair Mejía cuando cubría las protestas en Juliaca el lunes, "
        "denunció la Asociación Nacional de Periodistas."
    )
    rows = [(e.type, e.sub_type, e.date.start, e.place.name, e.state_response) for e in events(body, "es", date(2023, 1, 10))]
    assert rows == [("violence_against_civilians", "attack", date(2023, 1, 9), "Juliaca", ["beatings"])]


def test_police_beating_protesters_stays_an_intervention() -> None:
    body = "El lunes, en Juliaca, la Policía golpeó a los manifestantes que bloqueaban el puente."
    rows = [(e.type, e.sub_type, e.state_response) for e in events(body, "es", date(2023, 1, 10))]
    assert rows == [("protest", "intervention", ["beatings"])]
