"""One person's death told with its place before the total it raises ("Con la muerte
de un comunero en Ilave, ascienden a 50 los fallecidos") is that incident's toll as
well as the total's growth: an event in Ilave with one dead, and the total apart
(GUIDELINES §3). Many deaths so told ("Con la muerte de 17 civiles en Juliaca")
recap an incident and only grow the total."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def test_the_death_in_ilave_is_an_event_beside_the_total() -> None:
    out = extract(
        "Con la muerte de un comunero en Ilave, ascienden a 50 los fallecidos durante las protestas contra el gobierno, "
        "informó la Defensoría del Pueblo.", "es", date(2023, 3, 6),
    )
    assert [(e.type, e.sub_type, e.place.name, e.place.admin1, e.fatalities.value) for e in out.events] == [
        ("protest", "excessive_force", "Ilave", "Puno", 1)
    ]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 50)]


def test_a_recap_of_many_deaths_only_grows_the_total() -> None:
    out = extract(
        "Con la muerte de 17 civiles en Juliaca, ascienden a 47 los fallecidos durante las protestas contra el gobierno.",
        "es", date(2023, 1, 12),
    )
    assert (out.events, [(t.measure, t.value) for t in out.tallies]) == ([], [("fatalities", 47)])
