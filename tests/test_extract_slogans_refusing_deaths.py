"""A slogan that refuses more deaths ("Ni un muerto más", "Not one more death") counted
one dead and made the march excessive force; the words deny the death they name."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


# GUIDELINES §2 counts: a count is what the article reports happened.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ni un muerto más: cientos marcharon el sábado en Arequipa para exigir justicia por las víctimas de la represión.", "es"),
        ("Cientos marcharon el sábado en Arequipa bajo el lema «ni una muerte más».", "es"),
        ("Not one more death: hundreds marched in Arequipa on Saturday to demand justice.", "en"),
        ("Hundreds marched in Arequipa on Saturday chanting 'no more deaths'.", "en"),
    ],
)
def test_a_slogan_refusing_deaths_counts_none(text, lang):
    [event] = EX.extract(text, published=date(2023, 2, 5), lang=lang).events
    assert (event.type, event.sub_type, event.fatalities) == ("protest", "peaceful", None)
    assert event.date.start == date(2023, 2, 4)


def test_ni_un_solo_herido_niega_los_heridos():
    [event] = EX.extract("El sábado miles marcharon en Arequipa y no hubo ni un solo herido.", published=date(2023, 2, 5), lang="es").events
    assert event.injuries is None
