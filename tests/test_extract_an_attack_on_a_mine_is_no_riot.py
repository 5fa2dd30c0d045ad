"""An attack with no crowd in it is no riot.

"Nueve trabajadores murieron en un ataque a un socavón en Pataz": gunmen attacking a mine
shaft are no demonstration (GUIDELINES §2: a riot is protesters' violence), so the deaths make
no protest or riot event; damage done in a strike ("daños materiales") stays a riot."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_an_attack_on_a_mine_shaft_is_no_event():
    text = "En diciembre, nueve trabajadores murieron en un ataque a un socavón en Pataz."
    out = EX.extract(text, published=date(2024, 1, 20), lang="es")
    assert out.events == []
    assert out.tallies == []


def test_last_years_attack_is_no_tally():
    text = "El año pasado, nueve trabajadores murieron en un ataque a un socavón de una minera en Pataz."
    out = EX.extract(text, published=date(2024, 1, 20), lang="es")
    assert (out.events, out.tallies) == ([], [])


def test_damage_done_in_an_attack_stays_a_riot():
    text = "En Chiclayo, un ataque a una combi que circulaba durante el paro dejó daños materiales este jueves."
    out = EX.extract(text, published=date(2024, 11, 15), lang="es")
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start) for e in out.events] == [
        ("riot", "violent_demonstration", "Lambayeque", date(2024, 11, 14)),
    ]
