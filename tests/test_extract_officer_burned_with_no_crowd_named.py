"""A police officer burned to death, no crowd named.

"Seventeen civilians die in clashes in Juliaca. A police officer is burned to
death the following night." (a timeline's line): the officer's death folded
into the state's killing of civilians the day before, or was lost; no force
of the state burns its own officer, so it is the crowd's killing
(GUIDELINES §2: mob violence, "a police officer killed by a crowd"), an
event of its own."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Jan. 9, 2023 - Seventeen civilians die in clashes in Juliaca. A police officer is burned to death the following night.", date(2023, 1, 10)),
        ("On Jan. 9, seventeen civilians died in clashes in Juliaca. That night, a police officer was burned to death.", date(2023, 1, 9)),
    ],
)
def test_the_officers_death_is_mob_violence_apart(text, night):
    out = EX.extract(text, published=date(2023, 2, 10), lang="en")
    got = sorted((e.type, e.sub_type, e.date.start, e.fatalities.value) for e in out.events)
    assert got == [("protest", "excessive_force", date(2023, 1, 9), 17), ("riot", "mob_violence", night, 1)]
