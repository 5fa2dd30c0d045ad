"""Where one incident ends and another begins, and which night a report means.

Written for these tests (own wording, facts of Peru's 2022-2023 protests):
two kinds of incident in two districts of one region on one day; nights told
without a date; the day of a strike an action falls on; a blockade cleared by
the police; delegations arriving to protest; a death the police are blamed for.
"""

from datetime import date

import pytest

from kipu.extract.dates import find_dates


def _one(extraction):
    assert len(extraction.events) == 1, [e.to_dict("") for e in extraction.events]
    return extraction.events[0]


# -- 1. two incidents in one region on one day --------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Crowds force their way into Arequipa airport\n\n"
         "On Thursday several hundred demonstrators stormed the Rodríguez Ballón airport in the Cerro Colorado "
         "district of Arequipa, tore down the perimeter fence and set fire to a guard post.\n\n"
         "That same day, in the Uchumayo district, officers shot at people who were blocking the highway; a young man "
         "died of a bullet wound, the regional health office reported.", "en"),
        ("Turba ingresa al aeropuerto de Arequipa\n\n"
         "El jueves varios cientos de manifestantes ingresaron por la fuerza al aeropuerto Rodríguez Ballón, en el distrito "
         "de Cerro Colorado, tumbaron el cerco perimétrico e incendiaron una garita.\n\n"
         "Ese mismo jueves, en el distrito de Uchumayo, agentes dispararon contra quienes bloqueaban la carretera y un joven "
         "murió por un impacto de bala, informó la Gerencia Regional de Salud.", "es"),
    ],
)
def test_a_storming_and_a_shooting_in_two_districts_of_one_region_are_two_events(extractor, text, lang):
    ex = extractor.extract(text, published=date(2023, 1, 20), lang=lang)
    kinds = sorted((e.type, e.sub_type) for e in ex.events)
    assert kinds == [("protest", "excessive_force"), ("riot", "violent_demonstration")]
    assert {e.place.admin1 for e in ex.events} == {"Arequipa"}
    assert {e.date.start for e in ex.events} == {date(2023, 1, 19)}


def test_a_crowd_shot_on_the_way_to_an_airport_stays_one_event(extractor):
    # the bridge and the airport lie in one district: one scene, one incident
    text = ("Un joven murió el jueves en los alrededores del aeropuerto Rodríguez Ballón durante choques con la policía. "
            "Según vecinos, recibió un disparo en el puente Añashuayco, cuando cientos de personas avanzaban hacia el terminal.")
    ev = _one(extractor.extract(text, published=date(2023, 1, 20), lang="es"))
    assert ev.sub_type == "excessive_force"


def test_marchers_tear_gassed_at_their_towns_airport_stay_one_event(extractor):
    text = ("On Monday thousands marched through Juliaca. Near the Inca Manco Cápac airport, police fired tear gas at them.")
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang="en"))
    assert ev.sub_type == "intervention"


# -- 2. a night told without a date ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # from publication: the night before
        ("Officers broke up a sit-in at the Plaza San Martín in Lima overnight.", "en", date(2023, 1, 19)),
        ("Police and demonstrators fought in Juliaca during the night, leaving a dozen hurt.", "en", date(2023, 1, 19)),
        ("Durante la noche, la policía dispersó con gases a los manifestantes en la plaza San Martín de Lima.", "es", date(2023, 1, 19)),
        # the small hours of the day of publication
        ("En la madrugada, la policía desalojó a los estudiantes que protestaban en la universidad San Marcos, en Lima.", "es", date(2023, 1, 20)),
        ("Esta madrugada, cientos de agricultores bloquearon la Panamericana Sur en Ica.", "es", date(2023, 1, 20)),
        ("Anoche, cientos de manifestantes se enfrentaron con la policía en Juliaca.", "es", date(2023, 1, 19)),
    ],
)
def test_a_night_without_a_date_counts_from_publication(extractor, text, lang, day):
    ev = _one(extractor.extract(text, published=date(2023, 1, 20), lang=lang))
    assert ev.date.start == day


def test_a_night_follows_the_day_its_paragraph_gave():
    text = "On January 9 the crowd gathered again near the airport. Overnight, a patrol car was burned."
    days = [d.range.start for d in find_dates(text, "en", date(2023, 1, 12))]
    assert days == [date(2023, 1, 9), date(2023, 1, 9)]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Clashes broke out overnight on Monday in Juliaca.", "en", date(2023, 1, 16)),
        ("Hubo enfrentamientos en la madrugada del lunes en Juliaca.", "es", date(2023, 1, 16)),
        ("La policía intervino en la madrugada de hoy en Juliaca.", "es", date(2023, 1, 20)),
    ],
)
def test_a_night_named_by_its_day_takes_that_day(text, lang, day):
    mentions = find_dates(text, lang, date(2023, 1, 20))
    assert [d.range.start for d in mentions] == [day]


# -- 5. the day of a strike an action falls on ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Este miércoles, en la tercera jornada del paro indefinido, miles de pobladores marcharon en Puno.", "es"),
        ("On Wednesday, the third day of the indefinite strike, thousands of residents marched in Puno.", "en"),
        ("Thousands marched in Puno on Wednesday, on the third day of the indefinite strike.", "en"),
    ],
)
def test_an_action_on_the_nth_day_of_a_strike_is_that_days(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 11), lang=lang))
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 11), date(2023, 1, 11))


