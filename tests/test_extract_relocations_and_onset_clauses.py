"""Gaps left from stop 25's Ecuador 2019 and Peru articles: where a government
moved to is not where a crowd acted ("moved his government to Guayaquil after
protesters clashed in Quito"); the when-clause told of a movement's first day
("since the protests began on Oct. 3, when unions went on strike") dates the
action it tells; and the arrests counted in a total since that day were not
made at that action, so they do not type it as an intervention."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


# GUIDELINES §2 place: the most precise place of the incident, not of an office that moved.

def test_the_city_a_government_moved_to_is_no_place_of_the_clash():
    text = (
        "Ecuador's president Lenin Moreno moved his government to Guayaquil on Monday after thousands "
        "of protesters marched on the capital, Quito, and clashed with police."
    )
    out = _run(text, date(2019, 10, 8))
    assert [(e.place.name, e.place.admin1) for e in out.events] == [("Quito", "Pichincha")]
    assert out.events[0].type == "riot"


def test_la_ciudad_adonde_se_traslado_el_gobierno_no_es_la_del_enfrentamiento():
    text = (
        "El presidente Lenín Moreno trasladó la sede del Gobierno a Guayaquil el lunes, después de que "
        "miles de manifestantes se enfrentaron con la policía en Quito."
    )
    out = _run(text, date(2019, 10, 8), "es")
    assert [(e.place.name, e.place.admin1) for e in out.events] == [("Quito", "Pichincha")]


# GUIDELINES §2 date and §3 tallies: the when-clause's action is of its day; the total's arrests are the total's.

def test_the_when_clause_of_the_onset_day_dates_the_strike_it_tells():
    text = (
        "QUITO, Oct 12 (Reuters) - Police have arrested 570 people since the protests began on Oct. 3, "
        "when transport unions went on strike."
    )
    out = _run(text, date(2019, 10, 12))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.date.start, e.date.end) == (date(2019, 10, 3), date(2019, 10, 3))
    assert "strike" in e.forms


def test_arrests_of_a_total_since_a_day_do_not_type_the_strike():
    text = (
        "QUITO, Oct 12 (Reuters) - Police have arrested 570 people since the protests began on Oct. 3, "
        "when transport unions went on strike."
    )
    out = _run(text, date(2019, 10, 12))
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "peaceful")
    assert "arrests" not in e.state_response and e.arrests is None
    assert [(t.measure, t.value) for t in out.tallies] == [("arrests", 570)]


def test_la_clausula_de_cuando_del_dia_de_inicio_fecha_el_paro():
    text = (
        "QUITO, 12 oct (Reuters) - La policía ha detenido a 570 personas desde que comenzaron las protestas "
        "el 3 de octubre, cuando los transportistas iniciaron un paro."
    )
    out = _run(text, date(2019, 10, 12), "es")
    assert len(out.events) == 1
    e = out.events[0]
    assert e.date.start == date(2019, 10, 3)
    assert (e.type, e.sub_type) == ("protest", "peaceful")
    assert [(t.measure, t.value) for t in out.tallies] == [("arrests", 570)]


def test_arrests_told_after_a_roadblock_stay_its_own():
    # guard: a count read as a total with no day it runs from is still the incident's
    text = (
        "Un grupo de migrantes bloquea una vía en la frontera de Peñas Blancas, en los que se reportan "
        "2 policías heridos y 7 migrantes detenidos."
    )
    out = _run(text, date(2016, 6, 3), "es")
    assert out.events and out.events[0].sub_type == "intervention"
    assert "arrests" in out.events[0].state_response


# GUIDELINES §2 date: a "since" day in an aside about the subject tells its stay, not the action's day.

def test_a_since_day_in_an_aside_after_the_subject_does_not_date_the_shooting():
    text = (
        "On Thursday, hundreds marched to the airport in Ayacucho.\n\n"
        "Soldiers, stationed there since Wednesday, fired tear gas and then live rounds at the crowd."
    )
    out = _run(text, date(2022, 12, 20))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "excessive_force")
    assert (e.date.start, e.date.end) == (date(2022, 12, 15), date(2022, 12, 15))


def test_desde_la_vispera_en_un_inciso_no_fecha_los_disparos():
    text = (
        "El jueves 15 de diciembre, cientos marcharon hacia el aeropuerto de Ayacucho.\n\n"
        "Pasado el mediodía, un grupo ingresó a la pista. Efectivos del Ejército, desplegados allí desde "
        "la víspera, respondieron con gases lacrimógenos y luego con fuego de fusil."
    )
    out = _run(text, date(2022, 12, 20), "es")
    assert [(e.sub_type, e.date.start) for e in out.events] == [("excessive_force", date(2022, 12, 15))]


def test_a_since_day_opening_the_sentence_still_dates_it():
    # guard: no aside (the "since" day fronts the sentence), so the run told keeps its start
    text = "Since Monday, farmers have blocked the Panamericana Sur highway near Ica."
    out = _run(text, date(2022, 12, 15))
    assert out.events and out.events[0].date.start == date(2022, 12, 12)


def test_an_onset_participle_aside_keeps_the_runs_start():
    # guard (a merged regression): "iniciado el 4 de enero" tells when the strike before the aside began
    text = "Desde el paro regional, iniciado el 4 de enero, Puno mantiene bloqueos en la mayoría de sus vías."
    out = _run(text, date(2023, 1, 9), "es")
    assert out.events and out.events[0].date.start == date(2023, 1, 4)


# GUIDELINES §2 place: where an action's effects were felt is not where it was.

def test_towns_where_blockades_caused_shortages_are_no_blockade_places():
    text = (
        "Morales's followers have blocked highways in Cochabamba since Oct. 14. The blockades, mostly in "
        "Cochabamba, have caused shortages of fuel and food in La Paz and Santa Cruz, the government says."
    )
    out = _run(text, date(2024, 11, 2))
    assert {e.place.admin1 for e in out.events} == {"Cochabamba"}


# GUIDELINES §2 type: a crowd holding soldiers or officers is a riot.

def test_a_crowd_holding_soldiers_hostage_is_a_riot():
    text = (
        "COCHABAMBA, Bolivia, Nov 2, 2024 — Supporters of former President Evo Morales took control of three "
        "military units in the Chapare region on Friday and held more than 200 soldiers hostage, the armed forces said."
    )
    out = _run(text, date(2024, 11, 2))
    assert [(e.type, e.sub_type, e.place.country, e.place.admin1) for e in out.events] == [
        ("riot", "violent_demonstration", "BO", "Cochabamba")
    ]
    assert "occupation" in out.events[0].forms


def test_el_chapare_es_de_cochabamba():
    text = "Seguidores de Evo Morales tomaron el viernes tres cuarteles militares en el Chapare y retuvieron a más de 200 soldados."
    out = _run(text, date(2024, 11, 2), "es")
    assert [(e.type, e.place.country, e.place.admin1) for e in out.events] == [("riot", "BO", "Cochabamba")]


# GUIDELINES §2 counts: those taken to hospital are hurt; "also hurt" adds to the wounded told before.

def test_people_taken_to_hospital_are_injured_and_also_hurt_adds_to_them():
    text = (
        "Two teenagers were killed on Sunday in Andahuaylas when police clashed with protesters.\n\n"
        "The regional health office said 16 other people had been taken to hospital. Four police officers "
        "were also hurt, the interior ministry said."
    )
    out = _run(text, date(2022, 12, 12))
    assert len(out.events) == 1
    e = out.events[0]
    assert e.fatalities.value == 2 and e.injuries.value == 20


def test_trasladados_al_hospital_son_heridos_y_tambien_suma():
    text = (
        "Dos adolescentes murieron el domingo en Andahuaylas durante enfrentamientos con la policía.\n\n"
        "Otras 16 personas fueron trasladadas al hospital. Cuatro policías también resultaron heridos, según el Mininter."
    )
    out = _run(text, date(2022, 12, 12), "es")
    assert len(out.events) == 1 and out.events[0].injuries.value == 20


def test_taken_to_hospital_alone_counts_the_wounded_not_the_crowd():
    text = "Police clashed with protesters in Andahuaylas on Sunday; 16 people were taken to hospital."
    out = _run(text, date(2022, 12, 12))
    e = out.events[0]
    assert e.injuries is not None and e.injuries.value == 16
    assert e.participants is None


# GUIDELINES §2 date: the day of a later coordinated clause with no incident word is that clause's.

def test_the_next_morning_of_a_bare_later_clause_does_not_date_the_tear_gas():
    text = (
        "Hundreds of people tried to take over the town's small airport in Andahuaylas on Saturday. Police "
        "fired tear gas to push them back, and the crowd returned in larger numbers the next morning."
    )
    out = _run(text, date(2022, 12, 12))
    assert [(e.sub_type, e.date.start) for e in out.events] == [("intervention", date(2022, 12, 10))]


def test_la_manana_siguiente_de_una_clausula_sin_incidente_no_fecha_los_gases():
    text = (
        "El sábado, cientos de personas intentaron tomar el aeropuerto de Andahuaylas. La policía los dispersó "
        "con gases lacrimógenos, y la multitud volvió con más fuerza a la mañana siguiente."
    )
    out = _run(text, date(2022, 12, 12), "es")
    assert [(e.sub_type, e.date.start) for e in out.events] == [("intervention", date(2022, 12, 10))]


def test_a_later_clause_with_its_own_incident_keeps_its_day():
    # guard: the clause after the comma tells a roadblock of its own, so its Monday stands
    text = "Protesters blocked the Panamericana in Ica on Saturday. Police cleared the road, and the protesters blocked it again on Monday."
    out = _run(text, date(2022, 12, 14))
    assert date(2022, 12, 12) in {e.date.start for e in out.events}


# GUIDELINES §2: "a media mañana" is mid-morning, no plan for tomorrow.

def test_a_media_manana_es_la_manana_no_un_plan():
    text = (
        "Grupos de choferes bloquearon el óvalo Grau en Trujillo. A media mañana, la Policía retiró los "
        "vehículos del óvalo y detuvo a dos conductores que se resistieron."
    )
    out = _run(text, date(2024, 10, 8), "es")
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.sub_type, e.arrests.value) == ("intervention", 2)


# GUIDELINES §2 counts: names joined before a plural death verb count one dead each.

def test_two_named_victims_with_their_ages_count_two_dead():
    text = (
        "Jack Bryan Pintado, 22, and Jordan Inti Sotelo, 24, died on Saturday night after being hit by projectiles "
        "near Abancay Avenue in Lima, where police had fired tear gas and pellets at thousands of marchers."
    )
    out = _run(text, date(2020, 11, 15))
    assert len(out.events) == 1 and out.events[0].fatalities.value == 2


def test_dos_victimas_nombradas_con_sus_edades_son_dos_muertos():
    text = (
        "Los manifestantes intentaron tomar el aeropuerto de Andahuaylas. Beckham Quispe, de 15 años, y David "
        "Atequipa, de 15 años, murieron el domingo en Andahuaylas durante los enfrentamientos con la policía."
    )
    out = _run(text, date(2022, 12, 12), "es")
    assert len(out.events) == 1 and out.events[0].fatalities.value == 2


# GUIDELINES §2 date: "following a night of clashes" is the night before the day told;
# "less than a week after taking office" is a length, no day.

def test_a_night_of_clashes_before_a_resignation_is_the_night_before():
    text = (
        "LIMA, Nov 15, 2020 — Peru's interim President Manuel Merino resigned on Sunday, less than a week after "
        "taking office, following a night of clashes in central Lima in which two young men were killed and dozens injured."
    )
    out = _run(text, date(2020, 11, 15))
    assert [(e.date.start, e.fatalities.value) for e in out.events] == [(date(2020, 11, 14), 2)]


def test_una_noche_de_enfrentamientos_antes_de_la_renuncia_es_la_anterior():
    text = "El presidente interino renunció el domingo, tras una noche de enfrentamientos en el centro de Lima en la que murieron dos jóvenes."
    out = _run(text, date(2020, 11, 15), "es")
    assert [e.date.start for e in out.events] == [date(2020, 11, 14)]


# GUIDELINES §2 forms: a road closed, told in the impersonal, is a roadblock where the protest spread.

def test_se_cerro_la_via_donde_se_extendio_la_protesta():
    text = (
        "Los trabajadores agrarios bloquean la Panamericana Sur en Ica desde el lunes. La protesta se extendió "
        "a Chao y Virú, en La Libertad, donde también se cerró la vía."
    )
    out = _run(text, date(2020, 12, 4), "es")
    assert {(e.place.admin1, tuple(e.forms)) for e in out.events} == {("Ica", ("roadblock",)), ("La Libertad", ("roadblock",))}


# GUIDELINES §2 counts: a toll a source revised the same night, naming the clash's town, is the clash's.

def test_a_toll_raised_in_the_clashs_town_revises_its_dead():
    text = (
        "Twelve people died on Monday in clashes between protesters and police at the Juliaca airport. "
        "Late on Monday, the ombudsman raised the number of dead in Juliaca to 17."
    )
    out = _run(text, date(2023, 1, 9))
    assert [(e.place.admin1, e.fatalities.value) for e in out.events] == [("Puno", 17)]


def test_la_defensoria_elevo_la_cifra_de_muertos_del_enfrentamiento():
    text = (
        "Doce personas murieron el lunes en los enfrentamientos entre manifestantes y policías en el aeropuerto "
        "de Juliaca. Por la noche, la Defensoría del Pueblo elevó a 17 el número de fallecidos en Juliaca."
    )
    out = _run(text, date(2023, 1, 9), "es")
    assert [(e.place.admin1, e.fatalities.value) for e in out.events] == [("Puno", 17)]
    assert out.tallies == []


def test_a_hostage_taking_by_a_robber_is_no_riot():
    # guard (a merged regression): kidnappers and robbers hold hostages too
    text = "Police said five people were freed while three may still be held hostage by an armed man in a bank in Lima."
    assert _run(text, date(2023, 1, 9)).events == []


# GUIDELINES §2 date: a part of a month named by its offset ("late last month") is that part's days.

def test_late_last_month_is_its_last_ten_days():
    out = _run("Thousands marched in Lima late last month.", date(2023, 2, 15))
    assert (out.events[0].date.start, out.events[0].date.end) == (date(2023, 1, 21), date(2023, 1, 31))


def test_at_the_start_of_the_month_is_its_first_days():
    out = _run("At the start of the month, truckers blocked the Panamericana in Ica.", date(2023, 2, 15))
    assert (out.events[0].date.start, out.events[0].date.end) == (date(2023, 2, 1), date(2023, 2, 10))


def test_a_comienzos_de_mes_y_a_fines_del_mes_pasado():
    out = _run("A comienzos de mes, los transportistas bloquearon la Panamericana en Ica.", date(2023, 2, 15), "es")
    assert (out.events[0].date.start, out.events[0].date.end) == (date(2023, 2, 1), date(2023, 2, 10))
    out = _run("A fines del mes pasado, miles marcharon en Lima.", date(2023, 2, 15), "es")
    assert (out.events[0].date.start, out.events[0].date.end) == (date(2023, 1, 21), date(2023, 1, 31))


# GUIDELINES §2 date and counts: a timeline's "Jan. 9 - 17 civilians" is a day and a count, no range.

def test_a_timeline_day_then_a_dashed_count_is_no_range():
    text = "Key events:\n\n* Jan. 9 - 17 civilians are killed in clashes near the Juliaca airport."
    out = _run(text, date(2023, 2, 10))
    assert [(e.date.start, e.date.end, e.fatalities.value) for e in out.events] == [(date(2023, 1, 9), date(2023, 1, 9), 17)]


def test_a_spaced_dash_range_closed_by_a_comma_stays_a_range():
    # guard: the number after the dash ends its clause, so it is the range's last day
    out = _run("Protesters blocked roads in Puno on Jan. 9 - 17, the unions said.", date(2023, 2, 10))
    assert (out.events[0].date.start, out.events[0].date.end) == (date(2023, 1, 9), date(2023, 1, 17))


# GUIDELINES §2: each region told with its own day takes the counts told in its stretch.

def test_each_region_with_its_own_day_takes_its_own_dead():
    text = (
        "Protests spread across the south. Two teenagers were killed in Andahuaylas, in Apurímac, on Dec. 11, "
        "and more deaths followed in Apurímac and Arequipa the next day."
    )
    out = _run(text, date(2023, 2, 10))
    got = {(e.place.admin1, e.date.start): e.fatalities and e.fatalities.value for e in out.events}
    assert got[("Apurímac", date(2022, 12, 11))] == 2
    assert got[("Arequipa", date(2022, 12, 12))] is None


def test_a_count_after_the_next_joiner_is_the_next_regions():
    text = "Soldiers fired on protesters in Ayacucho on 15 December, and 17 were killed in Juliaca on 9 January."
    out = _run(text, date(2023, 2, 10))
    got = {e.place.admin1: e.fatalities and e.fatalities.value for e in out.events}
    assert got == {"Ayacucho": None, "Puno": 17}


# GUIDELINES §2 place: an embassy a country keeps in the story's country is no place of that country.

def test_the_mexican_embassy_is_no_sign_of_mexico():
    out = _run("On Dec. 7, Castillo was arrested on his way to the Mexican embassy.", date(2023, 2, 10))
    assert [(e.sub_type, e.place.country) for e in out.events] == [("arrests", "PE")]


def test_la_embajada_de_mexico_no_es_mexico():
    out = _run("El 7 de diciembre, Castillo fue detenido cuando se dirigía a la embajada de México.", date(2023, 2, 10), "es")
    assert [(e.sub_type, e.place.country) for e in out.events] == [("arrests", "PE")]


# GUIDELINES §3: a perfect-tense count of arrests after a running total is another total.

def test_arrests_in_the_perfect_after_a_total_are_another_total():
    text = (
        "More than a million people marched in Santiago on Friday. At least 19 people have died in the unrest, "
        "according to the government. More than 7,000 people have been detained, officials said."
    )
    out = _run(text, date(2019, 10, 26))
    assert [(e.type, e.arrests) for e in out.events] == [("protest", None)]
    assert sorted((t.measure, t.value) for t in out.tallies) == [("arrests", 7000), ("fatalities", 19)]


def test_detenidos_en_perfecto_tras_un_total_son_otro_total():
    text = (
        "Más de un millón de personas marcharon el viernes en Santiago. Al menos 19 personas han muerto en las "
        "protestas, según el Gobierno. Más de 7.000 personas han sido detenidas, informaron las autoridades."
    )
    out = _run(text, date(2019, 10, 26), "es")
    assert all(e.arrests is None for e in out.events)
    assert ("arrests", 7000) in {(t.measure, t.value) for t in out.tallies}


def test_arrests_in_the_perfect_right_after_force_stay_its_own():
    # guard: no total before, so the count is the tear-gassed march's arrests
    out = _run("Police fired tear gas at Friday's march in Santiago. Twelve people have been detained.", date(2019, 10, 26))
    assert [(e.sub_type, e.arrests.value) for e in out.events] == [("intervention", 12)]
    assert out.tallies == []


# GUIDELINES §2: a measure said to come "in the coming hours" is a plan.

def test_a_measure_to_be_lifted_in_the_coming_hours_is_a_plan():
    assert _run("On Saturday, Piñera said he would lift the state of emergency in the coming hours.", date(2019, 10, 26)).events == []
    assert _run("El sábado, Piñera dijo que levantaría el estado de emergencia en las próximas horas.", date(2019, 10, 26), "es").events == []


# GUIDELINES §2 date: the riots a movement turned into are dated from its first day, not the report's.

def test_riots_a_movement_escalated_into_keep_its_first_day():
    text = (
        "More than a million people marched peacefully in Santiago on Friday.\n\n"
        "The protests began on Oct. 18 after a rise in metro fares, and quickly escalated into riots in which "
        "dozens of metro stations were burned and supermarkets looted."
    )
    out = _run(text, date(2019, 10, 26))
    got = {(e.type, e.date.start) for e in out.events}
    assert ("riot", date(2019, 10, 18)) in got
    assert ("protest", date(2019, 10, 25)) in got


# GUIDELINES §2 type: a troop deployment told in the passive is a state measure.

def test_el_ejercito_fue_desplegado_es_una_medida():
    out = _run("Hubo protestas en Managua. El viernes, el Ejército fue desplegado en Managua para resguardar edificios públicos.", date(2018, 4, 22), "es")
    assert [(e.type, e.sub_type, e.date.start) for e in out.events if e.type == "strategic_development"] == [
        ("strategic_development", "state_measure", date(2018, 4, 20))
    ]


# GUIDELINES §2 counts: a number of provinces or cities counts places, not the crowd.

def test_the_provinces_a_crowd_came_from_are_no_crowd_size():
    out = _run("En Ilave, miles de comuneros de las 13 provincias se concentraron el jueves en la plaza de armas.", date(2023, 1, 13), "es")
    assert (out.events[0].participants.low, out.events[0].participants.high) == (2000, 9999)
    out = _run("In Ilave, thousands of villagers from the 13 provinces gathered on Thursday in the main square.", date(2023, 1, 13))
    assert (out.events[0].participants.low, out.events[0].participants.high) == (2000, 9999)


# GUIDELINES §2 counts: officers and civilians hurt, each told in a sentence of the incident, add up.

def test_officers_and_civilians_hurt_in_two_incident_sentences_add_up():
    text = (
        "Miles marcharon el miércoles en el Centro de Lima; grupos de manifestantes lanzaron piedras contra los agentes. "
        "La Policía informó que seis de sus efectivos resultaron heridos y que cinco personas fueron detenidas. "
        "La Defensoría del Pueblo reportó, por su parte, ocho civiles heridos."
    )
    out = _run(text, date(2023, 7, 20), "es")
    assert [(e.injuries.value, e.arrests.value) for e in out.events] == [(14, 5)]


# GUIDELINES §2/§3: a turning point's day with the name of whom it befell; the dead "during protests that ..." are a total.

def test_the_deaths_during_protests_that_followed_the_ouster_are_a_total():
    text = (
        "Peruvian soldiers used lethal force against protesters, an investigation found.\n\n"
        "The deaths of 49 civilians during protests that followed the ouster of President Pedro Castillo on "
        "December 7, 2022 should be thoroughly and independently investigated, the group said."
    )
    out = _run(text, date(2023, 4, 26))
    assert all(e.fatalities is None or e.fatalities.value != 49 for e in out.events)
    assert ("fatalities", 49) in {(t.measure, t.value) for t in out.tallies}


# GUIDELINES §2 type: a death from the forces' munitions, in a protest article, is lethal force at a protest.

def test_a_death_from_a_tear_gas_canister_is_lethal_force_at_a_protest():
    text = (
        "Protests continued in Lima.\n\n"
        "In Lima, Víctor Santisteban, 55, died on January 28 after being hit in the head by a tear gas canister fired at close range."
    )
    out = _run(text, date(2023, 4, 26))
    got = [(e.sub_type, e.date.start, e.fatalities.value) for e in out.events if e.fatalities]
    assert got == [("excessive_force", date(2023, 1, 28), 1)]


# GUIDELINES §2 type: a company halting its operations is a development, not a strike; an eviction a
# march rejects is no force at it; a measure taken "on several occasions" is a habit, no event.

def test_una_minera_que_paraliza_sus_operaciones_no_hace_un_paro():
    text = "La empresa MMG, operadora de Las Bambas, había paralizado sus operaciones el 20 de abril por la ocupación de la comunidad de Huancuire."
    out = _run(text, date(2022, 4, 28), "es")
    assert [(e.type, e.sub_type) for e in out.events] == [("strategic_development", "other")]


def test_una_marcha_en_rechazo_al_desalojo_es_pacifica():
    out = _run("En Challhuahuacho, cientos de pobladores marcharon el jueves en rechazo al desalojo.", date(2022, 4, 28), "es")
    assert [(e.sub_type, e.state_response) for e in out.events] == [("peaceful", [])]


def test_a_measure_declared_on_several_occasions_is_no_event():
    assert _run("El Gobierno declaró el estado de emergencia en el corredor minero sur en varias ocasiones durante los últimos años.", date(2022, 4, 28), "es").events == []
    assert _run("The government has declared a state of emergency in the southern mining corridor on several occasions.", date(2022, 4, 28)).events == []


def test_police_firing_tear_gas_repeatedly_is_still_one_incident():
    # guard: "repeatedly" inside one incident is no habit
    out = _run("Protesters marched in Juliaca on Monday. Police repeatedly fired tear gas at the crowd.", date(2023, 1, 10))
    assert [e.sub_type for e in out.events] == ["intervention"]


# GUIDELINES §2 type: ordering the army to help the police is a state measure (troop deployment).

def test_ordering_the_army_to_help_police_is_a_state_measure():
    out = _run("Protests continued across Colombia. Duque ordered the army to help police in cities hit by unrest on Saturday.", date(2021, 5, 2))
    assert [(e.sub_type, e.date.start, e.place.country) for e in out.events] == [("state_measure", date(2021, 5, 1), "CO")]
    out = _run("Las protestas siguieron en Colombia. El sábado, Duque ordenó al Ejército apoyar a la Policía en las ciudades afectadas.", date(2021, 5, 2), "es")
    assert [(e.sub_type, e.date.start) for e in out.events] == [("state_measure", date(2021, 5, 1))]


# GUIDELINES §2/§3: "The stoppage came after gunmen shot dead a bus driver ..., the latest of more than a
# dozen killed this year": no second strike on the killing's day, and the year's total is no killing's toll.

def test_the_stoppage_came_after_a_killing_makes_no_strike_on_its_day():
    text = (
        "Lima's buses stayed in depots on Thursday as drivers went on strike against extortion.\n\n"
        "The stoppage came after gunmen shot dead a bus driver in Independencia on Monday, the latest of more than "
        "a dozen transport workers killed in the city this year, guild leaders said."
    )
    out = _run(text, date(2024, 9, 26))
    assert [(e.type, e.date.start) for e in out.events if e.type == "protest"] == [("protest", date(2024, 9, 26))]
    assert all(e.fatalities is None or e.fatalities.value != 12 for e in out.events)


# GUIDELINES §3: a figure a source has since revised is neither a total nor a count of its own.

def test_an_earlier_figure_since_revised_is_no_tally():
    text = (
        "At least 17 people were killed on Monday in clashes near the airport of Juliaca, the ombudsman's office said.\n\n"
        "The office had earlier put the number of dead at 12."
    )
    out = _run(text, date(2023, 1, 10))
    assert [e.fatalities.value for e in out.events] == [17]
    assert 12 not in {t.value for t in out.tallies}


# GUIDELINES §2 date: a movement's week told in a later clause is no run of the day's incident;
# the dead a vigil is held for keep their day, the vigil has its own.

def test_a_movements_second_week_in_an_as_clause_does_not_widen_the_days_roadblocks():
    text = (
        "Protesters blocked highways in Arequipa on Tuesday, as demonstrations demanding the resignation of "
        "President Dina Boluarte entered a second week."
    )
    out = _run(text, date(2022, 12, 13))
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2022, 12, 13), date(2022, 12, 13))]


def test_the_strike_entering_its_third_week_still_reaches_back():
    # guard: the week's ordinal told of the incident's own subject keeps widening it
    out = _run("The strike entered its third week on Monday in Puno.", date(2023, 1, 23))
    assert out.events[0].date.start < date(2023, 1, 23)


def test_a_vigil_for_the_dead_of_sunday_is_held_on_its_own_day():
    text = "Protesters blocked highways on Tuesday.\n\nIn Andahuaylas, residents held a vigil for the two teenagers killed on Sunday."
    out = _run(text, date(2022, 12, 13))
    vigils = [e for e in out.events if "vigil" in e.forms]
    assert [(e.date.start, e.sub_type, e.fatalities) for e in vigils] == [(date(2022, 12, 13), "peaceful", None)]
    text = "Los manifestantes bloquearon las vías el martes.\n\nEn Andahuaylas, los vecinos realizaron una vigilia por los dos adolescentes asesinados el domingo."
    out = _run(text, date(2022, 12, 13), "es")
    assert [(e.date.start, e.fatalities) for e in out.events if "vigil" in e.forms] == [(date(2022, 12, 13), None)]


# GUIDELINES §2 counts: people treated for tear gas were hurt by it, no crowd size.

def test_people_treated_for_tear_gas_inhalation_are_injured():
    out = _run("Police dispersed the march in Cusco on Monday. Scores of people were treated for tear gas inhalation.", date(2023, 1, 12))
    e = out.events[0]
    assert e.injuries is not None and e.injuries.value == 24 and e.participants is None
