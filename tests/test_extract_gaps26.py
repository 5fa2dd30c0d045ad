"""Probe gaps26 (stop 26): constructions a probe of short articles found unread.

- "La Policía detuvo el jueves en Lima a 8 manifestantes": the day and place told
  between the arrest verb and its object cut the count from the verb.
- "police killed 17 protesters in Juliaca, with the backing of the Lima elite": the
  place that only names a group (the elite, the political class) placed the event.
- "The protests have left 32 dead since December." then "Hundreds were injured and more
  than 1,000 people were arrested.": the bare counts after the total made an arrests event.
- "reached a deal ... that ended a strike which left two dead": the strike's dead were put
  on the agreement instead of being the strike's total.
- "Exactly a month ago" gave the whole month and "Hace exactamente un mes" no date;
  "over the past three days" / "en los últimos tres días" gave only the publication day.
- "That same night" / "Aquella misma noche" found no date (the running date covered for it).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

_X = Extractor()


def _events(text: str, published: date, lang: str):
    return _X.extract(text, published=published, lang=lang).events


# GUIDELINES §2 counts: the arrested are counted even with a day and a place told before them
def test_arrests_over_a_day_and_place_between_verb_and_object():
    (e,) = _events("La Policía detuvo el jueves en Lima a 8 manifestantes por disturbios durante la marcha.", date(2023, 1, 20), "es")
    assert (e.type, e.sub_type) == ("protest", "intervention")
    assert e.arrests.low == 8 and e.arrests.qualifier == "exact"
    assert e.participants is None
    assert e.place.admin1 == "Lima" and e.date.start == date(2023, 1, 19)


def test_arrests_over_a_place_and_day_with_qualifier():
    (e,) = _events("La Policía arrestó en Arequipa el lunes a más de 20 estudiantes que tomaron la universidad.", date(2023, 1, 20), "es")
    assert e.arrests.low == 20 and e.arrests.qualifier == "more_than"
    assert e.place.admin1 == "Arequipa"


def test_a_clause_between_verb_and_crowd_keeps_the_crowd():
    (e,) = _events("La Policía detuvo el jueves en Lima a su líder, y 300 manifestantes marcharon.", date(2023, 1, 20), "es")
    assert e.arrests is None and e.participants.low == 300


# GUIDELINES §2 place: a place name that only names a group ("the Lima elite") is no place of the incident
def test_the_place_elite_is_no_place_of_the_killing():
    (e,) = _events("On Monday, police killed 17 protesters in Juliaca, with the backing of the Lima elite.", date(2023, 1, 12), "en")
    assert e.place.name == "Juliaca" and e.place.admin1 == "Puno"
    assert e.fatalities.low == 17


def test_a_places_political_class_is_no_place_of_the_killing():
    (e,) = _events("On Monday, police killed 17 protesters in Juliaca, with the blessing of Lima’s political class.", date(2023, 1, 12), "en")
    assert e.place.admin1 == "Puno"


def test_la_elite_de_lima_is_no_place_of_the_killing():
    (e,) = _events("El lunes, la Policía mató a 17 manifestantes en Juliaca, con el respaldo de la élite de Lima.", date(2023, 1, 12), "es")
    assert e.place.admin1 == "Puno" and e.fatalities.low == 17


def _read(text: str, published: date, lang: str):
    return _X.extract(text, published=published, lang=lang)


# GUIDELINES §3 tallies: a bare count of wounded and arrested right after a running total is another total
def test_bare_counts_after_a_total_are_totals():
    out = _read("The protests have left 32 dead since December.\n\nHundreds were injured and more than 1,000 people were arrested.", date(2023, 2, 10), "en")
    assert out.events == []
    got = {(t.measure, t.value, t.qualifier) for t in out.tallies}
    assert got == {("fatalities", 32, "exact"), ("injuries", 200, "at_least"), ("arrests", 1000, "more_than")}


def test_bare_counts_after_a_total_are_totals_es():
    out = _read("Las protestas dejan 60 muertos desde diciembre.\n\nMás de 1.200 personas resultaron heridas y unas 600 fueron detenidas.", date(2023, 2, 10), "es")
    assert out.events == []
    assert {(t.measure, t.value) for t in out.tallies} == {("fatalities", 60), ("injuries", 1200), ("arrests", 600)}


def test_wounded_after_an_incident_told_after_the_total_stay_the_incidents():
    out = _read("The protests have left 32 dead since December.\n\nOn Monday police fired tear gas at marchers in Puno. Dozens were injured.", date(2023, 2, 10), "en")
    (e,) = out.events
    assert e.place.admin1 == "Puno" and e.injuries.low == 24
    assert {t.measure for t in out.tallies} == {"fatalities"}


# GUIDELINES §3 tallies / §2 strategic_development other: the dead of the protest an agreement ends are its total
def test_dead_of_the_strike_a_deal_ended_are_a_total():
    out = _read("Transport workers in Lima reached a deal with the government on Saturday that ended a strike which left two dead.", date(2024, 10, 20), "en")
    (e,) = out.events
    assert (e.type, e.sub_type) == ("strategic_development", "other")
    assert e.fatalities is None and e.place.admin1 == "Lima"
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 2)]


def test_muertos_del_paro_que_un_acuerdo_levanta_son_total():
    out = _read("El jueves, el Ejecutivo y los gremios firmaron un acuerdo en Puno para levantar el paro de dos semanas, que dejó siete muertos y 40 heridos.", date(2023, 3, 10), "es")
    (e,) = out.events
    assert (e.type, e.sub_type) == ("strategic_development", "other")
    assert e.fatalities is None and e.injuries is None and e.date.start == date(2023, 3, 9)
    assert {(t.measure, t.value) for t in out.tallies} == {("fatalities", 7), ("injuries", 40)}


# GUIDELINES §2 date: "exactly a month ago" is that very day, not the whole month
def test_exactly_a_month_ago_is_that_day():
    (e,) = _events("Exactly a month ago, thousands of protesters marched in Juliaca against the government.", date(2023, 2, 10), "en")
    assert (e.date.start, e.date.end) == (date(2023, 1, 10), date(2023, 1, 10))


def test_hace_exactamente_un_mes_es_ese_dia():
    (e,) = _events("Hace exactamente un mes, miles de manifestantes marcharon en Juliaca contra el Gobierno.", date(2023, 2, 10), "es")
    assert (e.date.start, e.date.end) == (date(2023, 1, 10), date(2023, 1, 10))


def test_a_month_ago_stays_the_month():
    (e,) = _events("A month ago, thousands of protesters marched in Juliaca against the government.", date(2023, 2, 10), "en")
    assert (e.date.start, e.date.end) == (date(2023, 1, 1), date(2023, 1, 31))


# GUIDELINES §2 date: "over the past three days" runs from three days before publication up to it
def test_over_the_past_three_days():
    (e,) = _events("Over the past three days, farmers blocked roads in Cusco.", date(2023, 2, 10), "en")
    assert (e.date.start, e.date.end) == (date(2023, 2, 7), date(2023, 2, 10))


def test_en_los_ultimos_tres_dias():
    (e,) = _events("En los últimos tres días, los agricultores bloquearon carreteras en Cusco.", date(2023, 2, 10), "es")
    assert (e.date.start, e.date.end) == (date(2023, 2, 7), date(2023, 2, 10))


def test_durante_las_ultimas_dos_semanas():
    (e,) = _events("Durante las últimas dos semanas, los mineros bloquearon la carretera en Apurímac.", date(2023, 2, 10), "es")
    assert (e.date.start, e.date.end) == (date(2023, 1, 27), date(2023, 2, 10))
    assert e.place.admin1 == "Apurímac"


# GUIDELINES §2 date: "that same night" is the night of the day just told
def test_that_same_night_is_read_as_the_day_told():
    from kipu.extract.dates import find_dates

    found = find_dates("On Monday, thousands marched in Juliaca. That same night, a police officer was burned.", "en", date(2023, 1, 12))
    assert [(m.kind, m.range.start) for m in found] == [("weekday", date(2023, 1, 9)), ("anchor", date(2023, 1, 9))]
    found = find_dates("El lunes miles marcharon en Juliaca. Aquella misma noche, un policía fue quemado.", "es", date(2023, 1, 12))
    assert [(m.kind, m.range.start) for m in found] == [("weekday", date(2023, 1, 9)), ("anchor", date(2023, 1, 9))]


# GUIDELINES §2 strategic_development other: an agreement reached ("llegó a un acuerdo") is an event
def test_llego_a_un_acuerdo_es_un_acuerdo():
    (e,) = _events("El jueves, el Gobierno llegó a un acuerdo con los dirigentes aimaras en Puno para poner fin al paro.", date(2023, 3, 10), "es")
    assert (e.type, e.sub_type) == ("strategic_development", "other")
    assert e.place.admin1 == "Puno" and e.date.start == date(2023, 3, 9)


def test_no_agreement_reached_is_no_agreement():
    out = _read("El jueves, el Gobierno no llegó a un acuerdo con los dirigentes aimaras en Puno.", date(2023, 3, 10), "es")
    assert not any(e.type == "strategic_development" for e in out.events)
