"""Fourteenth Spanish probe: 8 articles of my own in styles not probed before
(a minuto a minuto with hour stamps, a CNDDHH comunicado with a numbered list,
an RPP note on the October 2024 transport strike, a judicial note recalling
the deaths, a Puno paper on the first anniversary of 9 January, an EFE wire
from Madrid, an opinion column narrating a march, an interview with a
dirigente).

What it found and what these tests hold:
- "marcharon por la avenida Arequipa" (in Lima) placed the march in the
  region of Arequipa: a town's own street or square named after a region
  ("avenida", "jirón", "calle", "plaza Bolognesi") is no clue to where the
  action was, as a road or bridge named after its towns still is; with no
  other place, the dateline's city anchors the story;
- "al cumplirse un año de la jornada en que 18 personas perdieron la vida"
  gave the anniversary march 18 participants: the people whose death a
  commemoration remembers are no crowd of it;
- "Miles marchan en Juliaca" (a headline's present) counted no one, while
  "miles marcharon" did; a number with a noun of its own that names no
  person ("cinco sindicatos ... marchan") is not the crowd of the verb after it;
- "El lunes 9 de enero" written on 10 January 2024 (a Tuesday that year), "¿Y
  qué pasó el domingo 11?" and "el lunes 12" in a paper of Monday 11 December
  2023: in an article that looks back a year ("a un año", "aniversario"), a
  weekday that does not fit the day in the current year is the same day a
  year before when it fits there (elsewhere it stays a misprint); "11?" is a
  day after a weekday like "11," is;
- in an interview, "—¿Y qué pasó el domingo 11?" dated only the first sentence
  of the answer; the rest fell back to the article's day: the day asked dates
  the whole answer;
- "miles de personas recorrieron la avenida El Sol" and the first person of a
  dirigente ("salimos a marchar", "bloqueamos la carretera") were no protest.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

from kipu.extract.dates import find_dates


def _out(text: str, published: date, headline: str = "Headline"):
    return extract(text, "es", published, headline)


def _days(text: str, published: date) -> list[tuple[str, date]]:
    return [(text[d.span.start : d.span.end], d.range.start) for d in find_dates(text, "es", published)]


# -- a town's street named after a region ------------------------------------


def test_an_avenue_named_after_a_region_is_not_that_region() -> None:
    out = _out(
        "Lima, 5 de abril de 2024. Cientos de estudiantes marcharon este viernes por la avenida Arequipa "
        "hasta el Parque Kennedy para rechazar la ley aprobada por el Congreso.",
        date(2024, 4, 5),
    )
    assert [e.place.admin1 for e in out.events] == ["Lima"]


def test_a_jiron_named_after_a_region_gives_no_region() -> None:
    out = _out(
        "Decenas de transportistas bloquearon este viernes el jirón Tacna para exigir seguridad frente a la extorsión.",
        date(2024, 4, 5),
    )
    assert out.events and all(e.place is None or e.place.admin1 != "Tacna" for e in out.events)


def test_a_road_named_after_its_town_still_places_the_blockade() -> None:
    out = _out(
        "Comuneros bloquearon este lunes la carretera Juliaca-Puno con piedras y llantas.",
        date(2023, 1, 9),
    )
    assert [e.place.admin1 for e in out.events] == ["Puno"]


# -- the dead a commemoration remembers, the headline's crowd -----------------


def test_the_dead_remembered_are_no_crowd() -> None:
    out = _out(
        "JULIACA. Los familiares de las víctimas encabezaron ayer una marcha por las calles de Juliaca, "
        "al conmemorarse el primer aniversario de la jornada en que 18 personas perdieron la vida.",
        date(2024, 1, 10),
    )
    (event,) = out.events
    assert event.participants is None and event.fatalities is None


def test_thousands_march_in_a_headline_is_the_crowd() -> None:
    out = _out(
        "JULIACA. Los deudos encabezaron ayer una marcha por las calles de la ciudad.",
        date(2024, 1, 10),
        headline="Miles marchan en Juliaca a un año de la masacre",
    )
    (event,) = out.events
    assert (event.participants.low, event.participants.high) == (2000, 9999)


def test_unions_that_march_are_no_head_count() -> None:
    out = _out(
        "Miembros de los cinco sindicatos del Ministerio de Transportes marchan hacia el Congreso para exigir aumentos.",
        date(2024, 6, 3),
    )
    assert out.events and all(e.participants is None for e in out.events)


# -- a weekday that fits the day only a year before ----------------------------


def test_a_weekday_and_day_of_last_year() -> None:
    text = "A un año de la masacre, los deudos recuerdan que el lunes 9 de enero la policía disparó en Juliaca."
    assert _days(text, date(2024, 1, 10)) == [("lunes 9 de enero", date(2023, 1, 9))]
    # the weekday fits this year: this year's day
    assert _days("A un año de la masacre, el martes 9 de enero marcharon en Juliaca.", date(2024, 1, 10)) == [("martes 9 de enero", date(2024, 1, 9))]
    # an article that looks back no year: a misprinted weekday keeps this year's day
    assert _days("El lunes 9 de enero marcharon en Juliaca.", date(2024, 1, 10)) == [("lunes 9 de enero", date(2024, 1, 9))]


def test_a_weekday_and_number_of_last_year_in_an_anniversary_interview() -> None:
    assert _days("A un año de los hechos. El lunes 12 la gente tomó el aeropuerto.", date(2023, 12, 11))[-1] == ("El lunes 12", date(2022, 12, 12))
    assert _days("En el aniversario, ¿qué pasó el domingo 11?", date(2023, 12, 11)) == [("el domingo 11", date(2022, 12, 11))]
    # no look back: "el miércoles 15" for Thursday the 15th is a misprint of a recent day
    assert _days("El miércoles 15, la policía disparó.", date(2022, 12, 16)) == [("El miércoles 15", date(2022, 12, 14))]


def test_the_day_asked_dates_the_whole_answer() -> None:
    out = _out(
        "A un año de los hechos, conversamos con un dirigente de Andahuaylas.\n\n"
        "—¿Y qué pasó el domingo 11?\n"
        "—Salimos a marchar hacia el aeropuerto de Huancabamba. La Policía nos recibió con gases y luego con balas. "
        "Murieron dos chicos, uno de 15 y otro de 18 años.",
        date(2023, 12, 11),
    )
    dated = [(e.date.start, e.fatalities.low if e.fatalities else None) for e in out.events]
    assert dated == [(date(2022, 12, 11), 2)]


# -- crowd verbs not read before ----------------------------------------------


def test_a_crowd_walking_an_avenue_is_a_march() -> None:
    out = _out(
        "En Cusco, miles de personas recorrieron la avenida El Sol hasta la Plaza de Armas sin incidentes.",
        date(2023, 7, 19),
    )
    (event,) = out.events
    assert "march" in event.forms and event.place.admin1 == "Cusco"


def test_a_dirigente_telling_in_the_first_person() -> None:
    out = _out(
        "—El sábado 10 bloqueamos la carretera a Abancay con piedras, de manera pacífica.",
        date(2022, 12, 13),
    )
    (event,) = out.events
    assert "roadblock" in event.forms and event.date.start == date(2022, 12, 10)
