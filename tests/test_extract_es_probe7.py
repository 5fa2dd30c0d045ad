"""Seventh Spanish probe: 25 articles of my own on Peru 2022-2024 (Arequipa's
airport, Chala, Juliaca told in tweets, the Machu Picchu ticket strike, the
Huamanga and Andahuaylas anniversaries, a chronology) and on Latin America
(Shushufindi, the Chilean anniversary, Popayán, Santa Cruz, the Buenos Aires
pensioners, Panama's court ruling, Tlatelolco, the Chapare barracks).

What it found and what these tests hold:
- a landmark many countries have ("frente al Congreso") was read as Peru's in
  an article about Buenos Aires, whose name has Peruvian namesakes;
- "Ese día" after the report's own "ayer" dated the victims' old day as the
  plantón's, giving the plantón the massacre's dead; and a sentence with no day
  of its own after an old day was read as today's news;
- "exigen la derogatoria de la ley y la declaratoria de emergencia": the
  second thing asked for was read as a measure taken;
- a soldier killed in a crowd's attack on a convoy, and the crowd's firearms,
  were read as the state's lethal force;
- "marcha por los 55 años de la masacre": the remembered massacre made the
  march excessive force;
- firing pellets, rubber bullets or gas canisters ("disparó perdigones",
  "un disparo de bala de goma") was read as live ammunition;
- arrests counted in the incident's own region after a riot were a separate
  campaign of arrests;
- "las protestas, que se extendieron durante más de un mes, dejaron cuatro
  muertos": the movement's toll was an incident on the publication day;
- "a inicios de 2023" was the whole year, and "el turismo se vio golpeado"
  was a beating.
"""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _out(text: str, published: date, lang: str = "es"):
    return EX.extract(text, published=published, lang=lang)


def _types(text: str, published: date, lang: str = "es") -> list[tuple[str, str]]:
    return [(e.type, e.sub_type) for e in _out(text, published, lang).events]


# -- a landmark many countries have ---------------------------------------------

def test_congress_in_a_buenos_aires_story_is_argentinas():
    text = ("Jubilados marchan otra vez\n\n"
            "Buenos Aires. La Gendarmería roció con gas a los jubilados que protestaban este miércoles frente al Congreso "
            "contra el veto a la ley de pensiones.\n")
    events = _out(text, date(2024, 9, 12)).events
    assert events and all(e.place is not None and e.place.country == "AR" for e in events)


def test_congress_in_a_peruvian_story_stays_perus():
    text = ("Marcha en el Cercado\n\nCientos de jubilados marcharon este miércoles frente al Congreso para exigir el aumento de sus pensiones.\n")
    events = _out(text, date(2024, 9, 12)).events
    assert events and events[0].place is not None and events[0].place.country == "PE" and events[0].place.admin1 == "Lima"


# -- "ese día" and the old day's sentences ----------------------------------------

def test_ese_dia_after_the_reports_ayer_is_the_victims_day():
    text = ("Plantón en Huamanga\n\n"
            "Unos veinte familiares de las víctimas del 15 de diciembre de 2022 hicieron ayer un plantón frente a la Corte Superior de Ayacucho "
            "para pedir justicia.\n\n"
            "Ese día, diez personas murieron por disparos durante la intervención de militares cerca del aeropuerto. Otras cuarenta resultaron heridas.\n")
    events = _out(text, date(2024, 6, 20)).events
    planton = [e for e in events if e.sub_type == "peaceful"]
    assert len(planton) == 1
    assert planton[0].fatalities is None and planton[0].injuries is None
    assert planton[0].date is not None and planton[0].date.start == date(2024, 6, 19)
    # the deadly day recalled is its own event, on its own day (events.DEADLY_RECALL_DAYS)
    assert all(e.sub_type == "excessive_force" and e.date.start == date(2022, 12, 15) for e in events if e is not planton[0])


def test_ese_mismo_dia_stays_with_the_nearest_day():
    text = ("Paro en Puno\n\n"
            "Los familiares de las víctimas del 9 de enero marcharon ayer en Juliaca. Ese mismo día, los transportistas bloquearon la vía a Puno.\n")
    events = _out(text, date(2024, 1, 20)).events
    assert events and all(e.date is not None and e.date.start == date(2024, 1, 19) for e in events)


