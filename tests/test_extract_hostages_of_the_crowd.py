"""Officers taken hostage by a crowd.

"Three police officers were taken hostage by protesters in the Chapare region
on Saturday" (the Morales blockades in Bolivia, 2024) was a peaceful protest
of three people: the passive's agent, "by protesters", was read as the crowd
the number counts, and only the active "held soldiers hostage" was a riot
word. A crowd holding officers is violence against people (GUIDELINES §2,
violent_demonstration), and the number counts the hostages, not the crowd."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three police officers were taken hostage by protesters in the Chapare region on Saturday and released hours later.", "en"),
        ("Tres policías fueron tomados como rehenes por los manifestantes en el Chapare el sábado.", "es"),
    ],
)
def test_officers_held_by_a_crowd_are_a_riot_not_its_crowd(text, lang):
    [event] = EX.extract(text, published=date(2024, 11, 3), lang=lang).events
    assert (event.type, event.sub_type, event.place.admin1, event.participants) == ("riot", "violent_demonstration", "Cochabamba", None)


def test_a_crowd_counted_before_its_verb_is_still_counted():
    text = "Two thousand people marched in Cochabamba on Saturday, called by the unions."
    [event] = EX.extract(text, published=date(2024, 11, 3), lang="en").events
    assert event.participants.low == 2000

