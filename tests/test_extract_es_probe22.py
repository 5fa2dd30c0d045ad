"""Tenth Spanish probe: 10 articles of my own in the styles of the outlets that
cover Peru's protests most (a La República chronicle of Macusani, an Infobae
"¿Qué pasó?" note on the officer burned in Juliaca and the Ilave blockades, an
RPP breaking note on Chala, a Servindi note on Pichanaki, an El Comercio
analysis of Andahuaylas and Huancavelica, a Wayka-style investigation of Víctor
Santisteban's death, an EFE cable on Cusco's airport, an Andina note on the 2024
strikes against extortion, a Europa Press cable on Ecuador 2019 and a note on
Sacaba and Senkata).

What it found and what these tests hold:
- "la Defensoría ha cifrado en ocho los fallecidos, 1.340 los heridos y 1.192
  los detenidos durante las once jornadas de protestas" was one incident's toll:
  "jornadas de protesta" count a run's days as "días de paro" do;
- "Al cierre de diciembre, la Defensoría contabilizaba 22 fallecidos en los
  enfrentamientos a nivel nacional" was a nationwide December incident: the
  register's verb in the imperfect ("contabilizaba") was unknown;
- "En Huancavelica, la situación fue distinta. Los gremios de la región [...]
  marcharon en la capital regional" placed the march in Abancay, the seat of
  the story's anchor (Apurímac): the region the paragraph just turned to comes
  first;
- "No se registraron muertes, pero la Policía detuvo a 12 personas" made the
  arrests a running total: a register's verb inside a denial registers nothing;
- "lo que ocurrió el miércoles en la capital de la provincia. Dos personas
  murieron [...] en Macusani" then "El jueves, la provincia amaneció en paro":
  the dead went to Thursday's strike (a day apart still "touched"), and the
  sentences told after the dead, inheriting the day, did not hold the group
  to it;
- "Los efectivos se replegaron hacia la salida" (the police retreating) was
  dispersal, and made a police intervention in Juliaca, where they were flown;
- "quemaron un ataúd simbólico con el nombre de la presidenta" made a
  peaceful march a riot: a symbol burned is no arson;
- an Infobae-style subheading "El contexto: 17 muertos en un solo día" gave
  its 17 dead to the Ilave blockades told just above it;
- "una decena de videos grabados por manifestantes" and "varias bombas hacia
  los manifestantes" counted the crowd: a number's own noun of things keeps
  its count, unless the people noun is joined to it ("campesinas y campesinos")
  or a crowd verb follows a collective ("decenas de venezolanos se concentran");
- "dos jóvenes murieron el domingo [...]. Ese día, unos 4.000 manifestantes
  ocuparon la pista del aeropuerto" then "Según el Minsa, hubo 20 heridos": the
  wounded were dropped, the sentence just before being a peaceful phase; the
  clash its paragraph told on that day is what they were hurt in;
- "Moreno y la Conaie alcanzaron un acuerdo para derogar el decreto" told no
  settlement: "alcanzar un acuerdo" was not a settlement verb;
- "un grupo de policías disparó varias bombas hacia los manifestantes" was
  live ammunition: the canisters named by their short name, "bombas", fired;
- "El suboficial de tercera José Luis Soncco Quispe, de 29 años, y su compañero
  fueron golpeados" was the police's beating: the rank, the age apposition and
  the fellow officer kept the officer from being read as the one struck.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


# -- a run counted in "jornadas" (GUIDELINES §3) ---------------------------------


def test_toll_over_eleven_jornadas_of_protest_is_a_tally() -> None:
    out = extract(
        "La Defensoría del Pueblo ha cifrado en 1.340 los heridos y 1.192 los detenidos durante "
        "las once jornadas de protestas contra el decreto.",
        "es", date(2019, 10, 14),
    )
    assert {(t.measure, t.value) for t in out.tallies} >= {("injuries", 1340), ("arrests", 1192)}
    assert not any(e.injuries or e.arrests for e in out.events)


# -- a register's count in the imperfect (GUIDELINES §3) -------------------------


def test_register_counting_in_the_imperfect_is_a_tally() -> None:
    out = extract(
        "Al cierre de diciembre, la Defensoría del Pueblo contabilizaba 22 fallecidos en los "
        "enfrentamientos a nivel nacional.",
        "es", date(2023, 1, 5),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 22)]
    assert not any(e.fatalities for e in out.events)


# -- "la capital regional" of the region the paragraph turned to (GUIDELINES §2 place) --


def test_regional_capital_is_the_seat_of_the_region_just_named_in_the_paragraph() -> None:
    out = extract(
        "En Andahuaylas, en Apurímac, dos jóvenes murieron el 11 de diciembre en enfrentamientos con la Policía.\n\n"
        "En Huancavelica, la situación fue distinta. Los gremios de la región acataron un paro "
        "el 15 y 16 de diciembre, con marchas en la capital regional.",
        "es", date(2023, 1, 5),
    )
    strike = next(e for e in out.events if e.date and e.date.start == date(2022, 12, 15))
    assert strike.place is not None
    assert (strike.place.name, strike.place.admin1) == ("Huancavelica", "Huancavelica")


# -- a denial's verb is no register (GUIDELINES §3) ------------------------------


def test_arrests_beside_a_denied_toll_are_the_incidents() -> None:
    out = extract(
        "Los gremios de Huancavelica acataron un paro el 15 de diciembre. "
        "No se registraron muertes, pero la Policía detuvo a 12 personas.",
        "es", date(2022, 12, 17),
    )
    assert not out.tallies
    strike = out.events[0]
    assert strike.arrests is not None and strike.arrests.low == 12
    assert (strike.type, strike.sub_type) == ("protest", "intervention")


# -- the dead stay on their paragraph's day (GUIDELINES §2 date) ------------------


def test_dead_on_the_paragraphs_day_are_not_the_next_days_strike() -> None:
    out = extract(
        "Los comuneros de Carabaya no se explican lo que ocurrió el miércoles en la capital de la provincia. "
        "Dos personas murieron por impacto de bala durante el enfrentamiento entre manifestantes y policías "
        "en Macusani, en la región Puno.\n\n"
        "Hacia el mediodía la marcha llegó a la comisaría.\n\n"
        "El jueves, la provincia amaneció en paro indefinido. Las tiendas de Macusani permanecieron cerradas.",
        "es", date(2023, 1, 19),
    )
    days = {(e.date.start, e.sub_type, e.fatalities.low if e.fatalities else None) for e in out.events}
    assert (date(2023, 1, 18), "excessive_force", 2) in days
    assert (date(2023, 1, 19), "peaceful", None) in days


# -- police retreating is no dispersal (GUIDELINES §2 state_response) -------------


def test_police_that_retreat_disperse_no_one() -> None:
    out = extract(
        "El miércoles, cerca de mil pobladores marcharon por la plaza de Armas de Macusani.\n\n"
        "Los efectivos, unos treinta, se replegaron hacia la salida a Crucero y al caer la tarde "
        "fueron evacuados en helicóptero a Juliaca.",
        "es", date(2023, 1, 19),
    )
    assert [(e.place.name, e.sub_type, e.state_response) for e in out.events] == [("Macusani", "peaceful", [])]


# -- a symbol burned is no arson (GUIDELINES §2 type) -----------------------------


def test_burning_a_symbolic_coffin_keeps_the_march_peaceful() -> None:
    out = extract(
        "Este miércoles, cientos de pobladores marcharon por la plaza principal de Ilave y quemaron "
        "un ataúd simbólico con el nombre de la presidenta.",
        "es", date(2023, 1, 11),
    )
    assert [(e.type, e.sub_type, e.forms) for e in out.events] == [("protest", "peaceful", ["march"])]


# -- a subheading's count is the section's (GUIDELINES §2 counts) ---------------


def test_subheading_with_a_count_adds_no_dead_to_the_incident_above() -> None:
    out = extract(
        "Un suboficial de la Policía murió quemado en Juliaca, horas después de la jornada más sangrienta. "
        "En Ilave, en la provincia de El Collao, los bloqueos continuaron este miércoles.\n\n"
        "El contexto: 17 muertos en un solo día\n\n"
        "El ataque ocurrió después de que 17 civiles murieran por disparos en los alrededores del "
        "aeropuerto de Juliaca durante la tarde del lunes 9 de enero.",
        "es", date(2023, 1, 11),
    )
    ilave = next(e for e in out.events if e.place and e.place.name == "Ilave")
    assert ilave.fatalities is None and ilave.sub_type == "peaceful"
    assert [e.fatalities.low for e in out.events if e.fatalities and e.date.start == date(2023, 1, 9)] == [17]


# -- a number's own noun of things counts no crowd (GUIDELINES §2 counts) ---------


def test_a_dozen_videos_recorded_by_protesters_count_no_crowd() -> None:
    out = extract(
        "Víctor Santisteban murió la noche del 28 de enero de 2023 en la avenida Abancay, en Lima, durante "
        "la movilización contra el gobierno.\n\n"
        "Esta investigación revisó los informes de balística y una decena de videos grabados por manifestantes. "
        "Un grupo de policías disparó varias bombas hacia los manifestantes.",
        "es", date(2023, 3, 20),
    )
    assert [(e.date.start, e.participants) for e in out.events] == [(date(2023, 1, 28), None)]


def test_dozens_of_a_demonym_that_gather_are_the_crowd() -> None:
    out = extract("Decenas de venezolanos se concentran en la Plaza de la Democracia de San José.", "es", date(2014, 2, 22))
    assert out.events[0].participants is not None and out.events[0].participants.low == 24


# -- the wounded of the day's clash, after its peaceful phase (GUIDELINES §2 counts) --


def test_wounded_after_a_peaceful_phase_go_to_the_days_clash() -> None:
    out = extract(
        "En Andahuaylas, dos jóvenes murieron el domingo 11 de diciembre durante los enfrentamientos "
        "en los alrededores del aeropuerto. Ese día, unos 4.000 manifestantes ocuparon la pista del aeropuerto. "
        "Según el Minsa, hubo 20 heridos.",
        "es", date(2022, 12, 20),
    )
    assert [(e.sub_type, e.fatalities.low, e.injuries.low if e.injuries else None) for e in out.events] == [("excessive_force", 2, 20)]


# -- a deal reached ends the protest (GUIDELINES §2 strategic_development/other) ----


def test_a_deal_reached_is_a_settlement() -> None:
    out = extract(
        "El sábado 12 de octubre, manifestantes incendiaron el edificio de la Contraloría en Quito. "
        "El domingo por la noche, Moreno y la Conaie alcanzaron un acuerdo para derogar el decreto.",
        "es", date(2019, 10, 14),
    )
    deals = [e for e in out.events if e.type == "strategic_development"]
    assert [(e.sub_type, e.date.start, e.place.country) for e in deals] == [("other", date(2019, 10, 13), "EC")]


# -- gas canisters fired by their short name (GUIDELINES §2 state_response) --------


def test_police_firing_bombs_at_a_crowd_is_tear_gas() -> None:
    out = extract(
        "El 9 de marzo, en Lima, un grupo de policías disparó varias bombas hacia los manifestantes.",
        "es", date(2023, 3, 10),
    )
    assert [(e.sub_type, e.state_response) for e in out.events] == [("intervention", ["tear_gas"])]


# -- an officer struck, with his rank, age and a fellow officer (GUIDELINES §2 type) --


def test_officer_with_rank_age_and_companion_struck_is_the_crowds_violence() -> None:
    out = extract(
        "La noche del lunes 9 de enero, un grupo de manifestantes interceptó un vehículo policial en Juliaca. "
        "El suboficial de tercera José Luis Soncco Quispe, de 29 años, y su compañero fueron golpeados.",
        "es", date(2023, 1, 11),
    )
    assert [(e.type, e.date.start) for e in out.events] == [("riot", date(2023, 1, 9))]
    assert "beatings" not in out.events[0].state_response
