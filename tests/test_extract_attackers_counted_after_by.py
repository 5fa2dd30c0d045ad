"""A number right after the agent's "by" counts the attackers, a place between or not.

"a bus driver was shot dead in Independencia by two men on a motorcycle": one dead, killed
by two men; the two are no toll (GUIDELINES §2 counts)."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_two_men_after_a_place_are_the_killers():
    text = (
        "Drivers went on strike in Lima on Thursday.\n\n"
        "On Tuesday a bus driver was shot dead in Independencia by two men on a motorcycle."
    )
    out = EX.extract(text, published=date(2024, 10, 11), lang="en")
    assert [(e.type, e.sub_type, e.place.name, e.date.start, e.fatalities.value if e.fatalities else None) for e in out.events] == [
        ("protest", "peaceful", "Lima", date(2024, 10, 10), None),
        ("violence_against_civilians", "attack", "Independencia", date(2024, 10, 8), 1),
    ]
