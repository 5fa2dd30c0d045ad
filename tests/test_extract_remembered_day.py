"""An anniversary interview of 9 January 2024 asks "¿Qué recuerda de aquel 9 de
enero?": the year-less day resolved to the report's own day, so the Juliaca
killings of 9 January 2023 were dated 2024 and merged with the day's memorial
march. The distal demonstrative before a year-less day ("aquel", "aquella";
lang/es/dates.yaml remembered_day_prefixes) recalls it as remote: when it would
fall on the report's day or after, it is last year's (kipu.extract.dates)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events
from kipu.extract.dates import find_dates

PUBLISHED = date(2024, 1, 9)

INTERVIEW = (
    "Juliaca, 9 de enero de 2024\n\n"
    "—¿Qué recuerda de aquel 9 de enero?\n\n"
    "—Mi hijo estaba cerca del aeropuerto. Ese día la Policía disparó contra los manifestantes y murieron "
    "diecisiete personas en Juliaca.\n\n"
    "—¿Hoy habrá actividades?\n\n"
    "—Sí. Esta mañana unas dos mil personas marcharon en Juliaca desde la plaza Bolognesi. Fue una marcha en paz."
)


def _days(text: str) -> list[date]:
    return [d.range.start for d in find_dates(text, "es", PUBLISHED)]


def test_a_remembered_day_on_the_reports_day_is_last_years() -> None:
    assert _days("¿Qué recuerda de aquel 9 de enero?") == [date(2023, 1, 9)]


def test_a_plain_day_stays_the_reports_own() -> None:
    assert _days("El 9 de enero marcharon en Juliaca.") == [date(2024, 1, 9)]


def test_a_remembered_day_already_past_is_unchanged() -> None:
    assert _days("Recuerda aquel 15 de diciembre.") == [date(2023, 12, 15)]


def test_the_killings_and_the_memorial_are_two_days() -> None:
    got = sorted((e.date.start, e.sub_type, e.fatalities.low if e.fatalities else None) for e in events(INTERVIEW, "es", PUBLISHED))
    assert got == [(date(2023, 1, 9), "excessive_force", 17), (date(2024, 1, 9), "peaceful", None)]
