"""A toll told in a relative clause on what a strike is against is the grievance's.

"walked off the job on Thursday and marched on Congress to demand tougher action
against extortion gangs that have killed dozens of transport workers this year":
the gangs' victims are no toll of the strike (as "to protest the war, which has
killed thousands" and Spanish "que ha cobrado la vida de")."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    out = EX.extract(text, published=date(2024, 10, 10), lang="en")
    return [(e.sub_type, e.place.admin1, e.date.start, e.fatalities.low if e.fatalities else None) for e in out.events]


def test_the_gangs_dead_are_the_grievance():
    text = (
        "Thousands of bus and taxi drivers in Lima walked off the job on Thursday and marched on Congress to demand "
        "tougher action against extortion gangs that have killed dozens of transport workers this year."
    )
    assert _events(text) == [("peaceful", "Lima", date(2024, 10, 10), None)]


def test_gangs_that_have_killed_several_drivers():
    text = "Thousands of bus drivers in Lima went on strike on Thursday to demand action against gangs that have killed several drivers."
    assert _events(text) == [("peaceful", "Lima", date(2024, 10, 10), None)]


def test_force_told_before_the_clause_stays_the_protests():
    text = "Thousands marched in Juliaca on Thursday to demand Boluarte's resignation, and police fired live rounds that killed two protesters."
    assert _events(text) == [("excessive_force", "Puno", date(2024, 10, 10), 2)]
