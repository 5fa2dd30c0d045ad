"""Property-based tests of the date and number parsers (issue 7).

They run on every sentence of every article, so a crash or an out-of-text
offset here would lose a whole document. Properties: never raise; spans
inside the text, in order, and covering text that is really there; ranges
ordered (start <= end, low <= high); counts non-negative and within the
database's 64-bit integers; same input, same output.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kipu.extract.dates import find_dates, resolve_date
from kipu.extract.numbers import find_quantities, parse_quantity, word_to_int
from kipu.model import PRECISIONS

pytestmark = pytest.mark.slow

DATE_WORDS = [
    "el", "lunes", "martes", "pasado", "ayer", "anteayer", "hoy", "mañana", "anoche", "de", "del", "al",
    "enero", "febrero", "diciembre", "2022", "2023", "0", "9999", "00", "31", "29", "30", "1", "1°",
    "hace", "tres", "días", "semanas", "meses", "la", "semana", "próxima", "mes", "año", "desde", "hasta",
    "entre", "y", "/", "-", "–", "12/31/9999", "31/12/9999", "0000-00-00", "2023-02-30", "9999-12-31",
    "yesterday", "Monday", "last", "next", "week", "January", "December", "from", "to", "ago", "days",
    "the", "following", "day", "morning", "siguiente", "día", ",", ".", "\n",
]
NUMBER_WORDS = [
    "0", "1", "17", "1.000", "1,000", "10^100", "1e9", "99999999999999999999", "999999999999", "-3", "3,5",
    "½", "un", "una", "uno", "dos", "doscientos", "mil", "millón", "millones", "billones", "cientos",
    "decenas", "miles", "de", "y", "al", "menos", "más", "cerca", "unos", "unas", "entre", "a", "hasta",
    "muertos", "heridos", "detenidos", "personas", "manifestantes", "one", "twenty-one", "hundred",
    "thousand", "million", "dozens", "hundreds", "of", "at", "least", "about", "more", "than", "people",
    "killed", "%", "por", "ciento", "soles", "km", "años", ".", ",", "\n",
]
PUBLISHED = st.one_of(
    st.none(),
    st.sampled_from([date(1, 1, 1), date(1, 1, 5), date(9999, 12, 31), date(9999, 12, 20)]),
    st.dates(),
)
LANGS = st.sampled_from(["es", "en", "pt", ""])


def phrase(words: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(st.sampled_from(words), max_size=25).map(" ".join),
        st.lists(st.one_of(st.sampled_from(words), st.text(max_size=6)), max_size=20).map(" ".join),
        st.text(max_size=80),
    )


FUZZ = settings(max_examples=250, deadline=None)


@FUZZ
@given(text=phrase(DATE_WORDS), pub=PUBLISHED, lang=LANGS)
def test_find_dates_never_raises_and_stays_inside(text: str, pub: date | None, lang: str) -> None:
    found = find_dates(text, lang, pub)
    assert found == find_dates(text, lang, pub)
    for mention in found:
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert mention.range.start <= mention.range.end
        assert mention.range.precision in PRECISIONS
        if mention.anchor is not None:
            assert 0 <= mention.anchor.start <= mention.anchor.end <= len(text)


@FUZZ
@given(text=phrase(DATE_WORDS), pub=PUBLISHED, lang=LANGS)
def test_resolve_date_never_raises(text: str, pub: date | None, lang: str) -> None:
    rng = resolve_date(text, lang, pub)
    if rng is not None:
        assert rng.start <= rng.end


@FUZZ
@given(text=phrase(NUMBER_WORDS), lang=LANGS)
def test_find_quantities_never_raises_and_stays_inside(text: str, lang: str) -> None:
    found = find_quantities(text, lang)
    assert found == find_quantities(text, lang)
    for q in found:
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert 0 <= q.low <= q.high < 2**63
        if q.head_span is not None:
            assert 0 <= q.head_span.start <= q.head_span.end <= len(text)
        figure = q.to_figure()
        assert figure.low <= figure.high


@FUZZ
@given(text=phrase(NUMBER_WORDS), lang=LANGS)
def test_parse_quantity_and_word_to_int_never_raise(text: str, lang: str) -> None:
    figure = parse_quantity(text, lang)
    if figure is not None:
        assert 0 <= figure.low <= figure.high < 2**63
    value = word_to_int(text, lang)
    assert value is None or 0 <= value < 2**63


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("murieron 10^100 personas", "es"),
        ("99999999999999999999 muertos", "es"),
        ("un millón de millones de billones de manifestantes", "es"),
        ("a googol (10^100) people died", "en"),
    ],
)
def test_absurd_numbers_give_no_out_of_range_count(text: str, lang: str) -> None:
    for q in find_quantities(text, lang):
        assert q.high < 2**63, (text, q)
