"""A march under way toward a foreign city, in an article that names no other
place: "marcharon hacia Quito" was read as a march in Peru (the corpus'
default country), because a destination is no place of the event and the
article named none else. The destination still tells the country the crowd
is marching in (kipu.extract.context._country_headed_to); its region stays
unknown (admin1 None), as for "caravans heading to the capital". A whole
country after the cue ("el paso hacia Bolivia", a border crossing's far side)
says nothing of where the crowd stood."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2022, 6, 21)


@pytest.mark.parametrize(("lang", "body", "country"), [
    ("es", "Miles de indígenas marcharon hacia Quito el lunes para exigir la renuncia del presidente Guillermo Lasso.", "EC"),
    ("en", "Hundreds of Indigenous protesters marched toward Quito on Monday, blocking roads along the way.", "EC"),
    ("en", "Thousands of miners marched toward La Paz on Monday demanding fuel subsidies.", "BO"),
    ("es", "Miles de campesinos marcharon rumbo a Cochabamba el martes.", "BO"),
])
def test_the_destination_gives_the_country_not_the_region(lang: str, body: str, country: str) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert event.type == "protest"
    assert event.place is not None and (event.place.country, event.place.admin1) == (country, None)


def test_a_border_crossings_far_side_is_no_country_of_the_crowd() -> None:
    body = "Los manifestantes bloquearon el puente internacional el lunes, impidiendo el paso hacia Bolivia."
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and (event.place.country, event.place.admin1) == ("PE", None)


def test_a_domestic_destination_keeps_the_whole_country() -> None:
    event = one_event("Manifestantes marcharon hacia Lima el lunes.", "es", PUBLISHED)
    assert event.place is not None and (event.place.country, event.place.admin1) == ("PE", None)
