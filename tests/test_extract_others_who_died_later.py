""""Otras dos" with a death verb of their own add to the day's toll.

"Esa tarde murieron ocho personas; otras dos fallecieron días después en el
hospital": the toll is ten. The two were added only when told as "dos más"
(English "two more died" already was); "otras dos" before the number, with
its own verb in the same sentence, counted apart and the larger count, eight,
was kept."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
SHOTS = "El jueves 15 de diciembre, los militares dispararon contra los manifestantes en el aeropuerto de Huamanga. "


@pytest.mark.parametrize(
    "deaths",
    [
        "Esa tarde murieron ocho personas; otras dos fallecieron días después en el hospital.",
        "Esa tarde murieron ocho personas; dos más fallecieron días después en el hospital.",
        "Esa tarde murieron ocho personas. Otras dos fallecieron días después en el hospital.",
    ],
)
def test_the_others_who_died_add_to_the_toll(deaths):
    [event] = EX.extract(SHOTS + deaths, published=date(2023, 3, 15), lang="es").events
    assert event.fatalities.value == 10


def test_others_hurt_are_no_more_dead():
    [event] = EX.extract(SHOTS + "Esa tarde murieron ocho personas y otras 30 resultaron heridas.", published=date(2023, 3, 15), lang="es").events
    assert (event.fatalities.value, event.injuries.value) == (8, 30)
