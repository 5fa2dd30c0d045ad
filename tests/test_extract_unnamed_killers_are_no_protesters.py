"""Killers who are not the state nor a crowd are the attack's actors, never the default protesters.

"a bus driver was killed in the district of Independencia by two men on a motorcycle":
an attack on a civilian (GUIDELINES §2, violence_against_civilians) by armed men named only
as such, the criminal groups of the actor vocabulary."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _attacks(text: str, lang: str) -> list[tuple]:
    out = EX.extract(text, published=date(2024, 10, 11), lang=lang)
    return [(e.type, e.sub_type, e.place.name, e.date.start, e.fatalities.value if e.fatalities else None, e.actors) for e in out.events]


def test_english_two_men_on_a_motorcycle():
    text = (
        "Bus drivers in Lima went on strike on Thursday against extortion by criminal gangs.\n\n"
        "Critics say the measure has failed: on Tuesday, a bus driver was killed in the district of Independencia by two men on a motorcycle."
    )
    assert _attacks(text, "en") == [
        ("protest", "peaceful", "Lima", date(2024, 10, 10), None, ["transport_workers"]),
        ("violence_against_civilians", "attack", "Independencia", date(2024, 10, 8), 1, ["criminal_groups"]),
    ]


def test_spanish_two_men_on_a_motorcycle():
    text = "El martes, un chofer de bus fue asesinado en Independencia por dos hombres que iban en una motocicleta."
    assert _attacks(text, "es") == [("violence_against_civilians", "attack", "Independencia", date(2024, 10, 8), 1, ["criminal_groups"])]
