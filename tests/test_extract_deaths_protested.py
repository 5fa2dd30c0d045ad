"""Deaths named right after "against" or "over" are what a protest opposes
(kipu.extract.grievance._strip_deaths_protested): no toll and no killing at
the march. And a year-shaped number before a name and a counted noun is a
count ("some 2000 Aymara protesters", kipu.extract.numbers._is_year)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract import numbers
from extract_helpers import extract, one_event
from kipu.model import EventMention

PUBLISHED = date(2024, 10, 25)  # a Friday: Thursday is 24 October


def _event(body: str, lang: str) -> EventMention:
    return one_event(body, lang, PUBLISHED)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Thousands of drivers marched in Lima on Thursday against extortion killings."),
    ("en", "Thousands of drivers marched in Lima on Thursday against the wave of killings of bus drivers."),
    ("en", "Thousands of drivers marched in Lima on Thursday to protest against extortion killings."),
    ("es", "Miles de transportistas marcharon en Lima el jueves contra los asesinatos de choferes."),
])
def test_deaths_a_march_is_against_are_no_toll_of_it(lang: str, body: str) -> None:
    event = _event(body, lang)
    assert (event.sub_type, event.fatalities, "killings" in event.state_response) == ("peaceful", None, False)
    assert event.participants is not None and event.participants.low == 2000


def test_deaths_at_the_march_still_count() -> None:
    event = _event("Two protesters were killed when police fired on the march against extortion in Lima on Thursday.", "en")
    assert event.fatalities is not None and event.fatalities.low == 2 and event.sub_type == "excessive_force"


def test_a_year_shaped_number_before_a_name_and_a_crowd_is_a_count() -> None:
    (q,) = numbers.find_quantities("Some 2000 Aymara protesters blocked the main road.", "en")
    assert (q.low, q.qualifier) == (2000, "about")
    assert numbers.find_quantities("Relatives gathered over 2023 Juliaca killings.", "en") == []


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Drivers in Lima went on strike on Thursday protesting extortion killings."),
    ("es", "Transportistas marcharon en Lima el jueves en rechazo a los asesinatos de choferes."),
])
def test_deaths_a_strike_protests_are_its_grievance(lang: str, body: str) -> None:
    event = _event(body, lang)
    assert (event.fatalities, event.state_response) == (None, [])


def test_a_protest_death_toll_in_a_headline_stays_a_toll() -> None:
    # "protest" as a noun before the deaths: the deaths at the protests
    out = extract("Text.", "en", PUBLISHED, headline="Peru protest death toll rises to 18 after clashes in Juliaca on Monday")
    assert [e.fatalities.low for e in out.events if e.fatalities] == [18]
