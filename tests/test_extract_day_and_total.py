"""A day's toll told beside the movement's total (kipu.extract.tallies): a
superlative ranks the day in its period ("the deadliest day in a month of
unrest"), "en total" turns to the running total, and "after ..." after a
total told first is what raised it."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
PUBLISHED = date(2023, 1, 10)  # a Tuesday: Monday is 9 January


def _out(body: str, lang: str):
    return EX.extract("Headline\n\n" + body + "\n", published=PUBLISHED, lang=lang)


@pytest.mark.parametrize(("lang", "body", "total"), [
    ("en", "At least 17 people were killed Monday in clashes with security forces in Juliaca, the deadliest day in a month of unrest.", None),
    ("es", "Diecisiete personas murieron el lunes en Juliaca, en la jornada más violenta de las protestas.", None),
    ("es", "Diecisiete personas murieron el lunes en Juliaca; en total, 39 personas han muerto en las protestas.", 39),
    ("en", "The death toll from the protests rose to 39 on Monday after 17 people were killed in Juliaca.", 39),
    ("es", "La cifra de muertos en las protestas subió a 39 el lunes, tras la muerte de 17 personas en Juliaca.", 39),
])
def test_the_days_toll_stays_the_incidents(lang: str, body: str, total: int | None) -> None:
    out = _out(body, lang)
    assert [e.fatalities.low for e in out.events if e.fatalities] == [17]
    assert [t.value for t in out.tallies if t.measure == "fatalities"] == ([total] if total else [])


def test_a_total_of_the_month_is_still_a_total() -> None:
    out = _out("At least 39 people have been killed in a month of unrest.", "en")
    assert not [e for e in out.events if e.fatalities] and [t.value for t in out.tallies] == [39]
