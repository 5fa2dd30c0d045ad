"""Who acts in an event and what it is: the state in its measures and arrests, the
attacker in an attack, the protesters (not the company they target) in a protest;
the demands a protest makes, and the forms it takes."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def sides(text: str, lang: str) -> list[tuple[str, str, list[str], list[str]]]:
    out = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang)
    return [(e.type, e.sub_type, e.actors, e.opponents) for e in out.events]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The government declared a state of emergency in Puno on Sunday, allowing the armed forces to support the police.", "en"),
        ("El Ejecutivo declaró el domingo el estado de emergencia en Puno y dispuso que las Fuerzas Armadas apoyen a la Policía.", "es"),
    ],
)
def test_a_measure_is_the_deciders_not_the_forces_it_sends(text, lang):
    assert sides(text, lang) == [("strategic_development", "state_measure", ["government"], [])]


def test_a_measure_congress_passes_is_congress_s():
    text = "Congress voted on Thursday to declare a state of emergency in Lima and Callao for thirty days."
    [(kind, sub, actors, _)] = sides(text, "en")
    assert (kind, sub, actors) == ("strategic_development", "state_measure", ["congress"])


def test_arrests_are_the_police_s_even_when_no_force_is_named():
    text = "Nueve dirigentes del comité de lucha de Puno fueron detenidos el martes en allanamientos en Juliaca."
    found = [s for s in sides(text, "es") if s[1] == "arrests"]
    assert found and all(actors == ["police"] for *_, actors, _ in found)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("A photographer covering the march in Lima on Thursday was hit by a tear gas canister fired by police officers.", "en"),
        ("Un camarógrafo que cubría la marcha en Lima el jueves fue golpeado por efectivos de la Policía.", "es"),
    ],
)
def test_an_attack_s_actor_is_the_attacker_and_the_press_its_target(text, lang):
    attacks = [s for s in sides(text, lang) if s[0] == "violence_against_civilians"]
    assert attacks and attacks[0][2] == ["police"] and "journalists" in attacks[0][3]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Comuneros bloquearon el martes la vía de acceso a la minera Las Bambas, en Apurímac.", "es"),
        ("Residents blocked the road to the Antamina mining company on Monday in Áncash.", "en"),
    ],
)
def test_the_company_a_blockade_targets_is_its_opponent(text, lang):
    [(_, _, actors, opponents)] = sides(text, lang)
    assert "companies" not in actors and "companies" in opponents


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The government extended the state of emergency in Puno on Sunday as protesters kept demanding the president's resignation.", "en"),
        ("La policía detuvo el martes a diez dirigentes en Juliaca, donde se exige la renuncia de la presidenta.", "es"),
    ],
)
def test_a_measure_or_an_arrest_makes_no_demand(text, lang):
    out = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang)
    state = [e for e in out.events if e.type == "strategic_development"]
    assert state and all(e.demands == [] for e in state)


def test_demanding_that_the_president_quit_is_a_removal():
    text = "Thousands marched in Lima on Thursday, demanding that the president quit."
    [(event)] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang="en").events
    assert event.demands == ["removal_of_official"]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Cientos de manifestantes se enfrentaron el lunes con la policía en Juliaca en su intento de tomar el aeropuerto.", "es"),
        ("Hundreds of protesters clashed with police in Juliaca on Monday when they tried to take over the airport.", "en"),
    ],
)
def test_a_taking_only_attempted_is_no_occupation(text, lang):
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events
    assert "occupation" not in event.forms


def test_a_taking_achieved_is_an_occupation_even_beside_an_attempt():
    text = ("Manifestantes tomaron el martes el aeropuerto de Andahuaylas, después de que la policía "
            "intentara impedirlo.")
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang="es").events
    assert "occupation" in event.forms


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Una turba quemó el martes la comisaría de Ilave y un policía murió asesinado por los atacantes.", "es"),
        ("A crowd set fire to the police station in Ilave on Tuesday, and an officer was killed by the attackers.", "en"),
    ],
)
def test_a_riot_s_dead_are_not_the_state_s_killings(text, lang):
    events = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events
    riots = [e for e in events if e.type == "riot"]
    assert riots and all("killings" not in e.state_response for e in riots)


def test_civilians_dead_beside_a_police_officer_keep_the_state_s_toll():
    text = "Diecisiete civiles murieron el lunes cerca del aeropuerto de Juliaca y un policía murió tras ser atacado por manifestantes."
    types = [(e.type, e.sub_type) for e in EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang="es").events]
    assert types == [("protest", "excessive_force")]


def test_protesters_who_assault_the_press_with_a_day_between_are_its_attackers():
    text = "Un grupo de manifestantes agredió el viernes a un equipo de prensa de un canal local en Juliaca."
    assert sides(text, "es") == [("violence_against_civilians", "attack", ["protesters"], ["journalists"])]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("More than 100 students were evicted by police from a university campus in Lima on Saturday morning. "
         "The campus had housed delegations that came to the capital for the protests.", "en"),
        ("Cerca de un centenar de estudiantes fueron desalojados por la policía de una universidad de Lima el sábado. "
         "El campus había alojado a delegaciones llegadas a la capital para las protestas.", "es"),
    ],
)
def test_police_force_on_a_counted_crowd_is_reported_without_a_protest_word(text, lang):
    events = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 22), lang=lang).events
    assert [(e.sub_type, e.place.admin1) for e in events] == [("intervention", "Lima")]


def test_the_gangs_a_strike_is_against_are_its_opponents():
    text = "Bus drivers in Lima went on strike on Thursday against extortion by criminal gangs."
    [(_, _, actors, opponents)] = sides(text, "en")
    assert "criminal_groups" not in actors and "criminal_groups" in opponents


def test_protesters_keeping_roads_blocked_hold_a_roadblock():
    text = "Demonstrators in Puno have kept roads blocked since Wednesday, the roads authority said."
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang="en").events
    assert "roadblock" in event.forms


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Los empresarios de Gamarra realizaron un plantón frente al Congreso para exigir medidas contra la extorsión.", "es"),
        ("Business owners held a rally outside Congress to demand action against extortion.", "en"),
    ],
)
def test_business_owners_protesting_are_the_actors(text, lang):
    out = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang)
    assert [(e.actors, e.opponents, e.forms, e.place.admin1) for e in out.events] == [(["companies"], ["congress"], ["rally"], "Lima")]


def test_a_company_after_a_preposition_is_still_the_target():
    out = EX.extract("Titular\n\nThe road to the copper mine was blocked by residents on Thursday.\n", published=date(2023, 1, 20), lang="en")
    assert out.events and all("companies" not in e.actors for e in out.events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Minibus drivers in Lima parked their vehicles and refused to work on Monday after gangs killed three of their colleagues."),
        ("es", "Los choferes de combis de Lima guardaron sus unidades y no salieron a trabajar este lunes tras el asesinato de tres colegas."),
    ],
)
def test_drivers_keeping_their_vehicles_off_the_streets_strike(lang: str, text: str) -> None:
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events
    assert (event.sub_type, event.forms, event.place.admin1) == ("peaceful", ["strike"], "Lima")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He refused to work with the new minister, the congressman said on Monday."),
        ("es", "El ministro se negó a trabajar con la comisión, dijo el lunes."),
    ],
)
def test_refusing_to_work_with_someone_is_no_strike(lang: str, text: str) -> None:
    assert EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 500 Aymara women marched through central Lima on Tuesday, some carrying the photos of relatives killed in Juliaca."),
        ("es", "Unas 500 mujeres aimaras marcharon el martes por el centro de Lima con las fotos de sus familiares asesinados en Juliaca."),
    ],
)
def test_where_the_relatives_in_the_photos_were_killed_is_not_the_march(lang: str, text: str) -> None:
    events = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events
    assert [(e.place.admin1, e.fatalities) for e in events] == [("Lima", None)]


def test_a_march_on_congress_is_at_congress_in_lima() -> None:
    [event] = EX.extract(
        "Headline\n\nRiot police fired tear gas to break up a crowd that tried to march on Congress on Thursday evening.\n",
        published=date(2023, 1, 20), lang="en",
    ).events
    assert (event.place.name, event.place.admin1, event.sub_type) == ("Congreso de la República", "Lima", "intervention")
