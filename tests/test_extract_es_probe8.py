"""Eighth Spanish probe: 13 articles of my own in styles not probed before (a
PNP press note, a minute-by-minute blog, a Puno radio story with Aymara place
names, informal miners on the Panamericana Sur, the 2024 transport strikes, a
correction note, a Defensoría monthly report, an interview, an opinion column,
a tourism story spanning months, Venezuela after the 2024 election, a ministry
communiqué, a Chumbivilcas roadblock).

What it found and what these tests hold:
- police force told in a paragraph of its own after a roadblock ("El martes,
  la policía lanzó bombas lacrimógenas y cuatro comuneros resultaron
  heridos") only added its wounded to the peaceful roadblock, and lost the
  force;
- a dateline's year ending a sentence ("Cusco, 4 de abril de 2023.") was read
  as the day number of the month opening the next one ("Entre diciembre y
  marzo"), so the month range was lost and only "marzo" dated the sentence;
- a count in a clause with its own district ("la detención de 3 personas en
  Ate") became a running total because a landmark in another clause ("hacia
  el Centro de Lima") was the sentence's one place in Lima;
- a day without its year a few weeks ahead ("el 9 de enero", written in
  December) was read as a possible plan though its dead or the force used
  were told as done;
- "durante cuatro días desde el 18 de diciembre" ran to publication;
- a police note's "Se logró la detención de ocho (08) personas", two
  sentences after the clearing with chemical agents, counted no arrests, and
  "respondieron con el lanzamiento de piedras" was no riot; "tras agotar el
  diálogo" was an offer of dialogue and "exhorta a no bloquear las vías" a
  roadblock's demand;
- "los manifestantes derribaron estatuas" (no article) was no riot;
- "las protestas contra los resultados de las elecciones del domingo dejaron
  11 muertos entre el lunes y el martes" was dated by the election's Sunday;
  and once dated right, "749 personas fueron detenidas en todo el país" went
  to the last town's riot;
- a "Fe de erratas" giving the figure told wrongly ("los detenidos eran 41")
  added that figure to the incident;
- a headline dated by the report ("Mineros bloquean la Panamericana") set the
  day of a blockade its lead says is in its second day;
- "el 26 de setiembre y el 10 de octubre ya habían paralizado la capital"
  gave only the first strike;
- "Hace un año, Remo Candia murió de un disparo" (a whole year, dating
  nothing) took the publication day, so the death joined today's march;
- "bloqueo del corredor minero, por donde pasan los camiones que llevan el
  cobre de Las Bambas" made a second roadblock in Apurímac.
"""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _out(text: str, published: date, lang: str = "es"):
    return EX.extract(text, published=published, lang=lang)


# -- force told in its own paragraph after a roadblock ---------------------------

def test_force_in_its_own_paragraph_after_a_roadblock_is_an_intervention():
    text = ("Bloqueo en Espinar\n\n"
            "Comuneros de Pallpata bloquean la carretera desde el lunes 6 de marzo.\n\n"
            "El miércoles, la policía lanzó bombas lacrimógenas y tres comuneros resultaron heridos.\n")
    events = _out(text, date(2023, 3, 9)).events
    hit = [e for e in events if "tear_gas" in e.state_response]
    assert hit and hit[0].sub_type == "intervention"
    assert hit[0].injuries is not None and hit[0].injuries.low == 3
    assert hit[0].place is not None and hit[0].place.admin1 == "Cusco"


def test_wounded_with_no_force_still_add_to_the_clash_just_told():
    text = ("Choques en Ilave\n\n"
            "La policía dispersó con gases lacrimógenos a los manifestantes que bloqueaban el puente en Ilave.\n\n"
            "Once personas resultaron heridas.\n")
    events = _out(text, date(2023, 1, 5)).events
    assert len(events) == 1 and events[0].injuries is not None and events[0].injuries.low == 11


# -- a year ending the sentence before a month -----------------------------------

