"""Claims and claimants: the claims of a protest told in the next paragraph, set apart right after
the incident ("Los manifestantes exigen la renuncia de ..."), are that
protest's (kipu.extract.last_incident.demands_of_last)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event
from kipu.model import EventMention

PUBLISHED = date(2023, 1, 12)


def _event(body: str, lang: str) -> EventMention:
    return one_event(body, lang, PUBLISHED)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Al menos 17 personas murieron este lunes en Juliaca durante los enfrentamientos con la policía.\n\n"
           "Los manifestantes exigen la renuncia de Boluarte y el cierre del Congreso."),
    ("en", "Police fired tear gas at thousands of protesters marching in Lima on Monday.\n\n"
           "The protesters demand the resignation of President Boluarte and the closure of Congress."),
])
def test_demands_in_the_next_paragraph_are_the_protests(lang: str, body: str) -> None:
    # the claims set apart in a paragraph of their own, right after the incident
    assert {"removal_of_official", "dissolve_congress"} <= set(_event(body, lang).demands)


@pytest.mark.parametrize(("body", "actor", "present"), [
    ("On Friday, hundreds of relatives and neighbours marched through Ayacucho, a year after the massacre.", "relatives_of_victims", True),
    ("Hundreds of drivers and their relatives marched toward Congress in Lima on Friday.", "relatives_of_victims", False),
])
def test_relatives_in_a_mourning_crowd(body: str, actor: str, present: bool) -> None:
    assert (actor in _event(body, "en").actors) is present


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Hundreds marched in Ayacucho on Friday under a banner that read 'Justice, not impunity'."),
    ("es", "Cientos marcharon en Ayacucho el viernes con una banderola contra la impunidad."),
])
def test_impunity_is_a_call_for_justice(lang: str, body: str) -> None:
    assert "justice_for_victims" in _event(body, lang).demands