def test_a_sentence_after_an_old_day_in_its_paragraph_is_that_days():
    text = ("Fiscalía cita a exjefe policial\n\n"
            "La Fiscalía citó al exjefe de la Región Policial Puno por las muertes ocurridas el 9 de enero de 2023 en Juliaca.\n\n"
            "Ese día, diecisiete civiles murieron por disparos en las inmediaciones del aeropuerto. Un policía fue asesinado horas más tarde "
            "por una turba.\n")
    # a deadly day of the movement recalled 14 months later is still news of the article
    # (events.DEADLY_RECALL_DAYS): the shooting and the mob's killing, both of that day, nothing of the citation's
    events = _out(text, date(2024, 3, 20)).events
    assert sorted((e.type, e.sub_type) for e in events) == [("protest", "excessive_force"), ("riot", "mob_violence")]
    assert all(e.date is not None and e.date.start == date(2023, 1, 9) for e in events)


# -- the second thing asked for ------------------------------------------------------

def test_a_measure_joined_to_a_demand_is_asked_for():
    text = ("Paro de transportistas\n\n"
            "Los transportistas de Lima acataron este jueves un paro contra la extorsión. "
            "Los gremios exigen la derogatoria de la ley sobre crimen organizado y la declaratoria de emergencia en Lima.\n")
    assert ("strategic_development", "state_measure") not in _types(text, date(2024, 9, 26))


def test_a_measure_declared_after_a_demand_is_still_taken():
    text = ("Emergencia en Lima\n\n"
            "Los gremios exigen la renuncia del ministro y el Gobierno declaró el estado de emergencia en Lima este jueves.\n")
    assert ("strategic_development", "state_measure") in _types(text, date(2024, 9, 26))


# -- the crowd's attack on state forces ------------------------------------------------

def test_a_soldier_killed_in_a_crowds_attack_is_mob_violence():
    text = ("Ataque en la Amazonía\n\n"
            "Un soldado murió y seis resultaron heridos este martes durante un ataque de manifestantes a un convoy militar en Sucumbíos, Ecuador.\n")
    assert _types(text, date(2022, 6, 28)) == [("riot", "mob_violence")]


def test_firearms_of_the_attacking_crowd_are_no_state_gunfire():
    text = ("Ataque en la Amazonía\n\n"
            "En Sucumbíos, Ecuador, el convoy fue atacado este martes con lanzas y armas de fuego por un grupo de personas que mantenía un bloqueo.\n")
    events = _out(text, date(2022, 6, 28)).events
    assert events and all("live_ammunition" not in e.state_response for e in events)
    assert ("riot", "violent_demonstration") in [(e.type, e.sub_type) for e in events]


def test_soldiers_firing_on_a_crowd_stay_excessive_force():
    text = ("Ayacucho\n\nMilitares dispararon armas de fuego contra los manifestantes en Huamanga este jueves y dos personas murieron.\n")
    assert _types(text, date(2022, 12, 16)) == [("protest", "excessive_force")]


# -- a remembered massacre -------------------------------------------------------------

def test_a_march_for_a_massacres_anniversary_is_not_lethal():
    text = ("Marcha por los 55 años de la masacre de Tlatelolco deja comercios dañados\n\n"
            "Miles de personas marcharon este lunes en la Ciudad de México. Encapuchados rompieron vidrios de comercios sobre el Eje Central.\n")
    events = _out(text, date(2023, 10, 3)).events
    assert events and all(e.sub_type != "excessive_force" and "killings" not in e.state_response for e in events)


# -- less-lethal rounds fired -------------------------------------------------------------

def test_pellets_and_gas_fired_are_an_intervention():
    text = ("Protesta en Juliaca\n\nLa Policía disparó perdigones y bombas lacrimógenas contra los manifestantes en Juliaca este lunes.\n")
    events = _out(text, date(2023, 1, 10)).events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "intervention")]
    assert "live_ammunition" not in events[0].state_response


def test_a_rubber_bullet_shot_is_no_live_round():
    text = ("Marcha de jubilados\n\nDurante la marcha de este miércoles en Lima, un fotógrafo recibió un disparo de bala de goma en la pierna.\n")
    events = _out(text, date(2024, 9, 12)).events
    assert events and all("live_ammunition" not in e.state_response and e.sub_type != "excessive_force" for e in events)


