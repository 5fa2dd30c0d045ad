""""En lo que va del año" is the year up to the report, as "this year" is.

"En lo que va del año, los extorsionadores han asesinado a más de 15 conductores en Lima":
a running total of the year (GUIDELINES §3), not an attack on the report's day."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_the_years_dead_are_a_total_not_an_attack():
    text = (
        "Miles de conductores acataron este jueves un paro en Lima contra las extorsiones.\n\n"
        "En lo que va del año, los extorsionadores han asesinado a más de 15 conductores en Lima Metropolitana."
    )
    out = EX.extract(text, published=date(2024, 9, 26), lang="es")
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start, e.fatalities) for e in out.events] == [
        ("protest", "peaceful", "Lima", date(2024, 9, 26), None),
    ]
    assert [(t.measure, t.value, t.qualifier, t.period.start, t.period.end) for t in out.tallies] == [
        ("fatalities", 15, "more_than", date(2024, 1, 1), date(2024, 9, 26)),
    ]
