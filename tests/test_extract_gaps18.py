"""Known gaps closed by the gaps18 probe: a list of regions' counts of one
measure ("20 in Lima, 15 in Cusco and 4 in Puno") gave no region its count, or
one nationwide arrests event; a part of the shot said to have died ("three of
them fatally") was left out, leaving all the shot as wounded; two days of force
in one sentence stayed one event on the first day; a death after a ';' took
the day of the clause before it; a digest's "• 60: people killed" and "its
count of injured people exceeds 1,200" gave no tally; a crowd's size word told
of two regions ("Thousands marched in Lima and Cusco") was dropped for both;
an interview a year on dated its narrator's "16 de enero" in the publication's
year and read no date in "El 19 marchamos"."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()
JAN21 = date(2023, 1, 21)


def _events(text: str, lang: str, published: date) -> list:
    return EX.extract(text, published=published, lang=lang).events


def _value(count) -> int | None:
    return None if count is None else count.low


# --- GUIDELINES §2: the same kind of action in several named regions is one event per region,
# each with its own count ---

@pytest.mark.parametrize(
    "text,lang,typing",
    [
        ("Police detained 20 people in Lima, 15 in Cusco and 4 in Puno on Thursday.", "en", ("strategic_development", "arrests")),
        ("La Policía detuvo a 20 personas en Lima, 15 en Cusco y 4 en Puno el jueves.", "es", ("strategic_development", "arrests")),
        ("Police detained 20 people in Lima, 15 in Cusco and 4 in Puno on Thursday during the protests.", "en", ("protest", "intervention")),
        ("La Policía detuvo a 20 personas en Lima, 15 en Cusco y 4 en Puno durante las protestas del jueves.", "es", ("protest", "intervention")),
    ],
)
def test_each_region_of_a_list_has_its_own_arrests(text: str, lang: str, typing: tuple[str, str]) -> None:
    events = _events(text, lang, JAN21)
    got = sorted((e.place.admin1, _value(e.arrests), e.type, e.sub_type, e.date.start) for e in events)
    assert got == [
        ("Cusco", 15, *typing, date(2023, 1, 19)),
        ("Lima", 20, *typing, date(2023, 1, 19)),
        ("Puno", 4, *typing, date(2023, 1, 19)),
    ]


@pytest.mark.parametrize(
    "text,lang,last",
    [
        ("El sábado murieron seis personas en Ayacucho, dos en Apurímac y tres en Junín durante los enfrentamientos con la Policía.", "es", 3),
        ("El sábado murieron seis personas en Ayacucho, dos en Apurímac y una en Junín durante los enfrentamientos con la Policía.", "es", 1),
        ("Protests against President Dina Boluarte spread across southern Peru. "
         "On Saturday six people were killed in Ayacucho, two in Apurímac and one in Junín during clashes with police.", "en", 1),
    ],
)
def test_each_region_of_a_list_has_its_own_dead(text: str, lang: str, last: int) -> None:
    # GUIDELINES §2: one event per region
    events = _events(text, lang, date(2022, 12, 20))
    assert sorted((e.place.admin1, _value(e.fatalities)) for e in events) == [("Apurímac", 2), ("Ayacucho", 6), ("Junín", last)]


# --- GUIDELINES §2 counts: the dead among the shot are the dead; the rest are the wounded ---

@pytest.mark.parametrize(
    "text,lang,dead,hurt",
    [
        ("Protesters tried to take the Juliaca airport on Monday and police responded with gunfire. "
         "Ten civilians were shot near the airport, three of them fatally.", "en", 3, 7),
        ("Los manifestantes intentaron tomar el aeropuerto de Juliaca el lunes y la Policía respondió con disparos. "
         "Diez civiles fueron baleados cerca del aeropuerto, tres de ellos murieron.", "es", 3, 7),
        ("Police opened fire on a march in Ayacucho on Monday. Eight people were hit by bullets, two of whom died.", "en", 2, 6),
        ("La Policía disparó contra una marcha en Ayacucho el lunes. Ocho personas resultaron heridas de bala, dos de las cuales fallecieron.", "es", 2, 6),
    ],
)
def test_the_part_that_died_of_the_shot(text: str, lang: str, dead: int, hurt: int) -> None:
    events = _events(text, lang, date(2023, 1, 11))
    assert [(e.type, e.sub_type, _value(e.fatalities), _value(e.injuries)) for e in events] == [("protest", "excessive_force", dead, hurt)]
    assert events[0].date.start == date(2023, 1, 9)


# --- GUIDELINES §2: an event is bounded by its day; force on two days told in one sentence is two events ---

@pytest.mark.parametrize(
    "text,lang,published,days",
    [
        ("En Lima, el 21 de enero la Policía intervino la UNMSM y detuvo a 193 personas, y el 24 de enero los agentes usaron gases en el centro.",
         "es", date(2023, 1, 26), [date(2023, 1, 21), date(2023, 1, 24)]),
        ("In Lima, on January 21 police raided San Marcos University and detained 193 people, and on January 24 officers fired tear gas in the city centre.",
         "en", date(2023, 1, 26), [date(2023, 1, 21), date(2023, 1, 24)]),
        ("En Arequipa, el 12 de diciembre los policías dispararon perdigones contra los manifestantes en el puente Añashuayco, "
         "y el 15 de diciembre los militares usaron bombas lacrimógenas en el aeropuerto.", "es", date(2022, 12, 17), [date(2022, 12, 12), date(2022, 12, 15)]),
    ],
)
def test_two_days_of_force_are_two_events(text: str, lang: str, published: date, days: list[date]) -> None:
    events = _events(text, lang, published)
    assert [e.date.start for e in events] == days
    assert len({e.place.admin1 for e in events}) == 1
    # GUIDELINES §2 place: the first day's spot (the university, the bridge) is not the second day's; its region is
    assert events[-1].place.name == events[-1].place.admin1
    assert events[-1].type == "protest" and events[-1].sub_type == "intervention"


def test_a_roadblock_cleared_the_next_day_stays_one_event() -> None:
    # GUIDELINES §2: one incident is one event (the force clears the roadblock told before it)
    text = "Farmers blocked the Panamericana Sur in Ica on Monday, and on Tuesday police cleared it with tear gas."
    events = _events(text, "en", date(2023, 1, 12))
    assert [(e.type, e.sub_type, e.place.admin1) for e in events] == [("protest", "intervention", "Ica")]


# --- GUIDELINES §2 date: a ';' between two dated clauses keeps each clause's day ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Cusco's airport suspended operations on Thursday, January 19; one protester was killed in clashes in Cusco city on January 11.", "en"),
        ("El aeropuerto de Cusco suspendió sus operaciones el jueves 19 de enero; un manifestante murió en enfrentamientos en la ciudad del Cusco el 11 de enero.", "es"),
    ],
)
def test_a_death_after_a_semicolon_keeps_its_day(text: str, lang: str) -> None:
    events = _events(text, lang, date(2023, 1, 20))
    assert [(e.type, e.sub_type, e.date.start, e.place.name, _value(e.fatalities)) for e in events] == [
        ("protest", "excessive_force", date(2023, 1, 11), "Cusco", 1)
    ]


# --- GUIDELINES §3: a running total, written as a digest's label or by what it exceeds ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Peru protests: key figures\n• 60: people killed in the unrest since December\n", "en"),
        ("Peru protests: key figures\n\n• 60: people killed in the unrest since December\n", "en"),
        ("Protestas en Perú: cifras clave\n• 60: personas fallecidas en las protestas desde diciembre\n", "es"),
        ("60+: killed in the unrest since December", "en"),
    ],
)
def test_a_digest_label_is_a_total(text: str, lang: str) -> None:
    out = EX.extract(text, published=date(2023, 2, 10), lang=lang)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 60)]
    assert out.tallies[0].period is not None and out.tallies[0].period.start == date(2022, 12, 1)
    assert out.events == []


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Ombudsman's Office keeps a record of the victims of the protests. Its count of injured people exceeds 1,200.", "en"),
        ("La Defensoría del Pueblo lleva un registro de las víctimas de las protestas. Su conteo de personas heridas supera los 1.200.", "es"),
    ],
)
def test_a_count_that_exceeds_is_a_total(text: str, lang: str) -> None:
    out = EX.extract(text, published=date(2023, 2, 10), lang=lang)
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("injuries", 1200, "more_than")]


# --- GUIDELINES §2: one event per region, participants as a range; a size word told of two regions is each crowd's ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Thousands marched in Lima and Cusco on Tuesday to demand the resignation of President Dina Boluarte.", "en"),
        ("Miles marcharon en Lima y Cusco el martes para exigir la renuncia de la presidenta Dina Boluarte.", "es"),
    ],
)
def test_a_size_word_of_two_regions_is_each_crowds(text: str, lang: str) -> None:
    events = _events(text, lang, date(2023, 1, 26))
    got = sorted((e.place.admin1, e.participants.low, e.participants.high) for e in events)
    assert got == [("Cusco", 2000, 9999), ("Lima", 2000, 9999)]


def test_a_number_of_two_regions_is_neither_crowds() -> None:
    # GUIDELINES §2: a figure for both regions is their sum; neither region's own
    events = _events("Some 5,000 people marched in Lima and Cusco on Tuesday.", "en", date(2023, 1, 26))
    assert sorted((e.place.admin1, e.participants) for e in events) == [("Cusco", None), ("Lima", None)]


def test_a_size_word_spread_over_a_list_is_no_regions() -> None:
    # GUIDELINES §2: hundreds over many places is one crowd spread over the list, not hundreds in each
    text = "Hundreds of farmers blocked roads on Monday in Cusco, Puno, Arequipa and Apurímac."
    events = _events(text, "en", date(2023, 1, 26))
    assert len(events) == 4 and all(e.participants is None for e in events)


# --- GUIDELINES §2 date: a narrator's year-less days are of the month the story names with its year;
# a bare day ("El 19", "On the 19th") is a day of the month just told ---

INTERVIEW_ES = (
    "Entrevista | Juana Quispe: \"Fuimos a Lima a que nos escuchen\"\n\n"
    "Un año después, conversamos con Juana Quispe, dirigente aimara de Ilave, en Puno, que viajó a la capital "
    "en enero de 2023 para exigir la renuncia de Dina Boluarte.\n\n"
    "¿Cómo llegaron a Lima?\nSalimos de Ilave el 16 de enero, en buses que pagamos entre todos.\n\n"
    "¿Y qué pasó en la capital?\nEl 19 marchamos por el centro de Lima y la Policía nos lanzó gases lacrimógenos.\n"
)
INTERVIEW_EN = (
    "A year after the march on Lima, Aymara women from Ilave look back\n\n"
    "In January 2023, hundreds of Aymara villagers from Ilave, in Puno, travelled to Lima.\n\n"
    "\"We left Ilave on January 16, on buses we paid for together,\" says Juana Quispe.\n\n"
    "\"On the 19th we marched through the centre of Lima,\" she recalls.\n"
)
JAN20_2024 = date(2024, 1, 20)


@pytest.mark.parametrize("text,lang", [(INTERVIEW_ES, "es"), (INTERVIEW_EN, "en")])
def test_a_narrators_days_are_of_the_story_year(text: str, lang: str) -> None:
    days = [(d.range.start, d.kind) for d in date_finder.find_dates(text, lang, JAN20_2024) if d.range.precision == "day"]
    assert days == [(date(2023, 1, 16), "explicit"), (date(2023, 1, 19), "explicit")]


def test_the_interviews_march_is_dated_and_placed() -> None:
    events = _events(INTERVIEW_ES, "es", JAN20_2024)
    assert [(e.type, e.sub_type, e.date.start, e.place.admin1) for e in events] == [("protest", "intervention", date(2023, 1, 19), "Lima")]


@pytest.mark.parametrize(
    "text",
    [
        "Los comuneros llegaron el 16 de enero. El 19 por ciento de los votantes apoya la marcha.",
        "Los comuneros llegaron el 16 de enero. El 19 de los detenidos fue liberado.",
        "The villagers arrived on January 16. On the 19 buses they had rented, the banners hung.",
        "The villagers arrived on January 16. On the 20th day of the strike, they were still there.",
        "Los comuneros llegaron el 16 de enero. El 19 aniversario de la federación se celebró sin ellos.",
    ],
)
def test_a_bare_number_that_is_no_day(text: str) -> None:
    lang = "en" if text.startswith("The") else "es"
    assert [d.range.start for d in date_finder.find_dates(text, lang, JAN20_2024)] == [date(2024, 1, 16)]


def test_a_day_near_publication_outside_a_narrators_voice_keeps_its_year() -> None:
    # GUIDELINES §2 date: resolved against published; the old month named in passing does not move today's news
    text = "Un año después de las protestas de enero de 2023, los familiares marcharon en Juliaca el 16 de enero."
    assert [d.range.start for d in date_finder.find_dates(text, "es", JAN20_2024) if d.range.precision == "day"] == [date(2024, 1, 16)]


@pytest.mark.parametrize(
    "text,lang,measure_day",
    [
        ("Thousands marched in Puno on January 4; the government declared a state of emergency in Puno on January 14.", "en", date(2023, 1, 14)),
        ("Miles de personas marcharon en Puno el 4 de enero; el 9 de enero el Gobierno declaró el toque de queda en Puno.", "es", date(2023, 1, 9)),
        ("Thousands marched in Puno on January 4, and on January 14 the government declared a state of emergency there.", "en", date(2023, 1, 14)),
    ],
)
def test_a_measure_of_another_day_in_the_sentence_is_its_own_event(text: str, lang: str, measure_day: date) -> None:
    # GUIDELINES §2: a state of emergency is a strategic development of its own day
    events = _events(text, lang, date(2023, 1, 20))
    assert [(e.type, e.sub_type, e.date.start) for e in events] == [
        ("protest", "peaceful", date(2023, 1, 4)),
        ("strategic_development", "state_measure", measure_day),
    ]


def test_a_lists_items_share_the_whole_sentences_forms_and_tactics() -> None:
    # GUIDELINES §2: one event per region; each region's march was tear-gassed (the list tells one action)
    text = "On Monday, 30 people were injured in Juliaca, 12 in Arequipa and 5 in Cusco as police fired tear gas at marches."
    events = _events(text, "en", date(2023, 1, 11))
    got = sorted((e.place.admin1, _value(e.injuries), e.sub_type, tuple(e.forms)) for e in events)
    assert got == [("Arequipa", 12, "intervention", ("march",)), ("Cusco", 5, "intervention", ("march",)), ("Puno", 30, "intervention", ("march",))]


# --- GUIDELINES §2: an event the article attributes to a source; the story's place is where the travellers went ---

QUOTED_ES = (
    "Un año después de la Toma de Lima, los aimaras de Ilave recuerdan su viaje a la capital\n\n"
    "En enero de 2023, cientos de comuneros aimaras de Ilave, en Puno, viajaron a Lima para exigir la renuncia de Dina Boluarte.\n\n"
    "\"Salimos de Ilave el 16 de enero, en buses que pagamos entre todos\", cuenta Juana Quispe, dirigente de la comunidad.\n\n"
    "\"El 19 marchamos por el centro y la Policía nos lanzó gases lacrimógenos\", recuerda.\n"
)


def test_a_quoted_march_and_its_force_is_the_speakers_account() -> None:
    events = _events(QUOTED_ES, "es", JAN20_2024)
    assert [(e.type, e.sub_type, e.date.start, e.place.admin1, tuple(e.forms)) for e in events] == [
        ("protest", "intervention", date(2023, 1, 19), "Lima", ("march",))
    ]


def test_quoted_talks_and_a_strike_called_are_no_account() -> None:
    # GUIDELINES §2: calls are not events; talks are no force
    text = (
        "El sindicato denunció al ministerio ante la OIT. En un comunicado señala que \"el ministerio nos apartó de la "
        "negociación por haber llamado a una huelga el 29 de junio de 2016\"."
    )
    assert _events(text, "es", date(2017, 6, 14)) == []


def test_a_two_word_spelled_day_of_this_month() -> None:
    # GUIDELINES §2 date: "the twenty-sixth of this month" is the 26th (the speed gate started at "sixth": the 6th)
    days = [d.range.start for d in date_finder.find_dates("Protesters marched on the twenty-sixth of this month in Lima.", "en", date(2023, 1, 28))]
    assert days == [date(2023, 1, 26)]
