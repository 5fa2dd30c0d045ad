"""A protest's own onset day; a place named as the point another lies off
from; a crowd verb that keeps a later casualty word apart; an action's named
length counted back from the day it ended; a week-old weekday; the march told
by its column; arrests told in the feminine."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str, published: date) -> list:
    return EX.extract(text, published=published, lang=lang).events


def test_protests_that_broke_out_on_a_day_are_dated_that_day():
    for text, lang in (
        ("Unrest\n\nProtests broke out on Sunday in Juliaca.\n", "en"),
        ("Protestas\n\nLas protestas comenzaron el domingo en Juliaca.\n", "es"),
    ):
        events = _events(text, lang, date(2023, 1, 10))
        assert [(str(e.date.start), e.place.admin1) for e in events] == [("2023-01-08", "Puno")], text


def test_the_day_a_movement_began_told_in_a_clause_is_no_incident():
    # "since it began on December 7" dates the movement of a running total, not an incident of that day
    text = ("Toll\n\nThe ombudsman's office now counts 53 people dead in the unrest since it began on December 7.\n")
    out = EX.extract(text, published=date(2022, 12, 12), lang="en")
    assert not any(e.fatalities and e.fatalities.low == 53 for e in out.events)
    text = ("Paro\n\nLas protestas en Popayán se enmarcan en el paro nacional que comenzó el lunes contra la reforma.\n")
    # (the strike runs on from that day; no one-day incident of it)
    assert not any(str(e.date.start) == str(e.date.end) == "2021-05-03" for e in _events(text, "es", date(2021, 5, 6)))


def test_a_place_named_as_a_bearing_is_not_the_incidents():
    text = "Cuba\n\nProtests began on Sunday morning in San Antonio de los Baños, southwest of Havana.\n"
    assert [(e.place.name, e.place.admin1) for e in _events(text, "en", date(2021, 7, 13))] == [("San Antonio de los Baños", "Artemisa")]
    # a neighbourhood the gazetteer does not know keeps the city it is told off from
    text = ("Cali\n\nCALI, Colombia, 4 may (Agencia) — Al menos tres personas murieron la noche del lunes en el barrio "
            "Siloé, al oeste de Cali, cuando la policía disparó contra una velatón.\n")
    assert {e.place.admin1 for e in _events(text, "es", date(2021, 5, 4))} == {"Valle del Cauca"}


def test_a_crowd_verb_keeps_a_later_casualty_word_apart():
    text = "Women's march\n\nHundreds marched in Guadalajara on Monday demanding that no more women be killed.\n"
    (event,) = _events(text, "en", date(2021, 3, 9))
    assert event.fatalities is None and event.sub_type == "peaceful"
    # a people noun still takes the casualty word after it
    text = "Clashes\n\nAt least 41 demonstrators who had blocked the bridge were injured in Juliaca on Monday.\n"
    assert any(e.injuries and e.injuries.low == 41 for e in _events(text, "en", date(2023, 1, 12)))


def test_a_state_killing_days_before_a_march_is_its_own_days():
    text = "March\n\nHundreds marched in Cusco on Monday, a week after police killed a teenager during a raid.\n"
    events = _events(text, "en", date(2023, 1, 18))
    march = [e for e in events if str(e.date.start) == "2023-01-16"]
    assert march and all(e.fatalities is None for e in march)
    assert any(str(e.date.start) == "2023-01-09" and e.fatalities and e.fatalities.low == 1 for e in events)


def test_an_ended_actions_named_length_counts_back_from_the_day_it_ended():
    for text, lang, start in (
        ("Paro\n\nEl paro nacional de 11 días terminó el 15 de enero en Puno.\n", "es", "2023-01-05"),
        ("Strike\n\nResidents lifted their 11-day national strike in Puno on January 15.\n", "en", "2023-01-05"),
        ("Paro\n\nEl paro de transportistas de 3 días terminó el 15 de enero en Lima.\n", "es", "2023-01-13"),
    ):
        events = _events(text, lang, date(2023, 1, 20))
        assert [(str(e.date.start), str(e.date.end)) for e in events] == [(start, "2023-01-15")], text
    # a strike begun on the day told runs ahead of it, not back
    text = "Paro\n\nLos transportistas iniciaron el lunes un paro de tres días en Lima.\n"
    assert all(str(e.date.start) == "2023-01-16" for e in _events(text, "es", date(2023, 1, 17)))


def test_the_previous_weekday_of_the_reports_own_weekday_is_a_week_back():
    for text, lang in (
        ("Cusco\n\nEl viernes anterior, cientos de personas marcharon hasta la plaza de Armas de Cusco.\n", "es"),
        ("Cusco\n\nThe previous Friday, hundreds of people marched to the main square of Cusco.\n", "en"),
    ):
        assert [str(e.date.start) for e in _events(text, lang, date(2020, 10, 9))] == ["2020-10-02"], text


def test_a_column_of_protesters_marches_and_capturadas_are_arrests():
    text = "Lima\n\nLa columna de manifestantes avanzó por la avenida Abancay el jueves y fue dispersada con gases.\n"
    assert [e.forms for e in _events(text, "es", date(2023, 1, 20))] == [["march"]]
    text = "Bogotá\n\nEl ministro informó que 70 personas fueron capturadas el miércoles en Bogotá durante las protestas.\n"
    (event,) = _events(text, "es", date(2020, 9, 10))
    assert event.arrests is not None and event.arrests.low == 70 and "arrests" in event.state_response


def test_a_second_surname_is_no_place_and_arrests_told_after_a_riot_are_its():
    text = ("Bogotá\n\nCientos de manifestantes atacaron e incendiaron comandos de policía en Bogotá el miércoles por la noche.\n\n"
            "El ministro de Defensa, Carlos Holmes Trujillo, informó que 70 personas fueron capturadas.\n")
    (event,) = _events(text, "es", date(2020, 9, 10))
    assert event.place.name == "Bogotá" and event.arrests is not None and event.arrests.low == 70


def test_a_slogan_told_as_a_clause_names_no_killing():
    text = ("8M\n\nThe march, called under the slogan that no more women be killed, also drew crowds in Guadalajara on Monday, "
            "where demonstrators painted the facades of government buildings.\n")
    (event,) = _events(text, "en", date(2021, 3, 9))
    assert event.sub_type == "peaceful" and "killings" not in event.state_response
    text = "8M\n\nCientos marcharon el lunes en Guadalajara bajo el lema de que no maten a más mujeres, sin incidentes.\n"
    (event,) = _events(text, "es", date(2021, 3, 9))
    assert event.fatalities is None and "killings" not in event.state_response


def test_pots_carried_into_the_streets_are_a_cacerolazo():
    text = "Cacerolazo\n\nPor la noche, miles de vecinos salieron a las calles con cacerolas en Rosario.\n"
    (event,) = _events(text, "es", date(2017, 12, 19))
    assert "rally" in event.forms


def _counts(text: str, lang: str, published: date) -> tuple[list, list]:
    out = EX.extract(text, published=published, lang=lang)
    events = [(e.sub_type, e.fatalities.low if e.fatalities else None, e.injuries.low if e.injuries else None) for e in out.events]
    return events, [(t.measure, t.value) for t in out.tallies]


def test_a_toll_so_far_right_after_a_clash_is_the_clashs():
    for text, lang in (
        ("Juliaca\n\nProtesters clashed with police near the Juliaca airport on Monday. So far 12 people have died and "
         "46 were injured, according to health officials.\n", "en"),
        ("Juliaca\n\nManifestantes se enfrentaron con la Policía en las inmediaciones del aeropuerto de Juliaca. Hasta el "
         "momento se registran 12 personas fallecidas y 46 heridas.\n", "es"),
    ):
        events, tallies = _counts(text, lang, date(2023, 1, 9))
        assert events == [("excessive_force", 12, 46)] and not tallies, text
    # with the campaign named, the count up to now is the movement's
    text = "Peru\n\nProtesters clashed with police near the Juliaca airport on Monday. So far 49 people have died in the protests.\n"
    events, tallies = _counts(text, "en", date(2023, 1, 9))
    assert ("fatalities", 49) in [(m, int(v)) for m, v in tallies] and all(f is None for _, f, _ in events)


def test_the_dead_told_after_a_clash_make_it_lethal_force_as_in_one_sentence():
    one = _counts("Juliaca\n\nProtesters clashed with police in Juliaca on Monday, and two people died.\n", "en", date(2023, 1, 9))[0]
    two = _counts("Juliaca\n\nProtesters clashed with police in Juliaca on Monday. Two people died.\n", "en", date(2023, 1, 9))[0]
    assert one == two == [("excessive_force", 2, None)]


def test_police_clearing_a_road_in_the_present_is_an_intervention():
    text = ("Paro\n\n23 de octubre: un grupo de manifestantes bloquea la avenida Panamericana Norte, en Los Olivos, hasta que "
            "la Policía lo desaloja.\n")
    (event,) = _events(text, "es", date(2024, 10, 24))
    assert event.sub_type == "intervention" and "dispersal" in event.state_response


def test_officers_with_injuries_are_injured():
    text = ("Moquegua\n\nEn el puente Montalvo, los manifestantes atacaron con piedras al personal policial el viernes, "
            "resultando cinco efectivos con lesiones leves.\n")
    (event,) = _events(text, "es", date(2023, 1, 13))
    assert event.injuries is not None and event.injuries.low == 5


def test_a_share_that_splits_the_toll_after_a_clash_keeps_it_the_clashs():
    text = ("Juliaca\n\nOn January 9, thousands of people converged on the airport of Juliaca. Police fired tear gas and then "
            "live rounds. By nightfall, 17 civilians were dead, most of them shot.\n")
    events, tallies = _counts(text, "en", date(2023, 4, 10))
    assert events == [("excessive_force", 17, None)] and not tallies


def test_a_sentence_on_its_paragraphs_day_is_not_folded_into_another_days_incident_there():
    text = ("Puno\n\nOn the morning of January 4, the Aymara communities did what they had promised. Markets closed, and by "
            "noon rocks and tree trunks lay across the roads leading out of Puno, Juliaca and Ilave.\n\n"
            "Five days later, on January 9, police fired live rounds at protesters at the airport of Juliaca, killing 17.\n")
    got = sorted((str(e.date.start), e.place.admin1, e.fatalities.low if e.fatalities else None) for e in _events(text, "en", date(2023, 4, 10)))
    assert got == [("2023-01-04", "Puno", None), ("2023-01-09", "Puno", 17)]


def test_a_weekday_and_day_no_recent_week_holds_are_the_storys():
    text = ("Andahuaylas\n\nEl 10 de diciembre de 2022 cientos de comuneros tomaron la plaza de armas de Andahuaylas.\n\n"
            "Al día siguiente, domingo 11, la multitud se dirigió al aeropuerto de Huancabamba y la Policía respondió con "
            "disparos. Murieron dos adolescentes.\n\nEl lunes 12 la protesta se extendió a Chincheros, donde falleció un tercer joven.\n")
    got = sorted((str(e.date.start), e.fatalities.low if e.fatalities else None) for e in _events(text, "es", date(2023, 12, 12)))
    assert got == [("2022-12-10", None), ("2022-12-11", 2), ("2022-12-12", 1)]


def test_a_response_denied_is_none():
    text = "Lima\n\nPolice fired tear gas at marchers in Lima on Monday. No one was arrested, officials said.\n"
    (event,) = _events(text, "en", date(2023, 1, 10))
    assert event.state_response == ["tear_gas"]
    text = "Andahuaylas\n\nUnas 500 personas marcharon el domingo hasta el aeropuerto de Andahuaylas. \"Nadie ha sido detenido\", dijo una madre.\n"
    (event,) = _events(text, "es", date(2023, 12, 12))
    assert "arrests" not in event.state_response


def test_similar_protests_elsewhere_take_the_incidents_day_not_a_measures_told_since():
    text = ("Strike\n\nLIMA, Peru (AP) — Thousands of bus drivers in Lima parked their vehicles Thursday and marched to Congress.\n\n"
            "The government declared a state of emergency in 14 Lima districts last month, but drivers say it has done little.\n\n"
            "Similar protests took place in the northern city of Trujillo, where transport workers blocked the Panamericana highway.\n")
    trujillo = [e for e in _events(text, "en", date(2024, 10, 10)) if e.place.admin1 == "La Libertad"]
    assert [str(e.date.start) for e in trujillo] == ["2024-10-10"]


def test_partial_stoppages_are_strikes():
    text = "Paro\n\nEn Chiclayo y Piura también se registraron paralizaciones parciales el miércoles.\n"
    assert sorted(e.place.admin1 for e in _events(text, "es", date(2024, 10, 23))) == ["Lambayeque", "Piura"]


def test_a_headlines_present_crowd_verb_counts_the_crowd():
    for text, low in (("Lima\n\nThousands march in Lima against Boluarte on Thursday.\n", 2000),
                      ("Cusco\n\nHundreds rally in Cusco on Monday to demand new elections.\n", 200)):
        (event,) = _events(text, "en", date(2023, 1, 20))
        assert event.participants is not None and event.participants.low == low, text


def test_force_the_police_denied_is_no_force_told():
    for text, lang in (("Juliaca\n\nPolice denied firing live rounds at protesters in Juliaca on Monday.\n", "en"),
                       ("Juliaca\n\nLa Policía negó haber disparado contra los manifestantes en Juliaca el lunes.\n", "es")):
        assert all(not e.state_response for e in _events(text, lang, date(2023, 1, 12))), text


def test_a_headline_joining_two_regions_by_as_before_a_count_is_two_incidents():
    text = "Peru\n\nThousands march in Lima as 17 are killed in Juliaca clashes on Monday.\n"
    got = sorted((e.place.admin1, e.sub_type, e.fatalities.low if e.fatalities else None) for e in _events(text, "en", date(2023, 1, 10)))
    assert got == [("Lima", "peaceful", None), ("Puno", "excessive_force", 17)]
    # "as many as 17" is no conjunction before a count
    text = "Peru\n\nPolice killed as many as 17 people in Juliaca on Monday, while thousands marched in Lima.\n"
    assert ("Puno", 17) in [(e.place.admin1, e.fatalities.low if e.fatalities else None) for e in _events(text, "en", date(2023, 1, 10))]


def test_a_factboxs_totals_are_tallies_and_how_the_dead_died_is_no_incident():
    text = ("FACTBOX-Peru's protests in numbers\n\nFeb 10 (Reuters) - Peru has been rocked by protests since the ouster of "
            "Pedro Castillo on Dec. 7. Here are some key facts:\n\n"
            "* DEATHS: At least 48 civilians have died in clashes with security forces, according to the ombudsman's office.\n\n"
            "* INJURED: More than 1,200 people, including hundreds of police officers, have been injured.\n")
    out = EX.extract(text, published=date(2023, 2, 10), lang="en")
    assert sorted((t.measure, int(t.value)) for t in out.tallies) == [("fatalities", 48), ("injuries", 1200)]
    assert not out.events


def test_machu_picchu_told_closed_in_the_passive_is_the_closure():
    for text, lang in (("Peru protests\n\nMachu Picchu was closed from Jan. 21 to Feb. 15 because of the protests.\n", "en"),
                       ("Protestas\n\nMachu Picchu estuvo cerrado del 21 de enero al 15 de febrero por las protestas.\n", "es")):
        assert [(e.type, e.sub_type, str(e.date.start)) for e in _events(text, lang, date(2023, 2, 20))] == [
            ("strategic_development", "other", "2023-01-21")], text


def test_protests_that_spread_to_the_capital_are_there_on_the_where_clauses_day():
    for text, lang in (
        ("Peru\n\nProtests broke out in Puno on Monday and spread to the capital, where thousands marched on Tuesday.\n", "en"),
        ("Perú\n\nLas protestas estallaron en Puno el lunes y se extendieron a la capital, donde miles marcharon el martes.\n", "es"),
    ):
        got = sorted((e.place.admin1, str(e.date.start)) for e in _events(text, lang, date(2023, 1, 12)))
        assert got == [("Lima", "2023-01-10"), ("Puno", "2023-01-09")], text
    # on its way there is not there
    text = "Peru\n\nCaravans left Puno on Monday heading to the capital, where a march is planned.\n"
    assert all(e.place.admin1 != "Lima" for e in _events(text, "en", date(2023, 1, 12)))


def test_a_toll_set_beside_a_measure_is_two_events():
    for text, lang in (("Peru\n\nPeru: 17 dead in Juliaca clashes, curfew declared in Puno on Tuesday\n", "en"),
                       ("Perú\n\nPerú: 17 muertos en enfrentamientos en Juliaca y toque de queda en Puno este martes\n", "es")):
        got = sorted((e.type, e.fatalities.low if e.fatalities else None) for e in _events(text, lang, date(2023, 1, 11)))
        assert got == [("protest", 17), ("strategic_development", None)], text


def test_the_death_of_a_wounded_man_is_no_wound_counted():
    text = ("Protestas\n\nLa Defensoría del Pueblo elevó a 49 la cifra de fallecidos en las protestas, tras la muerte de un "
            "herido en Juliaca.\n")
    out = EX.extract(text, published=date(2023, 1, 24), lang="es")
    assert [(t.measure, int(t.value)) for t in out.tallies] == [("fatalities", 49)]
    assert not any(e.injuries for e in out.events)


def test_a_measure_answering_the_last_incident_takes_its_day():
    text = ("Puno\n\nOn January 9, police killed 17 protesters in Juliaca. The next day, a police officer was burned to death "
            "by a mob.\n\nThe government responded by declaring a curfew in Puno for three nights.\n")
    measures = [e for e in _events(text, "en", date(2023, 4, 10)) if e.type == "strategic_development"]
    assert [str(e.date.start) for e in measures] == ["2023-01-10"]


def test_bodies_counted_right_before_a_crowd_verb_are_no_crowd():
    for text, lang in (("Lima\n\nFive unions march in Lima on Thursday.\n", "en"),
                       ("Lima\n\nCinco sindicatos marchan en Lima el jueves.\n", "es")):
        (event,) = _events(text, lang, date(2023, 1, 20))
        assert event.participants is None, text
    # people right before the verb are the crowd, known to the lexicon or not
    (event,) = _events("Puno\n\nDoscientas campesinas marchan en Puno el lunes.\n", "es", date(2023, 1, 20))
    assert event.participants is not None and event.participants.low == 200
