"""Twelfth Spanish probe: 7 articles of my own in styles not probed before (a
Puno regional daily with centros poblados, a Diresa list of the wounded by
hospital, a Fiscalía note on prisión preventiva, a minute-by-minute
reconstruction of Huamanga on 15 December 2022, the APEC transport strike in
Lima and Callao, a Prensa Latina wire, a Cusco regional daily).

What it found and what these tests hold:
- "El sábado 7, cerca del mediodía, un grupo de manifestantes" and "El
  miércoles 11, manifestantes llegados de las provincias" gave crowds of 7 and
  11: the day of the month written after a weekday is part of the date (and
  picks the weekday's week: "el lunes 9" in a Sunday paper is the next day);
- "Ocho personas murieron ese jueves y otras dos en los días siguientes", in a
  piece published two months later, made a new killing on the Thursday before
  publication: "ese jueves", "aquel lunes", "that Thursday" point back to the
  day of that name the story is telling;
- "la Diresa difundió esta mañana la relación de los heridos tras los
  enfrentamientos del lunes" dated the clash by the report: "difundió" is a
  reporting verb like "informó", whose day dates the report;
- "Desde el 4 de enero, comunidades bloquean las vías" then "El miércoles 11,
  manifestantes intentaron ingresar al aeropuerto. La Policía los repelió con
  gases" made one event of the run with the day's force, and the headline's
  dead went to the run: the force told after a day written in the text is that
  day's incident (as `_a_day_of` keeps a worse day apart), and a headline that
  tells force restates the body's first incident of its kind;
- "allanó once inmuebles y detuvo a nueve personas" (and "raided 11 homes and
  arrested 9 people") held 11: a casualty verb with a number right after it
  counts that number, not one before it.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

from kipu.extract.dates import date_spans, find_dates


def _out(text: str, published: date):
    return extract(text, "es", published)


# -- "el sábado 7": a date, not seven people ---------------------------------------


def test_day_number_after_a_weekday_is_part_of_the_date() -> None:
    s = "El martes 10, un grupo de comuneros bloqueó el puente de Ilave."
    assert [s[x.start : x.end] for x in date_spans(s, "es")] == ["El martes 10"]
    (d,) = find_dates(s, "es", date(2023, 1, 12))
    assert d.range.start == date(2023, 1, 10)


def test_day_number_picks_the_weekdays_week_even_ahead() -> None:
    s = "Los dirigentes dijeron que el jueves 12, en Ilave, volverán a bloquear el puente."
    days = [d.range.start for d in find_dates(s, "es", date(2023, 1, 8))]
    assert days == [date(2023, 1, 12)]


def test_weekday_then_day_number_gives_no_crowd() -> None:
    out = _out(
        "El martes 10, un grupo de comuneros bloqueó el puente de Ilave con piedras y troncos.",
        date(2023, 1, 12),
    )
    assert len(out.events) == 1
    e = out.events[0]
    assert e.participants is None
    assert e.date is not None and e.date.start == date(2023, 1, 10)


def test_a_number_of_people_after_a_weekday_stays_a_count() -> None:
    out = _out("El lunes 40 comuneros bloquearon el puente de Ilave.", date(2023, 1, 12))
    assert [e.participants.low for e in out.events if e.participants] == [40]


# -- "ese jueves": the Thursday the story tells ------------------------------------


def test_that_weekday_points_back_to_the_day_told() -> None:
    s = "El 9 de enero la policía disparó en Juliaca. Aquel lunes murieron diecisiete personas."
    days = [d.range.start for d in find_dates(s, "es", date(2023, 3, 20))]
    assert days == [date(2023, 1, 9), date(2023, 1, 9)]
    e = "On January 9 police fired in Juliaca. That Monday seventeen people died."
    assert [d.range.start for d in find_dates(e, "en", date(2023, 3, 20))] == [date(2023, 1, 9), date(2023, 1, 9)]


def test_deaths_that_weekday_join_the_incident_told() -> None:
    out = _out(
        "El 9 de enero, la policía disparó contra los manifestantes en Juliaca. "
        "Diecisiete personas murieron aquel lunes.",
        date(2023, 3, 20),
    )
    assert len(out.events) == 1
    e = out.events[0]
    assert e.date is not None and e.date.start == date(2023, 1, 9)
    assert e.fatalities is not None and e.fatalities.value == 17


# -- "difundió esta mañana": the report's day ----------------------------------------


def test_a_list_released_this_morning_keeps_the_clash_of_its_day() -> None:
    out = _out(
        "El hospital de Ilave difundió esta mañana la lista de heridos tras los enfrentamientos del sábado "
        "entre la policía y los manifestantes, en los que murió un comunero.",
        date(2023, 1, 10),
    )
    demo = [e for e in out.events if e.type == "protest"]
    assert len(demo) == 1
    assert demo[0].date is not None and demo[0].date.start == date(2023, 1, 7)


# -- a run of days, then a dated clash -----------------------------------------------


_RUN_THEN_CLASH = (
    "Desde el 2 de enero, comuneros de Chucuito mantienen bloqueada la carretera en el puente de Juli.\n\n"
    "El viernes 6, un grupo de manifestantes marchó hacia la comisaría de Juli. La Policía los dispersó con bombas "
    "lacrimógenas y perdigones, y al menos cinco personas resultaron heridas."
)


def test_force_after_a_dated_day_is_that_days_incident_not_the_runs() -> None:
    out = _out(_RUN_THEN_CLASH, date(2023, 1, 8))
    run = [e for e in out.events if e.date and e.date.start == date(2023, 1, 2)]
    day = [e for e in out.events if e.date and e.date.start == e.date.end == date(2023, 1, 6)]
    assert len(run) == 1 and run[0].sub_type == "peaceful" and run[0].injuries is None
    assert len(day) == 1 and day[0].sub_type == "intervention"
    assert day[0].injuries is not None and day[0].injuries.value == 5


def test_a_headline_of_force_restates_the_dated_clash_not_the_run() -> None:
    out = extract(_RUN_THEN_CLASH, "es", date(2023, 1, 8), headline="Juli: policía dispersa con perdigones a manifestantes")
    run = [e for e in out.events if e.date and e.date.start == date(2023, 1, 2)]
    assert len(run) == 1 and run[0].sub_type == "peaceful"


def test_a_quiet_day_of_the_run_still_folds_into_it() -> None:
    out = _out(
        "Desde el 2 de enero, comuneros de Chucuito mantienen bloqueada la carretera en el puente de Juli.\n\n"
        "El viernes 6, los comuneros cocinaron una olla común junto al bloqueo.",
        date(2023, 1, 8),
    )
    assert len([e for e in out.events if e.type == "protest"]) == 1


# -- raided eleven homes, arrested nine --------------------------------------------


def test_a_number_right_after_the_arrest_verb_is_the_arrests() -> None:
    out = _out("El viernes, en Huancayo, la Policía allanó doce viviendas y detuvo a siete dirigentes.", date(2023, 2, 4))
    assert [e.arrests.value for e in out.events if e.arrests] == [7]
    en = extract("On Friday police in Huancayo raided 12 houses and arrested 7 people.", "en", date(2023, 2, 4))
    assert [e.arrests.value for e in en.events if e.arrests] == [7]


def test_a_length_of_time_after_the_verb_is_no_count() -> None:
    out = _out("El viernes, en Huancayo, 14 manifestantes fueron detenidos 48 horas en la comisaría.", date(2023, 2, 4))
    assert [e.arrests.value for e in out.events if e.arrests] == [14]


# -- "las avenidas Abancay y Colmena": streets of Lima, not Apurímac ----------------


def test_streets_listed_after_a_plural_street_word_are_streets() -> None:
    out = _out(
        "El miércoles, cientos de choferes marcharon desde la plaza Dos de Mayo. En el cruce de las avenidas "
        "Tacna y Abancay, la Policía los dispersó con gases lacrimógenos.",
        date(2024, 10, 24),
    )
    assert {e.place.admin1 for e in out.events if e.place} == {"Lima"}


def test_a_street_named_second_in_the_list_is_a_street_too() -> None:
    out = _out(
        "El miércoles, cientos de choferes marcharon desde la plaza Dos de Mayo. En las calles Huancavelica, "
        "Cusco y Abancay, la Policía los dispersó con gases lacrimógenos.",
        date(2024, 10, 24),
    )
    assert {e.place.admin1 for e in out.events if e.place} == {"Lima"}


def test_the_streets_of_a_town_are_that_town() -> None:
    out = _out("El miércoles, cientos de choferes marcharon por las calles de Abancay.", date(2024, 10, 24))
    assert {e.place.admin1 for e in out.events if e.place} == {"Apurímac"}


def test_undated_force_of_a_written_day_is_not_folded_into_the_run() -> None:
    out = extract(
        "Desde el 3 de enero, comunidades de Quispicanchi y Canchis mantienen bloqueada la vía Cusco-Sicuani.\n\n"
        "El martes 10, manifestantes intentaron ingresar al aeropuerto Velasco Astete. La Policía los repelió con gases "
        "lacrimógenos. Juan Quispe, comunero de Quispicanchi, murió por un impacto de bala en el pecho.",
        "es",
        date(2023, 1, 12),
        headline="Cusco: comunero de Quispicanchi muere en enfrentamiento cerca de la comisaría",
    )
    run = [e for e in out.events if e.date and e.date.start == date(2023, 1, 3)]
    assert len(run) == 1 and run[0].sub_type == "peaceful" and run[0].fatalities is None
    day = [e for e in out.events if e.sub_type == "excessive_force"]
    assert len(day) == 1 and day[0].date is not None and day[0].date.start == date(2023, 1, 10)
    assert day[0].fatalities is not None and day[0].fatalities.value == 1


def test_other_people_arrested_right_after_the_verb_are_its_count() -> None:
    out = _out("El viernes, en Huancayo, se allanaron doce viviendas y fueron detenidas otras siete personas.", date(2023, 2, 4))
    assert [e.arrests.value for e in out.events if e.arrests] == [7]


# -- "la Fiscalía continúa la investigación": no second day of a protest -----------------


def test_an_investigation_that_continues_does_not_stretch_the_day_back() -> None:
    out = _out(
        "La Fiscalía continúa la investigación por la muerte de seis personas durante las protestas del 12 de diciembre en Andahuaylas.",
        date(2023, 1, 27),
    )
    assert [(e.date.start, e.date.end) for e in out.events if e.date] == [(date(2022, 12, 12), date(2022, 12, 12))]
    en = extract(
        "Prosecutors continued the investigation into the deaths of six people during the protests of December 12 in Andahuaylas.",
        "en",
        date(2023, 1, 27),
    )
    assert [(e.date.start, e.date.end) for e in en.events if e.date] == [(date(2022, 12, 12), date(2022, 12, 12))]


def test_a_strike_that_continues_still_began_the_day_before() -> None:
    out = _out("El paro continúa este jueves 15 de diciembre en Huamanga.", date(2022, 12, 15))
    assert [(e.date.start, e.date.end) for e in out.events if e.date] == [(date(2022, 12, 14), date(2022, 12, 15))]
