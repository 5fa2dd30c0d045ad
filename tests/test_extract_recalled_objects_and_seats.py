"""Phrasings found by writing a Puno march story (March 2023) and a Lima
transport strike story (October 2024): the people a recalled or protested
killing took ("two months after security forces killed 17 civilians", "la
extorsión, que ha cobrado la vida de decenas de choferes") are no crowd; the
place of that recalled killing is not the march's; "the regional capital" is
the seat of the region the story is about; drivers count a crowd; and people
arrested "who, according to the police, threw stones" were arrested at a riot,
with an aside between the relative and its verb."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


# GUIDELINES §2 counts: participants are the crowd, not the dead a clause recalls.

def test_people_killed_in_a_recalled_clause_are_no_crowd():
    text = (
        "Hundreds of villagers marched in Ilave on Monday, two months after security forces "
        "killed 17 civilians in the nearby city of Juliaca."
    )
    out = _run(text, date(2023, 3, 6))
    assert len(out.events) == 1
    e = out.events[0]
    assert e.participants is not None and e.participants.low == 200
    assert e.fatalities is None


def test_the_place_of_a_recalled_killing_is_not_the_marchs():
    text = (
        "Protesters marched in Puno on Monday, two months after security forces killed "
        "17 civilians in the nearby city of Juliaca."
    )
    out = _run(text, date(2023, 3, 6))
    assert len(out.events) == 1
    e = out.events[0]
    assert e.place is not None and e.place.name == "Puno"
    assert e.date is not None and e.date.start == date(2023, 3, 6)


def test_the_dead_of_the_grievance_are_no_crowd_in_spanish():
    text = (
        "Los choferes acataron este jueves el paro en Lima contra la extorsión y el sicariato, "
        "que en lo que va del año han cobrado la vida de decenas de choferes."
    )
    out = _run(text, date(2024, 10, 10), "es")
    assert len(out.events) == 1
    e = out.events[0]
    assert e.participants is None
    assert e.fatalities is None


def test_conductores_are_a_crowd():
    text = "Miles de conductores acataron este jueves el paro de transportistas en Lima contra la extorsión."
    out = _run(text, date(2024, 10, 10), "es")
    assert len(out.events) == 1
    e = out.events[0]
    assert e.participants is not None and (e.participants.low, e.participants.high) == (2000, 9999)


# GUIDELINES §2 place: the most precise place the article gives.

def test_the_regional_capital_is_the_seat_of_the_datelines_region():
    text = (
        "PUNO, Peru, March 6 (own report) - Thousands of Aymara villagers marched through the "
        "regional capital on Monday, demanding the president's resignation."
    )
    out = _run(text, date(2023, 3, 6))
    assert len(out.events) == 1
    e = out.events[0]
    assert e.place is not None and (e.place.name, e.place.admin1, e.place.precision) == ("Puno", "Puno", "district")


def test_la_capital_regional_is_the_seat_of_the_region_named():
    text = "Cientos de docentes de Cusco marcharon este martes por las calles de la capital regional."
    out = _run(text, date(2023, 5, 16), "es")
    assert len(out.events) == 1
    e = out.events[0]
    assert e.place is not None and (e.place.name, e.place.admin1) == ("Cusco", "Cusco")
    assert e.place.precision == "district"


# GUIDELINES §2: one incident is one event; arrests at a riot are the riot's.

def test_arrested_people_who_after_an_aside_threw_stones_were_at_the_riot():
    text = (
        "Miles de conductores acataron este jueves el paro de transportistas en Lima contra la extorsión.\n\n"
        "En Ate, la Policía detuvo a seis personas que, según el parte policial, lanzaban piedras "
        "contra los vehículos que no se plegaron a la medida."
    )
    out = _run(text, date(2024, 10, 10), "es")
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("riot", "violent_demonstration")
    assert e.arrests is not None and e.arrests.value == 6
    assert e.place is not None and e.place.admin1 == "Lima"


def test_english_arrests_of_men_who_after_an_aside_threw_stones():
    text = (
        "Thousands of drivers joined the strike in Lima on Thursday.\n\n"
        "In Ate, police arrested six men who, according to a police report, threw stones at buses."
    )
    out = _run(text, date(2024, 10, 10))
    assert len(out.events) == 1
    e = out.events[0]
    assert e.type == "riot"
    assert e.arrests is not None and e.arrests.value == 6