def test_a_blockade_held_for_a_third_day_still_reaches_back(extractor):
    text = "Transportistas bloquearon por tercer día la Panamericana Sur en Arequipa este miércoles."
    ev = _one(extractor.extract(text, published=date(2023, 1, 11), lang="es"))
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 9), date(2023, 1, 11))


# -- 4. a standing blockade cleared by the police ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police reopen the highway at Chala\n\n"
         "Residents of Chala, in Arequipa, have blocked the Pan-American Highway since Friday, demanding that Boluarte resign.\n\n"
         "At dawn on Wednesday, police cleared the road, hauling away rocks and logs and firing tear gas at the protesters.", "en"),
        ("Policía reabre la Panamericana en Chala\n\n"
         "Desde el viernes, vecinos de Chala, en Arequipa, mantenían bloqueada la Panamericana Sur para exigir la renuncia de Boluarte.\n\n"
         "La madrugada de este miércoles, agentes desbloquearon la vía y dispersaron con gases lacrimógenos a los manifestantes.", "es"),
    ],
)
def test_a_blockade_cleared_by_police_is_one_intervention(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 25), lang=lang))
    assert (ev.type, ev.sub_type) == ("protest", "intervention")
    assert "roadblock" in ev.forms
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 20), date(2023, 1, 25))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officers cleared the Pan-American Highway at Chala, in Arequipa, at dawn on Wednesday, firing tear gas at the "
         "protesters. Residents had blocked the road since Friday to demand early elections.", "en"),
        ("La Policía desbloqueó este miércoles la Panamericana Sur en Chala, en Arequipa, y dispersó con gases a los "
         "manifestantes. Los vecinos bloqueaban la vía desde el viernes para exigir elecciones.", "es"),
    ],
)
def test_a_clearing_told_first_still_spans_the_blockades_days(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 25), lang=lang))
    assert ev.sub_type == "intervention"
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 20), date(2023, 1, 25))


def test_a_clearing_elsewhere_in_the_region_is_its_own_event(extractor):
    text = ("Desde el viernes, vecinos de Chala, en Arequipa, mantenían bloqueada la Panamericana Sur.\n\n"
            "El miércoles, en el distrito de Yura, agentes desbloquearon la vía y dispersaron con gases lacrimógenos a los manifestantes.")
    ex = extractor.extract(text, published=date(2023, 1, 25), lang="es")
    assert len(ex.events) == 2


# -- 3. delegations arriving to protest ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cientos de comuneros aimaras de Puno llegaron este lunes a Lima para sumarse a las marchas contra el Gobierno.", "es"),
        ("Hundreds of Aymara villagers from Puno arrived in Lima on Monday to join the marches against the government.", "en"),
    ],
)
def test_an_arrival_to_protest_is_a_caravan_where_it_arrives(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 16), lang=lang))
    assert ev.place.admin1 == "Lima"
    assert "caravan" in ev.forms and "march" not in ev.forms


def test_arriving_and_marching_is_a_march_where_they_arrived(extractor):
    text = ("Cientos de comuneros aimaras de Puno llegaron el lunes a Lima y marcharon por la avenida Abancay hacia el Congreso "
            "para exigir la salida de Boluarte.")
    ev = _one(extractor.extract(text, published=date(2023, 1, 17), lang="es"))
    assert ev.place.admin1 == "Lima"
    assert "march" in ev.forms


# -- a death the police are blamed for -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El martes, decenas de estudiantes con pancartas se plantaron frente a la comisaría de Huancabamba, donde "
         "culpaban a la policía de la muerte de un compañero.", "es"),
        ("On Tuesday dozens of students held a rally outside the police station in Andahuaylas and blamed the "
         "police for the death of a classmate.", "en"),
    ],
)
def test_a_rally_blaming_the_police_for_a_death_is_peaceful(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2022, 12, 14), lang=lang))
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")


def test_overnight_naming_a_kind_of_thing_dates_nothing():
    # "an overnight curfew" says how long each night's curfew lasts, not when it was imposed
    assert find_dates("The government imposed an overnight curfew in Puno.", "en", date(2023, 1, 20)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La marcha de los trabajadores llegó a Juliaca el lunes por la tarde.", "es"),
        ("Police arrived in Juliaca on Monday and fired tear gas at the protesters.", "en"),
    ],
)
def test_a_march_or_the_police_arriving_is_no_caravan(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 17), lang=lang))
    assert "caravan" not in ev.forms


def test_a_clearing_sentence_that_says_how_long_the_road_was_blocked_spans_those_days(extractor):
    text = ("Agentes desbloquearon este miércoles la Panamericana Sur en Chala, en Arequipa, que seguía bloqueada desde hace "
            "cinco días, y dispersaron con gases a los manifestantes.")
    ev = _one(extractor.extract(text, published=date(2023, 1, 25), lang="es"))
    assert ev.sub_type == "intervention"
    assert (ev.date.start, ev.date.end) == (date(2023, 1, 20), date(2023, 1, 25))
