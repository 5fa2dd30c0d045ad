"""Casualty tolls: whose they are (an anniversary's, another era's, a running
total's, a plan's remembered dead) and how a named victim counts."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


# A march on an anniversary names the dead of the day it remembers; that
# toll is not this march's, and the march is not lethal force.

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Memoria en Andahuaylas\n\nDeudos y vecinos caminaron este domingo por el centro de "
         "Andahuaylas, al cumplirse un año de la tarde en que murieron seis jóvenes durante "
         "las protestas.\n", "es"),
        ("Remembering in Andahuaylas\n\nHundreds of residents marched through Andahuaylas on "
         "Sunday on the first anniversary of the afternoon six young men were killed in the "
         "protests.\n", "en"),
    ],
)
def test_anniversary_march_does_not_take_the_remembered_deaths(text, lang):
    out = EX.extract(text, published=date(2023, 12, 10), lang=lang)
    assert [(e.sub_type, e.fatalities) for e in out.events] == [("peaceful", None)]


# Deaths of another era's protests, recalled with their month and year, are
# neither an event nor a running total of this article.

def test_toll_of_protests_years_ago_is_not_a_tally():
    text = ("Marcha en Lima\n\nEl martes, cientos de estudiantes marcharon por el Centro de Lima. "
            "El colectivo recordó que en marzo de 2018 tres jóvenes murieron durante las protestas "
            "contra la reforma universitaria.\n")
    out = EX.extract(text, published=date(2023, 5, 10), lang="es")
    assert out.tallies == []


# A running total told right after an incident ("desde el inicio ... han
# muerto ... y resultaron heridas") is a tally, not more victims of that incident.

def test_total_since_the_start_is_a_tally_not_the_last_incidents_count():
    text = ("Balance en Cusco\n\nEl martes, un camarógrafo fue golpeado por desconocidos en Sicuani "
            "mientras grababa una marcha. Desde el inicio de la crisis, 31 personas han muerto y "
            "más de 700 resultaron heridas, según la institución.\n")
    out = EX.extract(text, published=date(2023, 2, 9), lang="es")
    assert [(e.fatalities, e.injuries) for e in out.events] == [(None, None)]
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 31), ("injuries", 700)]


# Spanish often names the dead after the verb ("ese día murió Fulano"):
# one full name there is one death.

def test_full_name_after_murio_counts_one_death():
    text = ("Marcha en Lima\n\nEl jueves, miles de personas marcharon por el Centro de Lima y la "
            "policía disparó perdigones. Esa noche murió Ramiro Huamán Quispe, un albañil de 40 "
            "años, tras recibir un disparo.\n")
    out = EX.extract(text, published=date(2023, 2, 10), lang="es")
    assert [e.fatalities.value if e.fatalities else None for e in out.events] == [1]


# An announced strike "in memory of" the dead is still a plan: the dead it
# remembers are no toll of its own that would make the sentence news.

def test_announced_strike_in_memory_of_the_dead_is_no_event():
    text = ("Anuncio en Juli\n\nLos gremios de Chucuito anunciaron este lunes que el 20 de mayo "
            "iniciarán una huelga indefinida en memoria de los cuatro comuneros que murieron en "
            "enero.\n")
    out = EX.extract(text, published=date(2023, 5, 15), lang="es")
    assert out.events == []


# The arrest told by its noun counts the people it took; a conditional in a
# relative clause about them ("que serían...") does not make the arrest a plan.

def test_a_nominal_arrest_counts_the_people_it_took():
    text = ("Sigue el paro en el puerto de Limón. La prensa da cuenta el martes de la detención de tres "
            "hombres que llevaban neumáticos, los cuales serían usados para bloquear la vía.\n")
    out = EX.extract(text, published=date(2014, 10, 28), lang="es")
    got = [(e.sub_type, e.arrests.low if e.arrests else None, "arrests" in e.state_response) for e in out.events]
    assert ("intervention", 3, True) in got


def test_english_detention_of_people_counts_them():
    text = ("The dock strike went on in Limon on Tuesday. Police announced the detention of three men "
            "whose van carried tyres which would be burned at the roadblocks.\n")
    out = EX.extract(text, published=date(2014, 10, 28), lang="en")
    got = [(e.sub_type, e.arrests.low if e.arrests else None) for e in out.events]
    assert ("intervention", 3) in got


# A month fronting a sentence about protest elsewhere, with no place of its
# own, recalls earlier waves; it reports no incident.

def test_fronted_past_months_of_blockades_in_the_south_are_background():
    text = ("Mineros en Lima\n\nMiles de mineros marcharon este miércoles por el Centro de Lima.\n\n"
            "En mayo y en agosto, los gremios ya habían bloqueado carreteras en el sur del país.\n")
    out = EX.extract(text, published=date(2024, 11, 13), lang="es")
    assert [(e.place.admin1, e.date.start) for e in out.events] == [("Lima", date(2024, 11, 13))]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Hundreds marched in Ilave on Friday to demand justice for those killed in the protests.", "en"),
        ("Cientos marcharon el viernes en Ilave para exigir justicia por quienes murieron en las protestas.", "es"),
    ],
)
def test_a_crowd_demanding_justice_for_those_killed_is_no_toll(text, lang):
    # "those killed" are the grievance; the crowd's number is its size, never deaths.
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 3, 11), lang=lang).events
    assert event.fatalities is None and event.sub_type == "peaceful"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("La cifra de fallecidos en las protestas subió a 61 este viernes, según el último reporte oficial.", "es"),
        ("The death toll in the protests rose to 61 on Friday, according to the latest official report.", "en"),
    ],
)
def test_a_sentence_about_a_rising_total_is_no_incident_on_its_day(text, lang):
    out = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 2, 4), lang=lang)
    assert out.events == [] and [t.value for t in out.tallies] == [61]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By nightfall on January 9, seventeen people lay dead in Juliaca. Most had been shot as protesters tried to reach the airport."),
        ("es", "Al caer la noche del 9 de enero, diecisiete personas yacían muertas en Juliaca. La mayoría recibió disparos de la policía cuando los manifestantes intentaban tomar el aeropuerto."),
    ],
)
def test_a_toll_told_just_before_the_lethal_force_is_its_toll(lang: str, text: str) -> None:
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 3, 10), lang=lang).events
    assert (event.sub_type, event.place.admin1, event.date.start, event.fatalities.low) == ("excessive_force", "Puno", date(2023, 1, 9), 17)


@pytest.mark.parametrize(
    "text",
    [
        # a toll in another region is not the force's
        "Seventeen people died in Juliaca on January 9. Police shot protesters near the airport in Cusco.",
        # a crash is not the tear gas's toll: force that kills nobody takes no toll before it
        "Five people died in a bus crash near Puno on Monday. Police fired tear gas at protesters blocking the road in Juliaca.",
    ],
)
def test_a_toll_before_force_elsewhere_or_not_lethal_stays_apart(text: str) -> None:
    events = EX.extract(f"Headline\n\n{text}\n", published=date(2023, 3, 10), lang="en").events
    # the force's own event takes no toll (the Juliaca dead, counted as people, are Juliaca's own event since stop 24)
    force = [e for e in events if e.place is not None and e.place.admin1 in ("Cusco",) or "tear_gas" in e.state_response]
    assert [e.fatalities for e in force] == [None]
    assert all(e.fatalities is None or (e.place is not None and e.place.name == "Juliaca" and e.fatalities.low == 17) for e in events)


def test_police_shooting_at_protesters_is_live_fire() -> None:
    [event] = EX.extract("Headline\n\nPolice shot protesters near the airport in Cusco on Monday.\n", published=date(2023, 3, 10), lang="en").events
    assert (event.sub_type, event.state_response) == ("excessive_force", ["live_ammunition"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los enfrentamientos en Juliaca dejaron al menos doce heridos, entre ellos cuatro policías."),
        ("en", "Clashes in Juliaca left at least twelve people injured, among them four police officers."),
    ],
)
def test_officers_among_the_hurt_are_no_side_at_war(lang: str, text: str) -> None:
    # in an article naming no protest, police fighting would be armed conflict; police among the wounded are not fighting
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events
    assert (event.type, event.place.admin1, event.injuries.low) == ("riot", "Puno", 12)


def test_police_fighting_with_no_crowd_named_stays_armed_conflict() -> None:
    text = "Headline\n\nSoldiers and police clashed with armed militants in the VRAEM valley on Monday, leaving four dead.\n"
    assert EX.extract(text, published=date(2023, 1, 20), lang="en").events == []


def test_a_wires_toll_paragraph_naming_the_capital_counts_the_clash_before_it() -> None:
    text = (
        "Headline\n\n"
        "LIMA, Jan 19 (Reuters) - Thousands of protesters clashed with police in central Lima on Thursday.\n\n"
        "Police fired tear gas at demonstrators near the Plaza San Martin. A historic building near the square caught fire.\n\n"
        "The health ministry said 22 police officers and 16 civilians were injured in the capital.\n"
    )
    [event] = EX.extract(text, published=date(2023, 1, 19), lang="en").events
    assert (event.place.admin1, event.injuries.low) == ("Lima", 38)


def test_a_toll_paragraph_naming_another_region_is_not_the_clashs() -> None:
    text = (
        "Headline\n\nThousands of protesters clashed with police in central Lima on Thursday.\n\n"
        "Health officials said 12 people were injured in Cusco.\n"
    )
    events = EX.extract(text, published=date(2023, 1, 19), lang="en").events
    assert [(e.place.admin1, e.injuries) for e in events if e.place.admin1 == "Lima"] == [("Lima", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El suboficial José Luis Soncco murió quemado dentro de su patrullero en Juliaca."),
        ("en", "A police officer was burned to death inside his patrol car in Juliaca."),
        ("es", "En la noche, un grupo de manifestantes atacó a un policía en Juliaca. El suboficial José Luis Soncco murió quemado dentro de su patrullero."),
    ],
)
def test_an_officer_burned_in_his_patrol_car_is_mob_violence_not_state_force(lang: str, text: str) -> None:
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 10), lang=lang).events
    assert (event.type, event.sub_type, event.fatalities.low, event.state_response) == ("riot", "mob_violence", 1, [])
