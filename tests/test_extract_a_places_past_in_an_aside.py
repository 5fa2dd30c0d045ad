"""A place's aside that recalls its past ("En Juliaca, donde el 9 de enero
murieron 18 personas, ...") with the main clause's own day after it: the
main clause's day is the sentence's news. The aside's day had been taken
whenever the day was not written right after the protest word ("cerraron el
mercado Santa Bárbara el lunes"), and Monday's market closure was lost: only
the recalled deaths of 9 January came out."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En Juliaca, donde el 9 de enero murieron 18 personas, los comerciantes cerraron el mercado Santa Bárbara el lunes en rechazo al Gobierno.", "es"),
        ("En Juliaca, donde el 9 de enero murieron 18 personas, los comerciantes volvieron a cerrar el mercado Túpac Amaru el lunes en rechazo al Gobierno.", "es"),
        ("In Juliaca, where 18 people were killed on January 9, traders kept the Santa Bárbara market shut on Monday in protest against the government.", "en"),
    ],
)
def test_the_main_clause_keeps_its_own_day(text, lang):
    out = EX.extract(text, published=date(2023, 3, 6), lang=lang)
    by_day = {e.date.start: e for e in out.events}
    assert set(by_day) == {date(2023, 1, 9), date(2023, 3, 6)}
    monday = by_day[date(2023, 3, 6)]
    assert (monday.type, monday.place.name, monday.fatalities) == ("protest", "Juliaca", None)
    assert by_day[date(2023, 1, 9)].fatalities.value == 18


def test_an_aside_alone_still_dates_its_sentence():
    # (no other day in the sentence: the aside's day is the only one told)
    text = "En Juliaca, donde el 9 de enero murieron 18 personas, los deudos marcharon en silencio."
    out = EX.extract(text, published=date(2023, 3, 6), lang="es")
    assert date(2023, 1, 9) in {e.date.start for e in out.events}
