"""A vigil for the dead of an earlier month, told in one sentence with a riot in a
"while" clause ("relatives held a vigil in Juliaca on Sunday for the 18 people
killed in January, while nearby youths threw stones at police"), had typed the day
as lethal force: the riot's police made the mourned killing look like the day's.
Death words dated right after them by an earlier day than the sentence's are
recalled, not caused that day."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


# GUIDELINES §2: a march that turns into clashes is one event typed by its most severe phase;
# the dead of January are no phase of a Sunday in March.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Sunday, relatives held a vigil in Juliaca for the 18 people killed in January, while nearby youths threw stones at police.", "en"),
        ("El domingo, familiares realizaron una vigilia en Juliaca por los 18 muertos de enero, mientras jóvenes lanzaban piedras a la policía.", "es"),
    ],
)
def test_a_vigil_for_januarys_dead_beside_a_riot_is_the_riot_not_lethal_force(text, lang):
    [event] = EX.extract(text, published=date(2023, 3, 13), lang=lang).events
    assert (event.type, event.sub_type) == ("riot", "violent_demonstration")
    assert event.fatalities is None and event.date.start == date(2023, 3, 12)
    assert "vigil" in event.forms


def test_a_killing_on_the_day_told_stays_lethal_beside_a_recalled_one():
    out = EX.extract("On Sunday, police killed two protesters in Juliaca, where 18 people were killed in January.", published=date(2023, 3, 13), lang="en")
    sunday = [e for e in out.events if e.date.start == date(2023, 3, 12)]
    assert [(e.sub_type, e.fatalities.value) for e in sunday] == [("excessive_force", 2)]
