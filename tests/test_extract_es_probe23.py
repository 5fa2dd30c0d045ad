"""Eleventh Spanish probe: 8 articles of my own from outlets and places not
probed before (an El Búho chronicle of the attempt on Arequipa's airport, a
Diario Sin Fronteras note on the Panamericana blockades between Tacna and
Moquegua, a Caretas-style analysis, a La Razón note on Santa Cruz's census
strike, an El Universo note on the Conaie strike in Puyo and Quito, an El Tiempo
note on Bogotá's Portal Américas, a Clarín note on the CGT's general strike and
an Excélsior note on the CNTE's blockades).

What it found and what these tests hold:
- a La Razón story on the census strike that names Brazil ("en la frontera con
  Brasil") but never Bolivia read every "Santa Cruz" as Brazil's town of Rio
  Grande do Norte, and missed Puerto Quijarro: "cruceño" and the "Comité pro
  Santa Cruz" point to Bolivia as "boliviano" does;
- "el Portal de la Resistencia" (a TransMilenio terminal in Bogotá) was
  Resistencia, the capital of Argentina's Chaco: "portal" is a street word;
- "CNTE bloquea Reforma" was a Chiapas town: "Reforma" alone is Mexico City's
  avenue or a reform, not a place;
- "marcharon desde el Ángel de la Independencia" was La Independencia, a
  Chiapas town: the monument stands in Mexico City;
- "un manifestante murió el martes en Puyo, en el noveno día del paro" and "la
  muerte [...] marcó el noveno día del paro" dated the death from the strike's
  first day (13 to 21 June, too long to match the day): the cues of the n-th
  day that names that day alone had "de" but not "del" nor "marcó el";
- a Caretas-style analysis made events of its generalities: "la indignación
  se tradujo en bloqueos de carreteras, tomas de aeropuertos y paros
  prolongados" (a summary of a wave) and "han usado el bloqueo como
  herramienta durante décadas" (a habit) tell no incident unless a day is said;
- "Aunque el gobierno retiró el proyecto el 2 de mayo, las movilizaciones
  continúan en Bogotá, Cali, Medellín y Popayán" dated four events 1-2 May: a
  day told in a concessive clause with no incident word dates what is conceded.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


# -- a country pointed to by a city's demonym and civic body (GUIDELINES §2 place) --


def test_cruceno_points_to_bolivia_over_a_neighbour_named_in_passing() -> None:
    out = extract(
        "Santa Cruz cumple dos semanas de paro\n\n"
        "El Comité pro Santa Cruz mantiene el paro indefinido en la capital cruceña. "
        "En Puerto Quijarro, en la frontera con Brasil, un hombre murió el martes en enfrentamientos con la Policía.",
        "es", date(2022, 11, 5),
    )
    assert out.events and all(e.place.country == "BO" and e.place.admin1 == "Santa Cruz" for e in out.events)
    assert any(e.place.name == "Puerto Quijarro" and e.fatalities and e.fatalities.low == 1 for e in out.events)


# -- a bus terminal named like a foreign city (GUIDELINES §2 place) --------------


def test_portal_de_la_resistencia_is_a_bogota_terminal_not_resistencia() -> None:
    out = extract(
        "En Bogotá, unas 300 personas se reunieron el martes en el Portal de la Resistencia y el Esmad "
        "las dispersó con gases lacrimógenos.",
        "es", date(2021, 5, 12),
    )
    assert [(e.place.country, e.place.admin1) for e in out.events] == [("CO", "Bogota, D.C.")]


# -- Mexico City's avenue and monument (GUIDELINES §2 place) ----------------------


def test_reforma_alone_is_no_chiapas_town() -> None:
    out = extract(
        "CNTE bloquea Reforma\n\nMaestros de la CNTE bloquearon el jueves el Paseo de la Reforma en la Ciudad de México.",
        "es", date(2024, 5, 17),
    )
    assert out.events and all(e.place.admin1 != "Chiapas" for e in out.events)
    assert any(e.place.admin1 == "Ciudad de Mexico" for e in out.events)


def test_angel_de_la_independencia_is_in_mexico_city() -> None:
    out = extract(
        "Unos 5 mil maestros de la CNTE marcharon el jueves desde el Ángel de la Independencia hasta el Zócalo.",
        "es", date(2024, 5, 17),
    )
    assert [(e.place.country, e.place.admin1) for e in out.events] == [("MX", "Ciudad de Mexico")]


# -- the n-th day of a strike names that day only (GUIDELINES §2 date) -----------


def test_death_on_the_ninth_day_del_paro_is_dated_that_day() -> None:
    out = extract(
        "Un manifestante murió el martes en Puyo, en el noveno día del paro.",
        "es", date(2022, 6, 22),
    )
    assert [(e.sub_type, e.date.start, e.date.end) for e in out.events] == [
        ("excessive_force", date(2022, 6, 21), date(2022, 6, 21))
    ]


def test_a_death_that_marked_the_ninth_day_is_dated_that_day() -> None:
    out = extract(
        "La muerte de un manifestante en Puyo marcó el noveno día del paro nacional. "
        "El hombre murió el martes en enfrentamientos con la policía.",
        "es", date(2022, 6, 22),
    )
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2022, 6, 21), date(2022, 6, 21))]


# -- an analysis's generalities are no events (GUIDELINES §2) ---------------------


def test_indignation_that_translated_into_blockades_is_no_event() -> None:
    out = extract(
        "En el sur andino, la indignación se tradujo en bloqueos de carreteras, tomas de aeropuertos y paros prolongados.",
        "es", date(2023, 6, 15),
    )
    assert out.events == []


def test_translated_into_blockades_on_a_day_said_is_still_an_event() -> None:
    out = extract(
        "En Puno, el descontento se tradujo el lunes 9 de enero en bloqueos de carreteras.",
        "es", date(2023, 1, 12),
    )
    assert [(e.place.admin1, e.date.start) for e in out.events] == [("Puno", date(2023, 1, 9))]


def test_blockade_used_as_a_tool_for_decades_is_no_event() -> None:
    out = extract(
        "Las comunidades campesinas han usado el bloqueo como herramienta durante décadas.",
        "es", date(2023, 6, 15),
    )
    assert out.events == []


# -- the day of what a concessive clause concedes (GUIDELINES §2 date) -----------


def test_trailing_concession_day_is_not_the_protests() -> None:
    out = extract(
        "Las movilizaciones continúan en Cali, aunque el gobierno retiró el proyecto el 2 de mayo.",
        "es", date(2021, 5, 13),
    )
    assert not any(e.date and e.date.start <= date(2021, 5, 2) for e in out.events)


def test_concession_leaves_the_protests_own_day() -> None:
    out = extract(
        "Las movilizaciones continúan este jueves en Cali, aunque el gobierno retiró el proyecto el 2 de mayo.",
        "es", date(2021, 5, 13),
    )
    assert out.events and all(e.date.end == date(2021, 5, 13) for e in out.events)


def test_leading_concession_day_is_not_the_protests() -> None:
    out = extract(
        "Aunque el gobierno retiró el proyecto el 2 de mayo, las movilizaciones continúan en Cali.",
        "es", date(2021, 5, 13),
    )
    assert not any(e.date and e.date.start <= date(2021, 5, 2) for e in out.events)


def test_march_of_a_day_inside_the_concession_keeps_its_day() -> None:
    out = extract(
        "Aunque la marcha del 2 de mayo en Cali fue pacífica, hubo tensión.",
        "es", date(2021, 5, 13),
    )
    assert [(e.place.admin1, e.date.start) for e in out.events] == [("Valle del Cauca", date(2021, 5, 2))]


def test_english_concession_day_is_not_the_protests() -> None:
    out = extract(
        "Although the government withdrew the bill on May 2, protests continue in Cali.",
        "en", date(2021, 5, 13),
    )
    assert not any(e.date and e.date.start <= date(2021, 5, 2) for e in out.events)
