"""Deaths of another era's protests, recalled with their month and year, are
neither an event nor a running total of this article."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_toll_of_protests_years_ago_is_not_a_tally():
    text = ("Marcha en Lima\n\nEl martes, cientos de estudiantes marcharon por el Centro de Lima. "
            "El colectivo recordó que en marzo de 2018 tres jóvenes murieron durante las protestas "
            "contra la reforma universitaria.\n")
    out = EX.extract(text, published=date(2023, 5, 10), lang="es")
    assert out.tallies == []