def test_month_range_after_a_dateline_year_is_read():
    text = "Arequipa, 2 de mayo de 2023. Entre enero y marzo, las ventas cayeron."
    found = [(d.range.start, d.range.end) for d in date_finder.find_dates(text, "es", date(2023, 5, 2))]
    assert (date(2023, 1, 1), date(2023, 3, 31)) in found


def test_day_number_before_a_month_is_still_no_month():
    text = "Los vecinos marcharon por la avenida 28 de Julio."
    assert not date_finder.find_dates(text, "es", date(2023, 5, 2))


def test_losses_over_months_after_a_dateline_are_no_protest_of_the_last_month():
    text = ("Comercio en Puno perdió millones\n\n"
            "Puno, 3 de abril de 2023. Entre diciembre y marzo, el comercio de la región perdió más de 300 millones de soles "
            "por las protestas, según la Cámara de Comercio.\n")
    events = _out(text, date(2023, 4, 3)).events
    assert not any(e.date is not None and e.date.start == date(2023, 3, 1) for e in events)


# -- a count in a clause with its own district -------------------------------------

def test_arrests_in_a_clause_with_its_district_are_the_days_not_a_total():
    text = ("Jornada de paro\n\n"
            "La Prefectura informó que hasta las 17:00 horas se registró la detención de 4 personas en los distritos de Comas y Ate, "
            "y que la movilización hacia el Centro de Lima transcurrió sin incidentes.\n")
    out = _out(text, date(2024, 10, 10))
    assert not any(t.measure == "arrests" for t in out.tallies)
    assert any(e.arrests is not None and e.arrests.low == 4 for e in out.events)


def test_a_list_of_districts_names_its_first_district():
    from kipu.extract import places as place_finder

    text = "Hubo bloqueos en los distritos de Comas y Carabayllo."
    assert "Comas" in [text[m.span.start : m.span.end] for m in place_finder.places_in(text)]


# -- a year-less day a few weeks ahead, told as done ---------------------------------

def test_old_january_day_recalled_in_december_with_its_dead_is_last_january():
    text = ("Columna\n\n"
            "Desde el 7 de diciembre de 2022 hasta la fecha, 49 personas murieron en las protestas.\n\n"
            "Pienso en Ayacucho el 15 de enero: aquel día murieron seis comuneros en la plaza.\n")
    events = [e for e in _out(text, date(2023, 12, 20)).events if e.type == "protest"]
    assert events and events[0].date is not None and events[0].date.start == date(2023, 1, 15)


def test_force_told_as_done_on_a_january_day_dates_it_in_december():
    text = ("Columna\n\n"
            "Desde el 7 de diciembre de 2022 hasta la fecha, 49 personas murieron en las protestas.\n\n"
            "No olvido la marcha del 20 de enero, cuando los estudiantes fueron recibidos con gases lacrimógenos en Lima.\n")
    events = [e for e in _out(text, date(2023, 12, 20)).events if e.type == "protest"]
    assert events and events[0].date is not None and events[0].date.start == date(2023, 1, 20)


def test_a_march_called_for_a_day_ahead_stays_a_plan():
    text = ("Convocatoria\n\nLos gremios marcharán el 20 de enero en Lima.\n")
    assert not _out(text, date(2023, 1, 10)).events


# -- a run told beside its first day -------------------------------------------------

def test_run_of_days_from_a_named_day_ends_with_the_run():
    found = date_finder.find_dates("Los comuneros bloquearon la vía durante tres días desde el 4 de febrero.", "es", date(2024, 3, 15))
    assert [(d.range.start, d.range.end) for d in found] == [(date(2024, 2, 4), date(2024, 2, 6))]


def test_since_with_no_run_still_reaches_publication():
    found = date_finder.find_dates("Los comuneros bloquean la vía desde el 4 de febrero.", "es", date(2024, 2, 9))
    assert [(d.range.start, d.range.end) for d in found] == [(date(2024, 2, 4), date(2024, 2, 9))]


