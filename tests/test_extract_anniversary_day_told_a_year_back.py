"""A sentence opened by the publication's own day, in a piece a year on, tells last year's.

In an interview published on 7 December 2023 "a un año de la crisis", "—El 7 de
diciembre vacaron al presidente Castillo y lo detuvieron. Ese mismo día hubo
marchas en Lima" was read as 7 December 2023 (the report's day): the answer's
arrest and marches became news of the interview's day. A day told as the
story's ("El", "On") rather than the report's ("Este", "hoy"), equal to the
publication's month and day, in a piece that looks back a year, is a year back.
"""

from datetime import date

from kipu.extract.dates import find_dates
from kipu.extract.pipeline import Extractor


def _days(text: str, lang: str, published: date):
    return [(text[d.span.start : d.span.end], d.range.start) for d in find_dates(text, lang, published)]


def test_el_7_de_diciembre_in_an_anniversary_interview() -> None:
    text = (
        "Entrevista a un año de la crisis\n\n"
        "—El 7 de diciembre vacaron al presidente Castillo y lo detuvieron. Ese mismo día hubo marchas en Lima."
    )
    assert _days(text, "es", date(2023, 12, 7)) == [("7 de diciembre", date(2022, 12, 7)), ("Ese mismo día", date(2022, 12, 7))]
    r = Extractor().extract(text, published=date(2023, 12, 7), lang="es")
    assert {(e.type, e.date.start, e.place.name) for e in r.events} == {
        ("strategic_development", date(2022, 12, 7), "Lima"),
        ("protest", date(2022, 12, 7), "Lima"),
    }


def test_on_december_7_a_year_after() -> None:
    text = "A year after the crisis\n\nOn December 7 Congress removed President Castillo. That same day protesters marched in Lima."
    assert _days(text, "en", date(2023, 12, 7)) == [("December 7", date(2022, 12, 7)), ("That same day", date(2022, 12, 7))]


def test_the_reports_own_day_stays() -> None:
    # "Este 7 de diciembre" is the report's day; a weekday written with the day decides its year
    assert _days("A un año de la crisis.\n\nEste 7 de diciembre cientos marcharon en Lima.", "es", date(2023, 12, 7)) == [
        ("7 de diciembre", date(2023, 12, 7)),
    ]
    assert _days("A year after the crisis.\n\nOn Friday, December 8, hundreds marched in Lima.", "en", date(2023, 12, 8)) == [
        ("Friday, December 8", date(2023, 12, 8)),
    ]
    # no look back: the written day is the report's
    assert _days("Marchas en Lima\n\nEl 7 de diciembre cientos marcharon en Lima.", "es", date(2023, 12, 7)) == [("7 de diciembre", date(2023, 12, 7))]
