"""Date wordings found by the dates probe of stop 26 (our own sentences):
an anniversary's "A year ago, on January 9, 2023" counted a year back from
the paper's day (a day off the day it names), and a court's ruling
("condenó este jueves a dos suboficiales por la muerte de ...") read as a
deadly protest of the ruling's day."""

from __future__ import annotations

from datetime import date

from extract_helpers import events, one_event
from kipu.extract.dates import find_dates


def spans(text: str, lang: str, published: date) -> list[tuple[str, str, str]]:
    """(words, first day, last day) of every date found."""
    return [
        (text[m.span.start : m.span.end], m.range.start.isoformat(), m.range.end.isoformat())
        for m in find_dates(text, lang, published)
    ]


# GUIDELINES §2 date: the day the article supports; the day written out names the anniversary's day
def test_a_year_ago_on_the_day_written_out() -> None:
    text = "A year ago, on January 9, 2023, security forces opened fire on protesters in Juliaca, killing 18."
    assert spans(text, "en", date(2024, 1, 10)) == [("January 9, 2023", "2023-01-09", "2023-01-09")]
    e = one_event(text, "en", date(2024, 1, 10))
    assert (e.sub_type, e.date.start, e.fatalities.low) == ("excessive_force", date(2023, 1, 9), 18)


def test_hace_un_ano_el_dia_escrito() -> None:
    text = "Hace un año, el 9 de enero de 2023, la policía disparó contra los manifestantes en Juliaca."
    assert spans(text, "es", date(2024, 1, 10)) == [("9 de enero de 2023", "2023-01-09", "2023-01-09")]


# GUIDELINES §2: a ruling is no protest of the ruling's day
def test_a_courts_sentence_is_no_protest_of_its_day() -> None:
    text = ("La Corte Superior de Lima condenó este jueves a dos suboficiales por la muerte de dos estudiantes, "
            "ocurrida durante las protestas de noviembre.")
    assert events(text, "es", date(2024, 5, 16)) == []
