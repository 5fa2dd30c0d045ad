"""The sentence right after a protest whose subject is that protest's leaders
or crowd ("Los dirigentes del gremio de transportistas exigen la derogación de
la Ley 32108 y la renuncia del ministro") gives the protest's demands, as a
claim verb with no subject does ("Exigen la derogatoria de la ley"). The
subject had kept the claims from the march."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()

MARCH = "Miles de transportistas marcharon este miércoles 23 de octubre por el Centro de Lima contra la extorsión y el sicariato."


@pytest.mark.parametrize(
    "claims",
    [
        "Los dirigentes exigen la derogación de la Ley 32108, que modifica la definición de crimen organizado, y la renuncia del ministro del Interior.",
        "Los dirigentes del gremio de transportistas exigen la derogación de la Ley 32108 y la renuncia del ministro del Interior.",
    ],
)
def test_the_leaders_claims_are_the_marchs(claims):
    out = EX.extract(MARCH + "\n\n" + claims, published=date(2024, 10, 24), lang="es")
    assert [(e.place.name, e.date.start, e.demands) for e in out.events] == [
        ("Centro de Lima", date(2024, 10, 23), ["security_crime", "repeal_law", "removal_of_official"]),
    ]


def test_an_officials_claims_are_not():
    text = MARCH + "\n\nEl ministro del Interior exige la derogación de la Ley 32108."
    out = EX.extract(text, published=date(2024, 10, 24), lang="es")
    assert [(e.place.name, e.demands) for e in out.events] == [("Centro de Lima", ["security_crime"])]
