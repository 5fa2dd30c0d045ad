"""What a sentence's date says about its protest (kipu.extract.periods)."""

from __future__ import annotations

from datetime import date

import pytest

JAN_10 = date(2023, 1, 10)


def _events(extractor, text: str, lang: str, published: date = JAN_10):
    return extractor.extract(f"Titular\n\n{text}\n", published=published, lang=lang).events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a day a few weeks ahead, with no plan word: the plan's day, not last year's
        ("es", "El paro de transportistas del 20 de enero en Lima será indefinido, dijeron los dirigentes."),
        ("es", "La Asociación de Sordos convoca una marcha para el 1 de febrero frente al Estadio Nacional."),
        ("en", "The January 20 strike in Lima will go ahead, union leaders said."),
    ],
)
def test_a_protest_dated_a_few_weeks_ahead_is_a_plan(extractor, lang: str, text: str) -> None:
    assert _events(extractor, text, lang) == []


def test_a_day_written_late_in_december_is_read_across_new_year(extractor) -> None:
    # written on December 28: "el 5 de enero" is a week ahead, in the next year
    text = "Los gremios agrarios inician un paro nacional el 5 de enero en Ica."
    assert _events(extractor, text, "es", date(2022, 12, 28)) == []


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # a day a year back stays last year's ("28 de diciembre", written on January 10)
        ("es", "Hubo bloqueos el 28 de diciembre en Puno.", "2022-12-28"),
        # a day ahead that dates something else: the elections, not the march
        ("es", "Un grupo de nicaragüenses marcha hasta la embajada en San José para protestar contra el gobierno y las elecciones que se celebrarán el 6 de febrero.", "2023-01-10"),
        # a day ahead beside a day past: the strike began on Monday
        ("en", "The strike in Cusco that began on Monday will last until January 25, union leaders said.", "2023-01-09"),
        # a toll is no plan: the march of that day happened (the publication date is wrong)
        ("en", "The march in Puno on January 28 left one protester dead.", None),
    ],
)
def test_a_day_ahead_that_does_not_date_a_plan_leaves_the_incident(extractor, lang: str, text: str, day: str | None) -> None:
    events = [e for e in _events(extractor, text, lang) if e.type in ("protest", "riot")]
    assert len(events) == 1
    if day is not None:
        assert events[0].date.start.isoformat() == day


def test_a_day_written_with_its_year_is_not_read_as_a_plan(extractor) -> None:
    # past tense and a written year ahead of the stated publication date: that date is wrong, the roadblock happened
    events = _events(extractor, "Protesters blocked roads in Puno on January 20, 2023.", "en")
    assert [e.place.admin1 for e in events] == ["Puno"]
