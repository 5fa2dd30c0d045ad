"""Probe gaps20: a study's method read as an incident, a speaker's "there
are"/"hay" total missed, a capitals kicker read as a wire dateline, ...

What the probe found, in the extractor's own words of each rule:
- "El estudio se basa en entrevistas a 40 participantes de las marchas en Puno"
  made a march of 40 in Puno: the research's sample, not an incident.
- "Maduro afirmó que hay más de 2.000 detenidos" and "the prosecutor said there
  are more than 300 detainees across the country" gave no tally (the arrests
  alone told no total), or an incident on the day of speaking.
- "JULIACA: La cifra de muertos por los enfrentamientos de ayer ... subió a 17",
  opening the lead, read JULIACA as the wire's dateline: the sentence had no
  place of its own, and its toll became a running total.
"""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str):
    return EX.extract(text, published=published, lang=lang)


# -- 1. a study's method and sample are not incidents (GUIDELINES §2: an event is something that happened)

def test_interviews_of_a_study_are_no_march_es() -> None:
    text = ("Informe sobre las víctimas\n\nEl estudio se basa en entrevistas a 40 participantes de las marchas en Puno.\n\n"
            "Los investigadores también realizaron grupos focales con 30 estudiantes que participaron en las protestas en Cusco.\n\n"
            "La muestra incluyó a 25 familiares de víctimas y 15 heridos en las movilizaciones de Juliaca.")
    out = _run(text, date(2024, 3, 12), "es")
    assert out.events == [] and out.tallies == []


def test_focus_groups_and_sample_are_no_incident_en() -> None:
    text = ("Report on the victims\n\nResearchers also held three focus groups with students who joined the marches in Cusco.\n\n"
            "The sample included 25 relatives of victims and 15 injured protesters in Juliaca.")
    out = _run(text, date(2024, 3, 12), "en")
    assert out.events == [] and out.tallies == []


def test_force_told_in_an_interview_is_still_an_incident() -> None:
    # §2: an event the article attributes to a source is still an event
    text = "In interviews with reporters, witnesses said police fired tear gas at marchers in Juliaca on Monday."
    (event,) = _run(text, date(2023, 1, 10), "en").events
    assert (event.type, event.sub_type, event.place.admin1, event.date.start) == ("protest", "intervention", "Puno", date(2023, 1, 9))


# -- 2. a speaker's "there are"/"hay" with a count is the standing total (GUIDELINES §3)

def test_hay_mas_de_2000_detenidos_is_a_tally() -> None:
    text = ("Maduro anuncia cárceles para los detenidos\n\n"
            "El presidente Nicolás Maduro afirmó este sábado que hay más de 2.000 detenidos por las protestas que estallaron "
            "tras las elecciones del 28 de julio en Venezuela.")
    out = _run(text, date(2024, 8, 3), "es")
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("arrests", 2000, "more_than")]
    assert not any(e.arrests for e in out.events)


def test_there_are_300_detainees_is_a_tally() -> None:
    text = "Peru protests\n\nThe prosecutor said there are more than 300 detainees across the country, most of them in Lima."
    out = _run(text, date(2023, 1, 20), "en")
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("arrests", 300, "more_than")]
    assert out.events == []


def test_hay_fallecidos_en_las_manifestaciones_is_a_tally() -> None:
    text = "Crisis en Venezuela\n\nEl fiscal general sostuvo que hay 25 fallecidos en las manifestaciones en Venezuela."
    out = _run(text, date(2024, 8, 3), "es")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 25)]


def test_hay_detenidos_after_one_clash_stays_its_incident() -> None:
    # §3: one incident's arrests are that incident's, not a running total
    text = "El jefe policial dijo que hay 12 detenidos tras los enfrentamientos de anoche en la plaza de Armas de Juliaca."
    out = _run(text, date(2023, 1, 10), "es")
    assert out.tallies == []
    (event,) = out.events
    assert (event.place.admin1, event.date.start, event.arrests.value) == ("Puno", date(2023, 1, 9), 12)


# -- 3. a capitals kicker names its paragraph's place (GUIDELINES §2 place; §3 a town's day toll is no tally)

