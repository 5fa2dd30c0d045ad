""""Residents of Puno boarded buses for Lima" are not in Lima yet.

A departure names where travellers are going, not where anything happened: the
destination of "boarded buses for", "set off for", "partieron rumbo a" is read as a
trip under way (morphology.yaml ``destinations``), as "bound for" is, and gives no
event in Lima."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 1, 16)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "On Sunday, hundreds of residents of Puno boarded buses for Lima to join the protests against "
           "President Dina Boluarte."),
    ("en", "On Sunday, hundreds of residents of Puno set off for Lima to join the protests against "
           "President Dina Boluarte."),
    ("es", "El domingo, cientos de pobladores de Puno partieron rumbo a Lima para sumarse a las protestas "
           "contra la presidenta Dina Boluarte."),
])
def test_a_departure_is_not_at_its_destination(lang: str, body: str) -> None:
    found = [(e.place.name, e.date.start) for e in events(body, lang, PUBLISHED)]
    assert found == [("Puno", date(2023, 1, 15))]
