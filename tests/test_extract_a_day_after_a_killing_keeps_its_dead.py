"""The dead of "a day after two teenagers were shot dead" are that earlier day's incident's.

Before, "In Andahuaylas, crowds set fire to the police station on Monday, a day after two
teenagers were shot dead near the airfield" gave Monday's riot only: the sentence's split into
the two days' clauses read the earlier clause, but its dead had been dropped from the whole
sentence as force of another day, so the shooting typed nothing. The earlier clause keeps its
own toll (GUIDELINES §2: each incident on its own day); a total there stays a total.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    r = EX.extract(text, published=date(2022, 12, 13), lang="en")
    events = [(e.type, e.sub_type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events]
    return events, [(t.measure, t.value) for t in r.tallies]


def test_a_day_after_two_teenagers_were_shot_dead() -> None:
    text = "In Andahuaylas, crowds set fire to the police station on Monday, a day after two teenagers were shot dead near the airfield."
    assert _read(text) == (
        [("riot", "violent_demonstration", "2022-12-12", "Apurímac", None), ("protest", "excessive_force", "2022-12-11", "Apurímac", 2)],
        [],
    )


def test_a_day_after_the_toll_rose() -> None:
    text = "Protesters blocked highways in Puno on Friday, a day after the death toll rose to 40."
    assert _read(text) == ([("protest", "peaceful", "2022-12-09", "Puno", None)], [("fatalities", 40)])
