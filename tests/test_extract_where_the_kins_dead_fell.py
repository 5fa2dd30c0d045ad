"""Where the mourned died is not where their relatives act: "Relatives of those killed in
Juliaca staged a sit-in outside the prosecutor's office in Puno on Monday" placed the
sit-in in Juliaca (the town of the dead, more precise than Puno in the same region)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


# GUIDELINES §2 place: the most precise place of the incident.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Relatives of those killed in Juliaca staged a sit-in outside the prosecutor's office in Puno on Monday.", "en"),
        ("Familiares de los fallecidos en Juliaca realizaron un plantón frente a la Fiscalía en Puno el lunes.", "es"),
    ],
)
def test_the_kin_act_where_the_sentence_puts_them_not_where_their_dead_fell(text, lang):
    [event] = EX.extract(text, published=date(2024, 1, 10), lang=lang).events
    assert (event.place.name, event.place.admin1, event.date.start) == ("Puno", "Puno", date(2024, 1, 8))


def test_with_no_other_place_the_town_of_the_dead_stands():
    [event] = EX.extract("Relatives of those killed in Juliaca marched on Monday.", published=date(2024, 1, 10), lang="en").events
    assert event.place.name == "Juliaca"
