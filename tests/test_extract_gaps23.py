"""Gaps probed with short sentences of my own (stop 26, helper gaps23).

What the probe found and what these tests hold:
- a named leader's death during a protest, told with the exact sentences of
  the brief ("Durante las protestas del 11 de enero en Cusco murió el
  dirigente Remo Candia"), already gave the protest's toll; with an adjective
  after the role noun ("murió el dirigente campesino Remo Candia") the name was
  not counted and the event was peaceful: the role may carry one adjective;
  so was "Remo Candia was among those who died during the protests" ("estuvo
  entre los que murieron"): a name counted among the dead is one dead;
- a crowd capturing, detaining or holding police officers ("Protesters
  captured a police officer", "Los comuneros retuvieron a tres policías")
  counted an arrest, or an intervention, or a strategic arrest: arrests are
  the state's; the crowd seizing officers is the crowd attacking a person,
  mob violence;
- a crowd beating or burning an officer with no killing verb ("A crowd beat
  a police officer", "Una multitud golpeó a dos policías") gave no event, or
  an intervention (the blow read as a state beating): mob violence, with its
  injuries; the officer's wounds told in the next sentence ("The officer was
  seriously injured", "El agente resultó gravemente herido") were not counted:
  the officer named with the definite article is one person;
- shots at "people who had tried to take the airport" / "quienes intentaron
  tomar el aeropuerto" gave no event (English: no protest word, soldiers read
  as at war; Spanish: soldiers and an occupation with no crowd read as armed
  conflict): people named by the site's taking they tried are a crowd, and
  the shots are excessive force at that site;
- "The strike entered its third week on Monday" / "El paro cumplió su
  tercera semana" was dated that day alone: a run's week told by its ordinal
  began about that many weeks before (a span back to then, week precision);
- "Gunmen shot dead two bus drivers in Lima during the transport strike" /
  "Sicarios asesinaron a dos choferes durante el paro" gave no event (gunmen
  with a strike read as armed conflict; "asesinaron a" counted no dead; "a fare
  collector" was no one counted): the killing is an attack on civilians with
  its dead, and the strike a protest of its own without that toll.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import events, one_event

JAN12 = date(2023, 1, 12)


# -- a crowd seizing officers is no arrest (GUIDELINES §2 type, arrests) -------------

def test_protesters_capturing_an_officer_is_mob_violence_without_arrests():
    e = one_event("Protesters captured a police officer and held him for hours in Juliaca on Tuesday.", "en", JAN12)
    assert (e.type, e.sub_type, e.date.start, e.place.name) == ("riot", "mob_violence", date(2023, 1, 10), "Juliaca")
    assert e.arrests is None


def test_manifestantes_capturaron_a_un_policia_is_no_arrest():
    e = one_event("Los manifestantes capturaron a un policía en Juliaca el martes.", "es", JAN12)
    assert (e.type, e.sub_type, e.place.name) == ("riot", "mob_violence", "Juliaca")
    assert e.arrests is None


def test_residents_detaining_officers_is_no_strategic_arrest():
    e = one_event("Residents of Ilave detained two police officers and held them in the main square on Monday.", "en", JAN12)
    assert (e.type, e.sub_type, e.date.start, e.place.name) == ("riot", "mob_violence", date(2023, 1, 9), "Ilave")
    assert e.arrests is None


def test_comuneros_retuvieron_policias_is_mob_violence():
    e = one_event("Los comuneros retuvieron a tres policías en Ilave el lunes.", "es", JAN12)
    assert (e.type, e.sub_type, e.place.name) == ("riot", "mob_violence", "Ilave")


def test_police_arresting_protesters_stays_an_intervention():
    e = one_event("La policía detuvo a 20 manifestantes en Juliaca el lunes.", "es", JAN12)
    assert (e.type, e.sub_type, e.arrests.value) == ("protest", "intervention", 20)


# -- a crowd beating or burning an officer (GUIDELINES §2 riot / mob_violence) -------

def test_crowd_beating_an_officer_is_mob_violence_with_injuries():
    e = one_event("A crowd beat a police officer in Juliaca on Monday, leaving him seriously injured.", "en", JAN12)
    assert (e.type, e.sub_type, e.date.start, e.place.name) == ("riot", "mob_violence", date(2023, 1, 9), "Juliaca")
    assert e.injuries.value == 1


def test_mob_beat_and_set_fire_to_an_officer():
    e = one_event("A mob beat and set fire to a police officer in Ilave on Tuesday.", "en", JAN12)
    assert (e.type, e.sub_type, e.place.name) == ("riot", "mob_violence", "Ilave")


def test_multitud_golpeo_a_policias_is_no_state_beating():
    e = one_event("Una multitud golpeó a dos policías en Juliaca el lunes.", "es", JAN12)
    assert (e.type, e.sub_type, e.state_response) == ("riot", "mob_violence", [])


def test_officers_wounds_told_next_are_the_mobs_injuries():
    e = one_event("A mob beat a police officer in Juliaca on Monday. The officer was seriously injured.", "en", JAN12)
    assert (e.sub_type, e.injuries.value) == ("mob_violence", 1)


def test_el_agente_resulto_herido_after_the_turba():
    e = one_event("Una turba golpeó y quemó a un policía en Juliaca el lunes. El agente resultó gravemente herido.", "es", JAN12)
    assert (e.sub_type, e.injuries.value) == ("mob_violence", 1)


def test_protesters_burning_police_vehicles_stays_a_violent_demonstration():
    e = one_event("Protesters burned police vehicles in Juliaca on Monday.", "en", JAN12)
    assert (e.type, e.sub_type) == ("riot", "violent_demonstration")


# -- shots at people named by the taking they tried (GUIDELINES §2 excessive_force) --

def test_soldiers_firing_on_people_who_tried_to_take_the_airport():
    e = one_event("Soldiers fired on people who had tried to take the airport in Ayacucho on 15 December.", "en", JAN12)
    assert (e.type, e.sub_type, e.date.start, e.place.admin1) == ("protest", "excessive_force", date(2022, 12, 15), "Ayacucho")
    assert "live_ammunition" in e.state_response


def test_militares_dispararon_contra_quienes_intentaron_tomar_el_aeropuerto():
    e = one_event("Los militares dispararon contra quienes intentaron tomar el aeropuerto de Ayacucho el 15 de diciembre.", "es", JAN12)
    assert (e.type, e.sub_type, e.date.start, e.place.admin1) == ("protest", "excessive_force", date(2022, 12, 15), "Ayacucho")
    assert e.forms == []


def test_police_firing_on_those_who_tried_to_storm_the_airport():
    e = one_event("Police opened fire on those who tried to storm the airport in Juliaca on Monday.", "en", JAN12)
    assert (e.type, e.sub_type, e.date.start, e.place.name) == ("protest", "excessive_force", date(2023, 1, 9), "Juliaca")


def test_shots_at_those_who_tried_to_flee_name_no_crowd():
    assert events("Police fired on those who tried to flee the checkpoint in Juliaca on Monday.", "en", JAN12) == []


# -- a run's week told by its ordinal (GUIDELINES §2 date: the earliest day supported) --

JAN23 = date(2023, 1, 23)  # a Monday


def test_strike_entered_its_third_week_began_two_weeks_before():
    e = one_event("The strike in Puno entered its third week on Monday.", "en", JAN23)
    assert (e.date.start, e.date.end, e.date.precision) == (date(2023, 1, 9), JAN23, "week")
    assert "strike" in e.forms


def test_paro_cumplio_su_tercera_semana():
    e = one_event("El paro en Puno cumplió su tercera semana el lunes.", "es", JAN23)
    assert (e.date.start, e.date.end, e.date.precision) == (date(2023, 1, 9), JAN23, "week")


def test_huelga_entro_en_su_cuarta_semana_told_in_the_present_of_the_report():
    e = one_event("La huelga de los mineros en Arequipa entró en su cuarta semana.", "es", JAN23)
    assert (e.date.start, e.date.end, e.place.admin1) == (date(2023, 1, 2), JAN23, "Arequipa")


def test_a_calendar_week_is_no_run():
    assert events("Farmers blocked the road in Ayacucho on Monday, the second week of the harvest.", "en", JAN23)[0].date.start == JAN23


# -- a killing by gunmen beside a strike (GUIDELINES §2 violence_against_civilians) --

OCT6 = date(2023, 10, 6)  # a Friday


def _attack_and_strike(body: str, lang: str):
    evs = events(body, lang, OCT6)
    attack = [e for e in evs if e.type == "violence_against_civilians"]
    strike = [e for e in evs if e.type == "protest"]
    assert len(attack) == 1 and len(strike) == 1
    return attack[0], strike[0]


def test_gunmen_shooting_drivers_during_a_strike_is_an_attack_beside_it():
    attack, strike = _attack_and_strike("Gunmen shot dead two bus drivers in Lima during the transport strike on Thursday.", "en")
    assert (attack.sub_type, attack.fatalities.value, attack.date.start, attack.place.admin1, attack.forms) == ("attack", 2, date(2023, 10, 5), "Lima", [])
    assert (strike.sub_type, strike.fatalities, strike.date.start, strike.forms) == ("peaceful", None, date(2023, 10, 5), ["strike"])


def test_sicarios_asesinaron_a_dos_choferes_durante_el_paro():
    attack, strike = _attack_and_strike("Sicarios asesinaron a dos choferes durante el paro en Lima el jueves.", "es")
    assert (attack.sub_type, attack.fatalities.value, attack.place.admin1) == ("attack", 2, "Lima")
    assert strike.fatalities is None and "killings" not in strike.state_response


def test_one_fare_collector_killed_by_gunmen_is_counted():
    attack, strike = _attack_and_strike("Gunmen shot dead a fare collector during the transport strike in Lima on Thursday.", "en")
    assert attack.fatalities.value == 1 and strike.fatalities is None


def test_sicarios_mataron_a_un_cobrador_durante_el_paro():
    attack, _ = _attack_and_strike("Durante el paro de transportistas del jueves en Lima, unos sicarios mataron a un cobrador.", "es")
    assert (attack.fatalities.value, attack.date.start) == (1, date(2023, 10, 5))


# -- a named person's death during a protest is its toll (GUIDELINES §2 counts) ------

def test_death_of_a_named_leader_during_the_protests_is_their_toll():
    e = one_event("Durante las protestas del 11 de enero en Cusco murió el dirigente Remo Candia, de un disparo.", "es", date(2023, 1, 20))
    assert (e.type, e.sub_type, e.date.start, e.place.name, e.fatalities.value) == ("protest", "excessive_force", date(2023, 1, 11), "Cusco", 1)


def test_union_leader_died_during_the_protests_in_cusco():
    e = one_event("Union leader Remo Candia died during the protests in Cusco on 11 January.", "en", date(2023, 1, 20))
    assert (e.date.start, e.place.name, e.fatalities.value) == (date(2023, 1, 11), "Cusco", 1)


def test_role_with_an_adjective_before_the_name_counts_the_dead():
    e = one_event("En las protestas del miércoles en Cusco murió el dirigente campesino Remo Candia.", "es", JAN12)
    assert (e.date.start, e.place.name, e.fatalities.value) == (date(2023, 1, 11), "Cusco", 1)


def test_a_detained_officer_named_by_his_coworkers_is_no_seizure():
    # "detained" as an adjective after an article: the officers' demonstration for him stands
    e = one_event("Police officers who are co-workers of a detained police officer staged a demonstration in Cusco on Monday.", "en", JAN12)
    assert e.type == "protest"


def test_named_leader_among_those_who_died_is_one_dead():
    e = one_event("Peasant leader Remo Candia was among those who died during the protests in Cusco on Wednesday.", "en", JAN12)
    assert (e.sub_type, e.date.start, e.fatalities.value) == ("excessive_force", date(2023, 1, 11), 1)


def test_dirigente_estuvo_entre_los_que_murieron():
    e = one_event("El dirigente Remo Candia estuvo entre los que murieron durante las protestas del miércoles en Cusco.", "es", JAN12)
    assert (e.place.name, e.fatalities.value) == ("Cusco", 1)


def test_villagers_seizing_an_officer_is_no_occupation():
    e = one_event("Villagers seized a police officer and beat him in Ilave on Monday.", "en", JAN12)
    assert (e.type, e.sub_type, e.forms) == ("riot", "mob_violence", [])


def test_officers_held_hostage_by_residents():
    e = one_event("Residents held three soldiers hostage in Ilave on Monday.", "en", JAN12)
    assert (e.type, e.sub_type, e.arrests) == ("riot", "mob_violence", None)


def test_comuneros_tomaron_como_rehenes_a_policias():
    e = one_event("Los comuneros tomaron como rehenes a dos policías en Ilave el lunes.", "es", JAN12)
    assert (e.type, e.sub_type, e.forms) == ("riot", "mob_violence", [])
