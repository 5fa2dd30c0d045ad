"""A region's toll risen, told under a live page's clock, is the toll of the incident told there.

Before, "14:05 — The toll in Ayacucho has risen to eight", after the 09:30 entry on Thursday's
shooting at the Ayacucho airport ("seven people had died"), was a running total and the
incident kept seven: "toll in" was no word of the dead, a region named alone (not a town) was
never the incident's own toll, and the entry's clock gave the sentence the publication day.
Now the toll of the region where the incident already counted its dead is that incident's
toll brought up to date, and a live page's clock on a total dates the update, not an incident.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, published: date) -> tuple[list[tuple], list[tuple]]:
    r = EX.extract(text, published=published, lang="en")
    events = [
        (e.type, e.sub_type, str(e.date.start), e.place.name, e.place.admin1, e.fatalities.value if e.fatalities else None)
        for e in r.events
    ]
    return events, [(t.measure, t.value) for t in r.tallies]


def test_a_live_pages_toll_in_ayacucho_risen_to_eight() -> None:
    text = (
        "Peru protests live: troops patrol Ayacucho\n\n"
        "09:30 — Soldiers shot at demonstrators who tried to enter the airport in Ayacucho on Thursday, "
        "and the regional health office said seven people had died.\n\n"
        "14:05 — The toll in Ayacucho has risen to eight, the ombudsman's office said."
    )
    assert _read(text, date(2022, 12, 16)) == (
        [("protest", "excessive_force", "2022-12-15", "Ayacucho", "Ayacucho", 8)], []
    )


def test_the_toll_in_a_town_risen_without_a_clock() -> None:
    text = (
        "Police opened fire on protesters in Juliaca on Monday, and twelve people died, the health office said.\n\n"
        "The toll in Juliaca has risen to 17, the ombudsman's office said."
    )
    assert _read(text, date(2023, 1, 10)) == (
        [("protest", "excessive_force", "2023-01-09", "Juliaca", "Puno", 17)], []
    )


def test_a_regions_toll_since_the_unrest_began_stays_a_total() -> None:
    text = (
        "Police fired on protesters in Puno on Wednesday, and two people died, the health office said.\n\n"
        "The toll in Puno has risen to 20 since the unrest began in December, the ombudsman's office said."
    )
    assert _read(text, date(2023, 1, 12)) == (
        [("protest", "excessive_force", "2023-01-11", "Puno", "Puno", 2)], [("fatalities", 20)]
    )
