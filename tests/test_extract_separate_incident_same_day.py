"""A sentence opened as another incident ("Asimismo, ...", "Separately, ...")
whose crowd is not the one of the protest just told, and of another kind, is
an incident of its own: residents clashing with police at night in other
neighbourhoods do not make the dock workers' peaceful march a riot."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Limón, Costa Rica, 27 de febrero de 2014. Cientos de trabajadores portuarios del SINTRAJAP marcharon este jueves por el centro "
            "de Limón contra la concesión de la terminal de contenedores. La marcha transcurrió sin incidentes. Asimismo, se reportan "
            "enfrentamientos en la noche entre vecinos de los barrios Limoncito y Cieneguita y la Fuerza Pública, donde se usan gases "
            "lacrimógenos y se detienen manifestantes.",
            "es",
        ),
        (
            "Limón, Costa Rica, February 27, 2014. Hundreds of dock workers marched through downtown Limón on Thursday against the "
            "privatisation of the container terminal. Separately, residents of the Limoncito and Cieneguita neighbourhoods clashed with police "
            "at night; officers fired tear gas and detained protesters.",
            "en",
        ),
    ],
)
def test_a_night_clash_of_other_residents_is_its_own_incident(text, lang):
    out = EX.extract(text, published=date(2014, 2, 27), lang=lang)
    assert [(e.type, e.sub_type, e.date.start, e.place.admin1, e.state_response) for e in out.events] == [
        ("protest", "peaceful", date(2014, 2, 27), "Limon", []),
        ("riot", "violent_demonstration", date(2014, 2, 27), "Limon", ["tear_gas", "arrests"]),
    ]


def test_the_same_crowd_opened_with_asimismo_stays_one_incident():
    text = (
        "Lima, 20 de enero de 2023. Miles de manifestantes marcharon este jueves por el centro de Lima. Asimismo, la Policía lanzó "
        "bombas lacrimógenas contra los manifestantes en la plaza San Martín."
    )
    out = EX.extract(text, published=date(2023, 1, 20), lang="es")
    assert [(e.type, e.sub_type, e.state_response) for e in out.events] == [("protest", "intervention", ["tear_gas"])]
