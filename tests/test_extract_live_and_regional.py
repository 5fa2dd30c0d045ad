"""Spanish text styles beyond the plain news report: chronologies told in the
historical present, live blogs, columns of regional briefs, road reports,
anniversary marches and follow-ups that name the dead of another day."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date):
    return EX.extract(text, published=published, lang="es").events


def _one(text: str, published: date):
    events = _events(text, published)
    assert len(events) == 1, [(e.type, e.sub_type, e.place) for e in events]
    return events[0]


# -- the historical present of chronologies -----------------------------------

def test_a_chronology_in_the_present_tense_counts_its_dead():
    text = ("Las fechas de la crisis\n\n"
            "3 de marzo de 2023. En Ilave, soldados disparan contra los comuneros que bloquean el puente. Mueren tres personas.\n")
    e = _one(text, date(2023, 4, 1))
    assert (e.sub_type, e.fatalities.low) == ("excessive_force", 3)
    assert "live_ammunition" in e.state_response


def test_a_named_victim_before_a_singular_death_verb_is_one_death():
    text = ("Las fechas de la crisis\n\n"
            "Los manifestantes marcharon el 4 de febrero por el centro de Tacna. "
            "Ese día, Rosa Quispe Mamani muere tras recibir un proyectil en el pecho.\n")
    e = _one(text, date(2023, 3, 1))
    assert e.fatalities is not None and e.fatalities.low == 1


# -- who the dead are: mourned, portrayed, or shot at ---------------------------

def test_mourners_of_the_dead_are_no_dead_of_their_own():
    text = ("Duelo\n\nAyer, miles de vecinos velaron a los fallecidos en la plaza de Armas de Ilave y marcharon hasta el cementerio.\n")
    e = _one(text, date(2023, 1, 12))
    assert e.fatalities is None and e.sub_type == "peaceful"
    assert "vigil" in e.forms


def test_portraits_of_the_dead_carried_at_a_sit_in_count_no_deaths():
    text = ("Plantón\n\nEsta mañana, unas cincuenta madres realizaron un plantón frente a la fiscalía de Puno, "
            "con retratos de los 12 fallecidos, para exigir justicia a cuatro meses de la masacre.\n")
    e = _one(text, date(2023, 5, 9))
    assert e.fatalities is None and e.sub_type == "peaceful"
    assert "killings" not in e.state_response and "rally" in e.forms


def test_the_shots_a_victim_took_are_not_the_dead():
    text = ("Paro\n\nDecenas de mototaxistas bloquearon hoy la avenida principal de Puente Piedra "
            "en protesta por el asesinato de un colega, que recibió seis balazos.\n")
    e = _one(text, date(2024, 10, 2))
    assert e.sub_type == "peaceful" and e.fatalities is None


def test_a_killing_a_blockade_protests_against_is_no_state_force():
    text = ("Paro\n\nDecenas de choferes bloquearon esta mañana la avenida Naranjal, en Los Olivos, "
            "en protesta por el asesinato de un compañero.\n")
    e = _one(text, date(2024, 10, 2))
    assert e.sub_type == "peaceful" and "killings" not in e.state_response


def test_a_march_for_justice_for_the_dead_stays_peaceful_and_where_it_marched():
    text = ("Memoria\n\nUna marcha pacífica recorrió ayer el Cercado de Lima en memoria de los muertos de Ayacucho.\n")
    e = _one(text, date(2023, 3, 16))
    assert (e.sub_type, e.place.admin1) == ("peaceful", "Lima")


def test_the_day_of_the_dead_mourned_does_not_date_the_march():
    text = ("Memoria\n\nFamiliares marcharon pacíficamente en Juliaca pidiendo justicia para los fallecidos del 9 de enero.\n")
    e = _one(text, date(2023, 4, 20))
    assert e.date.start == date(2023, 4, 20)


def test_the_anniversary_of_a_removal_is_no_demand_for_one():
    text = ("Aniversario\n\nCientos de personas marcharon hoy en Lima, a un año de la vacancia de Pedro Castillo.\n")
    e = _one(text, date(2023, 12, 7))
    assert "removal_of_official" not in e.demands


# -- totals, plans and demands that are no incident ----------------------------

def test_a_toll_to_date_with_its_manner_is_no_incident():
    text = ("Balance\n\nHasta la fecha, 52 personas han fallecido en enfrentamientos con las fuerzas del orden.\n")
    out = EX.extract(text, published=date(2023, 3, 1), lang="es")
    assert out.events == [] and [t.value for t in out.tallies] == [52]


def test_ministers_investigated_over_deaths_are_no_death_toll():
    text = ("Fiscalía\n\nLa Fiscalía investiga al presidente del Consejo de Ministros y a varios de sus ministros por las muertes "
            "ocurridas en las protestas.\n")
    out = EX.extract(text, published=date(2024, 3, 14), lang="es")
    assert out.tallies == [] and all(e.fatalities is None for e in out.events)


def test_a_state_of_emergency_under_study_or_demanded_is_no_measure():
    weighed = "Emergencia\n\nEl Ejecutivo evalúa declarar el estado de emergencia en Tacna, informó el ministro.\n"
    asked = "Emergencia\n\nLos comerciantes exigieron al Gobierno la declaratoria de estado de emergencia en San Juan de Lurigancho.\n"
    for text in (weighed, asked):
        assert not [e for e in _events(text, date(2024, 10, 16)) if e.type == "strategic_development"]


# -- where: live blogs, regional briefs, road reports -------------------------

def test_a_column_of_regional_briefs_places_each_under_its_heading():
    text = ("Breves regionales\n\nLima, 8 de mayo de 2024.\n\n"
            "CAJAMARCA. Ronderos marcharon ayer por el centro de la ciudad contra la minería informal.\n\n"
            "TACNA. Estudiantes tomaron el martes el local de su universidad en rechazo al alza de pensiones.\n")
    assert sorted(e.place.admin1 for e in _events(text, date(2024, 5, 8))) == ["Cajamarca", "Tacna"]


def test_a_city_in_capitals_reads_as_a_dateline_only_at_the_top():
    from kipu.extract.places import mention_role, places_in

    top = "CUSCO. Cientos de comerciantes marcharon ayer por la avenida El Sol.\n"
    down = "Breves\n\nLima, 3 de enero.\n\nCUSCO. Cientos de comerciantes marcharon ayer por la avenida El Sol.\n"
    for text, role in ((top, "dateline"), (down, "neutral")):
        cusco = next(m for m in places_in(text) if m.surface == "CUSCO")
        assert mention_role(text, cusco) == role


def test_a_road_named_after_a_town_leaves_the_blockade_in_its_region():
    text = ("Carreteras\n\nEn Cusco, comuneros bloquean la vía Cusco–Sicuani en Combapata.\n")
    assert [e.place.admin1 for e in _events(text, date(2023, 1, 10))] == ["Cusco"]


def test_a_river_named_like_a_province_is_no_place():
    text = ("Breves\n\nLima, 2 de mayo de 2024.\n\nLORETO. Nativos del río Marañón mantienen tomada desde el lunes la estación 5 del oleoducto.\n")
    assert [e.place.admin1 for e in _events(text, date(2024, 5, 2))] == ["Loreto"]


def test_a_town_beside_a_region_it_shares_a_name_with_elsewhere_takes_that_region():
    text = ("Cronología\n\nLima, 7 de febrero de 2023.\n\n"
            "11 de diciembre de 2022. En Andahuaylas (Apurímac), manifestantes toman el aeródromo de Huancabamba.\n\n"
            "15 de diciembre de 2022. En Ayacucho, cientos de personas marchan por el centro.\n")
    assert sorted(e.place.admin1 for e in _events(text, date(2023, 2, 7))) == ["Apurímac", "Ayacucho"]


def test_a_district_of_a_region_named_by_its_capital_in_a_live_blog_stays_there():
    text = ("EN VIVO | Protestas en Lima\n\n"
            "21:10 | La Policía lanza gases contra los manifestantes en la avenida Abancay.\n\n"
            "19:45 | Arequipa: un grupo de manifestantes intentó ingresar al aeropuerto Rodríguez Ballón. "
            "La Policía los repelió y se reporta la muerte de un joven por impacto de bala en el distrito de Cerro Colorado.\n")
    regions = sorted(e.place.admin1 for e in _events(text, date(2023, 1, 19)))
    assert regions == ["Arequipa", "Lima"]


def test_clashes_in_two_regions_told_in_one_sentence_are_two_incidents():
    text = ("Reporte\n\nDurante el día hubo enfrentamientos en el distrito de Juli (Puno), donde se reportaron tres heridos, "
            "y en la ciudad de Cusco, donde la Policía detuvo a cuatro personas.\n")
    assert sorted(e.place.admin1 for e in _events(text, date(2023, 1, 22))) == ["Cusco", "Puno"]


def test_arrests_in_the_paragraphs_district_go_to_its_incident():
    text = ("Paro\n\nLima, 4 de octubre de 2024. La paralización de ayer dejó calles vacías en Lima y Callao.\n\n"
            "En Comas, choferes que sí trabajaron denunciaron ataques a sus unidades. La Policía detuvo a seis personas en ese distrito.\n")
    by_region = {e.place.admin1: e for e in _events(text, date(2024, 10, 4))}
    assert by_region["Lima"].arrests is not None and by_region["Lima"].arrests.low == 6
    assert by_region["Callao"].arrests is None


def test_a_bus_company_named_after_a_place_is_no_place():
    text = ("Paro\n\nDecenas de choferes de la empresa de transporte Santa Rosa bloquearon hoy la avenida Túpac Amaru, en Comas.\n")
    e = _one(text, date(2024, 9, 27))
    assert e.place.admin1 == "Lima" and e.place.name != "Santa Rosa"


# -- forms and sides ---------------------------------------------------------

def test_a_sit_in_held_is_a_rally():
    text = "Plantón\n\nEste jueves, una veintena de jubilados realizaron un plantón frente al Congreso, en Lima.\n"
    assert _one(text, date(2024, 3, 14)).forms == ["rally"]


def test_an_occupation_kept_up_is_an_occupation():
    text = "Toma\n\nLos comuneros mantienen tomada desde el lunes la planta de bombeo de Morona, en Loreto.\n"
    assert "occupation" in _one(text, date(2024, 5, 8)).forms


def test_smashing_the_windows_of_working_buses_is_a_riot():
    text = "Paro\n\nEn Ate, un grupo de manifestantes rompieron las lunas de dos buses que circulaban el jueves.\n"
    assert _one(text, date(2024, 10, 4)).type == "riot"


def test_business_owners_protesting_are_the_companies_not_their_target():
    text = ("Gamarra\n\nCientos de empresarios de Gamarra cerraron sus tiendas hoy en La Victoria en protesta por las extorsiones.\n")
    e = _one(text, date(2024, 10, 16))
    assert "companies" in e.actors and "companies" not in e.opponents


def test_a_share_of_the_total_just_told_counts_what_the_total_counts():
    text = ("Prensa\n\nEl colegio de periodistas registró 210 agresiones contra periodistas durante 2023. "
            "De ese total, 90 ocurrieron durante las marchas.\n")
    out = EX.extract(text, published=date(2024, 1, 5), lang="es")
    assert sorted((t.measure, t.value) for t in out.tallies) == [("press_aggressions", 90), ("press_aggressions", 210)]


def test_what_every_march_meets_is_a_habit_not_an_incident():
    text = "Columna\n\nEn Lima, cada marcha es recibida con gases lacrimógenos y perdigones.\n"
    assert _events(text, date(2023, 2, 12)) == []


def test_arrests_the_police_justify_with_a_quoted_riot_go_to_the_march():
    text = ("Redes\n\nTacna, 20 de enero de 2023. La Policía dispersó con bombas lacrimógenas a los manifestantes que marchaban "
            "este viernes por la avenida Bolognesi, en Tacna.\n\n\"Nos tiraron gases sin motivo\", escribió una usuaria.\n\n"
            "La Policía informó que \"un grupo de violentistas lanzó piedras contra los agentes\" y que cinco personas fueron detenidas.\n")
    e = _one(text, date(2023, 1, 20))
    assert e.type == "protest" and e.arrests is not None and e.arrests.low == 5


def test_a_police_communique_crowd_attacking_with_stones_is_a_riot_of_about_its_size():
    text = ("Comunicado\n\nEl día de hoy, un grupo aproximado de 1 500 personas intentó ingresar al aeropuerto de Jauja, "
            "atacando con piedras al personal policial.\n")
    e = _one(text, date(2023, 1, 5))
    assert e.type == "riot" and (e.participants.low, e.participants.qualifier) == (1500, "about")


def test_an_english_headline_in_the_present_tense_counts_its_dead():
    text = "Protester dies in Puno\n\nA protester dies after being shot by police in Ilave on Monday.\n"
    out = EX.extract(text, published=date(2023, 1, 11), lang="en")
    assert [(e.sub_type, e.fatalities.low) for e in out.events] == [("excessive_force", 1)]


def test_shops_shut_with_the_day_between_verb_and_shops_are_a_market_closure_at_gamarra():
    text = "Gamarra\n\nLos comerciantes de Gamarra cerraron este jueves sus tiendas en rechazo a los cobros de cupos.\n"
    e = _one(text, date(2024, 10, 17))
    assert "market_closure" in e.forms and e.place.admin1 == "Lima"


def test_each_item_of_a_bulleted_list_is_read_on_its_own():
    text = ("Lo que se sabe\n\nCusco, 15 de enero de 2023.\n\n"
            "- En Sicuani, 2 personas murieron el jueves en enfrentamientos con la Policía.\n"
            "- El Gobierno declaró el viernes un toque de queda de tres días en la provincia de Canchis.\n")
    kinds = sorted((e.type, e.date.start) for e in _events(text, date(2023, 1, 15)))
    assert kinds == [("protest", date(2023, 1, 12)), ("strategic_development", date(2023, 1, 13))]


def test_the_parts_of_a_total_after_a_colon_are_no_totals_of_their_own():
    text = ("Balance\n\nSegún la Defensoría, el número de fallecidos desde el inicio de las protestas asciende a "
            "diez: siete en Puno, dos en Cusco y uno en Lima.\n")
    out = EX.extract(text, published=date(2023, 1, 5), lang="es")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 10)]


def test_mourning_named_is_no_vigil_held():
    text = ("Apurímac\n\nAl duelo por los dos jóvenes que murieron el domingo se sumó ayer la marcha de dos mil personas en Abancay.\n")
    e = _one(text, date(2022, 12, 13))
    assert "vigil" not in e.forms and "march" in e.forms
