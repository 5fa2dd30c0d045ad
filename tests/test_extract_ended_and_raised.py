"""A strike told as lifted with its length, and a total raised by a death told
after it: each sentence carries two things, and both are kept apart."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events, extract

SUN = date(2023, 1, 22)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Los agricultores levantaron este jueves el paro de diez días que mantenían en Ica, tras un acuerdo con el Ejecutivo.", "es"),
        ("Farmers in Ica called off their ten-day strike on Thursday after reaching a deal with the government.", "en"),
    ],
)
def test_a_lifted_strike_told_with_its_length_is_the_strike_and_the_deal(body: str, lang: str) -> None:
    found = {(e.type, e.sub_type): e for e in events(body, lang, SUN)}
    assert set(found) == {("strategic_development", "other"), ("protest", "peaceful")}
    strike = found[("protest", "peaceful")]
    assert (strike.date.start, strike.date.end) == (date(2023, 1, 10), date(2023, 1, 19))
    assert strike.forms == ["strike"] and strike.place.admin1 == "Ica"


def test_a_strike_started_with_its_length_runs_ahead_not_back() -> None:
    # "inició el lunes un paro de tres días": the length counts days ahead of the day told
    (e,) = events("Los transportistas de Juliaca iniciaron el lunes un paro de tres días.", "es", SUN)
    assert e.date.start == date(2023, 1, 16)


def test_a_lifted_strike_without_its_length_is_the_deal_and_the_strike_on_that_day() -> None:
    found = events("Los transportistas levantaron el paro en Juliaca este jueves tras un acuerdo con el municipio.", "es", SUN)
    assert sorted((e.type, e.date.start) for e in found) == [("protest", date(2023, 1, 19)), ("strategic_development", date(2023, 1, 19))]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("La cifra de fallecidos asciende a 28, tras la muerte de un comunero herido durante los enfrentamientos del martes en Juliaca.", "es"),
        ("The death toll from the protests rose to 28 after a villager wounded in Tuesday's clashes in Juliaca died in hospital.", "en"),
        ("Con la muerte de un comunero herido el martes en Juliaca, ya son 28 los fallecidos en las protestas.", "es"),
    ],
)
def test_a_total_raised_by_a_later_death_is_a_tally_not_the_clash_toll(body: str, lang: str) -> None:
    out = extract(body, lang, SUN)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 28)]
    (clash,) = out.events
    assert clash.place.name == "Juliaca" and clash.date.start == date(2023, 1, 17)
    assert clash.fatalities is None or clash.fatalities.high == 1


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The protests, which began on December 7, have left 60 people dead.", "en"),
        ("Las protestas, que comenzaron el 7 de diciembre, han dejado 60 muertos.", "es"),
    ],
)
def test_a_toll_of_protests_told_with_their_first_day_is_a_tally(body: str, lang: str) -> None:
    out = extract(body, lang, SUN)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 60)]
    assert out.events == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Las comunidades de Chumbivilcas levantaron ayer el bloqueo del corredor minero que mantenían desde el 22 de enero.", "es"),
        ("Communities in Chumbivilcas on Thursday lifted the blockade of the mining corridor they had held since January 22.", "en"),
    ],
)
def test_a_blockade_lifted_runs_from_its_since_day(body: str, lang: str) -> None:
    (blockade,) = [e for e in events(body, lang, date(2023, 3, 3)) if e.forms == ["roadblock"]]
    assert (blockade.date.start, blockade.date.end) == (date(2023, 1, 22), date(2023, 3, 2))


def test_a_blockade_cleared_by_force_is_dated_by_the_clearing() -> None:
    body = "Police on Thursday lifted the blockade that farmers had held since January 22 on the road to Cusco."
    (e,) = events(body, "en", date(2023, 3, 3))
    assert (e.sub_type, e.date.start) == ("intervention", date(2023, 3, 2))


@pytest.mark.parametrize(
    ("body", "lang", "end"),
    [
        ("The three-day strike, which began on Wednesday, brought much of Lima to a standstill.", "en", date(2024, 10, 25)),
        ("El paro de 72 horas, que empezó el miércoles, paralizó gran parte de Lima.", "es", date(2024, 10, 25)),
        ("Transport workers in Lima began a 48-hour strike on Wednesday.", "en", date(2024, 10, 24)),
    ],
)
def test_a_strike_begun_on_a_day_runs_its_named_length(body: str, lang: str, end: date) -> None:
    (e,) = events(body, lang, date(2024, 10, 26))
    assert (e.date.start, e.date.end) == (date(2024, 10, 23), end)


def test_a_strike_named_by_its_length_ends_no_later_than_the_report() -> None:
    (e,) = events("Transport workers in Lima began a 48-hour strike on Wednesday.", "en", date(2024, 10, 23))
    assert (e.date.start, e.date.end) == (date(2024, 10, 23), date(2024, 10, 23))


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("On Monday, thousands of protesters blocked roads across Puno. The government has declared a state of emergency in the region.", "en"),
        ("El lunes, miles de manifestantes bloquearon las vías de Puno. El Gobierno ha declarado el estado de emergencia en la región.", "es"),
    ],
)
def test_a_measure_in_the_present_perfect_is_the_reports_not_the_paragraphs_day(body: str, lang: str) -> None:
    found = {e.type: e.date.start for e in events(body, lang, date(2023, 1, 12))}
    assert found == {"protest": date(2023, 1, 9), "strategic_development": date(2023, 1, 12)}


def test_an_authoritys_count_in_the_perfect_under_a_dateline_is_a_tally() -> None:
    text = "Peru toll\n\nLIMA, Feb 7 (Reuters) - Two months after protests broke out, the ombudsman's office has confirmed 48 deaths.\n"
    from extract_helpers import EX

    out = EX.extract(text, published=date(2023, 2, 7), lang="en")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 48)] and out.events == []


def test_a_toll_left_so_far_with_no_day_or_place_is_a_tally() -> None:
    out = extract("Las protestas han dejado al menos siete muertos.", "es", SUN)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 7)] and out.events == []
    # one clash of a town keeps its toll
    (e,) = events("El enfrentamiento en Juliaca ha dejado 17 muertos.", "es", SUN)
    assert e.fatalities.high == 17


def test_a_strike_lifted_with_its_length_in_hours_runs_those_days() -> None:
    found = {e.type: e for e in events("Los transportistas levantaron este jueves el paro de 72 horas en Lima.", "es", SUN)}
    strike = found["protest"]
    assert (strike.date.start, strike.date.end) == (date(2023, 1, 17), date(2023, 1, 19))
