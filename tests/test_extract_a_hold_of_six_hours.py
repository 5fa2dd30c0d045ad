"""A crowd's hold told with its length between the verb and the officers
("comuneros retuvieron durante seis horas a dos policías") is the crowd
seizing officers, mob violence, as with "durante cinco horas": only lengths up
to five hours had been listed, so the sentence told nothing. The police's hold
of protesters told the same way stays an arrest-like intervention."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text):
    out = EX.extract(text, published=date(2023, 1, 18), lang="es")
    return [(e.type, e.sub_type, e.place.name, e.state_response, e.arrests and e.arrests.value) for e in out.events]


def test_the_crowds_six_hour_hold_is_mob_violence():
    assert _read("El martes, en Ilave, comuneros retuvieron durante seis horas a dos policías.") == [
        ("riot", "mob_violence", "Ilave", [], None),
    ]


def test_the_polices_six_hour_hold_is_an_intervention():
    assert _read("El martes, en Ilave, la policía retuvo durante seis horas a dos manifestantes.") == [
        ("protest", "intervention", "Ilave", ["arrests"], 2),
    ]
