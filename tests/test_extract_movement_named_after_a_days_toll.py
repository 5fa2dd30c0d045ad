"""A movement named after a day's toll says when it happened; the count is the day's.

"Soldiers killed 10 people in Ayacucho on 15 December 2022, during the first
wave of unrest that followed the ousting of President Pedro Castillo": ten dead
in one region on one day, an incident of its own, not a running total. A total
told after the turn ("bringing the death toll to 47") stays a total."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, published: date) -> tuple[list[tuple], list[tuple]]:
    out = EX.extract(text, published=published, lang="en")
    events = [(e.sub_type, e.place.admin1, e.date.start, e.fatalities.low if e.fatalities else None) for e in out.events]
    return events, [(t.measure, t.value) for t in out.tallies]


def test_the_wave_named_after_the_days_dead():
    text = (
        "Soldiers killed 10 people in Ayacucho on 15 December 2022, during the first wave of unrest "
        "that followed the ousting of President Pedro Castillo."
    )
    assert _read(text, date(2024, 1, 10)) == ([("excessive_force", "Ayacucho", date(2022, 12, 15), 10)], [])


def test_a_total_after_the_turn_stays_a_total():
    text = "Police killed 17 people in Juliaca on January 9, bringing the death toll to 47."
    assert _read(text, date(2023, 1, 10)) == ([("excessive_force", "Puno", date(2023, 1, 9), 17)], [("fatalities", 47)])
