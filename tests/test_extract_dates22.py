"""Date wordings found by the dates probe of stop 26 (our own sentences):
an anniversary's "A year ago, on January 9, 2023" counted a year back from
the paper's day (a day off the day it names), and a court's ruling
("condenó este jueves a dos suboficiales por la muerte de ...") read as a
deadly protest of the ruling's day."""

from __future__ import annotations

from datetime import date

from extract_helpers import events



# GUIDELINES §2: a ruling is no protest of the ruling's day
def test_a_courts_sentence_is_no_protest_of_its_day() -> None:
    text = ("La Corte Superior de Lima condenó este jueves a dos suboficiales por la muerte de dos estudiantes, "
            "ocurrida durante las protestas de noviembre.")
    assert events(text, "es", date(2024, 5, 16)) == []
