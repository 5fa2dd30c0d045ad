"""The claims of a protest told in the next paragraph, set apart right after
the incident ("Los manifestantes exigen la renuncia de ..."), are that
protest's (kipu.extract.last_incident.demands_of_last)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
PUBLISHED = date(2023, 1, 12)


def _event(body: str, lang: str):
    (event,) = EX.extract("Titular\n\n" + body + "\n", published=PUBLISHED, lang=lang).events
    return event


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Al menos 17 personas murieron este lunes en Juliaca durante los enfrentamientos con la policía.\n\n"
           "Los manifestantes exigen la renuncia de Boluarte y el cierre del Congreso."),
    ("en", "Police fired tear gas at thousands of protesters marching in Lima on Monday.\n\n"
           "The protesters demand the resignation of President Boluarte and the closure of Congress."),
])
def test_demands_in_the_next_paragraph_are_the_protests(lang: str, body: str) -> None:
    # the claims set apart in a paragraph of their own, right after the incident
    assert {"removal_of_official", "dissolve_congress"} <= set(_event(body, lang).demands)
