"""A town's toll that "has risen to 17", right after force in that town, is the incident's.

Before, "Police fired on protesters near the airport in Juliaca on Monday. The number of dead
in Juliaca rose to 17 on Monday." gave the Juliaca event no dead and no tally at all, and
without "on Monday" the 17 became a running total. A total scoped to the incident's own town,
on no other day, is that incident's toll brought up to date (GUIDELINES §3: a tally is a
total for a whole period or campaign); a toll "in the protests" stays a tally.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()
FORCE = "Police fired on protesters near the airport in Juliaca on Monday. "


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    r = EX.extract(text, published=date(2023, 1, 10), lang="en")
    events = [(e.sub_type, str(e.date.start), e.place.name, e.fatalities.value if e.fatalities else None) for e in r.events]
    return events, [(t.measure, t.value) for t in r.tallies]


def test_the_number_of_dead_in_juliaca_rose_on_monday() -> None:
    assert _read(FORCE + "The number of dead in Juliaca rose to 17 on Monday.") == ([("excessive_force", "2023-01-09", "Juliaca", 17)], [])


def test_the_number_of_dead_in_juliaca_has_risen() -> None:
    text = FORCE + "The ombudsman's office says the number of dead in Juliaca has risen to 17."
    assert _read(text) == ([("excessive_force", "2023-01-09", "Juliaca", 17)], [])


def test_the_toll_of_the_protests_stays_a_tally() -> None:
    text = FORCE + "The number of dead in the protests has risen to 40."
    assert _read(text) == ([("excessive_force", "2023-01-09", "Juliaca", None)], [("fatalities", 40)])
