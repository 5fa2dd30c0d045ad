"""A crowd's killing joined to the state's in one sentence is two incidents."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_state_killing_and_mob_killing_in_one_sentence_are_two_events():
    text = ("Titular\n\nOn January 9, 17 civilians were shot dead by police in Juliaca, and a police officer "
            "was burned to death by a mob later that night.\n")
    events = EX.extract(text, published=date(2023, 1, 12), lang="en").events
    got = sorted((e.sub_type, e.fatalities.low if e.fatalities else None) for e in events)
    assert got == [("excessive_force", 17), ("mob_violence", 1)]


def test_civilians_dead_with_no_force_named_are_a_clause_of_their_own():
    # "lay dead" names no force, but civilians dead in numbers are the crowd's toll
    # (classify: a crowd's dead), apart from the mob's killing of the officer
    text = ("Titular\n\nBy nightfall, 17 civilians lay dead in Juliaca, and a police officer was killed by a mob "
            "later that night.\n")
    events = EX.extract(text, published=date(2023, 1, 12), lang="en").events
    got = sorted((e.sub_type, e.fatalities.low if e.fatalities else None) for e in events)
    assert got == [("excessive_force", 17), ("mob_violence", 1)]
