"""A state measure asked of those who decide it ("pidió al Ejecutivo declarar
el estado de emergencia") has not been taken: it is a call, not an event. The
measure actually declared stays an event."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def measures(text: str, lang: str) -> list[str | None]:
    out = EX.extract(text, published=date(2023, 2, 7), lang=lang)
    return [e.place.admin1 if e.place else None for e in out.events if e.sub_type == "state_measure"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El alcalde de Tacna pidió al Ejecutivo declarar el estado de emergencia en la provincia.", "es"),
        ("Los gremios de Tacna solicitaron declarar el estado de emergencia en toda la región.", "es"),
        ("The mayor of Tacna asked the government to declare a state of emergency in the province.", "en"),
    ],
)
def test_a_requested_emergency_is_not_a_measure(text, lang):
    assert measures(text, lang) == []


def test_a_declared_emergency_after_a_request_is_a_measure():
    text = ("Tras el pedido del alcalde, el Ejecutivo declaró ayer el estado de emergencia en Tacna "
            "por treinta días.")
    assert measures(text, "es") == ["Tacna"]
