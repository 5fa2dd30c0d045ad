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
  Chiapas town: the monument stands in Mexico City.
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
