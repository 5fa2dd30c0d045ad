"""An English killing told with the victim's role and full name after the verb ("a crowd
attacked a patrol car, killing officer José Luis Soncco", "burned officer José Luis Soncco
to death") counted no dead, and the burning was typed as the state's lethal force: the
role and name stood between the verb and "to death". A role word is required, so a
square's name after "killed near" is never a victim."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str):
    return EX.extract("Protests continued in Puno. " + text, published=date(2023, 1, 14), lang="en").events


# GUIDELINES §2: riot/mob_violence, "a crowd attacks a person (e.g. a police officer killed by a crowd)".

@pytest.mark.parametrize(
    "text",
    [
        "On Jan. 10, a crowd in Juliaca attacked a police patrol car and burned officer José Luis Soncco to death.",
        "On Jan. 10, a crowd in Juliaca attacked a patrol car, killing officer José Luis Soncco.",
        "On Jan. 10, a crowd in Juliaca beat police officer José Luis Soncco to death.",
    ],
)
def test_a_named_officer_killed_by_a_crowd_is_one_dead_of_mob_violence(text):
    [event] = _events(text)
    assert (event.type, event.sub_type) == ("riot", "mob_violence")
    assert event.fatalities.value == 1 and event.date.start == date(2023, 1, 10)
    assert event.place.name == "Juliaca"


def test_a_square_after_killed_near_is_no_victim():
    [event] = _events("On Jan. 10, two protesters were killed near Plaza San Martín in Juliaca.")
    assert event.fatalities.value == 2


# GUIDELINES §2: a person burned by a mob, told in the passive, is mob violence.

def test_un_agente_quemado_por_una_turba_es_violencia_de_turba():
    text = "9 de enero. Diecisiete civiles mueren en Juliaca. Al día siguiente, el suboficial José Luis Soncco es quemado por una turba."
    events = EX.extract(text, published=date(2023, 1, 20), lang="es").events
    assert [(e.sub_type, e.date.start) for e in events] == [("excessive_force", date(2023, 1, 9)), ("mob_violence", date(2023, 1, 10))]