# -- a police note's arrests, stones and boilerplate -----------------------------------

NOTE = (
    "NOTA DE PRENSA\n\n"
    "La Policía Nacional del Perú informa a la opinión pública lo siguiente:\n\n"
    "1. El día 3 de febrero de 2023, personal policial intervino en el puente Añashuayco, Arequipa, donde unas 200 personas "
    "mantenían bloqueada la vía.\n\n"
    "2. Tras agotar el diálogo, el personal policial procedió al desbloqueo de la vía haciendo uso de agentes químicos. "
    "Los manifestantes respondieron con el lanzamiento de piedras.\n\n"
    "3. Se logró la detención de cinco (05) personas, quienes fueron puestas a disposición del Ministerio Público.\n\n"
    "La Policía Nacional del Perú exhorta a la ciudadanía a no bloquear las vías de comunicación.\n"
)


def test_police_note_counts_the_arrests_after_its_clearing():
    events = _out(NOTE, date(2023, 2, 3)).events
    assert len(events) == 1
    e = events[0]
    assert e.arrests is not None and e.arrests.low == 5
    assert (e.type, e.sub_type) == ("riot", "violent_demonstration")


def test_police_note_boilerplate_is_no_dialogue_and_no_demand():
    e = _out(NOTE, date(2023, 2, 3)).events[0]
    assert "accommodation" not in e.state_response
    assert not e.demands


def test_bare_arrest_count_after_a_peaceful_march_is_not_its_arrests():
    text = ("Marcha en Tacna\n\n"
            "Unos 300 docentes marcharon este lunes por el centro de Tacna.\n\n"
            "Se reportaron 12 detenidos.\n")
    events = _out(text, date(2023, 6, 5)).events
    assert events and all(e.arrests is None for e in events if e.sub_type == "peaceful")


def test_one_man_arrested_is_no_count_of_the_crowd():
    text = ("Police fired tear gas at protesters in Ayacucho on Thursday.\n\n"
            "The former president was removed from office and arrested for rebellion.\n")
    events = _out(text, date(2022, 12, 17), "en").events
    assert events and events[0].arrests is None


# -- statues, elections, the whole country ---------------------------------------------

def test_statues_pulled_down_are_a_riot():
    text = "En Valencia, estado Carabobo, manifestantes derribaron estatuas del expresidente el lunes."
    events = _out(text, date(2024, 7, 31)).events
    assert events and (events[0].type, events[0].sub_type) == ("riot", "violent_demonstration")


def test_the_election_day_does_not_date_the_protests_against_its_result():
    text = ("Protestas en Caracas\n\n"
            "Las protestas contra los resultados de las elecciones del domingo dejaron al menos 11 muertos entre el lunes y el martes, "
            "según Foro Penal.\n")
    events = _out(text, date(2024, 7, 31)).events
    assert events and events[0].date is not None and events[0].date.start == date(2024, 7, 29)


def test_arrests_in_the_whole_country_are_not_the_last_towns():
    text = ("Protestas en Venezuela\n\n"
            "Las protestas contra los resultados de las elecciones del domingo dejaron al menos 11 muertos entre el lunes y el martes.\n\n"
            "En Maracay, manifestantes derribaron estatuas del expresidente. "
            "En Barquisimeto, estado Lara, un militar murió de un disparo durante los disturbios.\n\n"
            "El fiscal general informó este martes que 749 personas fueron detenidas en todo el país desde el lunes, acusadas de terrorismo.\n")
    events = _out(text, date(2024, 7, 31)).events
    lara = [e for e in events if e.place is not None and e.place.admin1 == "Lara"]
    assert lara and all(e.arrests is None for e in lara)
    assert any(e.arrests is not None and e.arrests.low == 749 for e in events)


# -- a correction note -------------------------------------------------------------------

