"""Tenth Spanish probe: 10 articles of my own in the styles of the outlets that
cover Peru's protests most (a La República chronicle of Macusani, an Infobae
"¿Qué pasó?" note on the officer burned in Juliaca and the Ilave blockades, an
RPP breaking note on Chala, a Servindi note on Pichanaki, an El Comercio
analysis of Andahuaylas and Huancavelica, a Wayka-style investigation of Víctor
Santisteban's death, an EFE cable on Cusco's airport, an Andina note on the 2024
strikes against extortion, a Europa Press cable on Ecuador 2019 and a note on
Sacaba and Senkata).

What it found and what these tests hold:
- "la Defensoría ha cifrado en ocho los fallecidos, 1.340 los heridos y 1.192
  los detenidos durante las once jornadas de protestas" was one incident's toll:
  "jornadas de protesta" count a run's days as "días de paro" do;
- "Al cierre de diciembre, la Defensoría contabilizaba 22 fallecidos en los
  enfrentamientos a nivel nacional" was a nationwide December incident: the
  register's verb in the imperfect ("contabilizaba") was unknown;
- "En Huancavelica, la situación fue distinta. Los gremios de la región [...]
  marcharon en la capital regional" placed the march in Abancay, the seat of
  the story's anchor (Apurímac): the region the paragraph just turned to comes
  first;
- "No se registraron muertes, pero la Policía detuvo a 12 personas" made the
  arrests a running total: a register's verb inside a denial registers nothing.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


# -- a run counted in "jornadas" (GUIDELINES §3) ---------------------------------


def test_toll_over_eleven_jornadas_of_protest_is_a_tally() -> None:
    out = extract(
        "La Defensoría del Pueblo ha cifrado en 1.340 los heridos y 1.192 los detenidos durante "
        "las once jornadas de protestas contra el decreto.",
        "es", date(2019, 10, 14),
    )
    assert {(t.measure, t.value) for t in out.tallies} >= {("injuries", 1340), ("arrests", 1192)}
    assert not any(e.injuries or e.arrests for e in out.events)


# -- a register's count in the imperfect (GUIDELINES §3) -------------------------


def test_register_counting_in_the_imperfect_is_a_tally() -> None:
    out = extract(
        "Al cierre de diciembre, la Defensoría del Pueblo contabilizaba 22 fallecidos en los "
        "enfrentamientos a nivel nacional.",
        "es", date(2023, 1, 5),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 22)]
    assert not any(e.fatalities for e in out.events)


# -- "la capital regional" of the region the paragraph turned to (GUIDELINES §2 place) --


def test_regional_capital_is_the_seat_of_the_region_just_named_in_the_paragraph() -> None:
    out = extract(
        "En Andahuaylas, en Apurímac, dos jóvenes murieron el 11 de diciembre en enfrentamientos con la Policía.\n\n"
        "En Huancavelica, la situación fue distinta. Los gremios de la región acataron un paro "
        "el 15 y 16 de diciembre, con marchas en la capital regional.",
        "es", date(2023, 1, 5),
    )
    strike = next(e for e in out.events if e.date and e.date.start == date(2022, 12, 15))
    assert strike.place is not None
    assert (strike.place.name, strike.place.admin1) == ("Huancavelica", "Huancavelica")


# -- a denial's verb is no register (GUIDELINES §3) ------------------------------


def test_arrests_beside_a_denied_toll_are_the_incidents() -> None:
    out = extract(
        "Los gremios de Huancavelica acataron un paro el 15 de diciembre. "
        "No se registraron muertes, pero la Policía detuvo a 12 personas.",
        "es", date(2022, 12, 17),
    )
    assert not out.tallies
    strike = out.events[0]
    assert strike.arrests is not None and strike.arrests.low == 12
    assert (strike.type, strike.sub_type) == ("protest", "intervention")
