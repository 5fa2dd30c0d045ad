"""Heads of state gathered at a summit are no rally.

"a strike began as world leaders gathered in the capital for the APEC summit": the gathering
word tells a meeting of officials, no crowd (GUIDELINES §2: a rally is a demonstration), so the
strike keeps its one form; union leaders gathered outside a ministry still rally."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _rows(text, lang):
    out = EX.extract(text, published=date(2024, 11, 14), lang=lang)
    return [(e.type, e.sub_type, e.forms, e.place.admin1, e.date.start) for e in out.events]


def test_en_world_leaders_gathered():
    text = "Transport workers in Lima began a strike on Wednesday, as world leaders gathered in the capital for the APEC summit."
    assert _rows(text, "en") == [("protest", "peaceful", ["strike"], "Lima", date(2024, 11, 13))]


def test_es_lideres_del_foro_se_congregaban():
    text = "Los transportistas iniciaron un paro en Lima este miércoles, mientras los líderes del foro se congregaban en la capital para la cumbre APEC."
    assert _rows(text, "es") == [("protest", "peaceful", ["strike"], "Lima", date(2024, 11, 13))]


def test_union_leaders_still_rally():
    text = "Union leaders gathered outside the Ministry of Labour in Lima on Wednesday."
    assert _rows(text, "en") == [("protest", "peaceful", ["rally"], "Lima", date(2024, 11, 13))]
