"""A police vehicle that breaks a gate ("con una tanqueta que derribó la puerta")
is the police breaking in, not a riot: the relative pronoun alone between the
police noun and the act makes the police noun its subject. The "que" had been
read as a relative clause of someone else ("detuvieron a tres hombres que
lanzaron piedras") and the raid on an occupied campus came out as a riot."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _typed(text):
    return [(e.type, e.sub_type, e.place.admin1, e.arrests and e.arrests.value)
            for e in EX.extract(text, published=date(2023, 1, 22), lang="es").events]


def test_the_vehicles_act_is_the_polices():
    text = ("La Policía ingresó el sábado a la ciudad universitaria de San Marcos, en Lima, con una tanqueta que "
            "derribó la puerta, y detuvo a 192 manifestantes que se alojaban allí.")
    # (a raid on the people lodged there, not on a protest held there: a strategic arrest, as without the vehicle)
    assert _typed(text) == [("strategic_development", "arrests", "Lima", 192)]


def test_a_crowds_relative_clause_is_still_the_crowds():
    text = "En Lima, el sábado, la Policía detuvo a tres manifestantes que derribaron la puerta del Congreso."
    assert _typed(text) == [("riot", "violent_demonstration", "Lima", 3)]
