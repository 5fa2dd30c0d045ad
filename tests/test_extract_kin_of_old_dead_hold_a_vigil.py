"""The day of the kin's dead, written inside their phrase, does not date the kin's action.

"Familiares de los 18 fallecidos en Juliaca el 9 de enero realizaron una vigilia",
eight months on: the vigil is of the report's day, the January deaths a past incident
of their own (GUIDELINES §2), not one lethal vigil on 9 January."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _summary(text: str, lang: str) -> list[tuple]:
    out = EX.extract(text, published=date(2023, 9, 14), lang=lang)
    return sorted(
        ((e.type, e.sub_type, e.forms, e.date.start, e.place.admin1, e.fatalities.value if e.fatalities else None) for e in out.events),
        key=lambda t: t[3],
    )


def test_spanish_vigil_of_the_kin_and_their_dead_apart():
    text = "Familiares de los 18 fallecidos en Juliaca el 9 de enero realizaron una vigilia en la plaza principal de la ciudad."
    assert _summary(text, "es") == [
        ("protest", "excessive_force", [], date(2023, 1, 9), "Puno", 18),
        ("protest", "peaceful", ["vigil"], date(2023, 9, 14), "Puno", None),
    ]


def test_english_vigil_is_not_dated_by_the_dead():
    text = "Relatives of the 18 people killed in Juliaca on January 9 held a vigil in Puno."
    assert _summary(text, "en") == [
        ("protest", "excessive_force", [], date(2023, 1, 9), "Puno", 18),
        ("protest", "peaceful", ["vigil"], date(2023, 9, 14), "Puno", None),
    ]
