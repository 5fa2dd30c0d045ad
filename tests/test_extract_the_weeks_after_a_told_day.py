""""In the weeks after the massacre": a span after the day told, not that day.

Before, "On January 9, soldiers killed 17 civilians in Juliaca. In the weeks after the
massacre, residents marched daily ..." dated the marches 9 January (the day told before, as
"the massacre" names it). The phrase names the weeks that followed: from the next day, four
weeks at most, cut at the report (GUIDELINES §2: the earliest and latest day the article
supports).
"""

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date, lang: str) -> list[tuple]:
    r = EX.extract(text, published=published, lang=lang)
    return [(e.type, e.sub_type, str(e.date.start), str(e.date.end), e.place.name) for e in r.events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On January 9, soldiers and police killed 17 civilians in Juliaca.\n\n"
         "In the weeks after the massacre, residents marched daily through the streets of Juliaca.", "en"),
        ("El 9 de enero, militares y policías mataron a 17 civiles en Juliaca.\n\n"
         "En las semanas siguientes, los vecinos marcharon a diario por las calles de Juliaca.", "es"),
    ],
)
def test_the_weeks_after_the_massacre(text: str, lang: str) -> None:
    assert _events(text, date(2023, 2, 20), lang) == [
        ("protest", "excessive_force", "2023-01-09", "2023-01-09", "Juliaca"),
        ("protest", "peaceful", "2023-01-10", "2023-02-06", "Juliaca"),
    ]


def test_the_weeks_after_end_at_the_report() -> None:
    text = (
        "On January 9, soldiers and police killed 17 civilians in Juliaca.\n\n"
        "In the weeks after the massacre, residents marched daily through the streets of Juliaca."
    )
    assert _events(text, date(2023, 1, 20), "en")[1] == ("protest", "peaceful", "2023-01-10", "2023-01-20", "Juliaca")
