"""Two ways a list of regions' dead was lost.

A count with no noun as the subject of a death verb ("Seventeen died in
Juliaca and one in Cusco") counted no people, so the dead were no crowd's
toll and the sentence gave no event. A region's elided count told after a
date of its own ("El 9 de enero murieron 18 personas en Juliaca y el 15 de
diciembre 10 en Huamanga") was not cut off as its own clause (a clause had to
open with the number), so both counts were lost and Huamanga took 9 January;
with a comma after the date, the date went to Juliaca's clause."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _tolls(text: str, lang: str, published: date) -> list[tuple]:
    out = EX.extract(text, published=published, lang=lang)
    return sorted((e.place.name, e.date.start, e.fatalities.low if e.fatalities else None, e.sub_type) for e in out.events)


def test_a_bare_count_of_the_dead_is_a_crowds_toll():
    text = "LIMA, Jan 10 (Reuters) - Protests against President Dina Boluarte went on in the south on Monday. Seventeen died in Juliaca and one in Cusco."
    assert _tolls(text, "en", date(2023, 1, 10)) == [
        ("Cusco", date(2023, 1, 9), 1, "excessive_force"),
        ("Juliaca", date(2023, 1, 9), 17, "excessive_force"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Las protestas contra Boluarte dejaron decenas de muertos. El 9 de enero murieron 18 personas en Juliaca y el 15 de diciembre 10 en Huamanga.", "es"),
        ("Las protestas contra Boluarte dejaron decenas de muertos. El 9 de enero murieron 18 personas en Juliaca y el 15 de diciembre, 10 en Huamanga.", "es"),
        ("Protests against Boluarte left dozens dead. Eighteen died in Juliaca on January 9 and on December 15 ten in Huamanga.", "en"),
    ],
)
def test_a_regions_elided_count_after_its_own_date(text, lang):
    assert _tolls(text, lang, date(2023, 1, 20)) == [
        ("Huamanga", date(2022, 12, 15), 10, "excessive_force"),
        ("Juliaca", date(2023, 1, 9), 18, "excessive_force"),
    ]
