"""Date wordings found by the dates probe of round 20 (our own short articles on
Peruvian and Latin American protests, 2019-2024, dense in date expressions):

- a bare day after "el pasado" ("El pasado 9, dieciocho personas murieron")
  was no date at all;
- "48 horas después" / "forty-eight hours later" counted no days;
- a live blog's entries ("13:40 | Manifestantes lanzan piedras") took the day
  of the one sentence that named another day ("Llegaron entre el lunes y el
  martes") instead of the report's own;
- "since Monday" in a Monday paper was today, not a week back;
- a pluperfect backstory day in the next sentence ("habían comenzado hace dos
  semanas") became the day "al día siguiente" counted from;
- "ese mismo día" after "al día siguiente" went back to the day before;
- "the day before" with no day told (counted from the report) outranked a
  day the sentence names outright ("el día anterior ... este día");
- a weekday in the future tense ("el lunes llegarán", "will be held on
  Thursday") was the last one, not the coming one;
- "On 9 January 17 people died" read "January 17";
- a region followed by a movement's first day ("in Juliaca, the deadliest day
  since protests resumed on 4 January") took that day as its own;
- "after five days of strikes that began on 28 April" counted the five days
  back from publication, not from the day written.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import events, one_event
from kipu.extract.dates import find_dates

SUN = date(2022, 6, 19)
MON = date(2020, 11, 16)
WED = date(2023, 2, 1)


def spans(text: str, lang: str, published: date) -> list[tuple[str, str, str]]:
    """(words, first day, last day) of every date found."""
    return [
        (text[m.span.start : m.span.end], m.range.start.isoformat(), m.range.end.isoformat())
        for m in find_dates(text, lang, published)
    ]


# ----------------------------------------------------------------- "el pasado 9"


def test_el_pasado_bare_day_is_the_last_such_day() -> None:
    # GUIDELINES §2 date: resolved against `published` (1 February: the 9th is January's)
    assert spans("El pasado 9, dieciocho personas murieron en Juliaca.", "es", WED) == [("El pasado 9", "2023-01-09", "2023-01-09")]


def test_el_pasado_bare_day_of_this_month() -> None:
    # §2 date: a day not after the report's own is of its month
    assert spans("El pasado 1 marcharon.", "es", date(2023, 1, 10)) == [("El pasado 1", "2023-01-01", "2023-01-01")]


def test_el_pasado_with_month_stays_the_written_day() -> None:
    # §2 date: "el pasado 25 de enero" is the written day, run to the report with "desde"
    assert spans("Bloquean la vía desde el pasado 25 de enero.", "es", WED) == [("desde el pasado 25 de enero", "2023-01-25", "2023-02-01")]


def test_el_pasado_percentage_is_no_day() -> None:
    assert spans("La inflación subió el pasado 9% anual.", "es", WED) == []


def test_el_pasado_day_dates_the_deaths() -> None:
    # §2 date and counts: the deaths' day is the 9th, with their count
    e = one_event("El pasado 9, dieciocho personas murieron en Juliaca durante enfrentamientos con la policía.", "es", WED)
    assert (e.date.start, e.date.end) == (date(2023, 1, 9), date(2023, 1, 9))
    assert e.fatalities is not None and e.fatalities.value == 18


# ----------------------------------------------------------------- hours later


def test_horas_despues_counts_whole_days() -> None:
    # §2 date: 48 hours after the 9th is the 11th
    text = "El pasado 9 murieron 18 personas en Juliaca. 48 horas después, murió un dirigente en Anta."
    assert spans(text, "es", WED)[1] == ("48 horas después", "2023-01-11", "2023-01-11")


def test_forty_eight_hours_later() -> None:
    text = "On 9 January, 17 people died in Juliaca. Forty-eight hours later, a leader was shot in Anta."
    assert spans(text, "en", date(2023, 1, 16))[1] == ("Forty-eight hours later", "2023-01-11", "2023-01-11")


def test_ago_in_hours_is_no_day() -> None:
    # ("hace 48 horas": no day of its own is read, as before)
    assert spans("Hace 48 horas se inició el paro.", "es", WED) == []


# ----------------------------------------------------------------- live blog


def test_live_blog_entry_is_of_the_report_day() -> None:
    # §2 date: a timestamped entry tells the report's own day, not the day another entry named
    text = (
        "EN VIVO | Toma de Lima\n\n"
        "09:30 | Delegaciones de Puno llegaron a la capital entre el lunes y el martes.\n\n"
        "13:40 | Manifestantes lanzan piedras a los agentes en el jirón Lampa, en Lima; la policía responde con gases lacrimógenos.\n"
    )
    from extract_helpers import EX

    out = EX.extract(text, published=date(2023, 7, 19), lang="es")
    clash = [e for e in out.events if e.sub_type != "peaceful"]
    assert clash and all(e.date.start == date(2023, 7, 19) == e.date.end for e in clash)


def test_stamp_yields_to_a_day_the_entry_names() -> None:
    text = "Cobertura\n\n09:30 | Ayer, delegaciones de Puno marcharon en Lima.\n"
    from extract_helpers import EX

    (e,) = EX.extract(text, published=date(2023, 7, 19), lang="es").events
    assert e.date.start == date(2023, 7, 18)


def test_clock_in_running_text_is_no_stamp() -> None:
    assert spans("La marcha empezó a las 09:30 - según la policía.", "es", WED) == []


# ----------------------------------------------------------------- since the report's weekday


def test_since_monday_in_a_monday_paper_is_a_week_back() -> None:
    # §2 date: the run began the Monday before
    assert spans("Protests had been held every day since Monday.", "en", MON) == [("since Monday", "2020-11-09", "2020-11-16")]


def test_desde_el_lunes_in_a_monday_paper() -> None:
    assert spans("El paro sigue desde el lunes.", "es", MON) == [("desde el lunes", "2020-11-09", "2020-11-16")]


def test_desde_este_lunes_is_today() -> None:
    assert spans("Desde este lunes no hay clases.", "es", MON) == [("Desde este lunes", "2020-11-16", "2020-11-16")]


# ----------------------------------------------------------------- backstory and counted days


def test_pluperfect_backstory_in_next_sentence_is_no_anchor() -> None:
    # §2 date: "al día siguiente" is the day after Friday, not after the evasions began
    text = (
        "La noche del viernes, miles de personas salieron a las calles. Las evasiones habían comenzado hace dos semanas. "
        "Al día siguiente, el general anunció el toque de queda. Piñera suspendió el alza ese mismo día."
    )
    found = spans(text, "es", date(2019, 10, 20))
    assert found[2] == ("Al día siguiente", "2019-10-19", "2019-10-19")
    assert found[3] == ("ese mismo día", "2019-10-19", "2019-10-19")


def test_new_paragraph_counts_from_the_day_told() -> None:
    text = (
        "Soldiers fired on protesters on Thursday. Two more died the following day.\n\n"
        "Troops were deployed under the state of emergency declared the day before."
    )
    assert spans(text, "en", date(2022, 12, 18))[2] == ("the day before", "2022-12-14", "2022-12-14")


def test_day_named_outright_beats_one_counted_from_the_report() -> None:
    # §2 date: "el día anterior" dates the meeting; the strike is "este día"
    e = one_event(
        "Tras una reunión efectuada el día anterior, los trabajadores municipales se declaran en huelga desde las seis de la mañana de este día.",
        "es", date(2015, 7, 28),
    )
    assert e.date.start == date(2015, 7, 28)


def test_desde_el_dia_anterior_is_still_a_run() -> None:
    assert spans("Los campesinos bloquean el puente desde el día anterior.", "es", date(2015, 8, 7)) == [
        ("desde el día anterior", "2015-08-06", "2015-08-07")
    ]


# ----------------------------------------------------------------- future tense


def test_future_verb_after_weekday_is_the_coming_one() -> None:
    # §2 date: a plan's day lies ahead (no event; its day must not date the past)
    assert spans("Los dirigentes anunciaron que el lunes llegarán a la capital.", "es", SUN) == [("el lunes", "2022-06-20", "2022-06-20")]


def test_future_verb_before_weekday() -> None:
    assert spans("Marcharán el jueves.", "es", SUN) == [("el jueves", "2022-06-23", "2022-06-23")]


def test_past_verb_keeps_the_last_weekday() -> None:
    assert spans("Marcharon el jueves.", "es", SUN) == [("el jueves", "2022-06-16", "2022-06-16")]


def test_will_before_weekday_in_its_clause() -> None:
    assert spans("Funerals will be held on Thursday.", "en", date(2019, 11, 20)) == [("on Thursday", "2019-11-21", "2019-11-21")]


def test_will_in_another_clause_does_not_count() -> None:
    assert spans("The strike will continue, leaders said on Monday.", "en", date(2022, 12, 18)) == [("on Monday", "2022-12-12", "2022-12-12")]


def test_manana_weekday_is_tomorrow() -> None:
    assert spans("Mañana lunes habrá paro.", "es", date(2023, 1, 15)) == [("Mañana lunes", "2023-01-16", "2023-01-16")]


# ----------------------------------------------------------------- day before the month, then a count


def test_day_month_then_a_count() -> None:
    # §2 date and counts: "9 January", then 17 dead (not "January 17")
    assert spans("On 9 January 17 people died in Juliaca.", "en", date(2023, 1, 16)) == [("9 January", "2023-01-09", "2023-01-09")]


def test_month_day_still_read() -> None:
    assert spans("On January 17, people marched.", "en", date(2023, 1, 20)) == [("January 17", "2023-01-17", "2023-01-17")]


# ----------------------------------------------------------------- a region and a movement's onset


def test_region_keeps_the_sentence_day_not_the_movements_onset() -> None:
    # §2 date: "resumed on 4 January" is the movement's first day, not Juliaca's
    evs = events(
        "Lima - Health officials said late on Monday that 17 people had died in clashes near the airport in Juliaca, "
        "in the deadliest day since protests resumed on 4 January.",
        "en", date(2023, 1, 11),
    )
    assert evs and all(e.date.start == date(2023, 1, 9) for e in evs)


def test_desde_que_se_reanudaron_las_protestas() -> None:
    evs = events(
        "Lima — Diecisiete personas murieron el lunes en enfrentamientos cerca del aeropuerto de Juliaca, "
        "la jornada más violenta desde que se reanudaron las protestas el 4 de enero.",
        "es", date(2023, 1, 11),
    )
    assert evs and all(e.date.start == date(2023, 1, 9) for e in evs)


# ----------------------------------------------------------------- a run counted from its first day


def test_days_of_strike_that_began_on_a_day() -> None:
    # §2 date: five days from 28 April, not five days back from publication
    text = "Duque withdrew his tax reform on Sunday, after five days of strikes and marches that began on 28 April."
    assert ("five days", "2021-04-28", "2021-05-02") in spans(text, "en", date(2021, 5, 3))


def test_days_of_strike_without_onset_count_back() -> None:
    assert spans("The government gave in after five days of strikes.", "en", date(2021, 5, 3)) == [("five days", "2021-04-29", "2021-05-03")]


# ----------------------------------------------------------------- two days in a deadly sentence


def test_the_day_written_after_the_deadly_march() -> None:
    # §2 date: the deaths' march is Saturday's; the resignation on Sunday followed it
    e = one_event(
        "Manuel Merino resigned on Sunday, as outrage grew over the deaths of two students during a march late on Saturday in Lima.",
        "en", MON,
    )
    assert e.date.start == date(2020, 11, 14) and e.fatalities is not None and e.fatalities.value == 2


# ----------------------------------------------------------------- two bare days


def test_bare_day_range_of_the_month_written_before() -> None:
    # §2 date: "del 4 al 6" after "2 de enero" is 4-6 January
    text = "El paro empezó el 2 de enero. Del 4 al 6 se bloquearon las vías de Puno."
    assert spans(text, "es", WED)[1] == ("Del 4 al 6", "2023-01-04", "2023-01-06")


def test_bare_day_range_without_month_is_the_last_such_run() -> None:
    # §2 date: written on 1 February, "entre el 7 y el 9" is January's
    assert spans("Entre el 7 y el 9 hubo bloqueos en Puno.", "es", WED) == [("Entre el 7 y el 9", "2023-01-07", "2023-01-09")]


def test_bare_percent_range_is_no_date() -> None:
    assert spans("El precio subió del 4 al 6 por ciento.", "es", WED) == []


def test_bare_day_range_dates_the_blockade() -> None:
    e = one_event("Entre el 7 y el 9, los comuneros bloquearon la carretera en Juliaca.", "es", WED)
    assert (e.date.start, e.date.end) == (date(2023, 1, 7), date(2023, 1, 9))


# ----------------------------------------------------------------- a plan's weekday beside a run


def test_would_march_on_thursday_is_ahead() -> None:
    assert spans("Teachers said they would march again on Thursday.", "en", date(2023, 11, 8)) == [("on Thursday", "2023-11-09", "2023-11-09")]


def test_a_day_ahead_is_no_anchor() -> None:
    # §2 date: "a day earlier" counts from Tuesday's shooting, not from the march planned for Thursday
    text = "Two protesters were shot dead on Tuesday. Teachers said they would march on Thursday. A day earlier, thousands had marched."
    assert spans(text, "en", date(2023, 11, 8))[-1] == ("A day earlier", "2023-11-06", "2023-11-06")


def test_run_beside_a_planned_weekday_dates_the_strike() -> None:
    # §2 date: the strike since 23 October is the incident; Thursday's march is a plan
    e = one_event("In Panama City, teachers, on strike since 23 October, said they would march again on Thursday.", "en", date(2023, 11, 8))
    assert (e.date.start, e.date.end) == (date(2023, 10, 23), date(2023, 11, 8))


def test_will_with_a_past_participle_between_keeps_the_past_day() -> None:
    assert spans("The families will bury those killed on Monday.", "en", date(2022, 12, 18)) == [("on Monday", "2022-12-12", "2022-12-12")]


def test_conditional_after_a_past_verb_is_ahead() -> None:
    assert spans("Dijeron que marcharían el jueves.", "es", date(2022, 12, 18)) == [("el jueves", "2022-12-22", "2022-12-22")]


# ----------------------------------------------------------------- a run going on today


def test_paro_desde_y_continua_hoy_is_the_whole_run() -> None:
    # §2 date: the strike runs from 4 January to the report's day
    e = one_event("En Puno, el paro indefinido rige en la región desde el 4 de enero y continúa hoy.", "es", date(2023, 1, 10))
    assert (e.date.start, e.date.end) == (date(2023, 1, 4), date(2023, 1, 10))


def test_strike_that_began_continues_today() -> None:
    e = one_event("In Puno, the indefinite strike that began on 4 January continues today.", "en", date(2023, 1, 10))
    assert (e.date.start, e.date.end) == (date(2023, 1, 4), date(2023, 1, 10))


def test_stamp_forms_and_a_schedule_line() -> None:
    # a live blog's "10:15 a. m. |" is a stamp; "10:30 - 11:30 horas" is a schedule, no stamp
    text = "Minuto a minuto\n\n10:15 a. m. | Marchan en Puno.\n\n10:30 - 11:30 horas: reunión.\n\n10:45 | 11 heridos."
    assert spans(text, "es", date(2023, 1, 19)) == [("10:15 a. m.", "2023-01-19", "2023-01-19"), ("10:45", "2023-01-19", "2023-01-19")]


# ----------------------------------------------------------------- counted after a noun; last week's weekday


def test_ten_days_after_the_killings() -> None:
    # §2 date: counted from the day just told, as Spanish "diez días después de la masacre"
    text = "On 9 January, 17 died in Juliaca. Ten days after the killings, thousands travelled to Lima."
    assert spans(text, "en", date(2023, 1, 25))[1] == ("Ten days after", "2023-01-19", "2023-01-19")


def test_monday_last_week() -> None:
    assert spans("On Monday last week, police fired tear gas.", "en", date(2023, 1, 18)) == [("On Monday last week", "2023-01-09", "2023-01-09")]


def test_el_lunes_de_la_semana_pasada() -> None:
    assert spans("El lunes de la semana pasada, la policía disparó.", "es", date(2023, 1, 18)) == [
        ("El lunes de la semana pasada", "2023-01-09", "2023-01-09")
    ]


def test_days_of_protest_end_on_the_day_the_sentence_tells() -> None:
    # §2 date: eleven days of protests ended with last night's agreement (3-13 October)
    text = "Moreno y la Conaie alcanzaron anoche un acuerdo, tras once días de protestas en Quito."
    assert ("once días", "2019-10-03", "2019-10-13") in spans(text, "es", date(2019, 10, 14))


def test_days_of_strike_without_a_day_told_end_at_publication() -> None:
    assert spans("Tras once días de protestas, el Gobierno cedió.", "es", date(2019, 10, 14)) == [("once días", "2019-10-04", "2019-10-14")]


def test_van_a_marchar_el_jueves_is_ahead() -> None:
    assert spans("Los gremios van a marchar el jueves.", "es", date(2022, 12, 18)) == [("el jueves", "2022-12-22", "2022-12-22")]


def test_van_a_with_a_participle_between_keeps_the_past_day() -> None:
    assert spans("El fiscal va a interrogar a los detenidos el lunes.", "es", date(2022, 12, 18)) == [("el lunes", "2022-12-12", "2022-12-12")]
