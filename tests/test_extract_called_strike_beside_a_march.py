""""Convocó a un paro; el miércoles, cientos marcharon en Ilo": the march is no strike.

A sentence that tells a march after a semicolon, beside a strike only called before it,
gave the march the strike's forms too (strike, general_strike): the call is no event
(GUIDELINES §2) and its form word is no form of the march told."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 5)  # a Thursday


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "El Frente de Defensa convocó a un paro indefinido en Moquegua; el miércoles, cientos de pobladores marcharon en Ilo."),
    ("en", "The Defence Front called an indefinite strike in Moquegua; on Wednesday, hundreds of residents marched in Ilo."),
])
def test_the_march_beside_a_called_strike(lang: str, body: str) -> None:
    e = one_event(body, lang, PUBLISHED)
    assert (e.place.name, e.date.start, e.forms) == ("Ilo", date(2023, 1, 4), ["march"])
