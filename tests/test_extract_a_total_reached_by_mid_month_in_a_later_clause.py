"""A count closed by its own "by mid-December", in a later clause, is the total reached by then.

Before, "The first deaths came in Andahuaylas on Dec. 11, when police fired on protesters ...,
and by mid-December 18 people had been killed" gave the Andahuaylas incident 18 dead, and the
same count told after a bare clause ran its period to the publication day. The count right
after its closing day, in the pluperfect, is a running total up to that day (GUIDELINES §3),
whatever day another clause gives an incident.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    r = EX.extract(text, published=date(2023, 1, 5), lang="en")
    events = [(e.sub_type, str(e.date.start), e.place.name, e.fatalities.value if e.fatalities else None) for e in r.events]
    tallies = [(t.measure, t.value, t.period and str(t.period.end)) for t in r.tallies]
    return events, tallies


def test_the_incident_keeps_no_total_told_by_mid_december() -> None:
    text = (
        "The first deaths came in Andahuaylas on Dec. 11, when police fired on protesters who tried to take the airport, "
        "and by mid-December 18 people had been killed."
    )
    assert _read(text) == ([("excessive_force", "2022-12-11", "Andahuaylas", None)], [("fatalities", 18, None)])


def test_the_total_by_mid_december_ends_in_mid_december() -> None:
    text = (
        "The unrest began after the ouster of Pedro Castillo on Dec. 7. "
        "The first deaths came in Andahuaylas on Dec. 11, and by mid-December 18 had been killed."
    )
    assert _read(text)[1] == [("fatalities", 18, "2022-12-20")]
