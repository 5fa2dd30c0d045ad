"""The dead of the kin who hold a vigil are placed where they died, not where the vigil is.

"Familiares de los 18 fallecidos en Juliaca el 9 de enero realizaron una vigilia en Puno": the
9 January killing is Juliaca's (the place named between the count and its day); the vigil is
Puno's (GUIDELINES §2 place: the most precise place the article gives for each event)."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _rows(text, lang):
    out = EX.extract(text, published=date(2023, 9, 10), lang=lang)
    return [
        (e.type, e.sub_type, e.forms, e.place.name, e.place.admin1, e.date.start, e.fatalities and e.fatalities.value)
        for e in out.events
    ]


def test_es_the_dead_are_juliacas_the_vigil_punos():
    text = "Familiares de los 18 fallecidos en Juliaca el 9 de enero realizaron una vigilia en Puno este sábado."
    assert _rows(text, "es") == [
        ("protest", "peaceful", ["vigil"], "Puno", "Puno", date(2023, 9, 9), None),
        ("protest", "excessive_force", [], "Juliaca", "Puno", date(2023, 1, 9), 18),
    ]


def test_en_the_dead_are_juliacas_the_vigil_punos():
    text = "Relatives of the 18 people killed in Juliaca on January 9 held a vigil in Puno on Saturday."
    assert _rows(text, "en") == [
        ("protest", "peaceful", ["vigil"], "Puno", "Puno", date(2023, 9, 9), None),
        ("protest", "excessive_force", [], "Juliaca", "Puno", date(2023, 1, 9), 18),
    ]


def test_no_place_in_the_stretch_keeps_the_sentences():
    text = "Familiares de los 18 fallecidos el 9 de enero realizaron una vigilia en Juliaca este sábado."
    assert _rows(text, "es") == [
        ("protest", "peaceful", ["vigil"], "Juliaca", "Puno", date(2023, 9, 9), None),
        ("protest", "excessive_force", [], "Juliaca", "Puno", date(2023, 1, 9), 18),
    ]
