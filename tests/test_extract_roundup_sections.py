"""A regional roundup's sections, each opening with its country's name ("Bolivia: ...",
"Ecuador — ...") or under a heading naming it ("ECUADOR"): the section's undated news is
that country's, not another country named in passing (it had been dropped as foreign
background), and it is not of the day the lead told of another country (a roundup's
Bolivian paragraph had taken the Peruvian paragraph's Monday)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()

ROUNDUP = (
    "ANDEAN WEEK IN REVIEW\n\n"
    "Peru{sep}On Monday, thousands of farmers blocked the highway between Juliaca and Puno to demand the "
    "release of their leaders. Police cleared the road with tear gas.\n\n"
    "Bolivia{sep}Supporters of former president Evo Morales kept up their blockades of the roads into "
    "Cochabamba, now in their third week. Police arrested 15 people near Parotani.\n\n"
    "Ecuador{sep}Indigenous groups marched in Quito against fuel prices."
)


# GUIDELINES §2 place and date: each section's incident where and when its section tells it.

@pytest.mark.parametrize("sep", [": ", " — "])
def test_each_country_section_keeps_its_news_and_not_the_leads_day(sep):
    out = EX.extract(ROUNDUP.format(sep=sep), published=date(2024, 11, 1), lang="en")
    got = [(e.place.country, e.place.admin1, e.date.start, e.date.end) for e in out.events]
    assert got == [
        ("PE", "Puno", date(2024, 10, 28), date(2024, 10, 28)),
        # "now in their third week", told in a report of 1 November
        ("BO", "Cochabamba", date(2024, 10, 18), date(2024, 11, 1)),
        ("EC", "Pichincha", date(2024, 11, 1), date(2024, 11, 1)),
    ]
    assert out.events[1].arrests.value == 15


def test_a_country_heading_over_its_section_keeps_the_sections_march():
    text = (
        "ANDEAN WEEK IN REVIEW\n\nPERU\n\nOn Monday, thousands of farmers blocked the highway between Juliaca and Puno.\n\n"
        "ECUADOR\n\nIndigenous groups marched in Quito against fuel prices."
    )
    out = EX.extract(text, published=date(2024, 11, 1), lang="en")
    assert [(e.place.country, e.date.start) for e in out.events] == [("PE", date(2024, 10, 28)), ("EC", date(2024, 11, 1))]


def test_resumen_regional_con_secciones_por_pais():
    text = (
        "RESUMEN ANDINO\n\n"
        "Perú: El lunes, miles de agricultores bloquearon la carretera entre Juliaca y Puno.\n\n"
        "Bolivia: Seguidores de Evo Morales mantienen los bloqueos de las rutas hacia Cochabamba.\n\n"
        "Ecuador: Organizaciones indígenas marcharon en Quito contra el alza de los combustibles."
    )
    out = EX.extract(text, published=date(2024, 11, 1), lang="es")
    got = [(e.place.country, e.date.start) for e in out.events]
    assert got == [("PE", date(2024, 10, 28)), ("BO", date(2024, 11, 1)), ("EC", date(2024, 11, 1))]


def test_another_country_named_in_passing_is_still_background():
    # (no section: "as in Ecuador" is a comparison, not news)
    text = (
        "On Monday, thousands of farmers blocked the highway between Juliaca and Puno. "
        "Indigenous groups have marched in Quito against fuel prices for years."
    )
    out = EX.extract(text, published=date(2024, 11, 1), lang="en")
    assert [e.place.country for e in out.events] == ["PE"]
