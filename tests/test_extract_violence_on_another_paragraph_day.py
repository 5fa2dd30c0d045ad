"""A Monday riot told in its own paragraph after a Sunday clash elsewhere.

"El domingo, manifestantes se enfrentaron con la policía en la región Puno." then,
in a paragraph dated Monday, "Por la tarde, una turba incendió la comisaría de
Juliaca" folded into the Sunday clash as one event dated Sunday, at Juliaca: an
undated group anchored to its paragraph's day joined the dated incident of the
same place (Juliaca lies in Puno) a day apart (attach_undated's one-day slack).
Violence on its paragraph's day at another place than the one the other day's
violence named is its own incident (GUIDELINES §2: one incident is one event)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 1, 12)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "El domingo, manifestantes se enfrentaron con la policía en la región Puno.\n\n"
           "El lunes, los comercios abrieron sus puertas. Por la tarde, una turba saqueó e incendió la comisaría de Juliaca."),
    ("en", "On Sunday, protesters clashed with police in the Puno region.\n\n"
           "On Monday, shops opened again. In the afternoon, a mob looted and burned the police station in Juliaca."),
])
def test_violence_of_two_days_and_places_is_two_events(lang: str, body: str) -> None:
    found = sorted(events(body, lang, PUBLISHED), key=lambda e: e.date.start)
    assert [(e.type, e.date.start, e.place.name) for e in found] == [
        ("riot", date(2023, 1, 8), "Puno"), ("riot", date(2023, 1, 9), "Juliaca")]


def test_a_quiet_mention_of_the_place_still_folds_in() -> None:
    body = ("El domingo, manifestantes se enfrentaron con la policía en la región Puno.\n\n"
            "El lunes, los dirigentes de Juliaca anunciaron que la protesta continuará.")
    found = events(body, "es", PUBLISHED)
    assert [(e.type, e.date.start) for e in found if e.type == "riot"] == [("riot", date(2023, 1, 8))]
