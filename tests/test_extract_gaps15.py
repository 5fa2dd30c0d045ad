"""Known gaps closed in round 15: two days joined by "and", ..."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str, published: date) -> list:
    return EX.extract(text, published=published, lang=lang).events


def _days(text: str, lang: str, published: date) -> list[tuple[date, date]]:
    return [(d.range.start, d.range.end) for d in date_finder.find_dates(text, lang, published)]


# --- two days joined by "and": two single days, not the run between them ---

NOV = date(2023, 11, 2)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Rondas campesinas cerraron el puente de Chacanto en Cajamarca el 10 y el 23 de octubre para pedir agua limpia.", "es"),
        ("Los mototaxistas de Pucallpa pararon el 10 y 23 de octubre.", "es"),
        ("Coca growers closed the Quillabamba road on 10 and 23 October, over the eradication plan.", "en"),
        ("Coca growers closed the Quillabamba road on October 10 and 23.", "en"),
    ],
)
def test_two_days_joined_by_and_are_two_days(text: str, lang: str) -> None:
    assert _days(text, lang, NOV) == [(date(2023, 10, 10), date(2023, 10, 10)), (date(2023, 10, 23), date(2023, 10, 23))]


@pytest.mark.parametrize(
    "text,lang,run",
    [
        # a range told as one ("between", "del ... al"), or two days in a row, stays a run
        ("Los mineros de Chala bloquearon la vía entre el 10 y el 23 de octubre.", "es", (10, 23)),
        ("Los mineros de Chala bloquearon la vía del 10 al 23 de octubre.", "es", (10, 23)),
        ("Miners blocked the Panamericana at Chala between 10 and 23 October.", "en", (10, 23)),
        ("Miners blocked the Panamericana at Chala on October 10 and 11, police said.", "en", (10, 11)),
    ],
)
def test_a_run_told_as_one_stays_a_run(text: str, lang: str, run: tuple[int, int]) -> None:
    assert _days(text, lang, NOV) == [(date(2023, 10, run[0]), date(2023, 10, run[1]))]


def test_a_count_after_a_month_day_is_still_no_day() -> None:
    # "on October 10 and 23 protesters were hurt": the second number counts people
    assert _days("Police charged on October 10 and 23 protesters were hurt.", "en", NOV) == [(date(2023, 10, 10), date(2023, 10, 10))]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Rondas campesinas de Cajamarca bloquearon el puente de Chacanto el 10 y el 23 de octubre para pedir agua limpia.", "es"),
        ("Farmers in Cusco blocked the Quillabamba road on 10 and 23 October, over the eradication plan.", "en"),
    ],
)
def test_an_action_on_two_days_is_two_incidents(text: str, lang: str) -> None:
    got = sorted((e.date.start, e.date.end) for e in _events(text, lang, NOV) if e.type == "protest")
    assert got == [(date(2023, 10, 10), date(2023, 10, 10)), (date(2023, 10, 23), date(2023, 10, 23))]
