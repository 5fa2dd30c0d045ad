"""Spanish copy that uses protest words for other things: roads cut by
landslides, emergencies over floods, strikes ruled out or only called for,
the measures a union demands, a register's totals for a period, and an
officer set on fire by a crowd."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _out(text: str, published: date):
    return EX.extract(text, published=published, lang="es")


def _types(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.type, e.sub_type) for e in _out(text, published).events]


# -- nature, not a crowd --------------------------------------------------------

def test_a_landslide_that_blocks_a_road_is_no_roadblock():
    text = ("Deslizamiento en la sierra\n\n"
            "Huancayo, 2 de febrero de 2024. Un deslizamiento de tierra ocurrido la noche del jueves a la altura de la curva de Pachacayo "
            "bloqueó la carretera hacia Lima y dejó decenas de buses detenidos.\n")
    assert _types(text, date(2024, 2, 2)) == []


def test_a_road_cut_by_rockfall_is_no_roadblock_either():
    text = ("Vía interrumpida\n\nLa vía de acceso a Cajabamba permanece bloqueada por la caída de rocas desde el martes, informó el Ministerio de Transportes.\n")
    assert _types(text, date(2024, 2, 8)) == []


def test_villagers_who_block_a_road_in_the_rain_still_protest():
    text = ("Paro en Cajabamba\n\nBajo intensas lluvias, cientos de comuneros bloquearon este miércoles la vía de acceso a Cajabamba para exigir "
            "la reparación de un puente.\n")
    assert ("protest", "peaceful") in _types(text, date(2024, 2, 8))


def test_an_emergency_over_floods_bears_on_no_protest():
    text = ("Emergencia\n\nEl Ejecutivo declaró este lunes el estado de emergencia en 90 distritos de Piura y Tumbes por las intensas lluvias "
            "y el desborde de ríos.\n")
    assert _types(text, date(2023, 3, 20)) == []


def test_people_swept_away_by_a_river_were_not_killed_by_force():
    text = ("Huaico en Arequipa\n\nUn huaico caído en la quebrada de Pescadores bloqueó la vía en Camaná la tarde del sábado. Tres personas murieron arrastradas por el río.\n")
    assert _types(text, date(2024, 1, 28)) == []


# -- not happened: ruled out, called for, asked for -----------------------------

def test_a_strike_ruled_out_after_an_agreement_is_no_strike():
    text = ("Acuerdo en el puerto\n\nEstibadores y concesionaria firman acta y descartan la huelga anunciada para la próxima semana.\n")
    assert _types(text, date(2024, 5, 9)) == []


def test_the_last_strike_years_ago_is_no_news():
    text = ("Acuerdo en el puerto\n\nLa concesionaria recordó que la última huelga en el terminal ocurrió hace más de diez años.\n")
    assert _types(text, date(2024, 5, 9)) == []


def test_a_union_calling_its_members_in_the_first_person_is_a_call():
    text = ("Pronunciamiento\n\n\"Convocamos a todos los maestros del país a sumarse a esta medida de lucha\", dice el pronunciamiento, "
            "que además exige la declaratoria de emergencia del sector educación.\n")
    assert _types(text, date(2024, 6, 3)) == []


def test_a_state_of_emergency_a_union_demands_is_not_declared():
    text = ("Pronunciamiento\n\nLa federación de comerciantes exige la declaratoria de emergencia en Trujillo por la ola de extorsiones.\n")
    assert _types(text, date(2024, 6, 3)) == []


def test_a_state_of_emergency_declared_stays_a_measure():
    text = ("Emergencia\n\nTras las marchas del lunes, el Gobierno declaró el estado de emergencia en Trujillo por sesenta días.\n")
    assert ("strategic_development", "state_measure") in _types(text, date(2024, 6, 3))


# -- a register's totals ---------------------------------------------------------

def test_wounded_counted_in_the_same_period_are_a_tally():
    text = ("Informe\n\nLa Defensoría registró 40 fallecidos desde el inicio de las protestas en abril. "
            "En el mismo periodo, más de 900 personas resultaron heridas en marchas y bloqueos.\n")
    out = _out(text, date(2023, 6, 1))
    assert ("injuries", 900) in [(t.measure, t.value) for t in out.tallies]
    assert not [e for e in out.events if e.injuries]


def test_deaths_tied_to_the_blockades_are_part_of_a_total():
    text = ("Informe\n\nDesde el inicio de las movilizaciones el 28 de abril, 52 personas han muerto: 40 en enfrentamientos con la policía "
            "y 12 por hechos vinculados a los bloqueos.\n")
    out = _out(text, date(2021, 6, 20))
    assert out.events == []
    assert 52 in [t.value for t in out.tallies]


# -- who killed whom ------------------------------------------------------------------

def test_a_crowd_that_sets_an_officer_on_fire_is_mob_violence():
    text = ("Ataque en Ilave\n\nEn la noche del domingo, decenas de comuneros rodearon la comisaría de Ilave y quemaron a un policía "
            "que intentaba huir; el agente murió camino al hospital.\n")
    assert _types(text, date(2023, 1, 16)) == [("riot", "mob_violence")]


# -- places -----------------------------------------------------------------------

def test_two_streets_that_cross_name_no_city():
    text = ("Marcha en el centro\n\nLa policía lanzó gases lacrimógenos contra los manifestantes en la esquina de Abancay con el jirón Junín, "
            "en el Cercado de Lima, el martes.\n")
    out = _out(text, date(2023, 7, 20))
    assert {e.place.admin1 for e in out.events} == {"Lima"}


def test_a_square_named_after_a_town_is_that_towns_own():
    text = ("Romería en Juliaca\n\nEste lunes, unas 500 personas marcharon en silencio por las calles de Juliaca con fotos de sus deudos. "
            "La columna se concentró luego en la plaza Bolognesi, donde se celebró una misa.\n")
    out = _out(text, date(2023, 8, 7))
    assert {e.place.admin1 for e in out.events} == {"Puno"}


def test_a_cut_on_a_national_road_is_a_roadblock_where_it_was():
    text = ("Cortes en Salta\n\nComunidades originarias realizaron este lunes un corte en la ruta nacional 34, a la altura de Tartagal, "
            "en la provincia de Salta.\n")
    out = _out(text, date(2023, 6, 27))
    assert [(e.forms, e.place.admin1) for e in out.events] == [(["roadblock"], "Salta")]


def test_how_long_a_blockade_has_lasted_starts_no_total():
    text = ("Desalojo\n\nLa policía reprimió el martes una marcha en Tilcara. Al mismo tiempo, los comuneros que mantenían un bloqueo "
            "en la carretera desde hace días fueron desalojados por la policía, con varios detenidos.\n")
    out = _out(text, date(2023, 6, 21))
    assert out.tallies == []
    assert [e.arrests.low for e in out.events if e.arrests] == [3]


# -- counts -----------------------------------------------------------------------

def test_one_person_who_died_after_a_place_is_a_death_not_a_wound():
    text = ("Paro en Sicuani\n\nLa policía dispersó con gases a los manifestantes que bloqueaban el puente de Sicuani el lunes. "
            "El martes murió en el hospital de Cusco un comunero que había sido herido durante el desbloqueo.\n")
    out = _out(text, date(2023, 1, 11))
    assert [e.fatalities.low for e in out.events if e.fatalities] == [1]
    assert not [e for e in out.events if e.injuries and e.injuries.low == 1]


def test_a_death_and_another_person_wounded_stay_apart():
    text = ("Choques en Ilave\n\nEl martes murió en Ilave un manifestante y un policía resultó herido durante los enfrentamientos.\n")
    out = _out(text, date(2023, 1, 11))
    assert [(e.fatalities.low, e.injuries.low) for e in out.events] == [(1, 1)]


def test_the_article_counts_one_before_a_casualty_noun():
    text = ("Marcha en Tacna\n\nLa policía dispersó con gases lacrimógenos una marcha de estudiantes en Tacna el jueves. Se reporta al menos un herido.\n")
    out = _out(text, date(2023, 7, 21))
    assert [(e.injuries.low, e.injuries.qualifier) for e in out.events] == [(1, "at_least")]


def test_one_wounded_who_then_died_is_no_wound():
    text = ("Ayacucho\n\nLa policía reprimió el jueves una marcha en Huanta. El número de muertos subió a tres luego de que un herido "
            "falleciera en el hospital, informó la Diresa.\n")
    out = _out(text, date(2022, 12, 17))
    assert not [e for e in out.events if e.injuries and e.injuries.low == 1]


def test_policemen_and_soldiers_wounded_are_not_added_to_the_dead():
    text = ("Balance\n\nDesde el inicio del paro han muerto dos personas y más de 60 policías y militares resultaron heridos, según el Gobierno.\n")
    out = _out(text, date(2022, 6, 25))
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 2), ("injuries", 60)]


def test_deaths_tied_to_the_strike_over_weeks_are_a_total():
    text = ("Fin del paro\n\nDurante el mes de medida hubo bloqueos en los accesos de la ciudad. Según la Defensoría, tres personas murieron "
            "y al menos 80 resultaron heridas en hechos vinculados al paro.\n")
    out = _out(text, date(2022, 11, 27))
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 3), ("injuries", 80)]
    assert not [e for e in out.events if e.fatalities or e.injuries]


def test_a_headline_that_joins_two_regions_incidents_with_y_types_each():
    text = ("Un muerto en Ayaviri y choques en Arequipa durante el paro\n\n"
            "Un comunero murió el lunes en Ayaviri por un disparo. En Arequipa, manifestantes y policías se enfrentaron en el puente Añashuayco.\n")
    out = _out(text, date(2023, 1, 10))
    kinds = {e.place.admin1: (e.type, e.sub_type) for e in out.events}
    assert kinds["Arequipa"] == ("riot", "violent_demonstration")
    assert kinds["Puno"] == ("protest", "excessive_force")


# -- other senses ---------------------------------------------------------------------

def test_a_trial_run_and_halted_works_are_no_march_or_strike():
    text = ("Tren eléctrico\n\nEl Ministerio anunció que el nuevo tramo del tren iniciará su marcha blanca el lunes. "
            "La obra estuvo paralizada dos años por problemas con el contratista.\n")
    assert _types(text, date(2024, 3, 1)) == []


def test_the_end_of_a_strike_announced_is_a_development():
    # (and, since probe 10, the strike it ended is an event too, from the day it began to that day)
    text = ("Puerto\n\nEl sindicato de estibadores del Callao anunció este viernes el fin de la huelga que mantenía paralizado el puerto "
            "desde el 2 de mayo, tras firmar un acta con la empresa.\n")
    out = _out(text, date(2024, 5, 17))
    assert [(e.type, e.sub_type, e.place.admin1) for e in out.events] == [
        ("strategic_development", "other", "Callao"), ("protest", "peaceful", "Callao")]
    assert (out.events[1].date.start, out.events[1].date.end) == (date(2024, 5, 2), date(2024, 5, 17))


def test_halted_public_works_in_economic_news_are_no_strike():
    text = ("Inversión pública\n\nEl ministro dijo que la paralización de obras públicas en las regiones será superada este año con un nuevo plan.\n")
    assert _types(text, date(2023, 5, 15)) == []


def test_arrests_right_after_bottles_thrown_are_made_at_that_riot():
    text = ("Desalojo de ambulantes\n\nLa Municipalidad retiró el martes a los ambulantes de las veredas del jirón Huallaga, en el Cercado de Lima. "
            "Varios comerciantes arrojaron botellas contra los fiscalizadores y la policía detuvo a tres personas.\n")
    out = _out(text, date(2023, 8, 22))
    assert [(e.type, e.sub_type, e.arrests.low) for e in out.events if e.arrests] == [("riot", "violent_demonstration", 3)]


def test_a_raid_on_one_criminal_organisation_is_policing_of_crime():
    text = ("Operativo en Chiclayo\n\nEn la madrugada del martes, agentes y fiscales allanaron doce viviendas y detuvieron a 18 presuntos "
            "miembros de una organización criminal dedicada al cobro de cupos a mototaxistas.\n")
    assert _types(text, date(2024, 11, 12)) == []


def test_a_live_blogs_claims_and_tear_gas_join_the_march() -> None:
    # our own minute-by-minute entries: the claims said right after the march, and tear gas at a
    # crossing of the same city in the next entry, are that march's
    text = (
        "EN VIVO | Marcha en Lima\n\n"
        "11:40 a.m. | La marcha avanza por la avenida Nicolás de Piérola hacia la plaza San Martín. "
        "Los manifestantes exigen la renuncia de la presidenta y el adelanto de elecciones.\n\n"
        "1:20 p.m. | La Policía lanza bombas lacrimógenas en el cruce de la avenida Abancay con el jirón Lampa.\n"
    )
    [event] = EX.extract(text, published=date(2023, 7, 19), lang="es").events
    assert (event.place.admin1, event.sub_type) == ("Lima", "intervention")
    assert event.state_response == ["tear_gas"]
    assert event.demands == ["removal_of_official", "early_elections"]


def test_claims_told_in_another_paragraph_are_not_the_marchs() -> None:
    text = (
        "Titular\n\nCientos de docentes marcharon ayer por el centro de Cusco.\n\n"
        "En Lima, los gremios exigen el adelanto de elecciones.\n"
    )
    events = EX.extract(text, published=date(2023, 7, 19), lang="es").events
    assert [e.demands for e in events if e.place.admin1 == "Cusco"] == [[]]


def test_a_live_blogs_arrests_two_entries_later_are_the_protests() -> None:
    text = (
        "EN VIVO | Paro de transportistas en Lima\n\n"
        "11:30 a.m. | La Policía dispersa con gases lacrimógenos a los manifestantes en la plaza San Martín.\n\n"
        "4:15 p.m. | El tránsito se restablece parcialmente en la Vía Expresa.\n\n"
        "7:30 p.m. | La Policía confirma seis detenidos en el Cercado de Lima.\n"
    )
    [event] = EX.extract(text, published=date(2024, 10, 10), lang="es").events
    assert (event.place.admin1, event.arrests.low) == ("Lima", 6)
