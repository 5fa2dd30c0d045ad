"""Force that only a crowd meets, told in an article that never names a
protest: "Victor Santisteban died after being hit by a tear gas canister in
Lima on January 28" and "On January 9, security forces killed 18 people in
Juliaca" gave no event, since deaths in an article with no protest word were
read as a crash or a war. Crowd-control munitions, or police or soldiers
killing people counted as civilians, now tell a protest met with force,
unless the article names a war, an armed group, a gang or a crime (soldiers
killing people in the VRAEM in an operation against Shining Path remnants)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Victor Santisteban, a native of Huancavelica, died after being hit by a tear gas canister in Lima on January 28.", "Lima", date(2023, 1, 28)),
        ("On January 9, security forces killed 18 people in Juliaca.", "Juliaca", date(2023, 1, 9)),
    ],
)
def test_force_only_a_crowd_meets_is_excessive_force(text, place, day):
    (event,) = EX.extract(text, published=date(2023, 2, 10), lang="en").events
    assert (event.type, event.sub_type, event.place.name, event.date.start) == ("protest", "excessive_force", place, day)


@pytest.mark.parametrize(
    "text",
    [
        "On January 9, soldiers killed 4 people in the VRAEM during an operation against Shining Path remnants.",
        "On January 9, soldiers killed 4 people in Pichari. The army said they were narco-terrorists.",
        "Police shot dead two people in Trujillo on Sunday during a robbery.",
    ],
)
def test_armed_or_criminal_stories_are_no_protest(text):
    assert EX.extract(text, published=date(2023, 2, 10), lang="en").events == []
