"""A march, then its clashes told in the next sentence, in Spanish.

"Unas cinco mil personas marcharon ayer en Cusco. Los enfrentamientos dejaron
40 heridos": "dejaron" is also the verb of a movement's running total ("Las
protestas dejaron 50 muertos"), so the 40 wounded went to a tally and the
march stayed peaceful. A clash or riot word as the subject of that verb,
right after the protest in its paragraph and with no day of its own, is the
protest turned to clashes, with its toll (as English "Clashes ... left 40
injured" already was).

"la policía lanzó bombas lacrimógenas y se produjeron enfrentamientos", with
no crowd named, was read as forces fighting an armed group and dropped:
tear gas is used on a crowd, so the clash is the crowd's."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
MARCH = "Unas cinco mil personas marcharon ayer en Cusco. "


@pytest.mark.parametrize(
    ("clash", "injured"),
    [
        ("Los enfrentamientos dejaron 40 heridos.", 40),
        ("Los enfrentamientos con la policía dejaron 40 heridos en la ciudad.", 40),
        ("La policía lanzó bombas lacrimógenas y se produjeron enfrentamientos que dejaron decenas de heridos, entre ellos veintiún policías.", 24),
    ],
)
def test_the_clash_after_a_march_is_the_march_turned_violent_with_its_wounded(clash, injured):
    out = EX.extract(MARCH + clash, published=date(2023, 1, 13), lang="es")
    assert [(e.type, e.date.start, e.place.name, e.injuries.value) for e in out.events] == [("riot", date(2023, 1, 12), "Cusco", injured)]
    assert out.tallies == []


def test_the_movements_toll_stays_a_total():
    out = EX.extract(MARCH + "Las protestas dejaron 50 muertos desde diciembre.", published=date(2023, 1, 13), lang="es")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 50)]
    assert [e.fatalities for e in out.events] == [None]


def test_tear_gas_and_clashes_with_no_crowd_named_are_a_crowds_clash():
    text = "En Cusco, la policía lanzó bombas lacrimógenas ayer y se produjeron enfrentamientos que dejaron decenas de heridos."
    [event] = EX.extract(text, published=date(2023, 1, 13), lang="es").events
    assert (event.type, event.place.name, event.injuries.value) == ("riot", "Cusco", 24)


def test_forces_fighting_an_armed_group_stay_no_protest():
    text = "En el VRAEM, militares y miembros de Sendero Luminoso se enfrentaron ayer y murieron dos soldados."
    assert EX.extract(text, published=date(2023, 1, 13), lang="es").events == []
