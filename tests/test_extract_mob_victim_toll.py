"""The one person a crowd killed is the whole toll of that mob violence.

"A police officer was killed by a mob that same night. At least 15 of the
victims died from gunshot wounds": the fifteen are the day's dead, shot by
others; the mob violence keeps its one dead."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    out = EX.extract(text, published=date(2023, 4, 26), lang="en")
    return [(e.sub_type, e.place.name, e.date.start, e.fatalities.low if e.fatalities else None) for e in out.events]


def test_a_later_toll_is_not_the_mobs():
    text = (
        "On January 9, 2023, police in Juliaca killed 17 protesters near the city's airport. "
        "A police officer was killed by a mob that same night. "
        "At least 15 of the victims died from gunshot wounds."
    )
    assert _events(text) == [
        ("excessive_force", "Juliaca", date(2023, 1, 9), 17),
        ("mob_violence", "Juliaca", date(2023, 1, 9), 1),
    ]


def test_a_toll_including_the_crowds_victim_is_the_forces():
    text = (
        "In Juliaca, on 9 January 2023, police officers fired at crowds near the airport and in the surrounding streets "
        "for several hours. Eighteen people died, including a police officer who was killed by a crowd that night."
    )
    assert _events(text) == [
        ("excessive_force", "Juliaca", date(2023, 1, 9), 18),
        ("mob_violence", "Juliaca", date(2023, 1, 9), None),
    ]
