"""Probe 24 (Spanish): 8 articles of my own in styles not probed before (a
Defensoría monthly report of social conflicts, an investigation of the Juliaca
ballistics, a minute-by-minute of the 23 October 2024 transport strike in
Lima, the Fiscalía opening its case against Boluarte and her ministers, Junín's
Pichanaki clashes, the Juliaca anniversary in 2024, Senkata 2019 in Bolivia and
18 October 2019 in Santiago de Chile).

What it found and what these tests hold:
- Santiago's communes ("cacerolazos en Ñuñoa, Providencia y Maipú") were not
  in the gazetteer but for Peru's Nuñoa (Puno): the protest went to Puno, and
  the Peruvian reading then pulled "la capital" of the same article to Lima;
- "los exministros, quienes ocuparon esos cargos en los primeros días" was an
  occupation, and "Jorge Chávez" (the minister) a district of Cajamarca;
- "El documento se emitió un día después de que 17 personas murieran en
  Juliaca" dated the deaths a day after publication: the verbs that place what
  is told a day after the clause knew "se produjo", "ocurrió", not a document;
- "Con la muerte de 17 civiles en Puno, el número de fallecidos ... asciende a
  47" made a tally of the 17 (what raised the total, as "con estas muertes");
- "el número de fallecidos en la crisis poselectoral llega a 29" was no tally:
  "el número de" is the count's noun, as "la cifra";
- "Hoy, una marcha de vecinos de El Alto bajará a la sede de Gobierno" was an
  event: a future verb after the trigger's own "de" complement (its subject)
  was too far from it to make it a plan;
- "127 acciones de protesta durante el mes" after "Durante enero" was an event
  on the report's day: "durante el mes" is the month just told;
- at an anniversary march, "colocaron velas en el lugar donde murió el
  médico" counted a death and made the peaceful march excessive force;
- "Un año después de la jornada más sangrienta ..., los peritajes permiten
  reconstruir cómo murieron 17 civiles el 9 de enero de 2023" lost its 17 to the
  anniversary phrase, though the toll is told with its own day.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import EX


def _out(text: str, published: date):
    return EX.extract(text, published=published, lang="es")


# -- GUIDELINES §2 place: a country's places, not Peru's namesakes ----------------


def test_santiago_communes_are_chiles_metropolitan_region() -> None:
    text = (
        "Carabineros lanzaron gases lacrimógenos contra los manifestantes en el centro de Santiago. "
        "Durante la noche hubo cacerolazos y barricadas en Ñuñoa y Providencia."
    )
    out = _out(text, date(2019, 10, 19))
    assert out.events
    assert {(e.place.country, e.place.admin1) for e in out.events} == {("CL", "Metropolitana")}


# -- GUIDELINES §2: holding an office is no occupation --------------------------


def test_ocuparon_esos_cargos_is_no_occupation() -> None:
    text = (
        "La investigación comprende al exministro del Interior César Cervantes y al ministro Jorge Chávez Cresta, "
        "quienes ocuparon esos cargos en los primeros días de la crisis."
    )
    out = _out(text, date(2023, 1, 10))
    assert out.events == []


# -- GUIDELINES §2 date: what a document's day lies after -----------------------


def test_deaths_a_day_before_the_document_are_dated_the_day_before() -> None:
    text = (
        "La Fiscalía abrió este martes una investigación contra la presidenta. El documento se emitió "
        "un día después de que 17 personas murieran en Juliaca durante los enfrentamientos con la policía."
    )
    out = _out(text, date(2023, 1, 10))
    dated = [(e.date.start, e.fatalities.value) for e in out.events if e.fatalities is not None]
    assert dated == [(date(2023, 1, 9), 17)]


# -- GUIDELINES §3 tallies ---------------------------------------------------------


def test_deaths_told_before_the_total_they_raise_are_no_tally() -> None:
    text = (
        "Con la muerte de 17 civiles en Puno y de un policía, el número de fallecidos en las protestas "
        "desde el 7 de diciembre asciende a 47, según la Defensoría del Pueblo."
    )
    out = _out(text, date(2023, 1, 10))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 47)]


def test_el_numero_de_fallecidos_llega_a_is_a_total() -> None:
    text = (
        "Militares dispararon contra los vecinos que bloqueaban la planta de Senkata, en El Alto, y mataron a seis personas. "
        "Con estas muertes, el número de fallecidos en la crisis poselectoral llega a 29, según la Defensoría."
    )
    out = _out(text, date(2019, 11, 20))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 29)]
    assert [e.fatalities.value for e in out.events] == [6]


# -- GUIDELINES §2: plans are not events -------------------------------------------


def test_a_march_whose_future_verb_follows_its_de_complement_is_a_plan() -> None:
    text = "Hoy, una marcha de vecinos de El Alto bajará a la sede de Gobierno con los féretros de las víctimas."
    out = _out(text, date(2019, 11, 20))
    assert out.events == []


def test_a_march_told_in_the_past_with_its_de_complement_stays() -> None:
    text = "Ayer, una marcha de vecinos de El Alto bajó a la sede de Gobierno con los féretros de las víctimas."
    out = _out(text, date(2019, 11, 20))
    assert [(e.place.country, e.date.start) for e in out.events] == [("BO", date(2019, 11, 19))]


# -- GUIDELINES §2 counts at a commemoration ---------------------------------------


def test_the_spot_where_a_victim_died_counts_no_death_of_the_vigil() -> None:
    text = (
        "Unas dos mil personas marcharon ayer en Juliaca al cumplirse un año de la masacre. La marcha transcurrió sin incidentes. "
        "En la avenida Independencia, los deudos colocaron velas en el lugar donde murió el médico Marco Antonio Samillán."
    )
    out = _out(text, date(2024, 1, 10))
    assert [(e.sub_type, e.fatalities) for e in out.events] == [("peaceful", None)]


def test_a_toll_with_its_own_day_after_an_anniversary_is_counted() -> None:
    text = (
        "Un año después de la jornada más sangrienta de las protestas, los informes de necropsia de las víctimas de "
        "Juliaca permiten reconstruir cómo murieron 17 civiles el 9 de enero de 2023."
    )
    out = _out(text, date(2024, 1, 5))
    assert [(e.date.start, e.fatalities.value) for e in out.events] == [(date(2023, 1, 9), 17)]



# -- GUIDELINES §2 date: "durante el mes" is the month just told --------------------


def test_durante_el_mes_is_the_month_told_not_the_reports_day() -> None:
    text = (
        "La Defensoría presentó este lunes su reporte de enero. Solo en enero se reportaron 652 heridos en 14 regiones.\n\n"
        "El reporte también da cuenta de 127 acciones colectivas de protesta durante el mes, entre paros, marchas, "
        "plantones y bloqueos de carreteras."
    )
    out = _out(text, date(2023, 2, 13))
    # the month's count of actions makes no event of the report's day (it had been a nationwide protest
    # on 13 February); the month's injured are a total over January
    assert out.events == []
    assert [(t.measure, t.value, t.period.start, t.period.end) for t in out.tallies] == [("injuries", 652, date(2023, 1, 1), date(2023, 1, 31))]

