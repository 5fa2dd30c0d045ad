"""Date wordings found by the dates probe of round 14 (our own sentences):
a day of the publication's own month ("el 13 de este mes"), a month told as
the last one of its name ("last December", "el pasado mes de enero"), a range
of weekdays opened by "de" ("de lunes a miércoles") and a "since" whose day
is named with "día" / "the" ("desde el día 4 de enero", "since the 4th of
January")."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events, one_event
from kipu.extract.dates import find_dates

MON = date(2023, 1, 16)  # a Monday


def spans(text: str, lang: str, published: date = MON) -> list[tuple[str, str, str]]:
    """(words, first day, last day) of every date found."""
    return [
        (text[m.span.start : m.span.end], m.range.start.isoformat(), m.range.end.isoformat())
        for m in find_dates(text, lang, published)
    ]


# ----------------------------------------------------------------- a day of this month


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Los vecinos cerraron la carretera el 13 de este mes.", "es", ("2023-01-13", "2023-01-13")),
        ("La marcha se hizo el día 9 del presente mes.", "es", ("2023-01-09", "2023-01-09")),
        ("Hubo un plantón el 11 del mes en curso.", "es", ("2023-01-11", "2023-01-11")),
        ("Drivers walked out on the 12th of this month.", "en", ("2023-01-12", "2023-01-12")),
    ],
)
def test_a_day_of_the_publications_month(text: str, lang: str, expected: tuple[str, str]) -> None:
    (found,) = spans(text, lang)
    assert found[1:] == expected


def test_a_day_of_this_month_is_not_the_whole_month() -> None:
    # "este mes" alone is the month so far; with a day before it, only that day
    assert [s[1:] for s in spans("Marcharon el 13 de este mes y de nuevo este mes.", "es")] == [
        ("2023-01-13", "2023-01-13"), ("2023-01-01", "2023-01-16"),
    ]


# ----------------------------------------------------------------- the last month of a name


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("The blockades began last December.", "en", MON, ("2022-12-01", "2022-12-31")),
        ("Miners marched to Lima last March.", "en", date(2023, 5, 10), ("2023-03-01", "2023-03-31")),
        # told in January, "last January" is a year back, not this month
        ("Farmers struck last January.", "en", MON, ("2022-01-01", "2022-01-31")),
        ("Los bloqueos comenzaron el pasado diciembre.", "es", MON, ("2022-12-01", "2022-12-31")),
        ("Los comerciantes protestaron en enero pasado.", "es", MON, ("2022-01-01", "2022-01-31")),
    ],
)
def test_the_last_month_of_that_name(text: str, lang: str, published: date, expected: tuple[str, str]) -> None:
    (found,) = spans(text, lang, published)
    assert found[1:] == expected


def test_the_last_month_word_before_a_named_month_is_no_other_month() -> None:
    # "el pasado mes de diciembre" told in March: December, not February
    assert [s[1:] for s in spans("Marcharon el pasado mes de diciembre.", "es", date(2023, 3, 16))] == [
        ("2022-12-01", "2022-12-31"),
    ]


def test_a_month_recalled_last_year_keeps_its_injuries_off_this_weeks_strike() -> None:
    body = (
        "Transport workers in Puno kept the roads blocked Monday to Wednesday, police said. "
        "The unrest began last December, when dozens of people were hurt in Juliaca."
    )
    found = events(body, "en", date(2023, 1, 12))
    this_week = [e for e in found if e.date and e.date.start.year == 2023]
    assert this_week and all(e.injuries is None for e in this_week)
    assert any(e.date and e.date.start == date(2022, 12, 1) for e in found)


# ----------------------------------------------------------------- "de lunes a miércoles"


def test_de_weekday_a_weekday_is_a_range() -> None:
    assert [s[1:] for s in spans("Los comerciantes cerraron sus puestos de lunes a miércoles.", "es", date(2023, 1, 11))] == [
        ("2023-01-09", "2023-01-11"),
    ]


def test_de_weekday_range_dates_the_event() -> None:
    ev = one_event("Los comerciantes del mercado de Juliaca cerraron sus puestos de lunes a miércoles en protesta.", "es", date(2023, 1, 11))
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 9), date(2023, 1, 11))


def test_de_before_hours_is_no_range() -> None:
    assert spans("Marcharon de 9 a 11 de la mañana.", "es") == []


# ----------------------------------------------------------------- "since" with the day named


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Los transportistas están en huelga desde el día 4 de enero.", "es", ("2023-01-04", "2023-01-16")),
        ("Continúa la huelga iniciada el día 13 de este mes.", "es", ("2023-01-13", "2023-01-16")),
        ("The road has been blocked since the 4th of January.", "en", ("2023-01-04", "2023-01-16")),
    ],
)
def test_since_the_day_named(text: str, lang: str, expected: tuple[str, str]) -> None:
    (found,) = spans(text, lang)
    assert found[1:] == expected


def test_since_the_year_of_an_old_event_is_no_run() -> None:
    (found,) = spans("They marched to mark 56 years since the 1968 massacre.", "en")
    assert found[1:] == ("1968-01-01", "1968-12-31")


def test_a_strike_begun_on_a_day_of_this_month_runs_to_publication() -> None:
    ev = one_event("Continúa la huelga iniciada el día 13 de este mes por los trabajadores municipales de Juliaca.", "es", MON)
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 13), date(2023, 1, 16))


# ----------------------------------------------------------------- a weekday counted from the day told


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Drivers struck on January 3. The following Monday they blocked the bridge.", "en", "2023-01-09"),
        ("Drivers struck on January 3. On the following Thursday they marched.", "en", "2023-01-05"),
        ("Los choferes pararon el 3 de enero. El lunes siguiente bloquearon el puente.", "es", "2023-01-09"),
        ("Los choferes marcharon el 13 de enero. El lunes anterior habían bloqueado el puente.", "es", "2023-01-09"),
    ],
)
def test_a_weekday_after_or_before_the_day_told(text: str, lang: str, expected: str) -> None:
    found = spans(text, lang, date(2023, 1, 20))
    assert found[-1][1:] == (expected, expected)


def test_a_following_weekday_with_no_day_told_is_counted_from_publication() -> None:
    assert spans("The following Monday they blocked the bridge.", "en", date(2023, 1, 20))[0][1:] == ("2023-01-16", "2023-01-16")


# ----------------------------------------------------------------- half a month


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Cerraron los mercados en la primera quincena de enero.", "es", ("2023-01-01", "2023-01-15")),
        ("Cerraron los mercados durante la segunda quincena de diciembre.", "es", ("2022-12-16", "2022-12-31")),
        ("Markets closed in the second half of February.", "en", ("2023-02-16", "2023-02-28")),
    ],
)
def test_half_a_month(text: str, lang: str, expected: tuple[str, str]) -> None:
    (found,) = spans(text, lang, date(2023, 3, 20))
    assert found[1:] == expected


# ----------------------------------------------------------------- a measure in the headline


def test_a_headline_measure_is_the_bodys_dated_measure_not_one_on_the_leads_day() -> None:
    from extract_helpers import EX

    text = (
        "Huamanga mourns as night curfew takes hold\n\n"
        "Hundreds of mourners marched through Huamanga, in the Ayacucho region, on Sunday behind the coffins of the dead.\n\n"
        "On Friday the government imposed a night curfew in the provinces of the Ayacucho region.\n"
    )
    out = EX.extract(text, published=date(2022, 12, 19), lang="en")
    measures = [e for e in out.events if e.type == "strategic_development"]
    assert [(e.date.start, e.date.end) for e in measures] == [(date(2022, 12, 16), date(2022, 12, 16))]


def test_following_as_after_keeps_the_weekday_of_publication() -> None:
    text = "On Wednesday, thousands marched following Monday's killings."
    assert [s[1:] for s in spans(text, "en", date(2023, 1, 20))] == [("2023-01-18", "2023-01-18"), ("2023-01-16", "2023-01-16")]


# ----------------------------------------------------------------- one night across two days


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A police post was set on fire late Wednesday night into early Thursday.", "en"),
        ("Crowds fought the police from Wednesday night until Thursday morning.", "en"),
        ("Los pobladores quemaron el puesto policial desde la noche del miércoles hasta la madrugada del jueves.", "es"),
        ("Hubo enfrentamientos entre la noche del miércoles y la madrugada del jueves.", "es"),
    ],
)
def test_a_night_across_two_days_is_one_range(text: str, lang: str) -> None:
    (found,) = spans(text, lang, date(2023, 1, 20))
    assert found[1:] == ("2023-01-18", "2023-01-19")


def test_two_days_joined_by_and_after_a_night_stay_two_days() -> None:
    found = spans("Marcharon el miércoles por la noche y el jueves hubo bloqueos.", "es", date(2023, 1, 20))
    assert [s[1:] for s in found] == [("2023-01-18", "2023-01-18"), ("2023-01-19", "2023-01-19")]


def test_a_burning_told_from_one_night_to_the_next_morning_starts_on_the_night() -> None:
    ev = one_event("Los pobladores quemaron la comisaría de Macusani desde la noche del miércoles hasta la madrugada del jueves.", "es", date(2023, 1, 20))
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 18), date(2023, 1, 19))
