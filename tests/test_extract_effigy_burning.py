"""Burning a symbol (an effigy, photos or portraits of officials) harms no
person and no one else's property: a peaceful protest's act, as ACLED codes
it, not a riot."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lima, January 20, 2023. Hundreds of students rallied outside Congress on Thursday to demand early elections. "
            "Protesters burned an effigy of President Dina Boluarte and set fire to photos of lawmakers.",
            "en",
        ),
        (
            "Lima, 20 de enero de 2023. Cientos de estudiantes se concentraron este jueves frente al Congreso para exigir elecciones "
            "adelantadas. Durante la protesta se realizó la quema de fotos de la presidenta Dina Boluarte.",
            "es",
        ),
    ],
)
def test_burning_an_effigy_or_photos_is_a_peaceful_act(text, lang):
    out = EX.extract(text, published=date(2023, 1, 20), lang=lang)
    assert [(e.type, e.sub_type, e.date.start, e.forms) for e in out.events] == [("protest", "peaceful", date(2023, 1, 19), ["rally"])]
