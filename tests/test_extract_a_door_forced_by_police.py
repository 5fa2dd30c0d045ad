"""A door forced by a state force is a search, not a crowd's riot.

"police and prosecutors forced open the door of her home in Surquillo in search of the
watches": the doers are the state (GUIDELINES §2: a riot is the crowd's violence); the
same words said of protesters stay a riot."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_police_forcing_a_door_is_no_riot():
    text = (
        "On the night of Friday, March 29, police and prosecutors forced open the door of her home "
        "in Surquillo in search of the watches."
    )
    assert EX.extract(text, published=date(2024, 4, 5), lang="en").events == []


def test_spanish_police_forcing_a_door_is_no_riot():
    text = "La Policía y fiscales forzaron la puerta de la casa de la presidenta en Surquillo el sábado."
    assert EX.extract(text, published=date(2024, 4, 5), lang="es").events == []


def test_protesters_forcing_a_door_stay_a_riot():
    text = "Protesters forced open the door of the prefecture in Puno on Thursday."
    out = EX.extract(text, published=date(2024, 1, 5), lang="en")
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start) for e in out.events] == [
        ("riot", "violent_demonstration", "Puno", date(2024, 1, 4)),
    ]
