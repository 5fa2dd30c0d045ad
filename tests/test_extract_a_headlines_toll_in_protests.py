"""A headline's "as seven die in protests" is the movement's toll, not the lead's incident's.

Before, "Peru's new president proposes early elections as seven die in protests" made an
excessive-force incident of seven dead with no place, which folded into the lead's Lima march
(tear gas, no deaths). "In protests" with no article names the movement as "in the protests"
does: with no place or day of its own the count is a running total (GUIDELINES §3); told with
a town and a day it is still that incident's.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    r = EX.extract(text, published=date(2022, 12, 13), lang="en")
    events = [(e.sub_type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events]
    return events, [(t.measure, t.value) for t in r.tallies]


def test_seven_die_in_protests_is_a_total() -> None:
    text = (
        "Peru's new president proposes early elections as seven die in protests\n\n"
        "In Lima, several thousand people marched towards Congress on Monday, and police fired tear gas to disperse them."
    )
    assert _read(text) == ([("intervention", "2022-12-12", "Lima", None)], [("fatalities", 7)])


def test_two_killed_in_protests_in_a_town_on_a_day() -> None:
    assert _read("Two killed in protests in Andahuaylas on Sunday") == ([("excessive_force", "2022-12-11", "Apurímac", 2)], [])


def test_protests_against_her_government_left_seven_dead() -> None:
    text = (
        "Peru's new president, Dina Boluarte, has proposed early elections, after protests against her government left "
        "at least seven people dead.\n\n"
        "In Lima, several thousand people marched towards Congress on Monday, and police fired tear gas to disperse them."
    )
    assert _read(text) == ([("intervention", "2022-12-12", "Lima", None)], [("fatalities", 7)])
