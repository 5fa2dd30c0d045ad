"""Workers who "pararon" stopped work: "Miles de transportistas de Lima pararon el 10 de
octubre de 2024 contra la extorsión" gave no event. "Se pararon" (stood up) and "pararon
de" (stopped doing something) are other senses."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


# GUIDELINES §2: a strike is a protest form.

def test_transportistas_que_pararon_hicieron_un_paro():
    [event] = EX.extract("Miles de transportistas de Lima pararon el 10 de octubre de 2024 contra la extorsión.", published=date(2024, 10, 12), lang="es").events
    assert (event.type, event.forms, event.date.start, event.place.admin1) == ("protest", ["strike"], date(2024, 10, 10), "Lima")
    assert event.participants.low == 2000


def test_no_pararon_de_circular_no_es_un_paro():
    assert EX.extract("Los buses no pararon de circular el jueves en Lima.", published=date(2024, 10, 12), lang="es").events == []


def test_se_pararon_no_es_un_paro():
    out = EX.extract("Los manifestantes se pararon frente al Congreso el jueves.", published=date(2024, 10, 12), lang="es")
    # (a guard: the crowd at Congress stays a protest with no form, and "se pararon" adds no strike to it)
    assert [e.forms for e in out.events] == [[]]