def test_kicker_at_the_top_places_its_toll_es() -> None:
    text = ("Violencia en el sur\n\nJULIACA: La cifra de muertos por los enfrentamientos de ayer en el aeropuerto subió a 17, "
            "informó la Dirección Regional de Salud.")
    out = _run(text, date(2023, 1, 10), "es")
    assert out.tallies == []
    (event,) = out.events
    assert (event.sub_type, event.place.name, event.date.start, event.fatalities.value) == ("excessive_force", "Juliaca", date(2023, 1, 9), 17)


def test_kicker_at_the_top_places_its_toll_en() -> None:
    text = "Deadly clashes\n\nJULIACA: The death toll from Monday's clashes near the airport rose to 17, the regional health office said."
    out = _run(text, date(2023, 1, 10), "en")
    assert out.tallies == []
    (event,) = out.events
    assert (event.place.name, event.date.start, event.fatalities.value) == ("Juliaca", date(2023, 1, 9), 17)


def test_wire_dateline_does_not_place_a_total() -> None:
    # a wire's dateline (with its day and agency) is where the report was filed
    text = "Peru toll rises\n\nLIMA, Jan 20 (Reuters) - The death toll in the protests rose to 46 on Friday, the ombudsman said."
    out = _run(text, date(2023, 1, 20), "en")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 46)]


# -- 4. a look-back piece's year-less day is of the year it looks back to (GUIDELINES §2 date)

def test_hace_un_ano_gives_the_day_its_year() -> None:
    text = ("Un año después de la masacre\n\nHace un año, la ciudad de Juliaca vivió la jornada más violenta de las protestas.\n\n"
            "El 9 de enero, en los alrededores del aeropuerto, murieron 17 personas por disparos de las fuerzas del orden.\n\n"
            "Este martes, cientos de familiares marcharon por las calles de Juliaca para exigir justicia.")
    events = _run(text, date(2024, 1, 9), "es").events
    dead = [e for e in events if e.fatalities]
    assert [(e.date.start, e.fatalities.value) for e in dead] == [(date(2023, 1, 9), 17)]
    assert any(e.date.start == date(2024, 1, 9) and "march" in e.forms for e in events)


def test_january_last_year_gives_the_day_its_year() -> None:
    text = ("Families mark anniversary\n\nIn January last year, Juliaca saw the deadliest day of the protests.\n\n"
            "On January 9, security forces opened fire near the airport and 17 people were killed.")
    dead = [e for e in _run(text, date(2024, 1, 10), "en").events if e.fatalities]
    assert [(e.date.start, e.place.name, e.fatalities.value) for e in dead] == [(date(2023, 1, 9), "Juliaca", 17)]


def test_protests_of_2023_give_the_day_its_year() -> None:
    text = ("Juliaca recuerda a sus muertos\n\nLas protestas de 2023 dejaron una herida abierta en el sur del país.\n\n"
            "El 9 de enero, en Juliaca, murieron 17 personas durante los enfrentamientos con la policía.")
    dead = [e for e in _run(text, date(2024, 1, 10), "es").events if e.fatalities]
    assert [(e.date.start, e.fatalities.value) for e in dead] == [(date(2023, 1, 9), 17)]


def test_last_december_does_not_move_a_january_day() -> None:
    # the story's months of last year do not cover January: the day is this year's
    text = ("Protestas en el sur\n\nLas protestas comenzaron en diciembre de 2022 tras la vacancia de Castillo.\n\n"
            "El 9 de enero, en Juliaca, murieron 17 personas durante los enfrentamientos con la policía.")
    dead = [e for e in _run(text, date(2023, 1, 10), "es").events if e.fatalities]
    assert [(e.date.start, e.fatalities.value) for e in dead] == [(date(2023, 1, 9), 17)]


# -- 5. cities of the one foreign country an article is about, in a follow-up sentence (GUIDELINES §2 place)

def test_similar_protests_in_cordoba_and_rosario_es() -> None:
    text = ("Multitudinaria marcha universitaria en Buenos Aires\n\n"
            "Cientos de miles de estudiantes marcharon este martes en Buenos Aires contra los recortes universitarios.\n\n"
            "Protestas similares en Córdoba y Rosario reunieron a miles de personas.")
    events = _run(text, date(2024, 4, 24), "es").events
    assert sorted((e.place.name, e.place.admin1, e.place.country) for e in events) == [
        ("Buenos Aires", "Ciudad Autonoma de Buenos Aires", "AR"), ("Córdoba", "Cordoba", "AR"), ("Rosario", "Santa Fe", "AR")]


