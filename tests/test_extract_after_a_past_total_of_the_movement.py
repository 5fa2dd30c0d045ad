"""Right after a total over months long past, an undated sentence of its paragraph tells of those months.

"The protests of December 2022 and January 2023 left 49 civilians dead ... A police officer
was also killed, burned inside his patrol car in Juliaca", in September: the officer's death
is of that period (GUIDELINES §2 date: the days the article supports), not of the report's day.
The kin's vigil "in the city's main square" is in the town they name, Juliaca; unions
"debating" a strike hold none."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()

TEXT = (
    "Relatives of the 18 people killed in Juliaca on January 9 held a vigil in the city's main square on Wednesday.\n\n"
    "The protests of December 2022 and January 2023 left 49 civilians dead in clashes with security forces, the ombudsman's "
    "office says. A police officer was also killed, burned inside his patrol car in Juliaca.\n\n"
    "Unions in Puno are debating an indefinite regional strike."
)


def test_the_officer_killed_in_the_period_of_the_total():
    out = EX.extract(TEXT, published=date(2023, 9, 14), lang="en")
    assert sorted(
        (e.type, e.sub_type, e.forms, e.date.start, e.date.end, e.place.name, e.fatalities.value if e.fatalities else None) for e in out.events
    ) == [
        ("protest", "excessive_force", [], date(2023, 1, 9), date(2023, 1, 9), "Juliaca", 18),
        ("protest", "peaceful", ["vigil"], date(2023, 9, 13), date(2023, 9, 13), "Juliaca", None),
        ("riot", "mob_violence", [], date(2022, 12, 1), date(2023, 1, 31), "Juliaca", 1),
    ]
    assert [(t.measure, t.value, t.period.start, t.period.end) for t in out.tallies] == [
        ("fatalities", 49, date(2022, 12, 1), date(2023, 1, 31)),
    ]


def test_a_strike_debated_is_no_event():
    text = "Unions in Puno are debating an indefinite regional strike."
    assert EX.extract(text, published=date(2023, 9, 14), lang="en").events == []
    assert EX.extract("Los gremios de Puno debaten un paro regional indefinido.", published=date(2023, 9, 14), lang="es").events == []
