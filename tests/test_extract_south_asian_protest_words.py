"""Protest words of the South Asian English press.

Indian, Pakistani, Bangladeshi and Sri Lankan papers tell protest with words of their own: a
"dharna" (sit-in), a "bandh" or "hartal" (a town's or a country's shutdown), a "gherao" (a crowd
surrounding an office), a "rasta roko" or "rail roko" (a road or rail blockade), burning an effigy,
showing black flags, raising slogans against the government, "courting arrest", "mass leave". None
of them was a trigger, so "Members of the Anganwadi Workers Union staged a dharna in front of the
collectorate on Thursday" made no event (GUIDELINES §2: a demonstration, a sit-in, a strike)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 3, 10)  # a Friday
THURSDAY = date(2023, 3, 9)


@pytest.mark.parametrize(("body", "forms"), [
    ("Members of the Anganwadi Workers Union staged a dharna in front of the collectorate on Thursday demanding a hike in honorarium.", ["sit_in"]),
    ("Traders observed a bandh in Jammu on Thursday against the hike in property tax.", ["general_strike", "strike"]),
    ("A dawn-to-dusk hartal called by trade unions on Thursday paralysed life in Kozhikode.", ["general_strike", "strike"]),
    ("Villagers gheraoed the block development officer on Thursday over the delay in wage payments.", []),
    ("Farmers staged a rail roko at Devidaspura village near Amritsar on Thursday.", ["roadblock"]),
    ("Transporters observed a chakka jam across the state on Thursday.", ["roadblock"]),
    ("The agitating farmers burnt an effigy of the Chief Minister at the Clock Tower on Thursday.", []),
    ("Activists of the Youth Congress showed black flags to the Union Minister in Kochi on Thursday.", []),
    ("Activists of the BJP Mahila Morcha raised slogans against the state government outside the Secretariat on Thursday.", []),
    ("ASHA workers took out a torchlight procession in Ludhiana on Thursday evening.", ["march"]),
    ("Employees of the power corporation went on mass leave on Thursday to press their demands.", ["strike"]),
    ("A group of lawyers abstained from work on Thursday to protest against the assault on a colleague.", ["strike"]),
    ("The protesters squatted on the road and stopped traffic for two hours on Thursday.", ["roadblock"]),
    ("Employees of the state transport corporation struck work on Thursday.", ["strike"]),
    ("Auto-rickshaw drivers kept off the roads on Thursday to protest against the fare revision.", ["strike"]),
    ("Traders downed shutters in Ludhiana on Thursday to protest against the sealing drive.", ["market_closure"]),
    ("The shutdown called by the JKLF was total on Thursday.", ["general_strike", "strike"]),
    ("Opposition parties were staging demonstrations at all district headquarters on Thursday.", []),
    ("BNP activists brought out a procession demanding the release of Khaleda Zia in Dhaka on Thursday.", ["march"]),
])
def test_a_south_asian_protest_word_is_a_protest(body: str, forms: list[str]) -> None:
    assert [(e.type, e.sub_type, sorted(e.forms), e.date.start) for e in events(body, "en", PUBLISHED)] == [
        ("protest", "peaceful", forms, THURSDAY)]


def test_courting_arrest_is_a_protest_met_with_arrests() -> None:
    body = "Congress leaders courted arrest in New Delhi on Thursday while protesting against price rise and unemployment."
    assert [(e.type, e.sub_type, e.date.start) for e in events(body, "en", PUBLISHED)] == [("protest", "intervention", THURSDAY)]


@pytest.mark.parametrize("body", [
    "Devotees took out a procession on Thursday to mark Ganesh Chaturthi.",
    "Hundreds of villagers formed a human chain on Thursday as part of the state government's campaign against child marriage.",
    "The court said the agitation could not continue indefinitely.",
    "Devotees burnt an effigy of Ravana at the Parade Ground on Thursday.",
    "Devotees took out a procession in Dhaka on Thursday.",
    "Police said the accused had sat on the road to stop the vehicle before robbing the driver on Thursday.",
])
def test_other_processions_chains_and_effigies_are_no_protest(body: str) -> None:
    assert events(body, "en", PUBLISHED) == []
