"""A crowd that defies a curfew protests; the curfew is not the sentence's news.

Before, "Thousands of people in Puno defied a curfew on Sunday and poured onto the streets"
was a state measure (the curfew was the only event word). Defying a measure is a protest
form, and a measure inside that phrase is what was defied (GUIDELINES §2: the measure
event is the state's imposing it).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 16), lang=lang)
    return [(e.type, e.sub_type, str(e.date.start), e.place.admin1, list(e.forms)) for e in r.events]


def test_defied_a_curfew_is_a_protest() -> None:
    text = "Thousands of people in Puno defied a curfew on Sunday and poured onto the streets of the city."
    assert _events(text, "en") == [("protest", "peaceful", "2023-01-15", "Puno", ["march"])]


def test_desafiaron_el_toque_de_queda_es_una_protesta() -> None:
    text = "Miles de personas en Puno desafiaron el toque de queda el domingo."
    assert _events(text, "es") == [("protest", "peaceful", "2023-01-15", "Puno", [])]


def test_imposing_a_curfew_stays_a_measure() -> None:
    text = "The government imposed a curfew in Puno on Sunday."
    assert _events(text, "en") == [("strategic_development", "state_measure", "2023-01-15", "Puno", [])]
