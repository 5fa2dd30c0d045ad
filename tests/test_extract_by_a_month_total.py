"""A total counted "by March" runs from the movement's start, not over March.

"Para marzo, 50 personas habían muerto en enfrentamientos" was an excessive-force event
on the report's day: "para" was no word before a bare month, so the date finder read no
date and the pluperfect count had no day to be closed by. "Para marzo", like "hasta
marzo" and "By March", closes the count at the month's end; the period starts at the
movement's first day when the article gives it, and is left open otherwise.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, lang: str) -> tuple[list[str], list[tuple[str, int, str | None, str | None]]]:
    r = EX.extract(text, published=date(2023, 7, 19), lang=lang)
    return [e.sub_type for e in r.events], [
        (t.measure, t.value, str(t.period.start) if t.period else None, str(t.period.end) if t.period else None) for t in r.tallies
    ]


def test_para_marzo_after_the_movement_start() -> None:
    text = "Las protestas comenzaron el 7 de diciembre. Para marzo, 50 personas habían muerto en enfrentamientos."
    assert _read(text, "es") == ([], [("fatalities", 50, "2022-12-07", "2023-03-31")])


def test_by_march_after_the_movement_start() -> None:
    text = "The unrest began after Pedro Castillo was removed on December 7. By March, 50 people had died."
    assert _read(text, "en") == ([], [("fatalities", 50, "2022-12-07", "2023-03-31")])


def test_by_march_with_no_start_is_open() -> None:
    events, tallies = _read("Para marzo, 50 personas habían muerto en las protestas.", "es")
    assert events == [] and tallies == [("fatalities", 50, None, None)]
