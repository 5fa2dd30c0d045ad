"""Twenty-first Spanish probe: 11 articles of my own in styles not probed before
(a Defensoría monthly conflict report, a Policía Nacional press note, a long
Puno chronicle, a live blog of the October 2024 Lima transport strike, an X
thread turned into a note, an editorial, Bolivia 2024, Ecuador 2022, Colombia
2021, Chile 2019 and a CIDH report).

What it found and what these tests hold:
- a total told over a closed span ("entre el 7 de diciembre de 2022 y el 23 de
  enero de 2023 fallecieron 57 personas", "desde ... hasta el 31 de enero")
  had no period: only a "since" running to publication was read;
- "31 homicidios ..., además de 1443 casos de violencia policial" made a
  second fatality total of the cases: a number right before "casos",
  "denuncias" counts reports, not the measure named before it;
- an editorial's guess ("Es probable que se repitan las escenas: ...,
  marchas hacia el Congreso", "Y es probable también que el Gobierno responda
  con un estado de emergencia") made a march and a state measure;
- "Hoy, 15 de diciembre, cientos de manifestantes ..." in a thread printed the
  next day was dated by the publication's "hoy", not by the day written;
- "desde que comenzó el paro nacional el 28 de abril" (no comma before the
  day) was the day the story had reached, so "esa noche" in the next
  sentence dated the Siloé shooting to 28 April.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import EX


def _out(text: str, published: date, lang: str = "es"):
    return EX.extract(text, published=published, lang=lang)


# -- §3 a total over a closed span carries that span as its period -----------------


def test_total_between_two_days_has_that_period() -> None:
    text = (
        "La Comisión publicó su informe. El documento registra que entre el 7 de diciembre de 2022 "
        "y el 23 de enero de 2023 fallecieron 57 personas en el contexto de las protestas."
    )
    out = _out(text, date(2023, 5, 3))
    t = [t for t in out.tallies if t.measure == "fatalities"]
    assert len(t) == 1 and t[0].value == 57
    assert (t[0].period.start, t[0].period.end) == (date(2022, 12, 7), date(2023, 1, 23))
    assert not out.events


def test_total_from_until_has_that_period() -> None:
    text = (
        "El reporte también recoge que, desde el 7 de diciembre de 2022 hasta el 31 de enero de 2023, "
        "fallecieron 58 personas en el contexto de las protestas."
    )
    out = _out(text, date(2023, 2, 28))
    t = [t for t in out.tallies if t.measure == "fatalities"]
    assert len(t) == 1 and t[0].value == 58
    assert (t[0].period.start, t[0].period.end) == (date(2022, 12, 7), date(2023, 1, 31))


# -- §3 reported cases after a total are not another total of its measure ----------


def test_cases_after_a_death_total_are_no_second_fatality_total() -> None:
    text = (
        "La ONG ha documentado hasta ahora 31 homicidios cometidos por la fuerza pública en todo el país "
        "desde el inicio del paro, además de 1443 casos de violencia policial."
    )
    out = _out(text, date(2021, 5, 5))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 31)]


# -- §2 a guess at what will come is no event --------------------------------------


def test_a_guessed_march_is_no_event() -> None:
    text = (
        "Los gremios han anunciado un nuevo paro para el próximo lunes. Es probable que se repitan las escenas: "
        "buses guardados, colegios con clases virtuales, marchas hacia el Congreso."
    )
    assert not _out(text, date(2025, 3, 14)).events


def test_a_guessed_state_of_emergency_is_no_event() -> None:
    text = "Y es probable también que el Gobierno responda como siempre, con un estado de emergencia que no cambia nada."
    assert not _out(text, date(2025, 3, 14)).events


# -- §2 date: "hoy" beside a written day is that day ---------------------------------


def test_today_with_the_day_written_takes_the_written_day() -> None:
    text = (
        "1/ Hoy, 15 de diciembre, cientos de manifestantes llegaron al aeropuerto de Huamanga. "
        "2/ Los militares dispararon y murieron siete personas."
    )
    out = _out(text, date(2022, 12, 16))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.date.start, e.date.end) == (date(2022, 12, 15), date(2022, 12, 15))
    assert e.place.admin1 == "Ayacucho" and e.fatalities.low == 7


# -- §2 date: a movement's start told by its verb does not date "esa noche" ----------


def test_that_night_after_a_movements_start_stays_on_the_story_day() -> None:
    text = (
        "Cali, Colombia. La noche del lunes 3 de mayo, la Policía disparó contra una velatón en el barrio Siloé, "
        "la jornada más violenta desde que comenzó el paro nacional el 28 de abril. "
        "Al menos tres personas murieron esa noche en Siloé."
    )
    out = _out(text, date(2021, 5, 5))
    assert {(e.date.start, e.date.end) for e in out.events} == {(date(2021, 5, 3), date(2021, 5, 3))}
    e = next(e for e in out.events if e.fatalities is not None)
    assert e.place.country == "CO" and e.place.admin1 == "Valle del Cauca"
    assert e.fatalities.low == 3


# -- §2 counts: a police note's "conducidas a la sede" are arrests ----------------------


def test_people_taken_to_a_police_units_seat_are_arrests() -> None:
    text = (
        "Personal policial ingresó a la Ciudad Universitaria de San Marcos, en Lima, para desalojar a los manifestantes. "
        "Como resultado de la intervención, 193 personas fueron conducidas a la sede de la Dirección contra el Terrorismo."
    )
    out = _out(text, date(2023, 1, 21))
    e = next(e for e in out.events if e.arrests is not None)
    assert e.arrests.low == 193 and e.place.admin1 == "Lima"
    assert e.date.start == date(2023, 1, 21)


# -- §2 sub_type: police "liberó el puente" of a blockade is an intervention ---------------


def test_police_freeing_a_blocked_bridge_is_an_intervention() -> None:
    text = (
        "En la región Arequipa, personal policial liberó el puente Añashuayco, en el distrito de Cerro Colorado, "
        "luego de varias horas de bloqueo."
    )
    out = _out(text, date(2023, 1, 21))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type, e.forms) == ("protest", "intervention", ["roadblock"])
    assert e.place.admin1 == "Arequipa"


# -- §2 place: a neighbourhood and a square every town has take the story's town -------


def test_a_sector_named_like_a_far_district_stays_in_the_storys_town() -> None:
    text = (
        "Juliaca recordó ayer a sus muertos. Al día siguiente de la masacre, el 10 de enero, un policía fue quemado "
        "dentro de su patrullero por una turba en el sector de Jorge Chávez."
    )
    out = _out(text, date(2023, 2, 10))
    e = next(e for e in out.events if e.date.start == date(2023, 1, 10))
    assert e.place.admin1 == "Puno"


def test_plaza_bolognesi_of_a_puno_story_is_not_limas() -> None:
    text = (
        "Nueva jornada de protestas en Juliaca. Cerca de dos mil personas participaron ayer en una vigilia "
        "en la plaza Bolognesi con los retratos de los fallecidos."
    )
    out = _out(text, date(2023, 2, 10))
    assert out.events and all(e.place.admin1 == "Puno" for e in out.events)


def test_plaza_bolognesi_of_a_lima_story_is_limas() -> None:
    text = (
        "Nueva jornada de protestas en Lima. Cientos de manifestantes llegaron ayer a la plaza Bolognesi, "
        "donde la Policía lanzó gases lacrimógenos."
    )
    out = _out(text, date(2023, 1, 20))
    assert [e.place.admin1 for e in out.events] == ["Lima"]


# -- §2 actors: "grupos afines a" a leader are a crowd ------------------------------------


def test_groups_close_to_a_leader_seizing_barracks_are_a_crowd() -> None:
    text = (
        "Bolivia: bloqueos evistas. Este viernes, en el trópico de Cochabamba, grupos afines a Morales tomaron tres "
        "cuarteles militares y retuvieron a unos 200 soldados."
    )
    out = _out(text, date(2024, 11, 1))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("riot", "violent_demonstration") and "occupation" in e.forms
    assert (e.place.country, e.place.admin1) == ("BO", "Cochabamba") and e.date.start == date(2024, 11, 1)


# -- §2 sub_type: a crowd answering the police with stones is a riot ---------------------


def test_protesters_answering_with_stones_make_a_riot() -> None:
    text = (
        "Miles de transportistas marcharon hoy por la avenida Abancay, en Lima, hacia el Congreso. La Policía lanzó "
        "bombas lacrimógenas contra los manifestantes. Un grupo de manifestantes respondió con piedras."
    )
    out = _out(text, date(2024, 10, 10))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type, e.forms) == ("riot", "violent_demonstration", ["march"])
    assert e.place.admin1 == "Lima" and e.date.start == date(2024, 10, 10)


# -- §2 counts: a live entry's mark is no part of the source's name ------------------------


def test_live_entry_mark_is_not_in_the_source() -> None:
    text = (
        "EN VIVO | Paro de transportistas en Lima hoy\n\n"
        "11:00 a. m. | Miles de transportistas marchan por la avenida Abancay hacia el Congreso.\n\n"
        "3:40 p. m. | El Ministerio del Interior informó que la Policía detuvo a cinco personas durante la marcha en el Centro de Lima."
    )
    out = _out(text, date(2024, 10, 10))
    e = next(e for e in out.events if e.arrests is not None)
    assert e.arrests.low == 5 and e.arrests.attributed_to == "Ministerio del Interior"


# -- §2 counts: the crowd that acted is no victim nested in a complement ------------------


def test_officer_burned_by_a_mob_who_died_is_one_death() -> None:
    text = "Juliaca. En la madrugada del 10 de enero, un policía fue quemado por una turba y murió horas después."
    out = _out(text, date(2023, 2, 10))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("riot", "mob_violence")
    assert e.fatalities.low == 1 and e.place.admin1 == "Puno" and e.date.start == date(2023, 1, 10)


# -- §3 a total "en el mismo periodo" takes the period of the total before it ---------------


def test_total_in_the_same_period_takes_the_last_totals_period() -> None:
    text = (
        "El reporte recoge que, desde el 7 de diciembre de 2022 hasta el 31 de enero de 2023, fallecieron 58 personas "
        "en el contexto de las protestas. Asimismo, la Defensoría registró 1301 personas heridas en el mismo periodo."
    )
    out = _out(text, date(2023, 2, 28))
    hurt = [t for t in out.tallies if t.measure == "injuries"]
    assert len(hurt) == 1 and hurt[0].value == 1301
    assert (hurt[0].period.start, hurt[0].period.end) == (date(2022, 12, 7), date(2023, 1, 31))
