"""A sentence with no incident word that counts the crowd taking part in the
protest action just told ("Más de dos mil comuneros participan en la medida",
"la medida" being the "medida de lucha") gives that action its participants:
"la medida" had been read only as a state measure referred back to, and the
crowd was lost. The phrase gives no crowd to a state measure."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()

BLOCKADE = "En la provincia de El Collao, pobladores aimaras mantienen bloqueada la carretera Panamericana Sur a la altura de Ilave."


@pytest.mark.parametrize(
    "crowd",
    [
        "Más de dos mil comuneros participan en la medida.",
        "Nuestro corresponsal informa que más de dos mil comuneros participan en la medida.",
    ],
)
def test_the_crowd_joins_the_blockade(crowd):
    out = EX.extract(BLOCKADE + " " + crowd, published=date(2023, 1, 5), lang="es")
    assert [(e.place.name, e.forms, e.participants and (e.participants.low, e.participants.qualifier)) for e in out.events] == [
        ("Ilave", ["roadblock"], (2000, "more_than")),
    ]


def test_no_crowd_for_a_state_measure():
    text = "El Gobierno declaró el estado de emergencia en Puno el sábado. Más de dos mil policías participan en la medida."
    out = EX.extract(text, published=date(2023, 1, 5), lang="es")
    assert [(e.sub_type, e.place.name, e.participants) for e in out.events] == [("state_measure", "Puno", None)]
