"""A deployment of forces counted or told in the perfect is a state measure.

"The government has deployed 24,000 police officers in the capital ahead of
the march", "The authorities deployed about 24,000 police officers in the
city": only "deployed police", "deployed troops" and a passive were
deployment words, so a number or an auxiliary between made no event, though
GUIDELINES §2 lists troop deployment among state measures (Spanish
"desplegó más de 13 mil policías" already was one). Our sample's gold for
the Third Takeover of Lima now codes the deployment it tells."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "The government has deployed 24,000 police officers in the capital ahead of the march.",
        "The authorities deployed about 24,000 police officers in Lima on Wednesday, according to the interior ministry.",
    ],
)
def test_a_counted_deployment_is_a_state_measure(text):
    [event] = EX.extract(text, published=date(2023, 7, 19), lang="en").events
    assert (event.type, event.sub_type) == ("strategic_development", "state_measure")


def test_a_company_deploying_trucks_is_no_measure():
    text = "The mining company has deployed new trucks at the site."
    assert EX.extract(text, published=date(2023, 7, 19), lang="en").events == []


def test_spanish_deployment_needs_forces_too():
    sent = EX.extract("El Gobierno desplegó ayer más de 13 mil policías y militares en Lima.", published=date(2024, 11, 14), lang="es").events
    assert [(e.type, e.sub_type) for e in sent] == [("strategic_development", "state_measure")]
    fleet = EX.extract("La municipalidad desplegó ayer una nueva flota de buses en Lima.", published=date(2024, 11, 14), lang="es").events
    assert fleet == []
