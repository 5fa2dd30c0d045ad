"""The months a running count covers ("entre enero y septiembre de este año se
han registrado más de 17 mil denuncias por extorsión"), told with no incident
word, date that count only: the state measure told next in the paragraph ("El
Gobierno prorrogó el estado de emergencia") had taken January to September as
its own days."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()

TEXT = """Miles de transportistas marcharon este miércoles 23 de octubre por el Centro de Lima contra la extorsión y el sicariato.

Según la Policía, entre enero y septiembre de este año se han registrado más de 17 mil denuncias por extorsión a nivel nacional. El Gobierno prorrogó el estado de emergencia en 14 distritos de Lima y uno del Callao."""


def test_the_measure_keeps_the_storys_day():
    out = EX.extract(TEXT, published=date(2024, 10, 24), lang="es")
    assert [(e.type, e.sub_type, e.date.start, e.date.end) for e in out.events] == [
        ("protest", "peaceful", date(2024, 10, 23), date(2024, 10, 23)),
        ("strategic_development", "state_measure", date(2024, 10, 23), date(2024, 10, 23)),
    ]
    assert [(t.measure, t.value, t.period.start, t.period.end) for t in out.tallies] == [
        ("extortion_cases", 17000, date(2024, 1, 1), date(2024, 9, 30)),
    ]
