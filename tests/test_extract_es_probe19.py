"""Nineteenth Spanish probe: articles of my own on Peru, December 2022 - March
2023 and 2024, and on Panama 2023, in styles not probed before (a Defensoría
monthly conflict report, a PNP communiqué with numbered items, a Puno radio
bulletin, a numbered X thread from Huamanga, a Fiscalía press note opening an
inquiry, a question-and-answer interview with an Aymara leader, a tourism
note on Machu Picchu's closure, an agenda of calls, a follow-up "a un año
de" Juliaca, an economic note on the losses from the blockades).

What it found and what these tests hold:
- "personal policial, en cumplimiento de una orden de desalojo, ingresó a la
  Ciudad Universitaria, que se encontraba tomada desde el día anterior" gave
  no event: a place "found taken" is occupied, and the state carrying out an
  eviction order there is force on the occupation (the eviction_order sense
  is about land and homes); "193 personas fueron conducidas a la sede de la
  Dircote" are arrests, as "conducidas a la comisaría" are;
- "resultaron heridos once efectivos policiales por el impacto de piedras"
  gave no event: officers hurt by the stones thrown is a riot;
- "El 9 de enero en Juliaca mataron a 17 hermanos y al día siguiente
  quemaron a un policía" made one mob killing with 17 dead: "y al día
  siguiente" opens the next day's clause, and a day's part that only counts
  its dead is lethal force at that day's protest;
- "El jueves 19 marchamos al centro" (an interview of Monday 16) was dated
  Thursday 12 and kept as a march: before a first-person-plural verb the
  number is the day of the month, and the plan, ahead, is dropped;
- "más de cincuenta heridos, varios con herida de bala" counted 3 wounded:
  a vague word after the comma with "con" describes some of the fifty;
- "1,327 acciones de protesta, cifra que casi triplica la de diciembre"
  dated the month's actions December: "triplica la de" compares;
- "Además, se reportaron 1,301 heridos" after the Defensoría's death total
  was lost: "se reportaron" is a register's verb, another total;
- "murieron tras recibir disparos de un hombre que se bajó de su vehículo,
  según informó la Policía Nacional": the police named only as the source
  is no side in the killing (the killer is not the state);
- "un cierre de calle" (the Central American roadblock) and "colocaron rocas
  sobre la vía férrea" were no roadblock;
- "dijo el presidente de la Asociación de Mártires y Víctimas del 9 de enero"
  dated the anniversary march's next sentence a year back: an association
  named after its day names no day told.
A second batch (a radio bulletin from Andahuaylas, a thread from the "Toma
de Lima", a PNP note on the 23 October 2024 strike, a Fiscalía note on
Víctor Santisteban, Remo Candia's death in Cusco, Ecuador June 2022, an
explainer on the CGT strike of 24 January 2024, Senkata five years on) found:
- "La CGT convocó a un paro general ... para el miércoles 24, con
  movilización al Congreso" made the march an event: what ", con" joins to a
  planned action is planned too ("convocó a un" is a call, as "convocaron a
  un" is);
- a headline "Qué se sabe del paro general" was an incident: a Spanish
  explainer's opener, as "Explainer:" is;
- "informa 22 policías heridos y 16 civiles heridos" counted 22: two groups
  joined by "y", each with its casualty word, are one toll;
- "llegaron a la ciudad para velar al dirigente" was no vigil.
A third batch (the APEC transport strike of 13 November 2024, Siloé in Cali
on 4 May 2021, a balance of the 19 January 2023 "Toma de Lima", the six
soldiers drowned in the Ilave river) found:
- "Desde que comenzó el paro nacional, el 28 de abril, la ONG Temblores ha
  registrado 31 homicidios presuntamente cometidos por la fuerza pública"
  gave no total but a strike event: homicides told as the state's are
  deaths, and "desde que comenzó X, el 28 de abril" runs from that day.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def _out(text: str, published: date, headline: str = "Headline"):
    return extract(text, "es", published, headline)


# -- an occupied campus cleared under an eviction order (§2 type, counts) -----------


def test_eviction_order_carried_out_on_a_taken_campus_is_intervention() -> None:
    out = _out(
        "En la mañana del sábado 21 de enero, personal policial, en cumplimiento de una orden de desalojo, "
        "ingresó a la Ciudad Universitaria de la Universidad Nacional Mayor de San Marcos, que se encontraba tomada "
        "desde el día anterior.\n\n"
        "Como resultado de la intervención, 193 personas fueron conducidas a la sede de la Dirección contra el Terrorismo.",
        date(2023, 1, 21),
    )
    (event,) = out.events
    assert (event.type, event.sub_type, event.place.admin1, event.date.start) == ("protest", "intervention", "Lima", date(2023, 1, 21))
    assert "occupation" in event.forms
    assert event.arrests.value == 193


def test_officers_hurt_by_stones_is_a_riot() -> None:
    out = _out(
        "Durante las acciones en el centro de Lima de la noche del viernes 20 de enero, resultaron heridos once efectivos "
        "policiales por el impacto de piedras.",
        date(2023, 1, 21),
    )
    (event,) = out.events
    assert (event.type, event.sub_type, event.place.admin1, event.date.start) == ("riot", "violent_demonstration", "Lima", date(2023, 1, 20))
    assert event.injuries.value == 11


# -- one sentence, two days (§2 one incident is one event) ---------------------------


def test_next_day_clause_splits_the_dead_from_the_mob_killing() -> None:
    out = _out(
        "Los comuneros protestan desde diciembre. El 9 de enero en Juliaca mataron a 17 hermanos y al día siguiente "
        "quemaron a un policía.",
        date(2023, 1, 16),
    )
    by_day = {e.date.start: e for e in out.events}
    assert (by_day[date(2023, 1, 9)].type, by_day[date(2023, 1, 9)].sub_type) == ("protest", "excessive_force")
    assert by_day[date(2023, 1, 9)].fatalities.value == 17
    assert (by_day[date(2023, 1, 10)].type, by_day[date(2023, 1, 10)].sub_type) == ("riot", "mob_violence")
    assert by_day[date(2023, 1, 10)].place.admin1 == "Puno"


# -- a weekday and its day before a first-person verb (§2 date; calls are no events) --


def test_weekday_day_before_first_person_plural_is_a_date() -> None:
    out = _out(
        "—¿Qué pasó en Ilave?\n—El viernes 13 bloqueamos el puente internacional de Desaguadero todo el día.\n\n"
        "—¿Cuándo llegan?\n—El jueves 19 marchamos al centro de Lima.",
        date(2023, 1, 16),
    )
    (event,) = out.events
    assert (event.place.admin1, event.date.start, event.forms) == ("Puno", date(2023, 1, 13), ["roadblock"])


# -- counts: a part described, not counted (§2 counts) --------------------------------


def test_vague_part_with_con_is_no_count_of_wounded() -> None:
    out = _out(
        "Cientos de manifestantes marcharon hacia el aeropuerto de Huamanga el jueves y los militares dispararon. "
        "Hay al menos siete muertos y más de cincuenta heridos, varios con herida de bala en el tórax.",
        date(2022, 12, 15),
    )
    (event,) = out.events
    assert (event.injuries.value, event.injuries.qualifier) == (50, "more_than")
    assert event.fatalities.value == 7


def test_vague_count_after_the_dead_is_still_the_wounded() -> None:
    out = _out(
        "Cientos de manifestantes marcharon en Lima el jueves. Hubo dos muertos, decenas con heridas de perdigones.",
        date(2022, 12, 16),
    )
    (event,) = out.events
    assert (event.fatalities.value, event.injuries.value) == (2, 24)


# -- a report's totals (§3) and a compared month (§2 date) ----------------------------


def test_month_compared_with_dates_nothing() -> None:
    out = _out(
        "En el mes se registraron 1,327 acciones colectivas de protesta en el país, cifra que casi triplica la de diciembre.",
        date(2023, 2, 15),
    )
    assert not [e for e in out.events if e.date is not None and e.date.start.month == 12]


def test_wounded_reported_after_a_death_total_is_another_total() -> None:
    out = _out(
        "Desde el inicio de las movilizaciones, el 7 de diciembre, la Defensoría contabilizó 58 personas fallecidas en las protestas. "
        "Además, se reportaron 1,301 heridos, entre civiles y policías.",
        date(2023, 2, 15),
    )
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 58), ("injuries", 1301)]
    assert not out.events


# -- who killed: the police as source only (§2 type) ----------------------------------


def test_police_as_source_leaves_the_killer_a_civilian() -> None:
    out = _out(
        "Choferes bloquearon la avenida en Ate este jueves. Un cobrador fue asesinado a balazos por un sujeto que bajó "
        "de su vehículo, según informó la Policía Nacional.",
        date(2024, 10, 10),
    )
    assert sorted((e.type, e.sub_type) for e in out.events) == [("protest", "peaceful"), ("violence_against_civilians", "attack")]


# -- roadblocks by other words (§2 forms) ----------------------------------------------


def test_cierre_de_calle_is_a_roadblock() -> None:
    out = _out("Con un cierre de calle, vecinos de Chame, en Panamá Oeste, protestaron este martes contra el contrato minero.", date(2023, 11, 7))
    (event,) = out.events
    assert (event.forms, event.place.country) == (["roadblock"], "PA")


def test_rocks_on_the_railway_are_a_roadblock() -> None:
    out = _out(
        "Manifestantes colocaron rocas sobre la vía férrea en Ollantaytambo este sábado.",
        date(2023, 1, 21),
    )
    (event,) = out.events
    assert (event.forms, event.place.admin1) == (["roadblock"], "Cusco")


# -- an association named after a day (§2 date) ---------------------------------------


def test_association_named_after_its_day_dates_nothing() -> None:
    out = _out(
        "Cientos de familiares marcharon este martes por las calles de Juliaca con fotografías de sus muertos.\n\n"
        "El 9 de enero de 2023, 17 civiles murieron por impactos de bala en los alrededores del aeropuerto.\n\n"
        '"Queremos justicia", dijo el presidente de la Asociación de Mártires y Víctimas del 9 de enero. '
        "La marcha terminó con una misa en la plaza de Armas.",
        date(2024, 1, 9),
    )
    by_day = {e.date.start: e for e in out.events}
    assert sorted(by_day) == [date(2023, 1, 9), date(2024, 1, 9)]
    assert "vigil" in by_day[date(2024, 1, 9)].forms
    assert by_day[date(2023, 1, 9)].forms == []


# -- a call with what goes with it; an explainer's headline (§2 calls are no events) ---


def test_call_with_its_march_is_no_event() -> None:
    out = _out(
        "La Confederación General del Trabajo convocó a un paro general de 12 horas para el miércoles 24 de enero, "
        "con movilización al Congreso desde el mediodía.",
        date(2024, 1, 22),
    )
    assert not out.events


def test_que_se_sabe_headline_reports_no_incident() -> None:
    out = _out("Los gremios rechazan el decreto del Gobierno.", date(2024, 1, 22), headline="Qué se sabe del paro general de la CGT")
    assert not out.events


# -- two groups, each with its casualty word (§2 counts) --------------------------------


def test_two_groups_each_with_its_word_are_one_toll() -> None:
    out = _out(
        "Miles marcharon en Lima el jueves y la policía lanzó gases lacrimógenos. "
        "El Ministerio del Interior informa 22 policías heridos y 16 civiles heridos en el centro de Lima.",
        date(2023, 1, 20),
    )
    (event,) = out.events
    assert event.injuries.value == 38


# -- a wake (§2 forms) --------------------------------------------------------------------


def test_coming_to_hold_a_wake_is_a_vigil() -> None:
    out = _out(
        "Esta mañana, cientos de comuneros llegaron a la ciudad del Cusco para velar al dirigente frente a la sede de la Federación Campesina.",
        date(2023, 1, 12),
    )
    (event,) = out.events
    assert (event.forms, event.place.admin1, event.date.start) == (["vigil"], "Cusco", date(2023, 1, 12))


# -- a register's count of the state's homicides since the strike began (§3) -------------


def test_homicides_by_the_state_since_the_strike_began_are_a_tally() -> None:
    out = _out(
        "Miles marcharon en Bogotá el lunes.\n\n"
        "Desde que comenzó el paro nacional, el 28 de abril, la ONG Temblores ha registrado 31 homicidios "
        "presuntamente cometidos por la fuerza pública.",
        date(2021, 5, 4),
    )
    (tally,) = out.tallies
    assert (tally.measure, tally.value, tally.period.start) == ("fatalities", 31, date(2021, 4, 28))
    assert [e.date.start for e in out.events] == [date(2021, 5, 3)]
