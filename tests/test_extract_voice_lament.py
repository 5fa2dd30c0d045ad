"""A voice's lament in the present tells no killing.

'"We are here because they are killing us and the government does nothing,"
said a street vendor who marched': no lethal force at the march, which police
only tear-gassed."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_they_are_killing_us():
    text = (
        "Thousands of people marched through downtown Lima on Thursday to protest against President Dina Boluarte. "
        "Officers fired tear gas at a group of demonstrators near the Plaza San Martin.\n\n"
        '"We are here because they are killing us and the government does nothing," said Ana María Ccori, a street vendor '
        'from the district of Comas, who marched with a sign reading "Dina out."'
    )
    out = EX.extract(text, published=date(2024, 11, 14), lang="en")
    assert [(e.sub_type, e.place.admin1, e.date.start, e.state_response) for e in out.events] == [
        ("intervention", "Lima", date(2024, 11, 14), ["tear_gas"]),
        ("peaceful", "Lima", date(2024, 11, 14), []),
    ]
