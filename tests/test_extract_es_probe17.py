"""Seventeenth Spanish probe: 10 articles of my own in styles not probed
before (a Sutran report of roads cut by region and kilometre, a Fiscalía
press note on the Juliaca and Ayacucho cases, a Minsa count of wounded by
hospital, a bishops' statement from Puno, a CGTP call with the last day's
balance, a Los Andes chronicle of small places, a note on the transport
strikes against extortion in Lima, a reporter's thread from the Toma de
Lima, a censure motion listing the dead by region, an interview with an
Aymara leader).

What it found and what these tests hold:
- "más de 1 300 buses interprovinciales detenidos en carretera" gave a
  running total of 1 300 arrests: stopped vehicles are no people held;
- "pérdidas que estiman en varios millones de soles" gave three arrests:
  "varios millones" is one amount;
- "el número de fallecidos supera ya los cuarenta" gave exactly 40: a total
  told by what it has passed is "more than";
- "desde diciembre han sido asesinados 48 ... y más de 600 personas han sido
  detenidas en el país" made a wave of arrests besides its two totals;
- "entre el 7 de diciembre y la fecha han fallecido 48 civiles" made an
  incident on 7 December: a range that ends on the report's day is a "since";
- "En Juliaca murieron dieciocho, y en todo el país son cincuenta los muertos"
  gave Juliaca fifty dead: the country's count after the town's is a total;
- "murió luego de ser atacado por una turba", "fue quemado dentro de un
  patrullero por personas que lo interceptaron": a crowd killing an officer
  is mob violence; and "un suboficial de la Policía murió" is one dead (the
  force he serves in nests no other victim);
- "la población sepultó el jueves a los dos comuneros que murieron el
  miércoles 18" dated the deaths by the burial;
- under "REGIÓN APURÍMAC", "Carretera Abancay–Chalhuanca–Nasca, km 85:
  bloqueo" was placed in Nasca (Ica): a road named after three towns is
  named after the last one too;
- "tránsito interrumpido por comuneros" told no roadblock; "La Policía vuelve
  a usar gases" no tear gas;
- a censure motion's list under its total ("... han fallecido 48 civiles, y
  enumera las víctimas por región: // - Apurímac: 6 fallecidos en Andahuaylas
  y Chincheros;") made an incident of each undated item, on the day the motion
  was filed: the items are the total's parts;
- an interview's standfirst "Entrevista con un dirigente de El Collao, un año
  después de la marcha a Lima" made two marches on the day of publication:
  the action a span of time is counted from is the story's past;
- "la Policía detuvo a un manifestante" counted no arrest: an arrest verb with
  the personal "a" before one person counts one;
- "nueve heridos leves, la mayoría por caídas y golpes durante la marcha del
  martes" made the march a police intervention with beatings: bruises from
  falls are no blows dealt;
- "dos choferes fueron asesinados en Los Olivos y Comas por no pagar cupos",
  after a transport strike, was a protest's excessive force: the extortion the
  victims refused names non-state killers;
- "La protesta se produjo días después de que el domingo unos desconocidos
  lanzaran un explosivo ... en La Esperanza" made a protest there on Sunday:
  a span of days before the link still opens the action's cause;
- "La Fiscalía formalizó investigación contra tres policías por la muerte de
  un joven durante la protesta del 9 de enero de 2023 en Juliaca" was a mob
  killing police: forces blamed "por la muerte" are not the dead;
- a regional chronicle's "los manifestantes colocaron piedras sobre la vía"
  told nothing, and "comuneros tomaron el puente Ramis" only an occupation:
  stones, trenches and a bridge held cut the road;
- a Minsa list ("- Hospital de Juliaca: 63 heridos atendidos el 9 de enero.
  // - Se registran 17 fallecidos civiles en la provincia de San Román") dated
  the dead by the report's day: the next item of a list goes on with the day
  the item before it told;
- a CGTP statement's "hasta esta mañana se contaban siete fallecidos y 52
  heridos en Huamanga", after the massacre told "ayer", made a second incident
  on the day of the statement: the report's day after "hasta" closes the
  count, as "hasta el momento" does;
- a Provías item under "Arequipa", "sector El Alto (La Joya): tránsito
  interrumpido por manifestantes", told nothing: El Alto read as Bolivia's
  city made it news from abroad; a parenthesis naming a place of another
  country rules that reading out.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def _out(text: str, published: date, headline: str = "Headline"):
    return extract(text, "es", published, headline)


# -- vehicles and money are no people counted (§2 counts, §3) -------------------


def test_buses_stopped_are_no_arrests() -> None:
    out = _out(
        "Desde el inicio de las movilizaciones, el 7 de diciembre, la entidad ha contabilizado más de 1 300 buses "
        "interprovinciales detenidos en carretera y pérdidas que los gremios estiman en varios millones de soles.",
        date(2023, 1, 16),
    )
    assert not [t for t in out.tallies if t.measure == "arrests"]
    assert not [e for e in out.events if e.arrests is not None or "arrests" in e.state_response]


# -- a total told by what it passed (§2 counts, §3) ------------------------------


def test_total_that_passes_a_number_is_more_than() -> None:
    out = _out(
        "El lunes murieron diecisiete personas durante la protesta en Juliaca. Recordamos que a estas víctimas se suman las de Ayacucho, "
        "y que el número de fallecidos en el país supera ya los cuarenta desde el inicio de la crisis.",
        date(2023, 1, 12),
    )
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("fatalities", 40, "more_than")]
    assert [e.fatalities.value for e in out.events if e.fatalities] == [17]


# -- a register's totals make no incident (§3) ----------------------------------


def test_dead_and_held_since_december_are_totals_only() -> None:
    out = _out(
        "La central recuerda que desde diciembre han sido asesinados cuarenta y ocho compatriotas por las balas de las "
        "fuerzas del orden, y que más de 600 personas han sido detenidas en el país.",
        date(2023, 2, 1),
    )
    assert out.events == []
    assert sorted((t.measure, t.value) for t in out.tallies) == [("arrests", 600), ("fatalities", 48)]


def test_range_to_the_report_day_is_a_total() -> None:
    out = _out(
        "El documento recuerda que entre el 7 de diciembre y la fecha han fallecido 48 civiles en enfrentamientos "
        "con las fuerzas del orden.",
        date(2023, 2, 2),
    )
    assert out.events == []
    (tally,) = out.tallies
    assert (tally.measure, tally.value) == ("fatalities", 48)
    assert tally.period is not None and (tally.period.start, tally.period.end) == (date(2022, 12, 7), date(2023, 2, 2))


def test_country_count_after_the_town_is_a_total() -> None:
    out = _out(
        "Hace un año marchamos a Lima. En Juliaca murieron dieciocho hermanos, y en todo el país son cincuenta los muertos.",
        date(2024, 1, 20),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 50)]
    assert all(e.fatalities is None or e.fatalities.value != 50 for e in out.events)


# -- a crowd against one officer (§2 type: riot/mob_violence) -----------------------


def test_officer_attacked_by_a_mob_is_mob_violence() -> None:
    out = _out(
        "En la madrugada del 10 de enero de 2023, en Juliaca, un suboficial de la Policía murió luego de ser atacado por una "
        "turba que incendió el patrullero en el que se desplazaba.",
        date(2024, 1, 9),
    )
    (event,) = out.events
    assert (event.type, event.sub_type, event.date.start) == ("riot", "mob_violence", date(2023, 1, 10))
    assert event.place.admin1 == "Puno" and event.fatalities.value == 1


# -- the day they died, not the day they were buried (§2 date) --------------------


def test_deaths_dated_before_the_burial() -> None:
    out = _out(
        "En Macusani, en la provincia de Carabaya, la población sepultó el jueves a los dos comuneros que murieron el "
        "miércoles 18 durante el enfrentamiento con la Policía en los alrededores de la comisaría.",
        date(2023, 1, 21),
    )
    (event,) = out.events
    assert event.date.start == event.date.end == date(2023, 1, 18)
    assert event.place.name == "Macusani" and event.fatalities.value == 2


# -- a road named after its towns, under a region's heading (§2 place) -------------


def test_road_named_after_three_towns_keeps_the_heading_region() -> None:
    out = _out(
        "REGIÓN APURÍMAC\n- Carretera Abancay–Chalhuanca–Nasca (PE-30A), km 85: bloqueo con tierra y piedras.",
        date(2023, 1, 16),
    )
    (event,) = out.events
    assert (event.type, event.forms, event.place.admin1) == ("protest", ["roadblock"], "Apurímac")


# -- a road report's words for a cut road; gas "used" (§2 forms, sub_type) ------------


def test_traffic_cut_by_villagers_is_a_roadblock() -> None:
    out = _out(
        "REGIÓN CUSCO\n- Carretera Cusco–Puno, tramo Sicuani–Combapata, km 1060: tránsito interrumpido por comuneros.",
        date(2023, 1, 16),
    )
    (event,) = out.events
    assert (event.forms, event.place.admin1, event.date.start) == (["roadblock"], "Cusco", date(2023, 1, 16))


def test_police_using_gas_is_an_intervention() -> None:
    out = _out(
        "El martes 24 hubo una nueva marcha en el centro de Lima desde la plaza Dos de Mayo. La Policía volvió a usar "
        "gases en la avenida Abancay.",
        date(2023, 1, 28),
    )
    (event,) = out.events
    assert (event.sub_type, event.date.start, event.place.admin1) == ("intervention", date(2023, 1, 24), "Lima")
    assert "tear_gas" in event.state_response


# -- a list of a total's parts (§3) --------------------------------------------------


def test_undated_items_under_a_total_are_its_parts() -> None:
    out = _out(
        "Congresistas presentaron ayer una moción de censura contra el ministro del Interior.\n\n"
        "El documento recuerda que entre el 7 de diciembre y la fecha han fallecido 48 civiles en enfrentamientos con "
        "las fuerzas del orden, y enumera las víctimas por región:\n"
        "- Ayacucho: 10 fallecidos, el 15 de diciembre en Huamanga;\n"
        "- Apurímac: 6 fallecidos en Andahuaylas y Chincheros;\n"
        "- Junín: 3 fallecidos en Pichanaki.",
        date(2023, 2, 2),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 48)]
    assert [(e.place.admin1, e.date.start, e.fatalities.value) for e in out.events] == [("Ayacucho", date(2022, 12, 15), 10)]


# -- the action a year is counted from (§2: background is no event) -------------------


def test_march_a_year_is_counted_from_is_no_event() -> None:
    out = _out(
        "Entrevista con un dirigente de la provincia de El Collao, un año después de la marcha a Lima\n\nIlave, 20 de enero de 2024",
        date(2024, 1, 20),
    )
    assert out.events == []


def test_march_a_year_is_counted_from_is_no_event_en() -> None:
    out = extract(
        "Interview with a leader from El Collao province, a year after the march to Lima\n\nIlave, January 20, 2024",
        "en", date(2024, 1, 20),
    )
    assert out.events == []


def test_march_on_the_anniversary_is_an_event() -> None:
    out = _out("Miles de personas marcharon el martes en Juliaca, a un año de la masacre del aeropuerto.", date(2024, 1, 10))
    (event,) = out.events
    assert (event.forms, event.place.name, event.date.start) == (["march"], "Juliaca", date(2024, 1, 9))


# -- one person arrested (§2 counts) ------------------------------------------------


def test_police_arrested_one_protester() -> None:
    out = _out(
        "Por la tarde, una columna de transportistas llegó a la plaza San Martín. La Policía los contuvo en la avenida "
        "Abancay con bombas lacrimógenas. La Defensoría informó que tres personas resultaron heridas y que la Policía "
        "detuvo a un manifestante.",
        date(2024, 10, 11),
    )
    (event,) = out.events
    assert (event.sub_type, event.place.admin1) == ("intervention", "Lima")
    assert (event.injuries.value, event.arrests.value) == (3, 1)


# -- bruises from falls are no beating (§2 sub_type, state_response) ------------------


def test_falls_and_bruises_are_no_beating() -> None:
    out = _out(
        "En Ilave unas dos mil personas marcharon el martes por el jirón Lima. La Diresa informó que en lo que va de la "
        "semana se han atendido a nueve heridos leves en el hospital de Ilave, la mayoría por caídas y golpes durante la marcha del martes.",
        date(2023, 1, 21),
    )
    (event,) = out.events
    assert (event.sub_type, event.state_response, event.date.start) == ("peaceful", [], date(2023, 1, 17))


# -- drivers killed by extortionists are no protest's dead (§2 type) -----------------


def test_drivers_killed_for_not_paying_are_no_protest_toll() -> None:
    out = _out(
        "Durante la cumbre APEC, gremios de transporte iniciaron ayer en Lima un paro de tres días, del 13 al 15 de "
        "noviembre. El último fin de semana, dos choferes fueron asesinados en Los Olivos y Comas por no pagar cupos.",
        date(2024, 11, 14),
    )
    assert all(e.type != "protest" or e.fatalities is None for e in out.events)
    assert not any("killings" in e.state_response for e in out.events)
    (strike,) = [e for e in out.events if e.type == "protest"]
    assert (strike.forms, strike.date.start, strike.date.end) == (["strike"], date(2024, 11, 13), date(2024, 11, 15))


def test_cause_days_before_the_strike_is_no_protest() -> None:
    out = _out(
        "Los transportistas de Trujillo acataron ayer un paro contra la extorsión. La protesta se produjo días después de "
        "que el domingo unos desconocidos lanzaran un explosivo contra una empresa de transporte en La Esperanza.",
        date(2024, 10, 24),
    )
    (event,) = out.events
    assert (event.forms, event.date.start, event.place.name) == (["strike"], date(2024, 10, 23), "Trujillo")


# -- forces blamed for a death are not its victims (§2 type) --------------------------


def test_police_investigated_for_a_death_are_not_the_dead() -> None:
    out = _out(
        "La Fiscalía formalizó investigación contra tres policías por la muerte de un joven durante la protesta del 9 de "
        "enero de 2023 en Juliaca.",
        date(2024, 1, 9),
    )
    assert all(e.sub_type != "mob_violence" for e in out.events)


# -- a road cut with stones, or a bridge held (§2 forms) ------------------------------


def test_stones_laid_on_the_road_are_a_roadblock() -> None:
    out = _out("En el centro poblado de Chacachaca, en Zepita, los manifestantes colocaron piedras sobre la vía.", date(2023, 1, 21))
    (event,) = out.events
    assert (event.forms, event.place.admin1) == (["roadblock"], "Puno")


def test_bridge_taken_is_a_roadblock() -> None:
    out = _out("En Huancané, comuneros tomaron el puente Ramis el miércoles.", date(2023, 1, 21))
    (event,) = out.events
    assert ("roadblock" in event.forms, event.place.name, event.date.start) == (True, "Huancané", date(2023, 1, 18))


# -- a list goes on with the day its last item told (§2 date) -------------------------


def test_next_list_item_keeps_the_day_told() -> None:
    out = _out(
        "Actualizado al 10 de enero de 2023, 20:00 horas\n\n"
        "El Ministerio de Salud informa las atenciones brindadas a las personas afectadas durante las movilizaciones "
        "registradas en el sur del país.\n\n"
        "Puno (Diresa Puno)\n"
        "- Hospital Carlos Monge Medrano de Juliaca: 63 heridos atendidos el 9 de enero.\n"
        "- Se registran 17 fallecidos civiles en la provincia de San Román.",
        date(2023, 1, 10),
    )
    dead = [e for e in out.events if e.fatalities is not None]
    assert [(e.place.admin1, e.date.start, e.fatalities.value) for e in dead] == [("Puno", date(2023, 1, 9), 17)]


# -- "hasta esta mañana" closes a count (§2 date, counts) ------------------------------


def test_count_up_to_this_morning_is_yesterdays_toll() -> None:
    out = _out(
        "Ayer en Ayacucho las Fuerzas Armadas dispararon contra la población que protestaba en los alrededores del "
        "aeropuerto. Según la Defensoría, hasta esta mañana se contaban siete fallecidos y 52 heridos en Huamanga.",
        date(2022, 12, 16),
    )
    (event,) = out.events
    assert (event.sub_type, event.date.start, event.place.admin1) == ("excessive_force", date(2022, 12, 15), "Ayacucho")
    assert (event.fatalities.value, event.injuries.value) == (7, 52)


# -- a parenthesis of another country rules a reading out (§2 place) ------------------


def test_homonym_glossed_by_a_peruvian_district() -> None:
    out = _out(
        "Arequipa\n- PE-1S Panamericana Sur, km 1018, sector El Alto (La Joya): tránsito interrumpido por manifestantes.",
        date(2022, 12, 13),
    )
    (event,) = out.events
    assert (event.forms, event.place.country, event.place.admin1) == (["roadblock"], "PE", "Arequipa")
