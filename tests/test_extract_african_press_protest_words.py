"""Protest words of the Kenyan and Nigerian English press.

"Police teargassed protesters in Nairobi's CBD on Thursday" was a peaceful protest ("teargassed"
was no tear-gas word), "Matatu operators withdrew their services on Thursday to protest against
new fuel levies" no strike, and "demos" no protest noun (GUIDELINES §2: tear gas is an
intervention; drivers withholding their work strike)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events

PUBLISHED = date(2024, 6, 28)  # a Friday
THURSDAY = date(2024, 6, 27)


def test_teargassed_is_tear_gas() -> None:
    (e,) = events("Police teargassed protesters in Nairobi on Thursday.", "en", PUBLISHED)
    assert (e.type, e.sub_type, e.state_response, e.date.start) == ("protest", "intervention", ["tear_gas"], THURSDAY)


def test_drivers_withdrawing_their_services_strike() -> None:
    body = "Matatu operators withdrew their services on Thursday to protest against new fuel levies."
    assert [(e.type, e.sub_type, e.forms, e.date.start) for e in events(body, "en", PUBLISHED)] == [("protest", "peaceful", ["strike"], THURSDAY)]


def test_demos_held_are_a_protest() -> None:
    assert [(e.type, e.sub_type, e.date.start) for e in events("Demos were held in Mombasa on Thursday.", "en", PUBLISHED)] == [("protest", "peaceful", THURSDAY)]


def test_product_demos_are_no_protest() -> None:
    assert events("The company gave product demos at the expo in Nairobi on Thursday.", "en", PUBLISHED) == []
