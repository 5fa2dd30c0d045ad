"""A crowd told beside a running total is a crowd, not the total's dead."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(("text", "lang"), [
    ("Thousands marched in Lima on Thursday, as the death toll from the unrest rose to 47.", "en"),
    ("Miles marcharon en Lima el jueves, mientras la cifra de fallecidos por las protestas subió a 47.", "es"),
])
def test_thousands_marching_beside_a_toll_are_marchers_and_the_toll_is_the_total(text, lang):
    out = EX.extract("Protestas\n\n" + text + "\n", published=date(2023, 1, 20), lang=lang)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 47)]
    assert [(e.fatalities, e.participants.low if e.participants else None) for e in out.events] == [(None, 2000)]


def test_a_headline_in_the_present_that_detains_nearly_200_is_a_raid_with_its_arrests():
    text = ("Police raid San Marcos university, detain nearly 200\n\nOfficers used an armoured vehicle to break down "
            "the gate of the university in Lima on Saturday morning.\n")
    out = EX.extract(text, published=date(2023, 1, 21), lang="en")
    assert [(e.sub_type, e.arrests.low if e.arrests else None) for e in out.events] == [("arrests", 200)]
