"""The forces storming a place are a raid: "Police stormed the San Marcos campus in Lima on
Saturday, detaining 193 people" gave nothing (no protest word in the sentence, and
"stormed" with the police as subject is no crowd's storming). GUIDELINES §2 codes raids
not tied to one protest as strategic_development/arrests."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
LEAD = "Protesters from the south have been camped in Lima all week. "


@pytest.mark.parametrize(
    "told",
    [
        "Police stormed the San Marcos campus in Lima on Saturday, detaining 193 people.",
        "Police stormed the San Marcos campus in Lima on Saturday and arrested 193 people.",
    ],
)
def test_police_storming_a_campus_is_a_raid_with_its_arrests(told):
    [event] = EX.extract(LEAD + told, published=date(2023, 1, 22), lang="en").events
    assert (event.type, event.sub_type) == ("strategic_development", "arrests")
    assert event.arrests.value == 193 and event.date.start == date(2023, 1, 21)
    assert event.place.admin1 == "Lima"


def test_police_storming_a_square_to_disperse_marchers_stays_an_intervention():
    [event] = EX.extract(LEAD + "Riot police stormed the square in Lima on Saturday to disperse the marchers.", published=date(2023, 1, 22), lang="en").events
    assert (event.type, event.sub_type) == ("protest", "intervention")


# GUIDELINES §2: protest/intervention, "state forces intervened: ... dispersal".

def test_forces_clearing_most_of_the_roadblocks_intervene():
    text = (
        "LA PAZ, Nov 7 (Wire) - Bolivian police and soldiers cleared most of the roadblocks set up by supporters of "
        "former president Evo Morales in Cochabamba, the government said on Thursday."
    )
    [event] = EX.extract(text, published=date(2024, 11, 7), lang="en").events
    assert (event.type, event.sub_type, event.place.country) == ("protest", "intervention", "BO")
    assert "roadblock" in event.forms
