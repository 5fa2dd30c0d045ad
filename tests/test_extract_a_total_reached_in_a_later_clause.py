"""A total reached "by mid-December" in a later clause is a tally, not the first clause's toll.

Before, "Two people were killed in Andahuaylas on December 11, and by mid-December at least
18 people had been killed" gave the Andahuaylas event 18 dead: the pluperfect count reached
by a day was read as a total only when every day of the sentence was such a day. The count
after the later clause's "by" day is the running total (GUIDELINES §3); the first clause keeps
its own two dead.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    r = EX.extract(text, published=date(2023, 2, 10), lang="en")
    events = [(e.sub_type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events]
    return events, [(t.measure, t.value) for t in r.tallies]


def test_by_mid_december_in_a_later_clause() -> None:
    text = "Protests erupted on December 7. Two people were killed in Andahuaylas on December 11, and by mid-December at least 18 people had been killed."
    assert _read(text) == ([("excessive_force", "2022-12-11", "Apurímac", 2)], [("fatalities", 18)])


def test_a_day_of_two_counts_keeps_them() -> None:
    text = "Protests erupted on December 7. Two people were killed in Andahuaylas on December 11, and 18 people were injured."
    assert _read(text)[0] == [("excessive_force", "2022-12-11", "Apurímac", 2)]
