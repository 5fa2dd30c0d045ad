"""A total and what raised it in one sentence: "The number of people killed in Peru's
protests rose to 20 on Friday after two more people died in Ayacucho" gave a total
of 22 (the two added to the 20 they are part of), or two totals (20 and 2). The
more told in the clause after the total's value ("after", "tras la muerte de") are
inside the total: one tally of 20."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


# GUIDELINES §3: "bringing the total number of confirmed deaths in the protests to 49" is one tally.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The number of people killed in Peru's protests rose to 20 on Friday after two more people died in Ayacucho.", "en"),
        ("The death toll in Peru's protests rose to 20 on Friday after two more people died.", "en"),
        ("La cifra de muertos en las protestas subió a 20 el viernes, tras la muerte de dos personas más en Ayacucho.", "es"),
        ("La cifra de muertos en las protestas subió a 20 el viernes, luego de que otras dos personas murieran en Ayacucho.", "es"),
    ],
)
def test_the_more_that_raised_a_total_are_inside_it(text, lang):
    out = EX.extract(text, published=date(2022, 12, 16), lang=lang)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 20)]


def test_two_more_after_a_days_toll_still_add_to_it():
    # (no total: "killing eight, and two more died" is one toll of ten)
    text = "On Thursday, soldiers in Ayacucho opened fire on protesters, killing eight, and two more died in hospital."
    [event] = EX.extract(text, published=date(2022, 12, 16), lang="en").events
    assert event.fatalities.value == 10
