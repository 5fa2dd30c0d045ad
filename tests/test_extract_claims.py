"""Collective claims-making the guideline sets aside (statements, complaints
filed, meetings with authorities, assemblies, campaigns): reported as
diagnostics, never as events, and only when a collective actor makes the claim."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.evaluate.schema import validation_errors
from kipu.extract.claims import CLAIMS_KIND
from kipu.extract.pipeline import Extractor

DAY = date(2019, 3, 12)


def kinds(extractor: Extractor, text: str, lang: str) -> list[str]:
    return [s.kind for s in extractor.extract(text, published=DAY, lang=lang).set_aside]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A statement, a legal step, a meeting to demand, an assembly, a campaign.
        ("El sindicato de trabajadores portuarios emitió un comunicado contra la venta del muelle.", "es"),
        ("La Asociación de Vecinos de Río Claro presentó un recurso de amparo contra el relleno sanitario.", "es"),
        ("Representantes de la federación de pescadores sostuvieron una reunión con la ministra para exigir el pago de los subsidios.", "es"),
        ("En asamblea, los productores de café acuerdan un plan de acciones contra la importación de grano.", "es"),
        ("La cámara de comercio lanzó una campaña de recolección de firmas contra el nuevo impuesto.", "es"),
        # A meeting named as such: the actor may come after it.
        ("Una reunión entre el ministro de Trabajo y los sindicatos del sector salud terminó sin acuerdos.", "es"),
        # An organisation by its acronym, right before a pointed claim.
        ("La FENAPRO denuncia ante la Fiscalía el cobro irregular de tarifas.", "es"),
        # An announced action is a public statement in itself.
        ("Los gremios de transportistas anunciaron que volverán a parar si no hay respuesta.", "es"),
        ("The teachers' union issued a statement condemning the pay freeze.", "en"),
        ("Residents of the valley filed a petition in the high court against the dam.", "en"),
        ("Leaders of the farmers' association met with the agriculture minister to demand higher crop prices.", "en"),
        ("Students demanded that the university cancel the fee increase.", "en"),
    ],
)
def test_claims_making_is_set_aside_not_an_event(extractor: Extractor, text: str, lang: str) -> None:
    result = extractor.extract(text, published=DAY, lang=lang)
    assert result.events == []  # the guideline's events (and so the dev gold) do not change
    assert [s.kind for s in result.set_aside] == [CLAIMS_KIND]
    assert result.set_aside[0].evidence.text(text) == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The people named are those the claim is made to, not who makes it.
        ("El ministerio solicita a los vecinos que ahorren agua durante el verano.", "es"),
        ("Police appealed to residents to stay indoors until the storm passes.", "en"),
        ("Residents are urged to boil their drinking water.", "en"),
        # No collective actor: an official, a bank, a sports team.
        ("La Asamblea Legislativa rechazó el proyecto de ley en primer debate.", "es"),
        ("The central bank urged lawmakers to cut spending.", "en"),
        ("The home side kicked off their campaign with a narrow win.", "en"),
        # "frente a" is a place, not a front.
        ("Frente a la sede del ministerio, el ministro anunció nuevas medidas.", "es"),
        # The claim is in someone's words.
        ("\u201cLos vecinos exigen agua\u201d, dijo el alcalde.", "es"),
        # An acronym with a statement, in an article that never calls it an organisation.
        ("Por medio de un comunicado, la ASOPEC anuncia que llevará el caso a los tribunales.", "es"),
        # Capitals shouted in a headline are no acronym.
        ("Issued by the Presidency: DEPUTY MINISTER URGES CALM AHEAD OF THE VOTE", "en"),
    ],
)
def test_no_claims_making_is_set_aside(extractor: Extractor, text: str, lang: str) -> None:
    assert kinds(extractor, text, lang) == []


def test_an_acronym_stands_for_the_organisation_the_article_names_nearby(extractor: Extractor) -> None:
    text = (
        "Por medio de un comunicado, la ASOPEC anuncia que llevará el caso a los tribunales. "
        "La asociación agrupa a unos 400 pequeños productores de la zona norte."
    )
    assert kinds(extractor, text, "es") == [CLAIMS_KIND]


def test_a_sentence_that_gave_a_demonstration_is_not_set_aside(extractor: Extractor) -> None:
    text = "Cientos de vecinos marcharon el lunes hasta la municipalidad de Grecia para exigir agua potable."
    result = extractor.extract(text, published=DAY, lang="es")
    assert any(e.type == "protest" for e in result.events)
    assert result.set_aside == []


def test_claims_making_is_in_the_output_line_and_it_stays_schema_valid(extractor: Extractor) -> None:
    text = "The nurses' union held a press conference to denounce the closure of the rural clinics."
    line = extractor.extract(text, published=DAY, lang="en", doc_id="d1").to_dict(text)
    assert line["events"] == []
    assert [(s["kind"], s["cue"], s["evidence"]) for s in line["set_aside"]] == [(CLAIMS_KIND, "press conference", text)]
    assert validation_errors(line) == []
