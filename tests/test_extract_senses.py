"""Incident words used in another sense (the month March, a footballer, a
market rally), deaths with no incident word in the whole article, and the
present-tense Spanish and "blocked a/an" English vocabulary."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.document import AnalysedDocument
from kipu.extract.lexicon import Lexicon


def triggers(text: str, lang: str = "en") -> list[str]:
    doc = AnalysedDocument.build(text, lang, None, Lexicon.for_lang(lang))
    return [m.label for v in doc.sentences for m in v.matches if m.category in ("form", "riot", "attack", "strategic")]


def test_capitalised_month_is_not_a_march():
    assert "march" not in triggers("Prices rose in March, the ministry said.")
    assert "march" not in triggers("The talks ended on March 30 without a deal.")


def test_lowercase_march_still_counts():
    assert "march" in triggers("Thousands joined the march to the square.")


def test_month_without_date_is_still_the_month():
    assert "march" not in triggers("The bank will review its policy at its March meeting.")
    assert "march" not in triggers("He died in Durban last March.")


def test_named_march_is_a_march():
    assert "march" in triggers("Activists joined the Global March for Climate in the capital.")
    assert "march" in triggers("A group carried out the LGBT Pride March towards the main square.")


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored twice in the derby clash on Saturday.",
        "European shares rallied after a strong rally on Wall Street.",
        "Police seized drugs and weapons in the raid.",
        "He took over as coach in November.",
        "The team demonstrated its strength in the final.",
    ],
)
def test_other_senses_report_no_incident(extractor, text):
    assert extractor.extract(text, published=date(2016, 5, 2), lang="en").events == []


def test_real_incident_words_survive():
    found = triggers("Workers went on strike and protesters clashed with police.")
    assert "strike" in found and {"clash", "violent_demonstration"} & set(found)


def test_deaths_without_any_incident_word_are_no_event(extractor):
    text = "Two people were killed when a bus overturned on the highway on Sunday."
    assert extractor.extract(text, published=date(2016, 5, 2), lang="en").events == []


def test_deaths_in_a_protest_article_still_count(extractor):
    text = "Miners marched to the town hall in Juliaca on Monday.\nTwo protesters were killed, police said."
    events = extractor.extract(text, published=date(2023, 1, 10), lang="en").events
    assert events and any(e.fatalities is not None for e in events)


@pytest.mark.parametrize(
    "text, lang, form",
    [
        ("Un grupo de vecinos bloquea la ruta 32 en Limón.", "es", "roadblock"),
        ("Vecinos de Cartago cierran la vía como medida de protesta.", "es", "roadblock"),
        ("Un grupo de trabajadores protesta frente a la sede del banco.", "es", "protest"),
        ("Padres de familia cierran el acceso a la escuela.", "es", "roadblock"),
        ("Las familias cierran la escuela de Guápiles e impiden el ingreso de la supervisora.", "es", "roadblock"),
        ("Los taxistas se mantienen concentrados frente al ministerio.", "es", "protest"),
        ("Farmers blocked National Route 7 at dawn.", "en", "roadblock"),
        ("Taxi owners carried out a motorcade past the town hall.", "en", "caravan"),
        ("Residents blocked an avenue with burning tyres.", "en", "roadblock"),
        ("Teachers staged a protest outside the ministry.", "en", "protest"),
    ],
)
def test_new_vocabulary(text, lang, form):
    assert form in triggers(text, lang)


def test_announced_action_now_happening_is_an_event(extractor):
    text = "Tal como se anunció, los choferes de autobús de Heredia inician hoy un paro."
    events = extractor.extract(text, published=date(2015, 3, 3), lang="es").events
    assert len(events) == 1 and "strike" in events[0].forms


def test_announced_plan_is_still_no_event(extractor):
    text = "Los docentes anuncian un paro de labores para el lunes."
    assert extractor.extract(text, published=date(2015, 3, 3), lang="es").events == []


def test_eviction_order_is_not_dispersal():
    doc = AnalysedDocument.build(
        "Vecinos protestan contra la orden de desalojo de sus viviendas.", "es", None, Lexicon.for_lang("es")
    )
    assert "dispersal" not in [m.label for v in doc.sentences for m in v.matches if m.category == "state_response"]


def test_present_tense_state_response():
    doc = AnalysedDocument.build(
        "La policía detiene a tres manifestantes y dispersan el bloqueo.", "es", None, Lexicon.for_lang("es")
    )
    labels = {m.label for v in doc.sentences for m in v.matches if m.category == "state_response"}
    assert {"arrests", "dispersal"} <= labels


def test_crowd_beating_a_suspect_is_mob_violence():
    assert "mob_violence" in triggers("A man accused of theft was beaten up by residents in the market.")


# --- Senses met in third-party news (GloCon, IIS-UCR); sentences written for the tests ---


def responses(text: str, lang: str) -> set[str]:
    doc = AnalysedDocument.build(text, lang, None, Lexicon.for_lang(lang))
    return {m.label for v in doc.sentences for m in v.matches if m.category == "state_response"}


@pytest.mark.parametrize(
    "text",
    [
        "Nadal won the longest rally of the match in Melbourne on Sunday.",
        "A driver was stopped with stolen cables during a road block on the N1 on Friday, police said.",
        "Counterfeit shoes worth R3 million were seized in Durban on Tuesday.",
        "The pastor spoke about tolerance at a church gathering in Bethlehem on Sunday.",
        "Each bicycle is tested in the factory once it is assembled.",
        "Investors recalled the US-led invasion of Iraq when markets opened on Monday.",
        "A woman was killed and three were injured when a car hit a wall in Soweto on Saturday, paramedics said.",
        "A fire broke out at night and a family home burnt down in Mdantsane; two children died.",
        "In Chicago trading, March wheat gained 3 cents on Tuesday.",
    ],
)
def test_other_senses_in_world_news_report_no_protest(extractor, text):
    events = extractor.extract(text, published=date(2016, 5, 2), lang="en").events
    assert [e for e in events if e.type in ("protest", "riot")] == []


def test_active_seizure_is_still_an_occupation():
    assert "occupation" in triggers("Workers seized the plant in Durban to demand unpaid wages.")
    assert "occupation" not in triggers("The plant was seized by the bank in July.")


def test_killed_by_named_residents_is_mob_violence():
    assert "mob_violence" in triggers("Villagers caught a cattle rustler, and he was beaten and killed by a group of neighbours.")


def test_burning_a_house_is_still_a_riot():
    assert "violent_demonstration" in triggers("Residents burned down the house of the mayor on Friday.")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Los estudiantes protestan frente a la escuela por los malos tratos del director.", "torture"),
        ("Los campesinos temen un posible desalojo de la finca en las próximas semanas.", "dispersal"),
        ("El municipio entregó un aviso de desalojo a los comerciantes del mercado.", "dispersal"),
        ("Los trabajadores refuerzan el bloqueo tras recibir alertas de intervención de la policía.", "dispersal"),
        ("Según la policía, no tuvieron que emplear la fuerza para levantar el bloqueo de la ruta 27.", "dispersal"),
        ("El alcalde amenazó con dispersar a los comerciantes si no retiran sus puestos de la plaza.", "dispersal"),
        ("Los agentes amenazaron con detener a los dirigentes del sindicato que encabezan el plantón.", "arrests"),
        # an eviction that made the crowd who it is, not force at this protest
        ("Los comuneros desalojados de la hacienda decidieron tomar el puente esta mañana.", "dispersal"),
        ("Unas cien familias desalojadas de sus viviendas marchan hacia la municipalidad.", "dispersal"),
    ],
)
def test_force_feared_or_not_used_is_no_state_response(text, absent):
    assert absent not in responses(text, "es")


def test_an_eviction_that_names_the_crowd_is_no_state_response_in_english():
    assert "dispersal" not in responses("Farmers evicted from their land last year blocked the road to the mine on Monday.", "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Police cleared protesters who were blocking the bridge on Tuesday.", "en"),
        ("La policía desalojó a los manifestantes del puente el martes.", "es"),
    ],
)
def test_police_clearing_the_protesters_is_dispersal(text, lang):
    assert "dispersal" in responses(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Los vendedores que protestaban en el parque fueron desplazados del lugar por agentes municipales.",
        "Los dirigentes se reúnen con el ministro después de la intervención de la UIP en el puerto.",
        "Cuando los estudiantes se niegan a salir del rectorado, intervienen los oficiales de la universidad.",
        "Un grupo de pescadores cierra el muelle y la policía interviene para levantarlo.",
    ],
)
def test_police_moving_in_is_dispersal(text):
    assert "dispersal" in responses(text, "es")


def test_deaths_a_march_remembers_are_not_force(extractor):
    text = "Decenas de motociclistas recorren Heredia en homenaje a dos repartidores fallecidos en un choque la semana pasada."
    events = extractor.extract(text, published=date(2016, 5, 2), lang="es").events
    assert len(events) == 1 and events[0].sub_type == "peaceful" and "killings" not in events[0].state_response


def test_deaths_denounced_with_police_named_stay_lethal(extractor):
    text = "Los mineros marchan en Juliaca el lunes. Denuncian que la policía disparó y dos manifestantes murieron."
    events = extractor.extract(text, published=date(2023, 1, 10), lang="es").events
    assert any(e.sub_type == "excessive_force" for e in events)


def test_pension_scheme_name_is_no_death(extractor):
    text = "Los sindicatos marchan en San José contra la reforma al Régimen de Invalidez, Vejez y Muerte."
    events = extractor.extract(text, published=date(2016, 5, 2), lang="es").events
    assert events and events[0].sub_type == "peaceful" and events[0].fatalities is None


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Miles marcharon ayer en Cusco y al caer la tarde los manifestantes se dispersaron pacíficamente.", "es", "peaceful"),
        ("Thousands marched in Cusco on Monday and the marchers dispersed peacefully in the evening.", "en", "peaceful"),
        ("On Monday in Cusco, protesters dispersed by police regrouped in the square.", "en", "intervention"),
    ],
)
def test_a_crowd_that_disperses_itself_was_not_dispersed(extractor, text, lang, expected):
    (ev,) = extractor.extract(text, published=date(2022, 6, 23), lang=lang).events
    assert ev.sub_type == expected


def test_marchers_who_stop_somewhere_were_not_detained(extractor):
    text = "Cientos marcharon ayer en Juliaca y se detuvieron frente a la catedral para una misa."
    impersonal = "El lunes, en Juliaca, los manifestantes bloquean la vía y se detiene a tres personas."
    assert extractor.extract(impersonal, published=date(2024, 1, 10), lang="es").events[0].sub_type == "intervention"
    (ev,) = extractor.extract(text, published=date(2024, 1, 10), lang="es").events
    assert ev.sub_type == "peaceful" and ev.arrests is None


@pytest.mark.parametrize(
    "text",
    [
        # Praise said in a post or a speech is not a vigil.
        "The rugby union paid tribute to its former captain on its website on Friday.",
        # An audience thanking a visitor is not a rally.
        "The gathered crowd thanked the governor for visiting the clinic on Tuesday.",
        # A bill stopped by lawmakers is not a roadblock.
        "His plans for tougher gun laws were blocked in Congress last year.",
        # An army's invasion is not an occupation.
        "Seven years after the invasion, most firms still lack credit.",
        # Undecided, or only a purpose: no strike or boycott happened.
        "The party is divided about whether to boycott the senate election.",
        "Union leaders urged dock workers to stage a strike on Monday.",
    ],
)
def test_other_senses_and_undecided_acts_are_not_events(extractor, text):
    assert extractor.extract(text, published=date(2016, 3, 4), lang="en").events == []


def test_injuries_in_a_road_accident_are_not_an_attack(extractor):
    text = "A photographer and two passengers were injured when their car crashed into a wall in the city on Sunday."
    assert extractor.extract(text, published=date(2016, 3, 7), lang="en").events == []


def test_the_storming_of_an_embassy_by_demonstrators_is_a_protest(extractor):
    text = "The ministry summoned the envoy over the storming of its embassy in the capital by demonstrators on Saturday."
    events = extractor.extract(text, published=date(2016, 1, 4), lang="en").events
    assert [e.type for e in events] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        # A purpose, an order or a request: nothing was done yet.
        "Al puente llegan dos patrullas de la policía para levantar el bloqueo.",
        "La empresa pidió a las autoridades el uso de la policía para levantar el bloqueo del portón.",
        "Las familias se reúnen frente al juzgado tras la decisión del tribunal de desalojar el terreno que ocupan.",
        # Riot police named as present is not force used.
        "Unos cuarenta agentes antimotines permanecen en la plaza durante el mitin de los maestros.",
    ],
)
def test_force_only_intended_or_police_only_present_is_no_dispersal(text):
    assert "dispersal" not in responses(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Al caer la tarde la policía antimotines interviene la protesta de los recolectores.",
        "El plantón frente a la alcaldía es dispersado por agentes municipales.",
        "Después de tres horas se dan intervenciones policiales en los cruces tomados por los taxistas.",
        "La Fuerza Pública intervino para despejar la carretera tomada por los pescadores.",
        "Los policías intentaron desalojar a los comerciantes que ocupaban la calle.",
    ],
)
def test_police_stepping_in_is_dispersal(text):
    assert "dispersal" in responses(text, "es")


def test_riot_police_are_police(extractor):
    text = "Los antimotines lanzan gases lacrimógenos contra la marcha de los docentes en San José."
    events = extractor.extract(text, published=date(2016, 5, 2), lang="es").events
    assert len(events) == 1 and "police" in events[0].opponents and "tear_gas" in events[0].state_response


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Many want Castillo, who is in pretrial detention on rebellion charges, released.", "en"),
        ("Muchos piden liberar a Castillo, que cumple prisión preventiva por rebelión.", "es"),
    ],
)
def test_standing_custody_told_in_passing_is_no_arrest(text, lang):
    assert "arrests" not in triggers(text, lang)


def test_an_arrest_reported_is_still_one():
    assert "arrests" in triggers("A judge ordered pretrial detention for the two leaders on Friday.")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Al menos 15 comerciantes han recibido amenazas de muerte en lo que va del año.", "es"),
        ("At least 15 traders have received death threats this year.", "en"),
    ],
)
def test_a_death_threat_counts_no_death(text, lang):
    doc = AnalysedDocument.build(text, lang, None, Lexicon.for_lang(lang))
    assert not [m for v in doc.sentences for m in v.matches if m.category == "measure" and m.label == "fatalities"]


def test_a_crowd_beating_a_journalist_in_the_active_voice_is_an_attack(extractor):
    text = ("Bloqueo en Chala\n\nMineros informales bloquean la Panamericana Sur en Chala desde el lunes. El lunes, "
            "un grupo de manifestantes agredió a un camarógrafo de un canal local que grababa la protesta.\n")
    events = extractor.extract(text, published=date(2024, 11, 6), lang="es").events
    assert ("violence_against_civilians", "attack", date(2024, 11, 4)) in [(e.type, e.sub_type, e.date.start) for e in events]


def test_a_headline_restating_an_attack_is_the_same_attack(extractor):
    text = ("Journalists attacked while covering protests in Lima\n\nAt least five journalists were attacked by police "
            "while covering a march in downtown Lima on Thursday night, the press association said.\n")
    events = extractor.extract(text, published=date(2023, 1, 20), lang="en").events
    # (the march they covered is an event of its own, as gold codes a photographer beaten at a march beside it)
    assert [(e.type, e.date.start) for e in events] == [("violence_against_civilians", date(2023, 1, 19)), ("protest", date(2023, 1, 19))]


def test_leaders_meeting_officials_is_no_rally():
    assert "rally" not in triggers("Dirigentes del valle se reunieron con representantes del ministerio sin llegar a un acuerdo.", "es")
    assert "rally" in triggers("Cientos de agricultores se reunieron en la plaza de Cocachacra.", "es")


def test_police_removing_occupiers_is_dispersal():
    doc = AnalysedDocument.build("A group occupied the offices for hours before police removed them.", "en", None, Lexicon.for_lang("en"))
    assert "dispersal" in [m.label for v in doc.sentences for m in v.matches if m.category == "state_response"]


def test_regions_that_concentrated_the_most_cases_held_no_rally():
    assert "rally" not in triggers("Puno, Lima y Cusco concentraron el mayor número de casos.", "es")
    assert "rally" in triggers("Los manifestantes se concentraron el lunes en la plaza de Armas.", "es")


def test_workers_who_plan_a_strike_in_a_headline_hold_none(extractor):
    text = "Extortion complaints soar in Lima as transport workers plan new strike\n\nPolice logged 17,000 complaints.\n"
    assert extractor.extract(text, published=date(2024, 10, 17), lang="en").events == []


def test_a_partial_closure_of_a_route_and_roads_also_blocked_are_roadblocks():
    assert "roadblock" in triggers("Padres de familia realizan un cierre parcial en la ruta 32 en Matina.", "es")
    assert "roadblock" in triggers("Roads to the airport were also blocked.", "en")


def test_students_halting_classes_strike_and_campers_sit_in():
    assert "strike" in triggers("Los estudiantes del colegio paralizan las clases desde el lunes.", "es")
    assert "sit_in" in triggers("Tres madres siguen acampando frente a la casa de gobierno.", "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Riot police fired tear gas at the teachers marching in Puno on Monday.", "en"),
        ("Wearing riot gear, officers chased the protesters out of the square in Puno on Monday.", "en"),
    ],
)
def test_riot_police_and_gear_tell_no_riot(extractor, text, lang):
    (ev,) = extractor.extract(text, published=date(2022, 6, 23), lang=lang).events
    assert (ev.type, ev.sub_type) == ("protest", "intervention")


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Los antimotines cierran el acceso al ministerio, impidiendo el paso a los manifestantes.", "es", "kettling"),
        ("Riot police sealed the gate and prevented the protesters from entering the ministry.", "en", "kettling"),
        ("Los agentes persiguen a los manifestantes por las calles del centro.", "es", "dispersal"),
        ("Riot police chased the demonstrators through the streets of the centre.", "en", "dispersal"),
    ],
)
def test_police_barring_or_chasing_the_crowd_is_force(text, lang, label):
    assert label in responses(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Los cafetaleros marchan el lunes en San José, en medio de los enfrentamientos entre el gobierno y el sector por los precios.", "es"),
        ("Coffee growers marched in San Jose on Monday amid the clashes between the government and the sector over prices.", "en"),
    ],
)
def test_a_political_dispute_with_the_government_is_no_fight(extractor, text, lang):
    (ev,) = extractor.extract(text, published=date(2015, 6, 23), lang=lang).events
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")


@pytest.mark.parametrize(
    "text",
    [
        "El ministro anunció que el gabinete debe tomar la decisión antes del viernes.",
        "La congresista fue designada para tomar el mando de la comisión.",
        "El alcalde electo juró para ocupar la alcaldía durante cuatro años.",
        "El equipo busca ocupar el primer lugar de la tabla.",
    ],
)
def test_taking_a_decision_or_an_office_is_no_occupation(text):
    assert "occupation" not in triggers(text, "es")


def test_taking_a_place_is_still_an_occupation():
    assert "occupation" in triggers("Los estudiantes decidieron tomar el local de la universidad.", "es")


@pytest.mark.parametrize(
    "text, lang, absent",
    [
        ("El exalcalde murió de un paro cardíaco en su casa.", "es", "strike"),
        ("Huelga decir que la economía de la región depende del turismo.", "es", "strike"),
        ("La fiscalía ordenó el bloqueo de las cuentas bancarias del exministro.", "es", "roadblock"),
        ("Un huaico bloqueó la carretera durante la madrugada.", "es", "roadblock"),
        ("El estudio halló una alta concentración de mercurio en el río.", "es", "rally"),
        ("Los precios de los alimentos marchan al alza desde enero.", "es", "march"),
        ("El pleno aprobó la norma que sanciona el bloqueo de carreteras con cárcel.", "es", "roadblock"),
        ("A landslide blocked the highway before dawn.", "en", "roadblock"),
        ("Prices marched higher through the spring.", "en", "march"),
        ("The minister walked out of the meeting after an hour.", "en", "strike"),
    ],
)
def test_health_money_nature_and_figures_are_no_protest(text, lang, absent):
    assert absent not in triggers(text, lang)


def test_a_cardiac_arrest_is_no_arrest():
    assert "arrests" not in responses("The former mayor died of cardiac arrest at home.", "en")


def test_a_group_that_burnt_tyres_in_the_singular_is_a_roadblock():
    assert "roadblock" in triggers("Un grupo de manifestantes quemó llantas frente a la municipalidad.", "es")


def test_protesters_repelled_by_police_were_dispersed():
    assert "dispersal" in responses("Los manifestantes intentaron ingresar, pero fueron repelidos por la policía.", "es")


@pytest.mark.parametrize(
    "text, lang",
    [("Police turned water cannon on the crowd outside Congress.", "en"), ("La policía usó el rochabus contra los manifestantes.", "es")],
)
def test_water_cannon_is_dispersal_not_a_water_demand(text, lang):
    doc = AnalysedDocument.build(text, lang, None, Lexicon.for_lang(lang))
    labels = {(m.category, m.label) for v in doc.sentences for m in v.matches}
    assert ("state_response", "dispersal") in labels and ("demand", "land_environment") not in labels


@pytest.mark.parametrize(
    "text, lang",
    [("Protesters converged on the capital, clashing with police.", "en"), ("Los manifestantes se enfrentan a la policía en el centro.", "es")],
)
def test_clashing_in_the_present_is_a_clash(text, lang):
    assert "clash" in triggers(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The government suspended the right of assembly in the capital for 30 days.", "en"),
        ("El Gobierno suspendió el derecho de reunión en la capital por 30 días.", "es"),
    ],
)
def test_suspending_the_right_of_assembly_is_a_state_measure(text, lang):
    assert "state_measure" in triggers(text, lang)


def test_police_removing_a_group_is_dispersal():
    assert "dispersal" in responses("En la avenida, la policía retiró a un grupo de mototaxistas que intentaba bloquear el paso.", "es")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un grupo de manifestantes secuestró a un policía y lo quemó vivo.", "es"),
        ("The officer was dragged from his car and burned alive by the crowd.", "en"),
    ],
)
def test_an_officer_burnt_alive_by_a_crowd_is_mob_violence(text, lang):
    assert "mob_violence" in triggers(text, lang)


def test_storming_congress_unnamed_by_an_article_is_a_riot():
    assert "violent_demonstration" in triggers("Supporters of the former president stormed Congress and the Supreme Court on Sunday.")


def test_banging_pots_and_pans_is_a_rally():
    assert "rally" in triggers("Residents banged pots and pans from their balconies on Friday night.")


def test_a_group_attacking_the_police_is_a_riot():
    assert "violent_demonstration" in triggers("Un grupo de encapuchados atacó a los policías con piedras al final de la marcha.", "es")


def test_a_city_in_mourning_holds_no_vigil():
    assert "vigil" not in triggers("A month later, the city is still in mourning.")
    assert "vigil" in triggers("Relatives led a mourning march through the city.")
