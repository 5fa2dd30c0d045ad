"""Eighteenth Spanish probe: 10 articles of my own on protests and their
repression across Latin America, in styles not probed before (an EFE wire
with numbered updates on Ecuador's October 2019 strike, a BBC Mundo
explainer on the 14 November 2020 march in Lima, an Amnesty report summary
on Peru 2022-2023, an El País chronicle of Sacaba and Senkata, a Bloomberg
Línea markets note on the southern Peru blockades, a weekly regional
roundup, a "fechas clave" chronology, a podcast transcript on Colombia's
2021 strike, a judicial follow-up two years after Juliaca, an obituary).

What it found and what these tests hold:
- "Jordan Inti Sotelo Camargo, de 24, murió" counted 24 dead: a bare
  number set off by commas after a name is an age, with Spanish "de" too;
- "Manuel Merino, que asumió el martes 10 de noviembre ..., renunció este
  domingo" made the 10th the explainer's day: "asumió" before a day dates a
  taking of office, a turning point, no day of the story;
- an explainer's "¿Qué ocurrió el sábado?" dated only the first paragraph
  of its answer; "Por la noche, la Policía disparó ..." two paragraphs on
  fell back to the lead's day: the day asked runs through the answer;
- "La Defensoría habla de 42 muertos en todo el país hasta el 17 de mayo"
  made an incident of 42 dead on 17 May: an older day after "hasta" closes
  a countrywide count as the report's own day does;
- a follow-up's headline "Dos años después de Juliaca, el caso de los 18
  muertos sigue sin juicio" gave the anniversary march 18 dead: the years
  since a day name it remembered, as "a dos años de" does;
- "El paro comenzó el jueves 3 de octubre con una huelga de transportistas
  que bloquearon las principales vías del país" was dated on publication day
  (eleven days on) and placed at the dateline: the action a movement began
  "with" is that day's incident, and "las vías del país" is the whole
  country;
- "El lunes 7 trasladó la sede del Gobierno" dropped the 7: before a
  singular preterite the number is the day of the month (no count of seven
  is the subject of a singular verb);
- "cumplieron el lunes 36 días de bloqueos" ended the span on publication
  day: the weekday told is where the elapsed span ends;
- "En Bogotá, miles de personas llenaron la plaza de Bolívar" was placed in
  Bolívar (Valle del Cauca): a square "de" a name, after a town of another
  region, is named after it, not in it; and filling a square is a rally;
- "Diez personas murieron en Senkata y más de treinta resultaron heridas"
  after the blockade left it peaceful with ten dead: the dead of the protest
  just told make it lethal force, wounded counted or not;
- "Inocencio Tucumbi, un dirigente indígena de Cotopaxi que falleció ... en
  Quito" made a second incident in Cotopaxi: one person's home is no place
  of the action when the sentence names another region;
- "atacaron el campamento de la mina Antapaccay" made a sit-in: a mine's
  camp is its premises.
A second batch (Nicaragua 2018 "lo que sabemos", a Paraguayan editorial on
31 March 2017, a radio transcript from Macusani, a live blog from Cusco on
11 January 2023, a note on the Ley Bases night in Buenos Aires) found:
- "Este diario exige que la Fiscalía lleve a juicio ... a quienes ordenaron
  el allanamiento" made a raid: a raid or arrest inside the clause a demand
  verb opens with "que" is asked for;
- "33 personas fueron detenidas durante los incidentes registrados el
  miércoles frente al Congreso" made arrests apart from the riot told below:
  "los incidentes" of a protest are its disturbances;
- "El periodista Ángel Gahona murió el sábado en Bluefields de un disparo"
  was typed a protest's lethal force: a journalist shot dead with no crowd
  told is attacked as a person.
A third batch (a CIDH press release on Honduras, December 2017; an analysis
of Guatemala 2020 and Ecuador 2022; a note on the Lima transport strike of
10 October 2024; a weekly bulletin on Venezuela after 28 July 2024) found:
- "La ONG Foro Penal contabiliza 1.010 detenciones desde el 29 de julio"
  counted nothing: a register's verb with a count since a day tells a total,
  however recent the day;
- "Las organizaciones de derechos humanos registran al menos 20 muertos",
  right after that total, was taken for the kinds of force the total counts:
  a sentence with its own count of dead is another total (and "registran"
  is a register's verb, as "registra" is);
- "las protestas que siguieron a las elecciones generales del 26 de
  noviembre" dated the story by the vote: the general elections are a
  turning point, as "las elecciones del" are;
- "Dos manifestantes perdieron un ojo por impactos de proyectiles" counted
  two participants: an eye lost is an injury.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def _out(text: str, published: date, headline: str = "Headline"):
    return extract(text, "es", published, headline)


# -- an age is no count of dead (§2 counts) --------------------------------------


def test_age_after_name_with_de_is_no_count() -> None:
    out = _out(
        "El sábado por la noche, la Policía disparó perdigones contra los manifestantes en Lima. "
        "Rosa Quispe Mamani, de 31, murió por un disparo en el tórax.",
        date(2020, 11, 16),
    )
    (event,) = out.events
    assert (event.sub_type, event.place.admin1, event.date.start) == ("excessive_force", "Lima", date(2020, 11, 14))
    assert event.fatalities.value == 1


# -- dates: a taking of office, an explainer's answer (§2 date) --------------------


def test_taking_office_day_is_no_story_day() -> None:
    out = _out(
        "El ministro, que asumió el martes 10 de noviembre, renunció este domingo.\n\n"
        "Cientos de jóvenes marcharon en Arequipa contra el Gobierno.",
        date(2020, 11, 16),
    )
    (event,) = out.events
    assert (event.place.admin1, event.date.start) == ("Arequipa", date(2020, 11, 15))


def test_day_asked_runs_through_the_answer() -> None:
    out = _out(
        "El ministro del Interior renunció este domingo.\n\n"
        "¿Qué ocurrió el sábado?\n\n"
        "Miles de personas marcharon el sábado 14 de noviembre en Lima contra el Congreso.\n\n"
        "Por la noche, la Policía disparó perdigones contra los manifestantes en Arequipa.",
        date(2020, 11, 16),
    )
    by_region = {e.place.admin1: e for e in out.events}
    assert by_region["Arequipa"].date.start == date(2020, 11, 14)
    assert by_region["Arequipa"].sub_type == "intervention"


# -- a countrywide count up to a day is a total (§3) -------------------------------


def test_countrywide_dead_until_a_day_is_a_tally() -> None:
    out = _out(
        "El paro nacional comenzó el 28 de abril. La Defensoría del Pueblo habla de 42 muertos en todo el país hasta el 17 de mayo.",
        date(2021, 5, 20),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 42)]
    assert not [e for e in out.events if e.fatalities is not None]


# -- the dead remembered two years on (§2 events) ----------------------------------


def test_years_after_name_the_dead_remembered() -> None:
    out = _out(
        "Cientos de vecinos marcharon este jueves por las calles de Ayaviri. La marcha terminó con una misa.",
        date(2025, 1, 9),
        headline="Dos años después de Ayaviri, el caso de los 5 muertos sigue sin juicio",
    )
    (event,) = out.events
    assert (event.sub_type, event.place.admin1, event.fatalities) == ("peaceful", "Puno", None)


# -- the action a movement began with (§2 date, place) -----------------------------


def test_action_a_strike_began_with_is_that_days() -> None:
    out = _out(
        "Quito, 14 oct (EFE).- El Gobierno y los indígenas firmaron un acuerdo.\n\n"
        "El paro comenzó el jueves 3 de octubre con una huelga de transportistas que bloquearon las principales vías del país.",
        date(2019, 10, 14),
    )
    (event,) = [e for e in out.events if e.type == "protest"]
    assert (event.date.start, event.place.country, event.place.admin1) == (date(2019, 10, 3), "EC", None)
    assert "roadblock" in event.forms


def test_weekday_and_day_before_a_singular_verb() -> None:
    out = _out(
        "El lunes 7 anunció el Gobierno el estado de excepción, mientras miles de indígenas marchaban en Latacunga.",
        date(2019, 10, 14),
    )
    assert {e.date.start for e in out.events} == {date(2019, 10, 7)}


def test_elapsed_span_ends_on_the_weekday_told() -> None:
    out = _out("Los comuneros de Totonicapán cumplieron el lunes 36 días de bloqueos.", date(2023, 11, 10))
    (event,) = out.events
    assert (event.date.start, event.date.end) == (date(2023, 10, 2), date(2023, 11, 6))


# -- places: a square named after another town (§2 place) --------------------------


def test_square_named_after_a_town_of_another_region() -> None:
    out = _out(
        "El paro nacional siguió este miércoles. En Bogotá, miles de personas llenaron la plaza de Bolívar, "
        "y en Cali la marcha terminó con gases lacrimógenos.",
        date(2021, 5, 20),
    )
    by_region = {e.place.admin1: e for e in out.events if e.place.admin1 is not None}
    assert set(by_region) == {"Bogota, D.C.", "Valle del Cauca"}
    assert (by_region["Bogota, D.C."].sub_type, by_region["Bogota, D.C."].forms) == ("peaceful", ["rally"])
    assert by_region["Valle del Cauca"].sub_type == "intervention"


def test_square_of_a_town_in_the_same_region_stays_the_towns() -> None:
    out = _out("En Puno, cientos marcharon el lunes hasta la plaza de Juliaca.", date(2023, 1, 12))
    (event,) = out.events
    assert (event.place.name, event.place.admin1) == ("Juliaca", "Puno")


# -- the dead after a blockade (§2 type/sub_type) ---------------------------------


def test_dead_and_wounded_after_a_blockade_make_lethal_force() -> None:
    out = _out(
        "El martes, vecinos de El Alto bloqueaban la planta de Senkata. Diez personas murieron y más de treinta resultaron heridas.",
        date(2019, 11, 24),
    )
    (event,) = out.events
    assert (event.sub_type, event.place.admin1, event.fatalities.value, event.injuries.value) == ("excessive_force", "La Paz", 10, 30)


# -- a person's home and a mine's camp are no places or forms of the action (§2 place, forms) --


def test_one_persons_home_is_not_where_he_died() -> None:
    out = _out(
        "Entre los muertos está Luis Chango, un dirigente indígena de Cotopaxi que murió el 9 de octubre "
        "cerca del parque El Arbolito, en Quito, durante una carga policial con gases lacrimógenos.",
        date(2019, 10, 14),
        headline="Protestas en Ecuador",
    )
    (event,) = out.events
    assert (event.sub_type, event.place.country, event.place.admin1, event.fatalities.value) == ("excessive_force", "EC", "Pichincha", 1)


def test_a_mines_camp_attacked_is_no_sit_in() -> None:
    out = _out(
        "El viernes, unos 800 manifestantes atacaron el campamento de la mina Tintaya, en Espinar, e incendiaron dos almacenes.",
        date(2023, 1, 23),
    )
    (event,) = out.events
    assert (event.type, event.place.admin1, event.forms) == ("riot", "Cusco", [])


# -- a raid asked for, arrests during the incidents, a journalist shot (§2 events, type) --


def test_raid_named_in_a_demand_is_no_arrest() -> None:
    out = _out(
        "Un agente mató a un joven en Encarnación el sábado. "
        "Los familiares exigen que la Fiscalía investigue a quienes ordenaron el allanamiento de la sede del partido.",
        date(2017, 4, 3),
    )
    assert not [e for e in out.events if e.type == "strategic_development"]


def test_arrests_during_the_incidents_belong_to_the_riot() -> None:
    out = _out(
        "El Ministerio de Seguridad informó que 21 personas fueron detenidas durante los incidentes registrados el miércoles "
        "frente a la Legislatura de Córdoba, en Argentina.",
        date(2024, 6, 13),
    )
    (event,) = out.events
    assert (event.type, event.place.admin1, event.arrests.value) == ("riot", "Cordoba", 21)


def test_journalist_shot_dead_is_an_attack() -> None:
    out = _out(
        "Miles de estudiantes protestaron el viernes en Managua contra la reforma. "
        "La periodista Ana Ruiz murió el sábado en Bluefields de un disparo en el pecho mientras grababa un video.",
        date(2018, 4, 23),
    )
    by_region = {e.place.admin1: e for e in out.events}
    shot = by_region["Costa Caribe Sur"]
    assert (shot.type, shot.sub_type, shot.fatalities.value) == ("violence_against_civilians", "attack", 1)
    assert by_region["Managua"].type == "protest"


# -- a third batch: totals told by a register (§3) --------------------------------


def test_register_count_since_a_day_is_a_total() -> None:
    out = _out(
        "Miles de personas protestaron el lunes en Valencia, Venezuela, contra el resultado electoral.\n\n"
        "La ONG Foro Penal contabiliza 640 detenciones desde el 29 de julio.",
        date(2024, 8, 5),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("arrests", 640)]
    assert all(e.arrests is None for e in out.events)


def test_second_register_total_after_a_total_is_kept() -> None:
    out = _out(
        "Miles de personas protestaron el lunes en Maracay contra el resultado electoral.\n\n"
        "Las cifras. La ONG Foro Penal contabiliza 640 detenciones desde el 29 de julio. "
        "Las organizaciones de derechos humanos registran al menos 17 muertos.",
        date(2024, 8, 5),
    )
    assert sorted((t.measure, t.value) for t in out.tallies) == [("arrests", 640), ("fatalities", 17)]
    assert all(e.fatalities is None for e in out.events)


def test_general_elections_day_is_no_story_day() -> None:
    out = _out(
        "Tegucigalpa, 6 de diciembre de 2017 — Tras las elecciones generales del 26 de noviembre, "
        "cientos de personas bloquean calles de la capital.",
        date(2017, 12, 6),
    )
    (event,) = out.events
    assert (event.place.admin1, event.date.start) == ("Francisco Morazan", date(2017, 12, 6))


def test_an_eye_lost_is_an_injury_not_a_crowd() -> None:
    out = _out(
        "Miles de personas se reunieron el sábado frente al Congreso en Ciudad de Guatemala. La Policía lanzó gases "
        "lacrimógenos contra la concentración. Dos manifestantes perdieron un ojo por impactos de proyectiles.",
        date(2020, 11, 22),
        headline="Protestas en Guatemala",
    )
    (event,) = out.events
    assert (event.injuries.value, event.participants.low) == (2, 2000)
