"""A toll counted "in eleven days of strike" has those days as its period.

Before, "Con la muerte del camionero se reportan cuatro fallecidos en once días de paro de
transportistas" gave a tally of four dead with no period, although the run of days it is
counted over is written in the sentence and read back from the report's day. The strike
itself stays an event over those days (a campaign told with its dead); only the total's
period was missing.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _tallies(text: str, lang: str) -> list[tuple[str, int, str | None, str | None]]:
    r = EX.extract(text, published=date(2023, 6, 24), lang=lang)
    return [
        (t.measure, t.value, str(t.period.start) if t.period else None, str(t.period.end) if t.period else None)
        for t in r.tallies
    ]


def test_spanish_deaths_in_eleven_days_of_strike() -> None:
    text = "Con la muerte del camionero se reportan cuatro fallecidos en once días de paro de transportistas."
    assert _tallies(text, "es") == [("fatalities", 4, "2023-06-14", "2023-06-24")]


def test_english_deaths_in_eleven_days_of_strike() -> None:
    text = "With the death of the trucker, four people have died in eleven days of strike."
    assert _tallies(text, "en") == [("fatalities", 4, "2023-06-14", "2023-06-24")]
