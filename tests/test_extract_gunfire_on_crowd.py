"""Soldiers or police firing live rounds at a crowd, told in a sentence of its
own after the protest, is lethal force at that protest."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_gunfire_at_the_crowd_makes_the_protest_excessive_force():
    text = ("Choque en Chalhuanca\n\nEl martes, cientos de comuneros bloquearon el puente de "
            "Chalhuanca. Los soldados dispararon contra la multitud con fusiles.\n")
    out = EX.extract(text, published=date(2023, 1, 5), lang="es")
    got = [(e.sub_type, "live_ammunition" in e.state_response) for e in out.events]
    assert got == [("excessive_force", True)]


def test_gunfire_at_a_lone_suspect_is_not_a_protest():
    text = ("Persecución en Chalhuanca\n\nEl martes, la policía disparó contra un sospechoso "
            "de robo que huía en moto.\n")
    out = EX.extract(text, published=date(2023, 1, 5), lang="es")
    assert [e for e in out.events if e.type == "protest"] == []
