"""A crowd counted in its own clause after a death is no death toll.

Before, the headline "Peru: protester dies in Lima as thousands march again" gave the Lima
event 2000 dead: the death verb before "thousands" was taken as what the number counts. After
"as" (or "while", "mientras") the number opens its own clause, whose verb is the march.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 29), lang="en")
    return [
        (e.type, e.sub_type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None, e.participants.low if e.participants else None)
        for e in r.events
    ]


def test_protester_dies_as_thousands_march() -> None:
    text = (
        "Peru: protester dies in Lima as thousands march again\n\n"
        "A protester died in Lima on Saturday after being hit by a tear gas canister during clashes with police."
    )
    assert _events(text) == [("protest", "excessive_force", "2023-01-28", "Lima", 1, 2000)]


def test_killing_dozens_still_counts_the_dead() -> None:
    text = "Soldiers opened fire on protesters in Ayacucho on Thursday, killing as many as 20 people."
    assert _events(text) == [("protest", "excessive_force", "2023-01-26", "Ayacucho", 20, None)]
