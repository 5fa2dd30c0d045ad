"""Date wordings found by the dates probe of stop 26 (our own sentences):
an anniversary's "A year ago, on January 9, 2023" counted a year back from
the paper's day (a day off the day it names); a court's ruling
("condenó este jueves a dos suboficiales por la muerte de ...") read as a
deadly protest of the ruling's day; a Sunday paper's "del domingo" inside
Monday's paragraph read as the paper's own day; and spans of hours and weeks
with no date at all ("en las últimas 24 horas", "the week before last")."""

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


# GUIDELINES §2 date: a Sunday paper recounting its week; "del domingo" in Monday's paragraph is the Sunday before it
def test_paper_weekday_in_a_told_week_is_the_one_around_it() -> None:
    text = ("El lunes, los manifestantes intentaron tomar el aeropuerto. En Andahuaylas murieron dos personas, "
            "que se sumaron a los dos muertos del domingo.")
    assert spans(text, "es", date(2022, 12, 18)) == [("El lunes", "2022-12-12", "2022-12-12"), ("domingo", "2022-12-11", "2022-12-11")]


def test_este_domingo_stays_the_papers_day() -> None:
    text = "El lunes hubo bloqueos en Ica. Este domingo, cientos de personas marcharon en Lima."
    assert spans(text, "es", date(2022, 12, 18))[-1] == ("Este domingo", "2022-12-18", "2022-12-18")


def test_two_weekdays_told_together_keep_their_reading() -> None:
    text = "El lunes hubo bloqueos en Ica. Se acordó repartir agua de lunes a sábado."
    assert spans(text, "es", date(2015, 4, 25))[-1] == ("de lunes a sábado", "2015-04-20", "2015-04-25")


# GUIDELINES §2 date: "in the past 24 hours" is the paper's day and the one before; "the week before last" two weeks back
def test_the_last_hours_and_the_week_before_last() -> None:
    wed = date(2023, 1, 11)
    assert spans("En las últimas 24 horas hubo bloqueos en Ica.", "es", wed) == [("En las últimas 24 horas", "2023-01-10", "2023-01-11")]
    assert spans("In the past 24 hours there were roadblocks in Ica.", "en", wed) == [("In the past 24 hours", "2023-01-10", "2023-01-11")]
    assert spans("La semana antepasada hubo bloqueos.", "es", wed) == [("La semana antepasada", "2022-12-26", "2023-01-01")]
    assert spans("The week before last there were roadblocks.", "en", wed) == [("The week before last", "2022-12-26", "2023-01-01")]
    assert spans("En lo que va de la semana hubo bloqueos.", "es", wed) == [("En lo que va de la semana", "2023-01-09", "2023-01-11")]


def test_the_last_hours_count_no_crowd() -> None:
    e = one_event("En las últimas 24 horas, los transportistas bloquearon la carretera en Arequipa.", "es", date(2023, 1, 11))
    assert (e.date.start, e.date.end, e.place.admin1, e.participants) == (date(2023, 1, 10), date(2023, 1, 11), "Arequipa", None)


# GUIDELINES §2: calls are not events; "called an indefinite strike" is a call even when the phrase swallows the trigger's first word
def test_called_an_indefinite_strike_is_a_call() -> None:
    assert events("Regional organizations in Puno called an indefinite strike.", "en", date(2023, 1, 20)) == []


# GUIDELINES §2 date: an explainer's "What happened on day one?" dates its answer by the day the story began
def test_what_happened_on_day_one() -> None:
    text = ("The protests resumed on January 4, 2023, in Puno.\n\nWhat happened on day one?\n\n"
            "Thousands of people blocked roads around Juliaca with stones.\n\nWhat do they want?\n\nThe resignation of the president.")
    e = one_event(text, "en", date(2023, 1, 20))
    assert (e.type, e.date.start, e.date.end, e.place.admin1) == ("protest", date(2023, 1, 4), date(2023, 1, 4), "Puno")


def test_que_paso_el_primer_dia() -> None:
    text = ("Las protestas contra el Gobierno se reanudaron el 4 de enero de 2023 en Puno.\n\n¿Qué pasó el primer día?\n\n"
            "Miles de personas bloquearon las carreteras alrededor de Juliaca con piedras.\n\n¿Qué piden?\n\nLa renuncia de la presidenta.")
    e = one_event(text, "es", date(2023, 1, 20))
    assert (e.type, e.date.start, e.place.admin1) == ("protest", date(2023, 1, 4), "Puno")
