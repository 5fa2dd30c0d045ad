"""Rioting in one town told day by day is one incident per day.

"On Monday, protesters set fire to the police station in Juliaca. // On Tuesday,
protesters again attacked the airport ..." folded into one riot over Monday and
Tuesday, as a riot told once with two days (a photo caption's and the body's) is: a
day that opens its sentence tells that day's own incident (GUIDELINES §2: one incident
is one event)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 1, 11)  # a Wednesday


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "On Monday, protesters set fire to the police station in Juliaca.\n\n"
           "On Tuesday, protesters again attacked the airport of Juliaca and burned a police car."),
    ("en", "Protesters set fire to the police station in Juliaca on Monday.\n\nOn Tuesday, rioters looted shops in the city."),
    ("es", "El lunes, los manifestantes incendiaron la comisaría de Juliaca.\n\nEl martes, saquearon tiendas en la ciudad."),
])
def test_each_day_of_rioting_is_its_own(lang: str, body: str) -> None:
    found = [(e.type, e.place.admin1, e.date.start, e.date.end) for e in events(body, lang, PUBLISHED)]
    assert found == [("riot", "Puno", date(2023, 1, 9), date(2023, 1, 9)), ("riot", "Puno", date(2023, 1, 10), date(2023, 1, 10))]
