"""The place where the mourned died is not the place of the vigil held for
them. "Una vigilia en Lima el martes por los fallecidos en Juliaca" made a
second event in Juliaca, because "por los fallecidos" (with the vigil's place
and day between the vigil and its dead) was no ``denounced`` cue; and "una
misa en Puno por los asesinados en Juliaca" was placed in Juliaca, the more
precise name of the same region, because the mourned's place was dropped
only after the most precise place of each region had been kept
(kipu.extract.context.Context.sentence_places)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 17)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Cientos de personas realizaron una vigilia en Lima el martes por los fallecidos en Juliaca."),
    ("en", "Hundreds held a vigil in Lima on Tuesday for those killed in Juliaca."),
])
def test_a_vigil_is_where_it_was_held(lang: str, body: str) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Lima", "Lima")
    assert event.fatalities is None


def test_the_mourneds_town_of_the_same_region_is_not_the_mass() -> None:
    body = "Decenas de personas realizaron una misa en Puno el domingo por los asesinados en Juliaca el 9 de enero."
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.precision) == ("Puno", "department")
    assert event.fatalities is None
