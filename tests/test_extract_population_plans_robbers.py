"""Three general readings found while keeping the English probe of round 26
from costing the third-party benchmarks: a country's or city's size ("Peru,
a country of some 34 million people") was read as the crowd of a protest word
beside it, which made a protest out of a sentence with none; a union that
"decided to proceed with the strike on Thursday" or "forges ahead with" it
told a strike already held; "a gang that shot two people dead", with no
protest in its sentence, was read as lethal force at a protest rather than
criminals' violence against civilians; nor is the crime a court punishes
an attack on the court's day."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def test_a_countrys_population_makes_no_crowd():
    body = (
        "Peru, a country of some 34 million people, has seen transport workers strike against extortion. "
        "On Thursday, about 3,000 drivers marched to Congress in Lima."
    )
    out = extract(body, "en", date(2024, 10, 11))
    assert all(e.participants is None or e.participants.low < 1_000_000 for e in out.events)
    lima = [e for e in out.events if e.place is not None and e.place.admin1 == "Lima"]
    assert len(lima) == 1 and lima[0].participants.low == 3000


def test_a_union_deciding_to_proceed_with_a_strike_holds_none_yet():
    body = (
        "Transport unions in Lima met with the interior minister on Tuesday. "
        "After the meeting, drivers' leaders decided to proceed with the strike on Thursday."
    )
    assert extract(body, "en", date(2024, 10, 8)).events == []


def test_a_gang_that_shot_people_dead_in_a_court_story_is_no_incident():
    body = (
        "Drivers forge ahead with strike against extortion. The Lima transport unions said on Wednesday that they "
        "were concerned by the wave of killings of drivers.\n\n"
        "Robber gets life for bus murders. A court in Trujillo has sentenced an armed robber, who was part of a gang "
        "that shot two people dead and wounded others on a bus in La Libertad, to life in prison."
    )
    # (neither the strike the unions go ahead with, nor the crime the court punishes, on no day told)
    assert extract(body, "en", date(2024, 10, 10)).events == []
