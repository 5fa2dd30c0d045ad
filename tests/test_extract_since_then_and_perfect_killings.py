"""Gaps left from stop 26's articles and new probes of stop 27: "Since then," opening
a paragraph counts from the day the sentence before it told (even as backstory, in
the paragraph before), not from the lead's day; and the Spanish perfect of the
killing verb ("las fuerzas del orden han matado a 28 personas") is a death count,
and a running total, as "have killed" is in English, not a crowd of 28."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


# GUIDELINES §3: a tally's period runs from the day it counts from to the report.

def test_since_then_in_a_new_paragraph_counts_from_the_day_told_before_it():
    text = (
        "LIMA — Protesters blocked the Panamericana Sur highway near Ica on Tuesday.\n\n"
        "The protests began on 7 December, when Congress removed Pedro Castillo from office.\n\n"
        "Since then, security forces have killed 28 people in clashes across the south of the country."
    )
    out = _run(text, date(2022, 12, 21))
    [tally] = out.tallies
    assert (tally.measure, tally.value) == ("fatalities", 28)
    assert (tally.period.start, tally.period.end) == (date(2022, 12, 7), date(2022, 12, 21))
    assert [(e.date.start, e.fatalities) for e in out.events] == [(date(2022, 12, 20), None)]


def test_desde_entonces_cuenta_desde_el_dia_del_parrafo_anterior():
    text = (
        "Miles de manifestantes marcharon en Lima el martes contra el gobierno.\n\n"
        "Las protestas empezaron el 7 de diciembre.\n\n"
        "Desde entonces, las fuerzas del orden han matado a 28 personas en enfrentamientos en el sur del país."
    )
    out = _run(text, date(2022, 12, 21), "es")
    [tally] = out.tallies
    assert (tally.measure, tally.value) == ("fatalities", 28)
    assert tally.period.start == date(2022, 12, 7)
    # the march is no riot with a crowd of 28: the 28 are the dead of the whole wave
    [event] = out.events
    assert (event.type, event.place.name, event.date.start) == ("protest", "Lima", date(2022, 12, 20))
    assert event.participants.low == 2000 and event.fatalities is None


def test_since_then_counts_from_the_last_day_told_not_the_first():
    text = (
        "Protests began in Andahuaylas on 10 December. Two days later, police shot dead two teenagers there.\n\n"
        "Since then, at least 20 people have been killed, according to the ombudsman."
    )
    out = _run(text, date(2022, 12, 20))
    [tally] = out.tallies
    assert tally.value == 20 and tally.period.start == date(2022, 12, 12)


# GUIDELINES §2 counts: the perfect of "matar" counts the dead as the preterite does.

def test_ha_matado_a_es_un_conteo_de_muertos_y_un_total():
    out = _run("Durante las protestas, la policía ha matado a 17 personas.", date(2023, 1, 11), "es")
    assert out.events == []
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 17)]


def test_han_matado_a_desde_diciembre_es_un_total_del_periodo():
    out = _run("Las fuerzas del orden han matado a 28 personas en enfrentamientos desde diciembre.", date(2022, 12, 21), "es")
    assert out.events == []
    [tally] = out.tallies
    assert (tally.value, tally.period.start) == (28, date(2022, 12, 1))


def test_mato_a_in_the_preterite_stays_the_days_toll():
    out = _run("Durante las protestas en Juliaca, la policía mató a 17 personas el lunes.", date(2023, 1, 11), "es")
    assert [(e.sub_type, e.date.start, e.fatalities.value) for e in out.events] == [("excessive_force", date(2023, 1, 9), 17)]
    assert out.tallies == []
