"""The period of a total told over weeks of protest, or over a whole year.

"Four people have died in two weeks of protests" had no period (a run of days, "eleven
days of strike", had one: a run counted in weeks was not read as a date); "Last year,
300 people were arrested" had none either, though a total over a named month has that
month (GUIDELINES §3 tallies: the period a total counts)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract

PUBLISHED = date(2023, 1, 20)


def _tallies(body: str, lang: str) -> list[tuple[str, int, date | None, date | None]]:
    out = extract(body, lang, PUBLISHED)
    return [(t.measure, t.value, t.period.start if t.period else None, t.period.end if t.period else None) for t in out.tallies]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Four people have died in two weeks of protests in the Amazon region of Loreto."),
    ("es", "Cuatro personas han muerto en dos semanas de protestas en la región amazónica de Loreto."),
])
def test_a_total_over_weeks_of_protest(lang: str, body: str) -> None:
    out = extract(body, lang, PUBLISHED)
    assert out.events == []
    assert _tallies(body, lang) == [("fatalities", 4, date(2023, 1, 7), date(2023, 1, 20))]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Last year, 300 people were arrested during the demonstrations."),
    ("en", "In 2022, 300 people were arrested during the demonstrations."),
    ("es", "El año pasado, 300 personas fueron detenidas durante las protestas."),
])
def test_a_total_over_a_year(lang: str, body: str) -> None:
    assert _tallies(body, lang) == [("arrests", 300, date(2022, 1, 1), date(2022, 12, 31))]
