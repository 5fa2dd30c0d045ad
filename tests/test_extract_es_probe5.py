"""Spanish wire copy, live blogs and follow-ups from across the region: who
broke a door, where a crowd came from, what was only asked for or denied,
which day a comparison names, and which totals a headline rounds."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _out(text: str, published: date):
    return EX.extract(text, published=published, lang="es")


def _one(text: str, published: date):
    events = _out(text, published).events
    assert len(events) == 1, [(e.type, e.sub_type, e.place, e.date) for e in events]
    return events[0]


# -- counts -------------------------------------------------------------------

def test_a_part_of_the_wounded_is_not_added_to_the_arrested():
    text = ("Choques en Santiago\n\n"
            "Al menos 14 personas quedaron heridas, entre ellas tres carabineros, y 41 fueron detenidas este jueves "
            "durante los enfrentamientos entre manifestantes y la policía en el centro de Santiago de Chile.\n")
    e = _one(text, date(2019, 10, 24))
    assert (e.injuries.low, e.arrests.low) == (14, 41)


def test_people_arrested_after_arriving_from_the_south_are_one_raids_count():
    text = ("Redada en una universidad\n\n"
            "LIMA (AP) — Agentes de la Policía ingresaron la mañana de este sábado a la Universidad Nacional de Ingeniería, en el Rímac, "
            "y detuvieron a 120 personas que se alojaban en el campus tras llegar desde el sur del país para participar en las marchas.\n")
    out = _out(text, date(2023, 1, 21))
    assert not out.tallies
    assert [e.arrests.low for e in out.events if e.arrests] == [120]


def test_arrivals_from_a_named_region_are_no_period_either():
    text = ("Redada en una universidad\n\n"
            "LIMA (AP) — Agentes de la Policía ingresaron la mañana de este sábado a la Universidad Nacional de Ingeniería, en el Rímac, "
            "y detuvieron a 120 personas que se alojaban en el campus tras llegar desde Puno para participar en las marchas.\n")
    out = _out(text, date(2023, 1, 21))
    assert not out.tallies


def test_the_exact_count_of_the_lead_beats_the_rounded_one_of_the_headline():
    text = ("Policía detiene a casi 150 personas en una universidad\n\n"
            "LIMA (AP) — Agentes de la Policía detuvieron este sábado a 146 personas que ocupaban el campus de una universidad de Lima.\n")
    out = _out(text, date(2023, 1, 21))
    assert [e.arrests.low for e in out.events if e.arrests] == [146]


def test_wounded_told_as_a_lesion_count():
    text = ("Paro\n\nLa marcha de los transportistas fue dispersada con gases lacrimógenos este jueves en la avenida Abancay, en Lima. "
            "Cuatro agentes resultaron con lesiones leves.\n")
    e = _one(text, date(2024, 10, 10))
    assert e.injuries is not None and e.injuries.low == 4


def test_a_present_tense_report_of_wounded_after_a_clash_is_its_toll():
    text = ("En vivo\n\n"
            "17:20 | En Tacna, los manifestantes intentaron tomar el local de la prefectura. La policía los dispersó con gases lacrimógenos. "
            "Se reportan al menos 9 heridos.\n")
    e = _one(text, date(2023, 1, 20))
    assert e.injuries is not None and e.injuries.low == 9


def test_a_soldier_who_died_after_the_verb_was_killed_by_the_crowd():
    text = ("Paro\n\nEl martes, una patrulla militar fue atacada en el cantón Lago Agrio, en Sucumbíos, donde murió un soldado, "
            "en el noveno día del paro indígena.\n")
    e = _one(text, date(2022, 6, 22))
    assert (e.type, e.sub_type) == ("riot", "mob_violence")


def test_an_opening_article_is_not_a_lone_victim():
    text = ("Juliaca\n\nEl sábado, unas dos mil personas marcharon por Juliaca con las fotos de los fallecidos del 9 de enero.\n")
    e = _one(text, date(2023, 1, 16))
    assert e.fatalities is None and e.sub_type == "peaceful"


def test_one_more_protester_who_died_is_one_death():
    text = ("Paro\n\nLos enfrentamientos continuaron el martes en Cuenca. El miércoles, otro manifestante falleció en el sur de la ciudad "
            "tras ser alcanzado por una bomba lacrimógena.\n")
    events = _out(text, date(2022, 6, 24)).events
    assert any(e.fatalities is not None and e.fatalities.low == 1 for e in events)


# -- totals -------------------------------------------------------------------

def test_the_toll_of_a_movement_begun_weeks_ago_is_a_tally():
    text = ("Paro\n\nLas protestas, iniciadas el 13 de junio, dejaron cinco muertos y centenares de heridos, según una alianza de organizaciones.\n")
    out = _out(text, date(2022, 7, 1))
    assert {(t.measure, t.value) for t in out.tallies} == {("fatalities", 5), ("injuries", 200)}
    assert not any(e.fatalities for e in out.events)


def test_a_register_of_the_dead_told_as_counted_is_a_tally():
    text = ("Balance\n\nLa ONG contabilizó 19 personas fallecidas en el contexto de las manifestaciones poselectorales.\n")
    out = _out(text, date(2024, 8, 9))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 19)]


def test_a_headline_rounding_the_leads_total_is_not_a_second_total():
    text = ("ONG contabiliza más de 900 detenidos tras las protestas\n\n"
            "CARACAS (AFP) — La ONG informó este viernes que registró 947 detenciones desde el 29 de julio, cuando miles salieron a protestar "
            "en todo el país.\n")
    out = _out(text, date(2024, 8, 9))
    assert [(t.measure, t.value) for t in out.tallies] == [("arrests", 947)]


def test_a_protest_in_the_when_clause_of_a_since_date_had_that_day():
    text = ("Balance\n\nLa ONG informó este viernes que registró 947 detenciones desde el 29 de julio, cuando miles de personas salieron a protestar "
            "en todo el país.\n")
    out = _out(text, date(2024, 8, 9))
    assert out.events and all(e.date.start == e.date.end == date(2024, 7, 29) for e in out.events)


# -- what did not happen here -------------------------------------------------

def test_the_police_breaking_a_door_is_no_riot():
    text = ("Desalojo en la universidad\n\n"
            "Cientos de estudiantes mantienen tomado desde el miércoles el campus de la universidad San Agustín, en Arequipa. "
            "Una tanqueta derribó el portón principal poco después de las 6 de la mañana de este sábado.\n")
    events = _out(text, date(2023, 1, 21)).events
    assert events and not any(e.type == "riot" for e in events)


def test_force_asked_for_is_not_force_used():
    text = ("Bloqueos\n\nLos transportistas bloquearon este lunes la carretera Central en La Oroya. "
            "El gobernador pidió a la policía desbloquear las vías cuanto antes.\n")
    e = _one(text, date(2023, 1, 9))
    assert e.sub_type == "peaceful" and "dispersal" not in e.state_response


def test_clashes_said_not_to_have_happened_are_no_riot():
    text = ("Minería\n\nComuneros ocuparon el jueves los terrenos de una minera en Chumbivilcas, Cusco. "
            "Hasta el momento no se han registrado enfrentamientos.\n")
    e = _one(text, date(2022, 4, 16))
    assert (e.type, e.sub_type) == ("protest", "peaceful")


def test_an_inquiry_into_old_deaths_is_no_protest_of_its_own_day():
    text = ("Fiscalía\n\nLa Fiscalía abrió ayer una investigación por las muertes ocurridas en Juliaca el 9 de enero, cuando 17 personas "
            "perdieron la vida durante las protestas.\n")
    events = _out(text, date(2023, 3, 20)).events
    assert [e.date.start for e in events] == [date(2023, 1, 9)]


def test_a_movement_begun_a_month_ago_is_no_incident_of_today():
    text = ("Paro\n\nCali amaneció con bloqueos este viernes en Puerto Resistencia. "
            "Las protestas contra el Gobierno comenzaron el 28 de abril con un paro nacional.\n")
    events = _out(text, date(2021, 6, 4)).events
    assert events and all(e.place is not None and e.place.admin1 is not None for e in events)


# -- dates --------------------------------------------------------------------

def test_a_month_compared_with_does_not_date_the_action():
    text = ("Paro\n\nLos transportistas de Lima acataron este miércoles un nuevo paro contra la extorsión. "
            "La adhesión fue menor que en octubre: en Puente Piedra hubo bloqueos y en Ate circularon buses.\n")
    events = _out(text, date(2024, 11, 13)).events
    assert events and all(e.date.start == date(2024, 11, 13) for e in events)
