"""Typing cases: gunfire on a crowd, stone-throwers arrested at a march, press
victims of clashes, measures only requested."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


# Soldiers or police firing live rounds at a crowd, told in a sentence of its
# own after the protest, is lethal force at that protest.

def test_gunfire_at_the_crowd_makes_the_protest_excessive_force():
    text = ("Choque en Chalhuanca\n\nEl martes, cientos de comuneros bloquearon el puente de "
            "Chalhuanca. Los soldados dispararon contra la multitud con fusiles.\n")
    out = EX.extract(text, published=date(2023, 1, 5), lang="es")
    got = [(e.sub_type, "live_ammunition" in e.state_response) for e in out.events]
    assert got == [("excessive_force", True)]


def test_gunfire_at_a_lone_suspect_is_not_a_protest():
    text = ("Persecución en Chalhuanca\n\nEl martes, la policía disparó contra un sospechoso "
            "de robo que huía en moto.\n")
    out = EX.extract(text, published=date(2023, 1, 5), lang="es")
    assert [e for e in out.events if e.type == "protest"] == []


# Arrests of people throwing stones, told right after a march in the same
# paragraph, happened at that march: not a separate campaign of arrests.

def test_stone_throwers_arrested_after_the_march_belong_to_it():
    text = ("Protesta en Tumbes\n\nEl lunes, cientos de mototaxistas marcharon por el centro de "
            "Tumbes hasta la prefectura. La policía detuvo a cuatro personas que lanzaban "
            "piedras contra los vehículos.\n")
    out = EX.extract(text, published=date(2024, 3, 6), lang="es")
    got = [(e.type, e.arrests.value if e.arrests else None) for e in out.events]
    assert got == [("riot", 4)]


# A reporter hurt while covering clashes is a civilian attacked, not one of
# the crowd: the clash named as what was being filmed does not make the
# sentence an intervention on a crowd.

def kinds(text: str, lang: str) -> list[tuple[str, str]]:
    out = EX.extract(text, published=date(2023, 2, 7), lang=lang)
    return [(e.type, e.sub_type) for e in out.events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En Cusco, una fotógrafa fue herida por un perdigón el lunes mientras cubría los enfrentamientos en la avenida Sol.", "es"),
        ("In Cusco, a photographer was injured by a pellet on Monday while covering the clashes on Sol Avenue.", "en"),
    ],
)
def test_a_reporter_hurt_while_covering_clashes_is_an_attack(text, lang):
    assert kinds(text, lang) == [("violence_against_civilians", "attack")]


def test_reporters_hurt_in_the_clashes_are_part_of_the_crowd_event():
    text = "En Cusco, periodistas y manifestantes fueron heridos el lunes en los enfrentamientos con la policía en la avenida Sol."
    assert [k[0] for k in kinds(text, "es")] != ["violence_against_civilians"]


# A state measure asked of those who decide it ("pidió al Ejecutivo declarar
# el estado de emergencia") has not been taken: it is a call, not an event. The
# measure actually declared stays an event.

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


# Guards of a company or of a landowner are not state forces: their shots or
# blows make no state response, and the police words inside their title
# ("agentes de seguridad privada") do not name the police.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jornaleros bloquean el lunes el portón de la finca en Upala y un guarda de seguridad privada disparó al aire para ahuyentarlos.", "es"),
        ("Los agentes de seguridad privada de la mina golpearon el lunes a los comuneros que bloqueaban el camino en Espinar.", "es"),
        ("On Monday in Espinar, private security guards of the mine clubbed villagers who were blocking the access road.", "en"),
    ],
)
def test_force_by_private_guards_is_no_state_response(text, lang):
    out = EX.extract(text, published=date(2016, 3, 15), lang=lang)
    got = [(e.type, e.sub_type, tuple(e.state_response), "police" in e.opponents) for e in out.events]
    assert got == [("protest", "peaceful", (), False)]


def test_police_beside_private_guards_still_act_for_the_state():
    text = "On Monday in Espinar, police and private security guards clubbed villagers who were blocking the access road."
    out = EX.extract(text, published=date(2016, 3, 15), lang="en")
    assert [e.sub_type for e in out.events] == ["intervention"]


# Inmates or crowds who riot and hurl things at guards: a violent
# demonstration, told in the present as well as the past.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Los presos de la cárcel de Alajuela se amotinan el domingo y lanzan objetos contra los custodios en protesta por las visitas.", "es"),
        ("Inmates at the Alajuela prison rioted on Sunday and threw objects at the guards in protest over visiting rules.", "en"),
    ],
)
def test_a_prison_riot_is_a_violent_demonstration(text, lang):
    out = EX.extract(text, published=date(2016, 3, 15), lang=lang)
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")]