def test_pellets_and_bullets_fired_keep_the_bullets():
    text = ("Enfrentamientos en Juliaca\n\nLa Policía disparó perdigones y balas contra los manifestantes en Juliaca este lunes.\n")
    events = _out(text, date(2023, 1, 10)).events
    assert events and "live_ammunition" in events[0].state_response


# -- arrests counted in the riot's region ------------------------------------------------------

def test_arrests_in_the_riots_region_are_the_riots():
    text = ("Noche de disturbios en Santiago\n\n"
            "Encapuchados lanzaron piedras contra Carabineros en Puente Alto este martes y saquearon dos locales. "
            "El ministerio del Interior informó que fueron detenidas 52 personas en la Región Metropolitana.\n")
    events = _out(text, date(2022, 10, 19)).events
    assert [(e.type, e.sub_type) for e in events] == [("riot", "violent_demonstration")]
    assert events[0].arrests is not None and events[0].arrests.low == 52


# -- the movement's toll -------------------------------------------------------------------------

def test_a_movements_toll_summed_up_is_a_tally():
    text = ("Fallo de la Corte\n\n"
            "Cientos de personas celebraron este martes frente a la Corte en Ciudad de Panamá. "
            "Las protestas, que se extendieron durante más de un mes, incluyeron bloqueos en todo el país y dejaron cuatro muertos, "
            "entre ellos dos docentes baleados en un cierre de vía en Chame.\n")
    out = _out(text, date(2023, 11, 28))
    assert all(e.fatalities is None for e in out.events)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 4)]


# -- a part of a year, a figurative blow ----------------------------------------------------------

def test_early_in_a_past_year_is_no_event_of_today():
    text = ("Machu Picchu supera el millón de visitantes\n\n"
            "El turismo de la región se vio duramente golpeado a inicios de 2023, cuando las protestas y los bloqueos obligaron a cerrar "
            "el santuario.\n")
    assert _types(text, date(2024, 11, 5)) == []


def test_a_part_of_a_year_reads_its_months():
    from kipu.extract.dates import find_dates
    found = find_dates("Los bloqueos comenzaron a mediados de 2023.", "es", date(2024, 11, 5))
    assert [(d.range.start, d.range.end) for d in found] == [(date(2023, 5, 1), date(2023, 8, 31))]
    found = find_dates("El paro de 2019 fue largo.", "es", date(2024, 11, 5))
    assert [(d.range.start, d.range.end) for d in found] == [(date(2019, 1, 1), date(2019, 12, 31))]


def test_a_sector_hit_hard_was_not_beaten():
    text = ("Paro en Cusco\n\nLos comerciantes de Cusco acataron este lunes un paro; el turismo se vio golpeado por el cierre de la vía férrea.\n")
    events = _out(text, date(2024, 1, 29)).events
    assert events and all("beatings" not in e.state_response for e in events)


# -- one clash's toll, the faces of the dead carried ---------------------------------------------

def test_the_toll_a_clash_left_is_that_clashs():
    text = ("Paro en Machu Picchu\n\n"
            "Los pobladores bloquearon la vía férrea este viernes en Machu Picchu. Los policías intentaron desbloquear la vía y se produjo "
            "un enfrentamiento que dejó al menos cinco heridos, entre pobladores y agentes.\n")
    out = _out(text, date(2024, 1, 26))
    assert out.tallies == []
    assert [e.injuries.low for e in out.events if e.injuries is not None] == [5]


def test_the_protests_toll_left_over_weeks_is_still_a_total():
    text = ("Balance\n\nLas protestas contra el Gobierno, que se extendieron durante más de un mes, dejaron decenas de heridos en todo el país.\n")
    out = _out(text, date(2023, 2, 10))
    assert out.events == [] and [t.measure for t in out.tallies] == ["injuries"]


def test_the_faces_of_the_dead_on_a_banner_are_no_toll():
    text = ("Marcha en Andahuaylas\n\n"
            "Este lunes, unas dos mil personas marcharon por las calles de Andahuaylas para recordar a los fallecidos.\n\n"
            "\"No olvidamos\", decía una pancarta con los rostros de los seis muertos de la región.\n")
    events = _out(text, date(2023, 12, 12)).events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "peaceful")]
    assert events[0].fatalities is None


