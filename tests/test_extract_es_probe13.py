"""Thirteenth Spanish probe: 8 articles of my own in styles not probed before
(an Andina note in official tone, a Bolivian paper on the Desaguadero
blockade, the Defensoría's monthly conflict report, an hour-by-hour crónica of
the Arequipa airport, a data piece listing the dead with age, district and
day, a frente de defensa's pronunciamiento, a Wayka-style piece on the Rolex
march, a Chumbivilcas radio note with centros poblados).

What it found and what these tests hold:
- "Según nuestro conteo, 49 civiles murieron en enfrentamientos" made a
  nationwide killing: a count's own noun ("conteo", "recuento") frames a
  running total as "cifra" and "balance" do; "el reporte da cuenta de",
  "asimismo, consigna 1 301 heridos" are a register's verbs (and "bajo la
  consigna" is the marchers' slogan, no register);
- "la PNP despeja la Panamericana", "tras despejar el bloqueo", "restablece
  el tránsito" and "catorce personas fueron intervenidas" were not read: the
  clearing of a road by the police is force on the blockade, and persons
  "intervenidas" are arrested;
- "un cordón de la Policía bloqueó el paso en el jirón Lampa" gave the
  marchers a roadblock: the police closing the way in a sentence that names
  no crowd is no roadblock (nor force: a march held back by a line of police
  stays peaceful), while "empujaron a los manifestantes con sus escudos" is
  force used on the march;
- "Edgar Prado murió el 15 de diciembre ... Ese día murieron otras nueve
  personas" gave nine dead: a count told as more ("otras nueve", "five
  more") adds to the count told before it in another sentence of the same
  incident (not to an earlier one when its own sentence counted first:
  "ocho murieron ese jueves y otras dos después");
- "Beckham Quispe murió el 11 de diciembre en Andahuaylas. Ese mismo día murió
  David Atequipa, en el mismo distrito" gave one dead: people counted by name,
  one to a sentence, in one incident add up (a name repeating words of
  another, "Víctor Santisteban" then "Santisteban", is that person);
- "mantenía bloqueada la vía desde la noche del sábado" dated the blockade to
  Saturday alone: the hour of the day between "desde" and the day keeps the
  run ("since early Monday" too).
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

from kipu.extract.dates import find_dates


def _out(text: str, published: date, lang: str = "es"):
    return extract(text, lang, published)


# -- "según nuestro conteo", "da cuenta de", "consigna": running totals ------------


def test_our_count_of_the_dead_is_a_total_not_an_incident() -> None:
    out = _out(
        "Las protestas contra el Gobierno se extendieron por el sur del país entre diciembre y marzo.\n\n"
        "Según nuestro conteo, 49 civiles murieron en enfrentamientos con las fuerzas del orden.",
        date(2023, 12, 7),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 49)]
    assert not [e for e in out.events if e.fatalities is not None or "killings" in e.state_response]


def test_a_count_of_one_day_and_town_stays_the_incidents() -> None:
    out = _out("Según el conteo de la Diresa, 17 personas murieron el lunes en Juliaca tras los enfrentamientos.", date(2023, 1, 11))
    assert not out.tallies
    assert [e.fatalities.low for e in out.events if e.fatalities] == [17]


def test_a_register_that_records_the_wounded_gives_a_second_total() -> None:
    out = _out(
        "Las protestas continúan en el sur.\n\n"
        "El reporte da cuenta de 58 personas fallecidas desde el 7 de diciembre de 2022 en el contexto de las protestas. "
        "Asimismo, consigna 1 301 personas heridas, entre civiles y policías.",
        date(2023, 2, 13),
    )
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 58), ("injuries", 1301)]
    assert not out.events


def test_the_marchers_slogan_is_no_register() -> None:
    out = _out("Miles de personas marcharon en Puno bajo la consigna «justicia», y tres resultaron heridas.", date(2023, 1, 12))
    assert not out.tallies
    assert [e.injuries.low for e in out.events if e.injuries] == [3]


# -- the police clearing a road; persons "intervenidas" --------------------------------


def test_police_clearing_the_highway_is_force_on_the_blockade() -> None:
    out = _out("La PNP despeja la Panamericana Sur en Ica, bloqueada por manifestantes.", date(2023, 1, 23))
    (e,) = out.events
    assert (e.type, e.sub_type) == ("protest", "intervention")
    assert "dispersal" in e.state_response and "roadblock" in e.forms


def test_persons_intervenidas_are_arrested() -> None:
    out = _out(
        "Efectivos de la Policía desbloquearon esta mañana la Panamericana Sur en Ica. "
        "Catorce personas fueron intervenidas y puestas a disposición de la comisaría.",
        date(2023, 1, 23),
    )
    (e,) = out.events
    assert e.arrests is not None and e.arrests.low == 14
    assert "arrests" in e.state_response


# -- the police closing the way of a march -------------------------------------------


def test_police_closing_the_way_is_no_roadblock_and_no_force() -> None:
    out = _out(
        "Cientos de estudiantes marcharon el miércoles por el Centro de Lima. "
        "Al llegar a la avenida Abancay, un cordón de la Policía bloqueó el paso en el cruce con el jirón Lampa.",
        date(2024, 4, 4),
    )
    (e,) = out.events
    assert "roadblock" not in e.forms
    assert e.sub_type == "peaceful"


def test_police_pushing_the_marchers_with_shields_is_force() -> None:
    out = _out(
        "Cientos de estudiantes marcharon el miércoles por el Centro de Lima. "
        "Un cordón de la Policía bloqueó el paso en el jirón Lampa. "
        "Los agentes empujaron a los manifestantes con sus escudos.",
        date(2024, 4, 4),
    )
    (e,) = out.events
    assert "roadblock" not in e.forms
    assert e.sub_type == "intervention" and "dispersal" in e.state_response


def test_comuneros_blocking_the_way_keep_their_roadblock() -> None:
    out = _out("Los comuneros bloquearon el paso en el puente de Ilave.", date(2023, 1, 12))
    (e,) = out.events
    assert "roadblock" in e.forms


# -- "otras nueve": more dead than those just told -------------------------------------


def test_others_told_in_the_next_sentence_add_to_the_count() -> None:
    out = _out(
        "Un manifestante murió el 15 de diciembre en Huamanga por un disparo. Otras nueve personas murieron ese día en la ciudad.",
        date(2023, 12, 7),
    )
    (e,) = out.events
    assert e.fatalities is not None and e.fatalities.low == 10


def test_others_after_a_count_of_their_own_sentence_add_to_that_one() -> None:
    out = _out(
        "La tarde en que murieron diez personas en Huamanga empezó con una marcha al aeropuerto el 15 de diciembre. "
        "Ocho personas murieron ese jueves y otras dos fallecieron en los días siguientes.",
        date(2023, 2, 20),
    )
    assert [e.fatalities.low for e in out.events if e.fatalities] == [10]


def test_a_headline_toll_is_not_added_to() -> None:
    out = extract(
        "Un manifestante murió el 15 de diciembre en Huamanga por un disparo. Otras nueve personas murieron ese día en la ciudad.",
        "es", date(2023, 12, 7), headline="Diez muertos en Huamanga durante las protestas",
    )
    assert [e.fatalities.low for e in out.events if e.fatalities] == [10]


def test_victims_named_one_to_a_sentence_add_up() -> None:
    out = _out(
        "Durante las protestas, Beckham Quispe, de 18 años, murió el 11 de diciembre de 2022 en Andahuaylas por un disparo en el tórax. "
        "Ese mismo día murió David Atequipa, de 15 años, en el mismo distrito.",
        date(2023, 12, 7),
    )
    (e,) = out.events
    assert e.fatalities is not None and e.fatalities.low == 2


def test_one_victim_named_twice_is_one() -> None:
    out = _out(
        "Durante las protestas, Víctor Santisteban murió el 28 de enero en el Cercado de Lima por un proyectil. "
        "Santisteban murió por el impacto de una bomba lacrimógena en la cabeza.",
        date(2023, 12, 7),
    )
    assert [e.fatalities.low for e in out.events if e.fatalities] == [1]


def test_five_more_wounded_add_to_the_twelve() -> None:
    out = _out(
        "Police fired tear gas at protesters in Cusco on Wednesday and 12 people were injured. Five more were hurt as the clashes went on.",
        date(2023, 1, 12), "en",
    )
    assert [e.injuries.low for e in out.events if e.injuries] == [17]


# -- "desde la noche del sábado": a run from that day ----------------------------------


def test_since_the_night_of_a_day_runs_from_that_day() -> None:
    s = "Los manifestantes mantenían bloqueada la vía desde la noche del sábado."
    (d,) = find_dates(s, "es", date(2023, 1, 23))
    assert (d.kind, d.range.start, d.range.end) == ("since", date(2023, 1, 21), date(2023, 1, 23))


def test_since_early_monday_runs_from_monday() -> None:
    (d,) = find_dates("The highway has been blocked since early Monday.", "en", date(2023, 1, 25))
    assert (d.kind, d.range.start, d.range.end) == ("since", date(2023, 1, 23), date(2023, 1, 25))


def test_a_blockade_since_the_night_of_saturday_starts_then() -> None:
    out = _out(
        "Efectivos policiales despejaron la vía en Ica, donde un grupo de manifestantes mantenía bloqueada la vía "
        "desde la noche del sábado.",
        date(2023, 1, 23),
    )
    (e,) = out.events
    assert e.date is not None and e.date.start == date(2023, 1, 21)
