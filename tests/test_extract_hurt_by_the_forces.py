"""Protesters wounded by the police are the state intervening (GUIDELINES §2: "state forces
intervened"), whatever weapon is told: "Police wounded 15 protesters in Cusco", "15 protesters
were injured by police", "la policía hirió a 15 manifestantes" were peaceful protests (and the
last counted a crowd of 15, not 15 wounded). Officers counted among the hurt ("four police
officers were injured") wounded no one."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _only(text: str, lang: str):
    [event] = EX.extract(text, published=date(2024, 5, 15), lang=lang).events
    return event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, police wounded 15 protesters in Cusco.", "en"),
        ("On Monday, 15 protesters were injured by police in Cusco.", "en"),
        ("El lunes, la policía hirió a 15 manifestantes en Cusco.", "es"),
        ("El lunes, 15 manifestantes resultaron heridos por la policía en Cusco.", "es"),
    ],
)
def test_protesters_wounded_by_the_police_are_an_intervention(text, lang):
    event = _only(text, lang)
    assert (event.type, event.sub_type) == ("protest", "intervention")
    assert event.injuries.value == 15 and event.participants is None
    assert event.date.start == date(2024, 5, 13)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, 15 protesters and four police officers were injured in Cusco during a march.", "en"),
        ("El lunes, 15 manifestantes y cuatro policías resultaron heridos durante una marcha en Cusco.", "es"),
    ],
)
def test_officers_counted_among_the_hurt_wounded_no_one(text, lang):
    event = _only(text, lang)
    assert (event.type, event.sub_type) == ("protest", "peaceful")
    assert event.injuries.value == 19


def test_ha_herido_a_cuenta_heridos():
    event = _only("Durante la marcha del lunes en Cusco, la policía ha herido a 12 estudiantes.", "es")
    assert event.injuries.value == 12 and event.sub_type == "intervention"


# GUIDELINES §2 counts: those treated in hospital for wounds were hurt.

@pytest.mark.parametrize(
    "told",
    ["More than 50 people were treated in hospitals for gunshot and other wounds.", "More than 50 people were treated for wounds."],
)
def test_people_treated_for_wounds_are_the_incidents_injured(told):
    text = "Soldiers opened fire on demonstrators who tried to occupy the airport in Ayacucho on Thursday. " + told
    [event] = EX.extract(text, published=date(2022, 12, 16), lang="en").events
    assert event.injuries.value == 50 and event.date.start == date(2022, 12, 15)
