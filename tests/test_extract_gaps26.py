"""Probe gaps26 (stop 26): constructions a probe of short articles found unread.

- "La Policía detuvo el jueves en Lima a 8 manifestantes": the day and place told
  between the arrest verb and its object cut the count from the verb.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

_X = Extractor()


def _events(text: str, published: date, lang: str):
    return _X.extract(text, published=published, lang=lang).events


# GUIDELINES §2 counts: the arrested are counted even with a day and a place told before them
def test_arrests_over_a_day_and_place_between_verb_and_object():
    (e,) = _events("La Policía detuvo el jueves en Lima a 8 manifestantes por disturbios durante la marcha.", date(2023, 1, 20), "es")
    assert (e.type, e.sub_type) == ("protest", "intervention")
    assert e.arrests.low == 8 and e.arrests.qualifier == "exact"
    assert e.participants is None
    assert e.place.admin1 == "Lima" and e.date.start == date(2023, 1, 19)


def test_arrests_over_a_place_and_day_with_qualifier():
    (e,) = _events("La Policía arrestó en Arequipa el lunes a más de 20 estudiantes que tomaron la universidad.", date(2023, 1, 20), "es")
    assert e.arrests.low == 20 and e.arrests.qualifier == "more_than"
    assert e.place.admin1 == "Arequipa"


def test_a_clause_between_verb_and_crowd_keeps_the_crowd():
    (e,) = _events("La Policía detuvo el jueves en Lima a su líder, y 300 manifestantes marcharon.", date(2023, 1, 20), "es")
    assert e.arrests is None and e.participants.low == 300
