"""Force told in a trailing where-clause of an earlier day is the place's past.

"On Sunday, hundreds marched in Juliaca, where soldiers opened fire on
protesters on January 9": Sunday's march was typed lethal force, the
gunfire of a month before read as its own. A where-clause that ends the
sentence with a day before the sentence's, telling force or rioting, is
left out of the typing (as a past toll in an aside between commas already
was); force in such a clause with no day of its own is still the march's."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
MONDAY = date(2023, 2, 13)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Sunday, hundreds marched in Juliaca, where soldiers opened fire on protesters on January 9.", "en"),
        ("El domingo, cientos marcharon en Juliaca, donde el 9 de enero los militares dispararon contra los manifestantes.", "es"),
    ],
)
def test_sundays_march_is_not_the_old_gunfire(text, lang):
    [event] = EX.extract(text, published=MONDAY, lang=lang).events
    assert (event.type, event.sub_type, event.date.start) == ("protest", "peaceful", date(2023, 2, 12))


def test_force_in_the_clause_with_no_day_of_its_own_is_the_marchs():
    text = "On Sunday, hundreds marched in Juliaca, where police fired tear gas at them."
    [event] = EX.extract(text, published=MONDAY, lang="en").events
    assert (event.sub_type, event.date.start) == ("intervention", date(2023, 2, 12))
