"""A bare "the capital" listed with a named place is a place of that list.

Before, "marched through the capital and neighbouring Callao" gave Callao only: a bare
"the capital" beside a named place was read only when the action spread to it. Joined to the
place by "and" (and "neighbouring"), it is where the march also was: one event per region
(GUIDELINES §2).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 19), lang=lang)
    return [(e.type, e.sub_type, str(e.date.start), e.place.name, e.place.admin1) for e in r.events]


def test_the_capital_and_neighbouring_callao() -> None:
    text = "Thousands of protesters marched on Thursday in the capital and neighbouring Callao."
    assert _events(text, "en") == [("protest", "peaceful", "2023-01-19", "Lima", "Lima"), ("protest", "peaceful", "2023-01-19", "Callao", "Callao")]


def test_la_capital_y_el_callao() -> None:
    text = "Miles de manifestantes marcharon el jueves en la capital y el Callao."
    assert _events(text, "es") == [("protest", "peaceful", "2023-01-19", "Lima", "Lima"), ("protest", "peaceful", "2023-01-19", "Callao", "Callao")]


def test_callao_alone_adds_no_capital() -> None:
    text = "Thousands of protesters marched on Thursday in Callao."
    assert _events(text, "en") == [("protest", "peaceful", "2023-01-19", "Callao", "Callao")]
