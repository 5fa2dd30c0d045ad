"""A strike called for a day and then heeded is told, not planned.

"El paro convocado para este miércoles 23 de octubre tuvo un acatamiento parcial": the call's
participle names the strike; how it was heeded says it happened (GUIDELINES §2: calls and plans
are no events, what happened is), on the day it was called for. A strike only called stays none."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _rows(text, lang):
    out = EX.extract(text, published=date(2024, 10, 24), lang=lang)
    return [(e.type, e.sub_type, e.forms, e.place.admin1, e.date.start, e.date.end) for e in out.events]


def test_es_heeded_strike_on_its_called_day():
    text = "El paro de transportistas convocado para este miércoles 23 de octubre tuvo un acatamiento parcial en Lima."
    assert _rows(text, "es") == [("protest", "peaceful", ["strike"], "Lima", date(2024, 10, 23), date(2024, 10, 23))]


def test_en_heeded_strike_on_its_called_day():
    text = "The transport strike called for Wednesday saw partial compliance in Lima."
    assert _rows(text, "en") == [("protest", "peaceful", ["strike"], "Lima", date(2024, 10, 23), date(2024, 10, 23))]


def test_a_strike_only_called_is_none():
    text = "El paro de transportistas convocado para el jueves 31 de octubre amenaza con paralizar Lima."
    assert _rows(text, "es") == []
