"""A police officer as the subject of a passive whose participles are listed
("el suboficial José Luis Soncco fue retenido, golpeado y quemado dentro del
vehículo") is the one struck: the beating is the crowd's, no state response.
Only a passive blow that opened with its auxiliary ("fue golpeado") had been
read so, and the listed "golpeado" was kept as a police beating."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text):
    out = EX.extract(text, published=date(2023, 1, 10), lang="es")
    return [(e.type, e.sub_type, e.place.name, e.state_response) for e in out.events]


@pytest.mark.parametrize(
    "text",
    [
        "En la madrugada del martes, en Juliaca, el suboficial José Luis Soncco fue retenido, golpeado y quemado dentro del vehículo.",
        "En la madrugada del martes, en Juliaca, el suboficial José Luis Soncco fue golpeado y quemado dentro del vehículo.",
    ],
)
def test_the_officer_is_the_one_struck(text):
    assert _read(text) == [("riot", "violent_demonstration", "Juliaca", [])]


def test_a_protester_struck_by_the_police_is_still_force():
    text = "En la madrugada del martes, en Juliaca, un manifestante fue retenido, golpeado y detenido por la policía."
    assert _read(text) == [("protest", "intervention", "Juliaca", ["beatings", "arrests"])]
