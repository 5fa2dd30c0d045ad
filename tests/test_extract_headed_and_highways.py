"""Where a crowd was heading and the highway it blocked, as clues to place."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events, one_event

SUN = date(2023, 1, 22)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Police used tear gas to disperse protesters trying to reach Congress on Saturday.", "en"),
        ("Police fired tear gas at protesters marching toward Congress on Saturday.", "en"),
        ("La Policía lanzó bombas lacrimógenas contra los manifestantes que intentaban llegar al Congreso el sábado.", "es"),
        ("Los manifestantes marcharon hacia el Congreso el sábado.", "es"),
    ],
)
def test_congress_as_the_crowds_destination_places_it_in_lima(body: str, lang: str) -> None:
    e = one_event(body, lang, SUN)
    assert (e.place.name, e.place.admin1) == ("Congreso de la República", "Lima")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Police fired tear gas at demonstrators who tried to reach Congress on Abancay Avenue late Thursday.", "Avenida Abancay"),
        ("A vendor was hit near the Plaza San Martín on Thursday as police pushed back demonstrators who had marched toward Congress.", "Plaza San Martín"),
    ],
)
def test_where_the_crowd_was_heading_yields_to_where_it_was(body: str, place: str) -> None:
    assert one_event(body, "en", SUN).place.name == place


@pytest.mark.parametrize(
    ("body", "lang", "admin1"),
    [
        ("La Policía desbloqueó este viernes la Panamericana Sur a la altura del kilómetro 55, en Chilca.", "es", "Lima"),
        ("Protesters blocked the Pan-American Highway South near Chilca on Monday.", "en", "Lima"),
        # the Carretera Central runs through Junín too, where the larger Chilca is
        ("Los manifestantes bloquearon la Carretera Central en Chilca el lunes.", "es", "Junín"),
    ],
)
def test_a_highway_favours_the_town_of_a_department_it_runs_through(body: str, lang: str, admin1: str) -> None:
    e = one_event(body, lang, SUN)
    assert (e.place.name, e.place.admin1) == ("Chilca", admin1)


def test_protesters_evicted_from_a_park_they_camped_in_are_force_at_a_protest() -> None:
    e = one_event("La PNP desalojó a los manifestantes que pernoctaban en el parque Universitario la madrugada del jueves.", "es", SUN)
    assert (e.type, e.sub_type, e.state_response) == ("protest", "intervention", ["dispersal"])
    # lodged on a campus, the eviction is a raid on their lodging (a strategic development)
    e = one_event("Police evicted protesters who were being housed at the San Marcos university campus on Saturday.", "en", SUN)
    assert e.type == "strategic_development"


def test_stretches_of_a_highway_blocked_in_two_regions_are_two_roadblocks() -> None:
    found = events("Truckers blocked stretches of the Pan-American Highway in Ica and La Libertad on Wednesday.", "en", SUN)
    assert sorted((e.place.admin1, tuple(e.forms)) for e in found) == [("Ica", ("roadblock",)), ("La Libertad", ("roadblock",))]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Outside the capital, miners blocked the Panamericana Sur on Wednesday.", "en"),
        ("Fuera de la capital, los mineros bloquearon la Panamericana Sur el miércoles.", "es"),
    ],
)
def test_outside_the_capital_is_not_the_capital(body: str, lang: str) -> None:
    assert one_event(body, lang, SUN).place.admin1 != "Lima"


def test_a_march_told_beside_a_recalled_killing_stays_its_own_incident() -> None:
    found = events("In Puno, where 18 people were killed in January, thousands marched in Juliaca.", "en", date(2023, 7, 19))
    march = [e for e in found if e.forms == ["march"]]
    assert len(march) == 1 and march[0].date.start == date(2023, 7, 19) and march[0].fatalities is None


def test_a_march_blocked_by_the_police_is_stopped_not_a_roadblock() -> None:
    e = one_event("The marchers were blocked by police on Abancay Avenue on Wednesday.", "en", SUN)
    assert "roadblock" not in e.forms and e.state_response == ["kettling"]
    # protesters blocking a road stay a roadblock
    assert one_event("The road to Juliaca was blocked by protesters on Wednesday.", "en", SUN).forms == ["roadblock"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Flights to and from Cusco were also suspended on Monday after protesters gathered on the runway approach.", "en"),
        ("Los vuelos desde y hacia Cusco fueron suspendidos el lunes luego de que manifestantes se concentraran cerca del aeropuerto.", "es"),
    ],
)
def test_flights_to_and_from_a_city_stopped_there(body: str, lang: str) -> None:
    e = one_event(body, lang, SUN)
    assert (e.place.name, e.forms) == ("Cusco", ["rally"])


def test_a_past_subjunctive_after_despues_de_que_is_no_plan() -> None:
    e = one_event("La Policía lanzó bombas lacrimógenas después de que los manifestantes marcharan hacia la plaza de Armas de Puno el lunes.", "es", SUN)
    assert (e.sub_type, e.forms) == ("intervention", ["march"])
    # the unaccented future after "anunciaron que" stays a plan
    assert events("Los gremios anunciaron que marcharan el lunes en Puno.", "es", SUN) == []


@pytest.mark.parametrize(
    ("body", "lang", "form"),
    [
        ("Manifestantes toman aeropuerto de Andahuaylas el jueves.", "es", ["occupation"]),
        ("Protesters seize airport in Arequipa.", "en", ["occupation"]),
    ],
)
def test_a_headline_without_its_article_still_tells_the_takeover(body: str, lang: str, form: list[str]) -> None:
    assert one_event(body, lang, SUN).forms == form


def test_a_headline_storming_without_its_article_is_a_riot() -> None:
    e = one_event("Protesters storm airport in Peru's Andahuaylas.", "en", SUN)
    assert (e.type, e.place.name) == ("riot", "Andahuaylas")


@pytest.mark.parametrize(
    ("body", "form"),
    [
        ("Miners walked off the job at Antapaccay on Monday.", ["strike"]),
        ("Farmers picketed the regional government headquarters in Ica on Monday.", ["rally"]),
    ],
)
def test_walking_off_the_job_and_picketing_are_protest_forms(body: str, form: list[str]) -> None:
    assert one_event(body, "en", SUN).forms == form


@pytest.mark.parametrize(
    "body",
    [
        "Los mototaxistas realizaron un lavado de banderas en la plaza de Armas de Puno el lunes.",
        "Los colectiveros realizaron un apagado de motores en Trujillo el lunes.",
    ],
)
def test_peruvian_rituals_of_protest_are_rallies(body: str) -> None:
    assert one_event(body, "es", SUN).forms == ["rally"]
