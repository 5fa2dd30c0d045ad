"""Tenth Spanish probe: 9 articles of my own in styles not probed before (a
Puno regional daily with bridges and road kilometres, an EFE wire, a
minute-by-minute reconstruction of a killing, a Defensoría list of roadblocks
by region, a Q&A explainer of the October 2024 transport strike, a Congress
story, a revised toll, a live page, a Mininter communiqué).

What it found and what these tests hold:
- "miles de transportistas habían detenido sus unidades" was 2,000 arrests:
  stopping one's own buses is the strike ("detuvieron sus" is no arrest);
- "cuando murió el manifestante Víctor Santisteban" gave no death: a role
  noun with its article may stand between the death verb and the name;
- a reconstruction's entries open with their clock time and a full stop
  ("18:05. Los agentes lanzan gases ..."): the time was a sentence of its
  own, which cut the entry off from the incident told before;
- "de los siete fallecidos, cinco murieron en Apurímac, uno en Arequipa y
  uno en La Libertad" made deaths of the article's day in three regions: it
  is the breakdown of a total (a share), its parts no tallies of their own;
- a party that "calificó de 'vándalos' a los manifestantes" made the peaceful
  crowd outside Congress a riot: a label given is a voice, not an act.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def _out(text: str, published: date):
    return extract(text, "es", published)


# -- stopping one's own vehicles is the strike, not arrests ---------------------


def test_drivers_who_stopped_their_buses_are_on_strike_not_arrested() -> None:
    out = _out(
        "El jueves, miles de choferes de Arequipa detuvieron sus unidades en rechazo a los cobros de cupos.",
        date(2024, 10, 12),
    )
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "peaceful")
    assert "strike" in e.forms and e.arrests is None


def test_pluperfect_stopped_units_is_no_arrest_either() -> None:
    out = _out(
        "El 26 de setiembre, cientos de transportistas de Lima ya habían detenido sus vehículos y marchado hacia el Congreso.",
        date(2024, 10, 23),
    )
    assert all(e.type != "strategic_development" for e in out.events)
    assert all(e.arrests is None for e in out.events)


def test_police_detaining_drivers_still_counts_arrests() -> None:
    out = _out("La Policía detuvo a 12 choferes en Piura el martes durante el paro.", date(2024, 10, 24))
    assert [e.arrests.value for e in out.events if e.arrests] == [12]


# -- a named dead man after a role noun -----------------------------------------


def test_death_verb_then_role_noun_then_name_is_one_death() -> None:
    out = _out(
        "La noche del sábado, durante la marcha en el Centro de Lima, murió el comerciante Julio Quispe Mamani, de 40 años.",
        date(2023, 1, 30),
    )
    assert len(out.events) == 1
    e = out.events[0]
    assert e.fatalities is not None and e.fatalities.value == 1
    assert e.sub_type == "excessive_force"


# -- a clock time that opens an entry -------------------------------------------


def test_entry_opened_by_a_clock_time_adds_to_the_incident_told() -> None:
    out = _out(
        "Reconstruimos la tarde del sábado 28 de enero en el Centro de Lima, cuando murió el manifestante Julio Quispe Mamani.\n\n"
        "18:05. Los agentes lanzan gases lacrimógenos contra la columna en la avenida Abancay.",
        date(2023, 3, 6),
    )
    assert len(out.events) == 1
    e = out.events[0]
    assert "tear_gas" in e.state_response and e.fatalities is not None


def test_a_time_that_ends_a_sentence_still_ends_it() -> None:
    from kipu.extract.segment import sentences

    text = "La marcha partió a las 18:05. Los agentes la esperaban en la avenida Abancay."
    assert len(sentences(text, "es")) == 2


# -- the breakdown of a total by region -----------------------------------------


def test_partitive_breakdown_by_region_is_no_incident() -> None:
    out = _out(
        "Las protestas continuaron este miércoles con bloqueos en Apurímac y Arequipa.\n\n"
        "Según la Defensoría, de los ocho fallecidos, seis murieron en Apurímac y dos en Arequipa.",
        date(2022, 12, 14),
    )
    assert {e.place.admin1 for e in out.events if e.place} == {"Apurímac", "Arequipa"}
    assert all(e.sub_type == "peaceful" and e.fatalities is None for e in out.events)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 8)]


def test_share_of_a_crowd_is_still_counted() -> None:
    out = _out("De los 300 manifestantes, 20 fueron detenidos el lunes en Juliaca.", date(2023, 1, 10))
    assert [e.arrests.value for e in out.events if e.arrests] == [20]


# -- a label given to the crowd -------------------------------------------------


def test_vandals_label_is_a_voice_not_a_riot() -> None:
    out = _out(
        "Unos 200 manifestantes se concentraron este miércoles frente al Congreso, en Lima. "
        "Un vocero de la bancada oficialista calificó de “vándalos” a los manifestantes.",
        date(2023, 2, 1),
    )
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "peaceful")]


# -- a communiqué's arrests, charged with the riot told -------------------------


def test_arrests_charged_with_disturbances_are_the_riots() -> None:
    out = _out(
        "El lunes 23 de enero, en el Cercado de Lima, grupos de manifestantes atacaron con piedras a los policías que custodiaban el Congreso.\n\n"
        "La Policía Nacional detuvo a 11 personas por los presuntos delitos de disturbios y violencia contra la autoridad.",
        date(2023, 1, 24),
    )
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")]
    assert out.events[0].arrests is not None and out.events[0].arrests.value == 11


# -- crowd force whose forces were named just before ----------------------------


_RECONSTRUCTION = (
    "Reconstruimos la noche del sábado 28 de enero en el Centro de Lima, cuando murió el manifestante Julio Quispe Mamani.\n\n"
    "17:50. Unas dos mil personas avanzan por la avenida Abancay con banderas y carteles que piden la renuncia de la presidenta.\n\n"
    "18:05. En el cruce con el jirón Lampa, una fila de agentes antidisturbios cierra el paso. {force}"
)


def test_tear_gas_after_the_forces_sentence_is_used_on_the_crowd() -> None:
    out = _out(_RECONSTRUCTION.format(force="Las primeras bombas lacrimógenas caen sobre la columna."), date(2023, 3, 6))
    assert len(out.events) == 1
    e = out.events[0]
    assert "tear_gas" in e.state_response
    assert e.participants is not None and e.participants.low == 2000


def test_blows_after_the_forces_sentence_are_no_force_on_their_own() -> None:
    out = _out(_RECONSTRUCTION.format(force="Varios vecinos sufren golpes de calor en la espera."), date(2023, 3, 6))
    assert all("beatings" not in e.state_response for e in out.events)


# -- a list of regions under the sentence that names the action -----------------


_LIST = (
    "La Defensoría del Pueblo informó que el martes 7 de febrero se registraban 40 puntos de bloqueo en cuatro regiones. "
    "El detalle es el siguiente:\n"
    "- Puno: 25 puntos, en las provincias de Huancané y Moho.\n"
    "- Cusco: 9 puntos, en Espinar.\n"
    "- Tacna: 6 puntos.\n"
)


def test_each_listed_region_is_one_roadblock() -> None:
    out = _out(_LIST, date(2023, 2, 8))
    regions = {e.place.admin1 for e in out.events if e.place and e.place.admin1 and "roadblock" in e.forms}
    assert regions == {"Puno", "Cusco", "Tacna"}
    assert all(e.date is not None and e.date.start == date(2023, 2, 7) for e in out.events)


def test_a_list_not_introduced_by_a_colon_reads_alone() -> None:
    text = _LIST.replace("El detalle es el siguiente:", "El detalle figura en su portal.")
    out = _out(text, date(2023, 2, 8))
    assert not any(e.place and e.place.admin1 == "Tacna" for e in out.events)


# -- the same action also told elsewhere ----------------------------------------


def test_also_reported_marches_elsewhere_take_the_day_told() -> None:
    out = _out(
        "El jueves 9 de febrero, comuneros bloquearon la carretera en Juliaca. "
        "La Defensoría también reportó movilizaciones en Ayacucho y Huancavelica.",
        date(2023, 2, 10),
    )
    regions = {e.place.admin1 for e in out.events if e.place}
    assert regions == {"Puno", "Ayacucho", "Huancavelica"}
    assert all(e.date is not None and e.date.start == date(2023, 2, 9) for e in out.events)


# -- a strike lifted is a strike that was under way ------------------------------


def test_lifting_a_ten_day_strike_tells_the_strike_through_that_day() -> None:
    out = _out("En Huancané, el comité de lucha levantó ayer el paro de diez días, tras una asamblea en la plaza.", date(2023, 1, 20))
    strikes = [e for e in out.events if e.type == "protest"]
    assert len(strikes) == 1
    assert "strike" in strikes[0].forms
    assert (strikes[0].date.start, strikes[0].date.end) == (date(2023, 1, 10), date(2023, 1, 19))
    assert any(e.type == "strategic_development" for e in out.events)


def test_lifted_after_n_days_reads_the_run_in_spanish() -> None:
    out = _out("En Huancané, los dirigentes levantaron ayer el paro tras ocho días.", date(2023, 1, 20))
    (strike,) = [e for e in out.events if e.type == "protest"]
    assert (strike.date.start, strike.date.end) == (date(2023, 1, 12), date(2023, 1, 19))


def test_an_agreement_with_no_strike_named_makes_no_strike() -> None:
    out = _out("En Huancané, los dirigentes y el Gobierno regional firmaron ayer un acta de acuerdos.", date(2023, 1, 20))
    assert all(e.type != "protest" for e in out.events)


# -- small readings of a live page and an explainer -----------------------------


def test_strike_to_continue_tomorrow_starts_today() -> None:
    out = _out(
        "10:30 | Cusco. La Federación de Trabajadores inició este miércoles una marcha por la Plaza de Armas y anunció que el paro regional continuará mañana.",
        date(2023, 1, 4),
    )
    (e,) = out.events
    assert e.date is not None and e.date.start == date(2023, 1, 4)


def test_a_strike_resumed_after_a_truce_is_no_accommodation() -> None:
    out = _out("Los gremios del sur retoman hoy el paro indefinido tras la tregua de las fiestas de fin de año.", date(2023, 1, 4))
    assert all("accommodation" not in e.state_response for e in out.events)


def test_an_emergency_in_force_told_in_passing_is_no_new_measure() -> None:
    out = _out(
        "Los choferes denuncian que las extorsiones no han disminuido pese al estado de emergencia. "
        "En Lima, la mayoría de empresas de buses acataron este miércoles el paro.",
        date(2024, 10, 23),
    )
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "peaceful")]


# -- the death that raised a running total --------------------------------------


def test_death_that_raised_the_total_is_an_incident_of_its_day_and_place() -> None:
    out = _out("La cifra de fallecidos en las protestas asciende a 28, tras la muerte de un comunero en Chumbivilcas el martes.", date(2022, 12, 22))
    (e,) = out.events
    assert e.place is not None and e.place.admin1 == "Cusco"
    assert e.date is not None and e.date.start == date(2022, 12, 20)
    assert e.fatalities is not None and e.fatalities.value == 1
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 28)]


def test_english_death_that_raised_the_toll_is_counted_too() -> None:
    out = extract("The death toll from the protests rose to 28 after the death of a farmer in Chumbivilcas on Tuesday.", "en", date(2022, 12, 22))
    (e,) = out.events
    assert e.fatalities is not None and e.fatalities.value == 1


def test_justice_for_a_named_death_is_still_the_grievance() -> None:
    out = _out("Decenas de vecinos marcharon el martes en Sicuani para pedir justicia por la muerte de Julio Quispe Mamani.", date(2023, 3, 24))
    assert all(e.fatalities is None for e in out.events)


def test_death_in_a_hospital_is_the_toll_of_the_shooting_told_next() -> None:
    out = _out(
        "La cifra de fallecidos en enfrentamientos desde diciembre se elevó a 49, tras la muerte de Julio Quispe Mamani "
        "la noche del miércoles en un hospital de Lima.\n\n"
        "El joven había recibido decenas de perdigones el 11 de enero, durante los enfrentamientos entre manifestantes "
        "y policías cerca del aeropuerto de Cusco.",
        date(2023, 3, 24),
    )
    (e,) = out.events
    assert (e.type, e.sub_type) == ("protest", "excessive_force")
    assert e.place is not None and e.place.admin1 == "Cusco"
    assert e.date is not None and e.date.start == date(2023, 1, 11)
    assert e.fatalities is not None and e.fatalities.value == 1


def test_two_strike_days_with_one_crowd_size_are_two_incidents() -> None:
    out = _out(
        "El 26 de setiembre y el 10 de octubre, miles de transportistas de Lima detuvieron sus unidades y marcharon hacia el Congreso.",
        date(2024, 10, 23),
    )
    assert sorted(e.date.start for e in out.events) == [date(2024, 9, 26), date(2024, 10, 10)]
