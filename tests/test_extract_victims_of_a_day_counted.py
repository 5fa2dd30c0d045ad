"""A Puno radio bulletin of 10 January 2023: "los familiares de las diez
víctimas del 15 de diciembre realizaron anoche una vigilia en Huamanga". The
day after "las víctimas del" dates the deaths, not the vigil, but the cue was
written with its article ("las victimas del"), so a number between ("las diez
víctimas del") hid it and the vigil was dated 15 December. The cue words are
now the noun and "del" alone (lang/es/cues.yaml prior.victims)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize("body", [
    "Los familiares de las diez víctimas del 15 de diciembre realizaron anoche una vigilia en la plaza Sucre de Huamanga.",
    "Los deudos de las dos víctimas del 11 de diciembre realizaron anoche una vigilia en la plaza de Armas de Andahuaylas.",
])
def test_the_vigil_is_of_last_night_not_of_the_deaths(body: str) -> None:
    event = one_event(body, "es", PUBLISHED)
    assert (event.sub_type, event.forms, event.date.start) == ("peaceful", ["vigil"], date(2023, 1, 9))
