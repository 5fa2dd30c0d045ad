"""A crowd named by its home ("comuneros de Chumbivilcas", "protesters from
Juliaca") that marched in another place of the same region was placed at its
home: the most precise place of each region is kept first (Chumbivilcas, a
province, over Cusco, the department), and the crowd's home was dropped only
between regions after that (kipu.extract.arrival.without_origins). The home
is now dropped before, when the crowd's own verb follows it and a place told
as a location comes after (kipu.extract.arrival.without_crowds_homes); a
place glossing the home with no verb between ("de Ilave, en Puno,"), or a
more precise place of the march ("en Santo Tomás"), still stands."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events, one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("lang", "body", "where"), [
    ("es", "Comuneros de Chumbivilcas marcharon en Cusco el lunes.", ("Cusco", "department")),
    ("es", "Manifestantes de Juliaca marcharon en Puno el lunes.", ("Puno", "department")),
    ("en", "Protesters from Juliaca marched in Puno on Monday.", ("Puno", "department")),
])
def test_the_crowds_home_is_not_where_it_marched(lang: str, body: str, where: tuple[str, str]) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.precision) == where


@pytest.mark.parametrize(("body", "name"), [
    ("Pobladores de Ilave, en Puno, bloquearon la vía el lunes.", "Ilave"),
    ("Comuneros de Chumbivilcas bloquearon la vía en Santo Tomás el lunes.", "Santo Tomás"),
    ("Pobladores de Ilave bloquearon el puente el lunes.", "Ilave"),
    # the region told after a comma is the strike's, not the blockade's: the villagers blocked at home
    ("Los pobladores de Santa Rosa, en El Collao, bloquearon la carretera el lunes, en el tercer día del paro regional en Puno.", "Santa Rosa"),
])
def test_a_gloss_or_a_more_precise_scene_stays(body: str, name: str) -> None:
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.precision) == (name, "district")


@pytest.mark.parametrize(("body", "admin1s"), [
    # the region glossing the home is their home too, not a second scene
    ("Comuneros de Ilave, en Puno, marcharon en Lima el lunes.", ["Lima"]),
    ("Comuneros de Cotabambas (Apurímac) bloquearon la vía en Chumbivilcas el lunes.", ["Cusco"]),
    # a place told in another clause is a detail: the strike is where the strikers are
    ("Los transportistas de Lima y Callao acataron un paro el jueves; en San Juan de Lurigancho casi no circularon combis.", ["Callao", "Lima"]),
])
def test_a_glossed_home_or_a_detail_in_another_clause(body: str, admin1s: list[str]) -> None:
    assert sorted(e.place.admin1 for e in events(body, "es", PUBLISHED) if e.place is not None) == admin1s