def test_figure_told_wrongly_in_a_correction_is_not_counted():
    text = ("Bloqueos en Lima\n\n"
            "La Policía dispersó con gases lacrimógenos a los transportistas que bloqueaban la avenida Wiesse y detuvo a 14 personas.\n\n"
            "Fe de erratas: en una versión anterior de esta nota se indicó que los detenidos eran 41. La cifra correcta es 14.\n")
    events = _out(text, date(2024, 11, 14)).events
    assert len(events) == 1 and events[0].arrests is not None and events[0].arrests.low == 14


def test_english_correction_paragraph_adds_nothing():
    text = ("Police fired tear gas at protesters in Lima on Monday.\n\n"
            "Correction: An earlier version of this article said 40 people were arrested in Lima.\n")
    events = _out(text, date(2023, 1, 10), "en").events
    assert len(events) == 1 and events[0].arrests is None


# -- the report's day and the run its lead tells -------------------------------------------

def test_headline_of_the_day_yields_to_the_leads_second_day():
    text = ("Agricultores bloquean la Panamericana Norte en Virú\n\n"
            "Trujillo, 5 de junio de 2024. Agricultores del valle mantienen bloqueada por segundo día la carretera Panamericana Norte "
            "a la altura de Virú.\n")
    events = _out(text, date(2024, 6, 5)).events
    assert len(events) == 1 and events[0].date is not None
    assert (events[0].date.start, events[0].date.end) == (date(2024, 6, 4), date(2024, 6, 5))


def test_a_march_that_continues_on_its_way_is_no_run_of_days():
    text = ("Marcha por la salud\n\n"
            "Cientos de médicos marchan este jueves por el centro de Arequipa. Luego, la marcha continúa hacia la sede del Gobierno Regional.\n")
    events = _out(text, date(2024, 6, 6)).events
    assert events and events[0].date is not None and events[0].date.start == date(2024, 6, 6)


# -- an anniversary's "hace un año" ------------------------------------------------------------

def test_hace_un_ano_with_the_dead_told_is_that_day_a_year_back():
    text = ("A un año de la muerte de un comunero\n\n"
            "Cusco, 9 de febrero de 2024. Hace un año, un comunero murió de un disparo durante las protestas en Sicuani.\n\n"
            "Hoy sus familiares marcharon en Sicuani para pedir justicia.\n")
    events = _out(text, date(2024, 2, 9)).events
    assert sorted(e.date.start for e in events if e.date) == [date(2023, 2, 9), date(2024, 2, 9)]


def test_hace_anos_in_a_protests_background_dates_nothing():
    text = ("Vecinos bloquean la vía en Abancay para exigir la reconstrucción del puente, caído hace tres años.\n")
    events = _out(text, date(2024, 2, 9)).events
    assert events and events[0].date is not None and events[0].date.start == date(2024, 2, 9)


# -- two days listed for one kind of action ------------------------------------------------

def test_two_strike_days_listed_are_two_strikes():
    text = ("Nuevo paro\n\n"
            "Los mototaxistas recordaron que el 3 de abril y el 17 de abril ya habían paralizado Piura con marchas hacia la municipalidad.\n")
    events = _out(text, date(2024, 5, 2)).events
    assert sorted(e.date.start for e in events if e.date) == [date(2024, 4, 3), date(2024, 4, 17)]


def test_two_days_of_one_run_stay_one_incident():
    text = ("Paro en Piura\n\nLos mototaxistas paralizaron Piura el 3 de abril y el 4 de abril.\n")
    events = _out(text, date(2024, 5, 2)).events
    assert len(events) == 1


# -- where the goods come from -------------------------------------------------------------

def test_the_mine_whose_copper_the_road_carries_is_not_the_roadblocks_place():
    text = ("Bloqueo en Espinar\n\n"
            "Comuneros de Pallpata, en la provincia cusqueña de Espinar, bloquean desde el lunes el corredor minero, "
            "por donde pasan los camiones que llevan el cobre de Las Bambas.\n")
    events = _out(text, date(2023, 3, 22)).events
    assert events and {e.place.admin1 for e in events if e.place} == {"Cusco"}
