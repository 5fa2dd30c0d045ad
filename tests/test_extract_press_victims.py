"""A reporter hurt while covering clashes is a civilian attacked, not one of
the crowd: the clash named as what was being filmed does not make the
sentence an intervention on a crowd."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def kinds(text: str, lang: str) -> list[tuple[str, str]]:
    out = EX.extract(text, published=date(2023, 2, 7), lang=lang)
    return [(e.type, e.sub_type) for e in out.events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En Cusco, una fotógrafa fue herida por un perdigón el lunes mientras cubría los enfrentamientos en la avenida Sol.", "es"),
        ("In Cusco, a photographer was injured by a pellet on Monday while covering the clashes on Sol Avenue.", "en"),
    ],
)
def test_a_reporter_hurt_while_covering_clashes_is_an_attack(text, lang):
    assert kinds(text, lang) == [("violence_against_civilians", "attack")]


def test_reporters_hurt_in_the_clashes_are_part_of_the_crowd_event():
    text = "En Cusco, periodistas y manifestantes fueron heridos el lunes en los enfrentamientos con la policía en la avenida Sol."
    assert [k[0] for k in kinds(text, "es")] != ["violence_against_civilians"]
