"""Places the state's forces take, raid or close (kipu.extract.stateplace), and
days told in passing that must not date an incident (kipu.extract.context,
kipu.extract.dates). Sentences are our own, in the style of Peruvian news."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

PUB = date(2024, 3, 12)  # a Tuesday


def events(text: str, lang: str = "es", published: date = PUB) -> list[dict]:
    return Extractor().extract(text, published=published, lang=lang).to_dict(text)["events"]


def demos(text: str, lang: str = "es") -> list[dict]:
    return [e for e in events(text, lang) if e["type"] in ("protest", "riot")]


# --- takeovers --------------------------------------------------------------------


def test_police_taking_over_a_struck_workplace_is_an_intervention_not_an_occupation() -> None:
    text = (
        "Sigue la huelga de los trabajadores judiciales en Lima. Agentes de la Policía tomaron el control del "
        "depósito forense de la capital y exigieron al personal volver a atender, incluida la entrega de cadáveres a los deudos."
    )
    found = demos(text)
    assert [(e["type"], e["sub_type"]) for e in found] == [("protest", "intervention")]
    assert "occupation" not in found[0]["forms"]
    assert found[0]["fatalities"] is None  # bodies the morgue hands over are no deaths at the strike


def test_dock_workers_taking_control_of_a_plant_is_still_their_occupation() -> None:
    found = demos("Los trabajadores pesqueros tomaron el control de la planta de Chimbote en protesta por los despidos.")
    assert [(e["sub_type"], "occupation" in e["forms"]) for e in found] == [("peaceful", True)]


def test_troops_given_internal_order_take_no_place() -> None:
    text = "Los comerciantes acatan un paro en Puno. Las Fuerzas Armadas asumieron el control del orden interno en la región."
    found = demos(text)
    assert [e["sub_type"] for e in found] == ["peaceful"]


def test_troops_taking_control_of_a_city_are_no_crowd_control() -> None:
    text = "Troops took control of the capital on Tuesday after the president was ousted. Hundreds of supporters marched in Lima."
    assert [e["sub_type"] for e in demos(text, "en")] == ["peaceful"]


def test_police_took_control_of_the_port_in_english() -> None:
    text = "Dockworkers in Callao stayed on strike on Tuesday. Police took control of the port to force them back to work."
    found = demos(text, "en")
    assert [e["sub_type"] for e in found] == ["intervention"]
    assert "occupation" not in found[0]["forms"]


# --- raids ------------------------------------------------------------------------


def test_a_raid_by_police_and_prosecutors_is_no_riot() -> None:
    text = (
        "Los comuneros realizan esta noche una vigilia en Huaral en defensa de su junta de regantes. "
        "El motivo es el allanamiento que fiscales y agentes de la Policía hicieron el martes 5 de marzo, "
        "cuando irrumpieron en las oficinas de la junta."
    )
    found = events(text)
    assert [(e["type"], e["sub_type"]) for e in found if e["type"] in ("protest", "riot")] == [("protest", "peaceful")]
    assert ("strategic_development", "arrests") in [(e["type"], e["sub_type"]) for e in found]


def test_protesters_who_storm_after_facing_police_still_storm() -> None:
    found = demos("En Juliaca, los manifestantes se enfrentaron a la policía e irrumpieron en la sede de la municipalidad.")
    assert [e["type"] for e in found] == ["riot"]


def test_retired_police_blocking_a_road_protest_like_anyone() -> None:
    found = demos("Policías en retiro bloquean la avenida Abancay, en Lima, para exigir el pago de sus pensiones.")
    assert [(e["sub_type"], e["forms"]) for e in found] == [("peaceful", ["roadblock"])]


# --- police closing the way -------------------------------------------------------


def test_riot_police_blocking_the_entrance_to_marchers_is_an_intervention() -> None:
    text = (
        "Cientos de docentes marchan en Lima hacia el Ministerio de Educación. La policía antimotín llega y "
        "bloquea la entrada al edificio, impidiendo el paso a los manifestantes."
    )
    found = demos(text)
    assert [(e["sub_type"], e["forms"], e["state_response"]) for e in found] == [("intervention", ["march"], ["kettling"])]


def test_police_fencing_off_a_square_against_marchers_is_a_cordon_not_a_roadblock() -> None:
    text = (
        "Miles de jóvenes marcharon el jueves por el centro de Lima. La Policía bloqueó con rejas los accesos "
        "a la plaza San Martín e impidió el paso de los manifestantes."
    )
    found = demos(text)
    assert [(e["sub_type"], e["forms"], e["state_response"]) for e in found] == [("intervention", ["march"], ["kettling"])]


def test_police_closing_a_street_as_a_march_ends_is_no_cordon() -> None:
    text = (
        "Cientos de maestros marcharon el miércoles hacia el Congreso, en Lima. Los agentes cerraron el paso en el "
        "jirón Lampa y la marcha terminó al anochecer sin incidentes."
    )
    assert [e["sub_type"] for e in demos(text)] == ["peaceful"]


def test_blockaders_stopping_trucks_are_still_a_roadblock() -> None:
    found = demos("Los ronderos bloquean la vía Interoceánica en Puno e impiden el paso de los camiones.")
    assert [(e["sub_type"], e["forms"]) for e in found] == [("peaceful", ["roadblock"])]


def test_police_cordon_keeping_marchers_from_congress_is_an_intervention() -> None:
    text = "Thousands of students marched in Lima on Tuesday. Police cordoned off the square and kept marchers from reaching Congress."
    found = demos(text, "en")
    assert [e["sub_type"] for e in found] == ["intervention"]


# --- days told in passing ---------------------------------------------------------


def test_a_meeting_day_in_reported_speech_does_not_date_the_blockade() -> None:
    text = (
        "El ministro de Transportes indicó que se había reunido la semana pasada con los dirigentes. "
        "Los transportistas bloquean la Panamericana Norte a la altura de Huacho."
    )
    found = demos(text)
    assert [(e["date"]["start"], e["date"]["end"]) for e in found] == [("2024-03-12", "2024-03-12")]


def test_a_day_reported_with_the_incident_still_dates_it() -> None:
    found = demos("La dirigente señaló que el lunes los agricultores bloquearon la carretera en Barranca.")
    assert [e["date"]["start"] for e in found] == ["2024-03-11"]


def test_force_of_the_previous_day_told_in_passing_leaves_the_strike_still_on_peaceful() -> None:
    text = (
        "Los estibadores del Callao siguen en huelga. El gerente del puerto declaró que, luego de la intervención "
        "policial del día anterior, los muelles funcionan con normalidad."
    )
    found = demos(text)
    # The day before the report is the intervention's, told in passing (grievance.strip_force_of_another_day): the
    # strike still on is the report day's and peaceful; no incident is told on the day before, so nothing new is made.
    assert [(e["sub_type"], e["date"]["start"], e["date"]["end"]) for e in found] == [("peaceful", "2024-03-12", "2024-03-12")]


# --- slogans and held protests ----------------------------------------------------


def test_a_chanted_slogan_names_no_killing() -> None:
    found = demos('Hundreds marched in Lima on Monday chanting "they killed our brothers" and "no more dead".', "en")
    assert [(e["sub_type"], e["state_response"]) for e in found] == [("peaceful", [])]


def test_a_slogan_posted_online_is_no_death_at_the_protest() -> None:
    text = (
        "Los estudiantes marcharon el lunes en Arequipa y luego difundieron mensajes como "
        '"el único policía bueno es el policía muerto".'
    )
    found = demos(text)
    assert [(e["sub_type"], e["state_response"], e["fatalities"]) for e in found] == [("peaceful", [], None)]


def test_holding_a_demonstration_is_a_protest_not_only_a_claim() -> None:
    found = demos("Un colectivo animalista realizó una manifestación en Lima para exigir el fin de las corridas de toros.")
    assert [(e["type"], e["place"]["name"]) for e in found] == [("protest", "Lima")]