def test_similar_protests_in_cordoba_and_rosario_en() -> None:
    text = ("Huge university march in Buenos Aires\n\nHundreds of thousands of students marched on Tuesday in Buenos Aires against budget cuts.\n\n"
            "Similar protests took place in Córdoba and Rosario.")
    events = _run(text, date(2024, 4, 24), "en").events
    assert {(e.place.admin1, e.place.country, e.date.start) for e in events} == {
        ("Ciudad Autonoma de Buenos Aires", "AR", date(2024, 4, 23)), ("Cordoba", "AR", date(2024, 4, 23)), ("Santa Fe", "AR", date(2024, 4, 23))}


# -- 7. a cross-country homonym is read in the headline's country (GUIDELINES §2 place: country, admin1)

def test_santa_cruz_of_a_bolivia_story_is_bolivian() -> None:
    text = ("Bolivia strike enters second week\n\nThousands of people kept roads blocked in Santa Cruz on Monday.\n\n"
            "Across the border in Peru, protesters marched in Lima.")
    events = _run(text, date(2022, 10, 25), "en").events
    assert [(e.place.name, e.place.admin1, e.place.country) for e in events if e.place.name == "Santa Cruz"] == [("Santa Cruz", "Santa Cruz", "BO")]


def test_la_libertad_of_a_salvadoran_story_is_salvadoran() -> None:
    text = ("Protestas en El Salvador\n\nCientos de vendedores marcharon en La Libertad contra el desalojo ordenado por la alcaldía.\n\n"
            "En Perú, miles marcharon en Lima.")
    events = _run(text, date(2024, 3, 8), "es").events
    assert [(e.place.admin1, e.place.country) for e in events if e.place.name == "La Libertad"] == [("La Libertad", "SV")]


def test_la_libertad_of_a_peru_story_stays_peruvian() -> None:
    text = ("Protestas en Perú\n\nCientos de agricultores marcharon en La Libertad contra el precio del arroz.\n\n"
            "En El Salvador, vendedores protestaron en San Salvador.")
    events = _run(text, date(2024, 3, 8), "es").events
    assert [(e.place.admin1, e.place.country) for e in events if e.place.name == "La Libertad"] == [("La Libertad", "PE")]


# -- 8. a timeline's entry opened by its full date is an event of that day (GUIDELINES §2: only other eras are background)

FECHAS_CLAVE = ("Fechas clave de la crisis\n\n"
                "- 15 de diciembre de 2022: Diez personas mueren en Ayacucho durante enfrentamientos con militares.\n"
                "- 9 de enero de 2023: Diecisiete personas mueren en Juliaca durante los enfrentamientos cerca del aeropuerto.\n"
                "- 6 de mayo de 2025: Familiares de las víctimas marchan en Lima para exigir justicia.")


def test_fechas_clave_entries_are_events_of_their_days() -> None:
    events = _run(FECHAS_CLAVE, date(2025, 5, 7), "es").events
    assert [(e.date.start, e.place.admin1, e.fatalities.value if e.fatalities else None) for e in events] == [
        (date(2022, 12, 15), "Ayacucho", 10), (date(2023, 1, 9), "Puno", 17), (date(2025, 5, 6), "Lima", None)]


def test_timeline_entries_are_events_of_their_days_en() -> None:
    text = ("Timeline: Peru's crisis\n\n- December 15, 2022: Ten protesters are killed in Ayacucho in clashes with soldiers.\n"
            "- January 9, 2023: Seventeen people die in Juliaca in clashes near the airport.")
    events = _run(text, date(2025, 5, 7), "en").events
    assert [(e.sub_type, e.date.start, e.fatalities.value) for e in events] == [
        ("excessive_force", date(2022, 12, 15), 10), ("excessive_force", date(2023, 1, 9), 17)]


def test_a_dated_heading_paragraph_is_a_chronology_entry() -> None:
    text = "Cronología\n\n15 de diciembre de 2022: Diez personas mueren en Ayacucho durante enfrentamientos con militares."
    (event,) = _run(text, date(2025, 5, 7), "es").events
    assert (event.date.start, event.place.admin1, event.fatalities.value) == (date(2022, 12, 15), "Ayacucho", 10)


