"""Probe gaps27 (stop 27): constructions a probe of short articles found unread.

- "La Policía detuvo en Cusco a tres dirigentes el lunes", "capturaron en Juliaca a tres
  dirigentes": an arrest verb with a place between it and its "a <count>" object gave no
  arrest count when no count cue opened the sentence's numbers; "en la ciudad de Puno",
  "en el distrito de Ilave" (the kind of place before its name) also cut the link.
- "se reportaron 11 capturas", "reportó 11 capturas": a police report's count of arrests
  was not read; "capturas de pantalla" / "de video" are screenshots, no arrests. "Los detenidos
  fueron trasladados a la comisaría" after them made an arrests event of its own.
- "Most Peruvians tell pollsters they want the roadblocks lifted", "Una encuesta de Ipsos
  en Puno respalda el paro indefinido": an opinion poll made a roadblock or a strike.
- "La Fiscalía ordenó la detención preliminar de tres policías por los disturbios de enero en
  Juliaca" made a riot (dated January); "prisión preventiva ... por los enfrentamientos del 9 de
  enero" dated the order on the 9th; "la denuncia contra 12 manifestantes por la toma del
  aeropuerto" made an occupation of 12. After the protest it names, a prosecutor's order told
  on its own day was taken as arrests at that protest, another protest event on the order's day.
- Injured officers after a clash ("Hubo cuatro agentes heridos", "La Policía informó de cuatro
  agentes lesionados", "There were four officers injured") are counted; but "Se registraron
  cuatro policías heridos" (and "... y dos detenidos") right after the clash was read as a
  running total and counted nowhere.
- "Police put the crowd at 5,000; organisers said 20,000." / "La Policía calculó 5.000 asistentes
  y los organizadores, 20.000.": neither figure was read (the crowd stayed "thousands"); in one
  sentence with the crowd ("5,000 people marched ..., according to police; organisers said
  20,000") only one figure was kept.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

_X = Extractor()


def _events(text: str, published: date, lang: str):
    return _X.extract(text, published=published, lang=lang).events


# GUIDELINES §2 counts: the arrested after a place told between verb and object
def test_arrests_over_a_place_with_the_day_after():
    (e,) = _events("La Policía detuvo en Cusco a tres dirigentes el lunes.", date(2023, 1, 17), "es")
    assert (e.type, e.sub_type) == ("strategic_development", "arrests")
    assert e.arrests.low == 3 and e.arrests.qualifier == "exact"
    assert e.place.admin1 == "Cusco" and e.date.start == date(2023, 1, 16)


def test_captured_over_a_place():
    (e,) = _events("Agentes de la Dirincri capturaron en Juliaca a tres dirigentes del paro el lunes.", date(2023, 1, 17), "es")
    assert e.arrests.low == 3
    assert e.place.admin1 == "Puno" and e.date.start == date(2023, 1, 16)


def test_arrests_over_the_kind_of_place_and_its_name():
    (e,) = _events("La Policía detuvo el lunes en la provincia de Chumbivilcas a cinco comuneros.", date(2023, 1, 17), "es")
    assert e.arrests.low == 5 and e.participants is None
    assert e.place.admin1 == "Cusco"
    (e,) = _events("La Policía detuvo ayer en el distrito de Ilave a dos dirigentes.", date(2023, 1, 17), "es")
    assert e.arrests.low == 2 and e.place.admin1 == "Puno"


def test_arrests_over_a_city_are_no_crowd():
    events = _events("Agentes de la Policía detuvieron en la ciudad de Puno a cuatro dirigentes aimaras.", date(2023, 1, 17), "es")
    assert [e.arrests.low for e in events if e.arrests] == [4]
    assert all(e.participants is None for e in events)


# GUIDELINES §2 counts: "capturas" with a number are arrests in a police report
def test_capturas_counted_as_arrests():
    (e,) = _events("Durante el bloqueo de la Panamericana Sur en Ica el miércoles se reportaron 11 capturas, según la Región Policial.",
                   date(2023, 1, 19), "es")
    assert (e.type, e.sub_type) == ("protest", "intervention")
    assert e.forms == ["roadblock"] and e.arrests.low == 11
    assert e.place.admin1 == "Ica" and e.date.start == date(2023, 1, 18)


def test_screenshots_are_no_arrests():
    text = ("Miles de personas marcharon el jueves por el centro de Lima contra el Gobierno. "
            "El diario publicó tres capturas de pantalla de los mensajes de la convocatoria.")
    (e,) = _events(text, date(2023, 1, 20), "es")
    assert (e.type, e.sub_type) == ("protest", "peaceful")
    assert e.arrests is None and e.participants.low == 2000


# GUIDELINES §2: an opinion poll about a protest is no event
def test_pollsters_make_no_roadblock():
    text = ("Peruvians and the protests\n\nMost Peruvians tell pollsters they want the roadblocks lifted, according to an Ipsos "
            "survey published on Sunday. Another poll found that 60% of respondents support the strike in Puno.")
    assert _events(text, date(2023, 1, 30), "en") == []


def test_a_poll_by_makes_no_march():
    text = "A poll by the Institute of Peruvian Studies found that 70% of Peruvians back the marches against Congress in Lima."
    assert _events(text, date(2023, 2, 2), "en") == []


def test_una_encuesta_makes_no_strike():
    assert _events("Una encuesta de Ipsos en Puno respalda el paro indefinido.", date(2023, 1, 30), "es") == []
    assert _events("Según una encuesta de Datum, el 45 % de los limeños respalda las marchas contra el Congreso.", date(2023, 2, 2), "es") == []


def test_a_strike_told_beside_its_poll_stays():
    text = ("Miles de comuneros bloquearon las vías de Puno el lunes al iniciar un paro indefinido. "
            "Según una encuesta publicada ese día, la mayoría de los puneños respalda el paro.")
    (e,) = _events(text, date(2023, 1, 5), "es")
    assert "roadblock" in e.forms and "strike" in e.forms
    assert e.place.admin1 == "Puno" and e.date.start == date(2023, 1, 2)


# GUIDELINES §2: a past incident named as a legal step's cause is no event of its own
def test_legal_step_for_the_january_riots_is_no_riot():
    events = _events("La Fiscalía ordenó el martes la detención preliminar de tres policías por los disturbios de enero en Juliaca.",
                     date(2023, 6, 14), "es")
    # the order is the news (an arrest step of its day), January's riot is not
    assert [(e.type, e.sub_type, e.date.start) for e in events] == [("strategic_development", "arrests", date(2023, 6, 13))]


def test_legal_step_cause_day_is_not_the_steps_day():
    events = _events("El Poder Judicial dictó prisión preventiva contra dos dirigentes por los enfrentamientos del 9 de enero en Juliaca.",
                     date(2023, 6, 14), "es")
    assert [(e.type, e.sub_type, e.date.start) for e in events] == [("strategic_development", "arrests", date(2023, 6, 14))]
    events = _events("A judge ordered pretrial detention for two leaders over the January 9 clashes in Juliaca.", date(2023, 6, 14), "en")
    assert [(e.type, e.sub_type, e.date.start) for e in events] == [("strategic_development", "arrests", date(2023, 6, 14))]


def test_the_accused_of_an_occupation_are_no_crowd():
    text = "La Fiscalía formalizó la denuncia contra 12 manifestantes por la toma del aeropuerto de Andahuaylas en diciembre."
    assert _events(text, date(2023, 6, 14), "es") == []
    assert _events("Five villagers were charged over the looting of the Antapaccay mine in January.", date(2023, 6, 14), "en") == []


def test_an_arrest_at_the_riot_of_monday_still_tells_the_riot():
    (e,) = _events("La Policía detuvo a 8 personas por los disturbios del lunes en Juliaca.", date(2023, 1, 17), "es")
    assert e.type == "riot" and e.arrests.low == 8 and e.date.start == date(2023, 1, 16)


# GUIDELINES §2 counts: participants are the range two sources give (low/high), not the larger only
def test_police_and_organisers_figures_are_the_crowds_range():
    text = "Thousands of people marched through downtown Lima on Monday. Police put the crowd at 5,000; organisers said 20,000."
    (e,) = _events(text, date(2023, 1, 17), "en")
    assert (e.participants.low, e.participants.high) == (5000, 20000)
    assert e.place.admin1 == "Lima" and e.date.start == date(2023, 1, 16)


def test_policia_y_organizadores_dan_el_rango():
    text = "Miles de personas marcharon el lunes por el centro de Lima. La Policía calculó 5.000 asistentes y los organizadores, 20.000."
    (e,) = _events(text, date(2023, 1, 17), "es")
    assert (e.participants.low, e.participants.high) == (5000, 20000)
    text = "Miles de personas marcharon el lunes por el centro de Lima. La Policía cifró la asistencia en 5.000 personas y los organizadores, en 20.000."
    (e,) = _events(text, date(2023, 1, 17), "es")
    assert (e.participants.low, e.participants.high) == (5000, 20000)


def test_two_sources_in_the_crowds_own_sentence():
    text = "About 5,000 people marched through downtown Lima on Monday, according to police; organisers said 20,000 took part."
    (e,) = _events(text, date(2023, 1, 17), "en")
    assert (e.participants.low, e.participants.high) == (5000, 20000)
    text = "Según la Policía, 5.000 personas marcharon el lunes en Lima, mientras que los organizadores calcularon 20.000 asistentes."
    (e,) = _events(text, date(2023, 1, 17), "es")
    assert (e.participants.low, e.participants.high) == (5000, 20000)


def test_one_source_keeps_one_figure():
    (e,) = _events("About 5,000 people marched through downtown Lima on Monday, according to police.", date(2023, 1, 17), "en")
    assert (e.participants.low, e.participants.high) == (5000, 5000)


# GUIDELINES §2 counts: injured officers after a clash are the clash's injuries
def test_injured_officers_after_a_clash():
    clash = "Manifestantes y policías se enfrentaron el lunes en el puente Añashuayco, en Arequipa. "
    for told in ("Hubo cuatro agentes heridos.", "La Policía informó de cuatro agentes lesionados.", "Se registraron cuatro policías heridos.",
                 "Se reportaron cuatro agentes heridos."):
        (e,) = _events(clash + told, date(2023, 1, 17), "es")
        assert e.type == "riot" and e.injuries.low == 4, told
        assert e.place.admin1 == "Arequipa" and e.date.start == date(2023, 1, 16)
    (e,) = _events("Protesters and police clashed on Monday at the Añashuayco bridge in Arequipa. There were four officers injured.",
                   date(2023, 1, 17), "en")
    assert e.type == "riot" and e.injuries.low == 4


def test_se_registraron_with_a_period_is_still_a_total():
    out = _X.extract("Desde diciembre se registraron 60 muertos en las protestas.", published=date(2023, 2, 1), lang="es")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 60)]


# GUIDELINES §2 type: a prosecutor's detention order on a later day is no arrest at the protest told before
def test_an_order_on_its_own_day_is_no_arrest_at_the_protest():
    text = ("El 9 de enero, manifestantes intentaron tomar el aeropuerto de Juliaca y 18 personas murieron en los enfrentamientos "
            "con la Policía. La Fiscalía ordenó este martes la detención preliminar de tres policías por los disturbios de enero.")
    events = _events(text, date(2023, 1, 17), "es")
    protests = [e for e in events if e.type in ("protest", "riot")]
    assert len(protests) == 1 and protests[0].date.start == date(2023, 1, 9) and protests[0].fatalities.low == 18
    assert all(e.type == "strategic_development" for e in events if e.date.start == date(2023, 1, 17))


def test_se_registraron_heridos_y_detenidos_after_the_clash():
    text = ("Manifestantes y policías se enfrentaron el lunes en el puente Añashuayco, en Arequipa. "
            "Se registraron cuatro policías heridos y dos detenidos.")
    out = _X.extract(text, published=date(2023, 1, 17), lang="es")
    (e,) = out.events
    assert e.injuries.low == 4 and e.arrests.low == 2
    assert out.tallies == []


# GUIDELINES §2: the held taken to the station are the arrests already counted, no new event
def test_the_held_taken_to_the_station_after_their_count():
    text = ("La Policía Nacional reportó 11 capturas durante el paro de transportistas en Lima el lunes. "
            "Los detenidos fueron trasladados a la comisaría.")
    (e,) = _events(text, date(2023, 1, 17), "es")
    assert (e.type, e.sub_type) == ("protest", "intervention")
    assert "strike" in e.forms and e.arrests.low == 11 and e.place.admin1 == "Lima"


def test_an_investigation_into_the_clashes_is_no_clash():
    assert _events("Prosecutors opened an investigation on Friday into the clashes in Andahuaylas.", date(2023, 1, 17), "en") == []
    assert _events("La Fiscalía abrió una investigación el viernes sobre los enfrentamientos en Andahuaylas.", date(2023, 1, 17), "es") == []


def test_a_second_source_on_another_march_keeps_the_first_crowd():
    text = "Some 300 people marched in Cusco on Monday, and organisers said another march in Puno drew 1,000."
    cusco = [e for e in _events(text, date(2023, 1, 17), "en") if e.place.admin1 == "Cusco"]
    assert len(cusco) == 1 and (cusco[0].participants.low, cusco[0].participants.high) == (300, 300)
