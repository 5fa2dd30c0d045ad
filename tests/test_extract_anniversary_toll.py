"""A march on an anniversary names the dead of the day it remembers; that
toll is not this march's, and the march is not lethal force."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_anniversary_march_does_not_take_the_remembered_deaths():
    text = ("Memoria en Andahuaylas\n\nDeudos y vecinos caminaron este domingo por el centro de "
            "Andahuaylas, al cumplirse un año de la tarde en que murieron seis jóvenes durante "
            "las protestas.\n")
    out = EX.extract(text, published=date(2023, 12, 10), lang="es")
    got = [(e.sub_type, e.fatalities) for e in out.events]
    assert got == [("peaceful", None)]


def test_english_anniversary_march_does_not_take_the_remembered_deaths():
    text = ("Remembering in Andahuaylas\n\nHundreds of residents marched through Andahuaylas on "
            "Sunday on the first anniversary of the afternoon six young men were killed in the "
            "protests.\n")
    out = EX.extract(text, published=date(2023, 12, 10), lang="en")
    got = [(e.sub_type, e.fatalities) for e in out.events]
    assert got == [("peaceful", None)]
