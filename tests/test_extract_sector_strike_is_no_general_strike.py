"""A strike of one trade is a strike, not a general strike.

"Paro de transportistas paraliza Lima y Callao": the bus and taxi drivers stopped, not the whole
workforce; only a national, general, regional or indefinite stoppage is a ``general_strike``."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _rows(text):
    out = EX.extract(text, published=date(2024, 10, 10), lang="es")
    return [(e.type, e.sub_type, e.forms, e.place.name, e.place.admin1, e.date.start) for e in out.events]


def test_a_transport_strike_is_a_strike():
    assert _rows("Un paro de transportistas paraliza Lima este jueves.") == [
        ("protest", "peaceful", ["strike"], "Lima", "Lima", date(2024, 10, 10)),
    ]


def test_a_national_transport_strike_stays_general():
    assert _rows("Paro nacional de transportistas paraliza el país este jueves.") == [
        ("protest", "peaceful", ["strike", "general_strike"], "Peru", None, date(2024, 10, 10)),
    ]
