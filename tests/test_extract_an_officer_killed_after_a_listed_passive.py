"""A police officer the crowd struck ("el suboficial José Luis Soncco fue
retenido, golpeado y quemado dentro del vehículo") whose death the sentence
tells after a semicolon ("; murió horas después") is one dead, killed by the
crowd: mob violence (GUIDELINES §2: "a police officer killed by a crowd").
The death had counted no one and made the sentence the state's lethal force."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text):
    out = EX.extract(text, published=date(2023, 1, 10), lang="es")
    return [(e.type, e.sub_type, e.place.name, e.fatalities and e.fatalities.value, e.state_response) for e in out.events]


def test_the_struck_officers_death_is_the_crowds():
    text = ("En la madrugada del martes, en Juliaca, el suboficial José Luis Soncco fue retenido, golpeado y quemado "
            "dentro del vehículo; murió horas después.")
    assert _read(text) == [("riot", "mob_violence", "Juliaca", 1, [])]


def test_protesters_shot_beside_him_stay_the_states_dead():
    text = ("En la madrugada del martes, en Juliaca, el suboficial José Luis Soncco fue golpeado y quemado; "
            "murieron además dos manifestantes por disparos.")
    assert [r[:4] for r in _read(text)] == [("protest", "excessive_force", "Juliaca", 2)]
