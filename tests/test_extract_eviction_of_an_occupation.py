"""A police eviction of people holding a place, with no protest told before.

"La policía desalojó a los comuneros que ocupaban la Universidad de San Marcos"
gave nothing: "ocupaban" was no protest word in Spanish, so an article with no
other protest word reported no incident, while "the students who had occupied
the campus" gave one. The occupation was a protest and the eviction the state
intervening in it: one protest / intervention with the occupation form
(GUIDELINES §2). Only where the place held follows ("que ocupaban la plaza"):
an office, a rank or a home held is another sense ("que ocupan el cargo")."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import EX, events, one_event

PUBLISHED = date(2023, 1, 22)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "El sábado, la policía desalojó a los comuneros que ocupaban la Universidad de San Marcos."),
    ("en", "On Saturday, police evicted the farmers who were occupying the San Marcos university campus."),
])
def test_an_eviction_of_occupiers_is_an_intervention_in_an_occupation(lang: str, body: str) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert (event.type, event.sub_type) == ("protest", "intervention")
    assert "occupation" in event.forms and "dispersal" in event.state_response
    assert event.place.admin1 == "Lima" and event.date.start == date(2023, 1, 21)


@pytest.mark.parametrize("body", [
    "Los funcionarios que ocupan el cargo de prefecto fueron cambiados el sábado en Lima.",
    "Las familias que ocupan las viviendas del conjunto habitacional recibieron sus títulos el sábado en Lima.",
])
def test_an_office_or_a_home_held_is_no_occupation(body: str) -> None:
    assert events(body, "es", PUBLISHED) == []


def test_a_headline_of_arrests_is_the_bodys_arrests_at_the_occupation() -> None:
    text = ("Policía detiene a 190 personas en la Universidad de San Marcos\n\n"
            "Agentes de la Policía detuvieron este sábado a 193 personas que ocupaban el campus de la universidad en Lima.\n")
    found = EX.extract(text, published=PUBLISHED, lang="es").events
    assert [(e.type, e.sub_type, e.arrests.low if e.arrests else None) for e in found] == [("protest", "intervention", 193)]
    assert "occupation" in found[0].forms
