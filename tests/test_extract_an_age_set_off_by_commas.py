"""A bare number set off by commas after a singular person noun is that person's age.

"The driver, 32, was killed on his way home": the number is how old the driver was, as
after a capitalised name ("Silvia Cruz, 54,"); it counts no dead, so the march told
before it keeps no toll of 32 (GUIDELINES §2 counts)."""

from __future__ import annotations

from datetime import date

from kipu.extract.numbers import find_quantities
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _summary(text: str, lang: str) -> list[tuple]:
    out = EX.extract(text, published=date(2024, 9, 27), lang=lang)
    return [(e.type, e.sub_type, e.place.name, e.date.start, e.participants.low if e.participants else None, e.fatalities) for e in out.events]


def test_the_drivers_age_after_a_march_is_no_toll():
    text = "Hundreds of mototaxi drivers marched in Comas on Friday. The driver, 32, was killed on his way home, police said."
    assert _summary(text, "en") == [("protest", "peaceful", "Comas", date(2024, 9, 27), 200, None)]


def test_spanish_age_after_a_person_noun_with_de():
    text = "Cientos de mototaxistas marcharon en Comas el viernes. El chofer, de 32, fue asesinado cuando volvía a su casa."
    assert _summary(text, "es") == [("protest", "peaceful", "Comas", date(2024, 9, 27), 200, None)]


def test_a_count_after_a_place_is_still_a_count():
    # ("In Puno, 12 people were injured": the comma after a place sets off no age)
    assert [q.low for q in find_quantities("In Puno, 12 people were injured.", "en")] == [12]