# -- a death word, the larger action a strike joins --------------------------------------------------

def test_fallecimiento_counts_the_dead():
    text = ("Juliaca\n\n"
            "La Defensoría lamentó el fallecimiento de 12 civiles en los enfrentamientos ocurridos este lunes en las inmediaciones "
            "del aeropuerto de Juliaca.\n")
    events = _out(text, date(2023, 1, 10)).events
    assert [e.fatalities.low for e in events if e.fatalities is not None] == [12]


def test_the_action_a_strike_coincides_with_is_not_its_place():
    text = ("Paro aimara\n\n"
            "Las provincias de El Collao y Chucuito acataron este miércoles un paro de 72 horas convocado en coincidencia con la llamada "
            "tercera Toma de Lima.\n")
    events = _out(text, date(2023, 7, 20)).events
    assert [e.place.admin1 for e in events if e.place is not None] == ["Puno"]


def test_a_march_in_support_of_another_regions_strike_is_where_it_marched():
    text = ("Solidaridad\n\nEn Cusco, los gremios marcharon este jueves en apoyo al paro de Puno.\n")
    events = _out(text, date(2023, 1, 12)).events
    assert [e.place.admin1 for e in events if e.place is not None] == ["Cusco"]


def test_a_road_blocked_in_a_subordinate_clause_is_a_roadblock():
    text = ("Machu Picchu\n\nEl servicio de trenes quedó suspendido este viernes luego de que los pobladores de Machu Picchu bloquearan la vía férrea.\n")
    events = _out(text, date(2024, 1, 26)).events
    assert events and "roadblock" in events[0].forms


def test_a_roadblock_announced_in_the_future_is_no_event():
    text = ("Anuncio\n\nLos pobladores de Machu Picchu bloquearán la vía férrea si el Ministerio no anula el contrato.\n")
    assert _types(text, date(2024, 1, 20)) == []


def test_ese_dia_after_a_recent_written_day_stays_with_the_reports_day():
    text = ("Choques en Lima\n\n"
            "Tras la marcha del 19 de enero, los enfrentamientos continuaron este martes en el Centro de Lima. "
            "Ese día, un equipo de prensa denunció que fue agredido por la policía.\n")
    from kipu.extract.dates import find_dates
    found = [d for d in find_dates(text, "es", date(2023, 1, 25)) if text[d.span.start : d.span.end].lower() == "ese día"]
    assert [d.range.start for d in found] == [date(2023, 1, 24)]


def test_that_day_after_yesterday_is_the_old_day_written_out():
    text = ("Vigil in Ayacucho\n\n"
            "About twenty relatives of the victims of December 15, 2022 held a vigil yesterday outside the prosecutor's office in Ayacucho.\n\n"
            "That day, ten people were shot dead by soldiers near the airport. Forty others were wounded.\n")
    events = _out(text, date(2024, 6, 20), "en").events
    vigil = [e for e in events if e.sub_type == "peaceful"]
    assert len(vigil) == 1 and vigil[0].fatalities is None and vigil[0].injuries is None
    # the deadly day recalled is its own event (events.DEADLY_RECALL_DAYS), with its dead and wounded
    (day,) = [e for e in events if e is not vigil[0]]
    assert day.date.start == date(2022, 12, 15) and day.fatalities.value == 10 and day.injuries.value == 40


def test_aprehendio_a_counts_the_arrested():
    text = ("Desalojo\n\nLa Policía aprehendió a una treintena de manifestantes durante el desalojo de la Plaza San Martín este jueves.\n")
    events = _out(text, date(2023, 1, 20)).events
    assert [e.arrests.low for e in events if e.arrests is not None] == [30]
    assert all(e.participants is None for e in events)


def test_bullet_wounds_and_pellets_keep_the_bullets():
    text = ("Hospital de Juliaca\n\nLos heridos de los enfrentamientos de este lunes en Juliaca presentaban impactos de bala y perdigones.\n")
    events = _out(text, date(2023, 1, 10)).events
    assert events and "live_ammunition" in events[0].state_response