def test_an_old_day_told_in_passing_stays_background() -> None:
    text = "Informe\n\nEl 15 de diciembre de 2022, diez personas murieron en Ayacucho durante enfrentamientos con militares."
    assert _run(text, date(2025, 5, 7), "es").events == []


def test_an_entry_of_another_era_stays_background() -> None:
    text = "Fechas clave\n\n- 28 de julio de 2000: Miles marchan en Lima en la Marcha de los Cuatro Suyos.\n- 6 de mayo de 2025: Miles marchan en Lima."
    events = _run(text, date(2025, 5, 7), "es").events
    assert [e.date.start for e in events] == [date(2025, 5, 6)]


# -- found on the way: a crowd's size is no toll of the deaths it marched against (GUIDELINES §2 counts)

def test_hundreds_who_marched_against_the_killings_are_no_dead() -> None:
    (event,) = _run("Hundreds of students marched in Cusco on Tuesday to reject the killings.", date(2023, 1, 10), "en").events
    assert (event.sub_type, event.fatalities, event.participants.low) == ("peaceful", None, 200)


def test_dozens_who_marched_and_were_injured_are_wounded() -> None:
    (event,) = _run("Dozens of people marched in Juliaca and were injured by police.", date(2023, 1, 10), "en").events
    assert event.injuries is not None and event.injuries.value == 24


# -- found on the way: arrests made in a clash are that clash's (GUIDELINES §2: one incident is one event)

def test_arrests_in_the_clashes_are_the_clashes() -> None:
    (event,) = _run("Police detained 12 people in the clashes near the Plaza San Martín, officials said.", date(2023, 1, 20), "en").events
    assert (event.type, event.place.admin1, event.arrests.value) == ("riot", "Lima", 12)


def test_detenidos_en_los_enfrentamientos_son_del_enfrentamiento() -> None:
    (event,) = _run("La policía detuvo a 12 personas en los enfrentamientos de la plaza San Martín.", date(2023, 1, 20), "es").events
    assert (event.type, event.place.admin1, event.arrests.value) == ("riot", "Lima", 12)


# -- found on the way: the place a march stands with is not where it was (GUIDELINES §2 place)

def test_solidaridad_con_puno_is_no_puno_event() -> None:
    events = _run("En Lima, miles de personas marcharon por el centro en solidaridad con Puno.", date(2023, 1, 20), "es").events
    assert [(e.place.admin1, e.participants.low) for e in events] == [("Lima", 2000)]


def test_in_solidarity_with_puno_is_no_puno_event() -> None:
    events = _run("In Lima, thousands marched downtown in solidarity with Puno.", date(2023, 1, 20), "en").events
    assert [e.place.admin1 for e in events] == ["Lima"]


def test_segun_la_defensoria_hay_heridos_is_a_tally() -> None:
    # §3: a source's count for the whole country, told with a bare "hay" after "según"
    out = _run("Protestas\n\nSegún la Defensoría del Pueblo, hay 1.300 heridos en todo el país.", date(2023, 1, 20), "es")
    assert [(t.measure, t.value) for t in out.tallies] == [("injuries", 1300)]
    assert out.events == []


def test_according_to_there_are_injured_is_a_tally() -> None:
    out = _run("Protests\n\nAccording to the ombudsman, there are more than 1,300 injured across the country.", date(2023, 1, 20), "en")
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("injuries", 1300, "more_than")]


def test_a_witness_quoted_hay_heridos_stays_the_scenes() -> None:
    text = ('Trabajadores bloquean la ruta 36 en Sixaola y queman un vehículo. El dirigente señala que “los esquiroles '
            'quemaron nuestro vehículo. La policía no intervino, hay varios heridos”.')
    out = _run(text, date(2015, 2, 12), "es")
    assert out.tallies == []
    assert any(e.injuries is not None and e.injuries.value == 3 for e in out.events)


def test_last_year_in_passing_does_not_move_this_years_day() -> None:
    # §2 date: a whole year named in passing places no story in it
    text = ("Protests in Lima\n\nLast year, Pedro Castillo was removed from office by Congress.\n\n"
            "On March 5, thousands of protesters marched in Lima.")
    (event,) = _run(text, date(2023, 3, 10), "en").events
    assert event.date.start == date(2023, 3, 5)
