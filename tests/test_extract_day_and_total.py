"""A day's toll told beside the movement's total (kipu.extract.tallies): a
superlative ranks the day in its period ("the deadliest day in a month of
unrest"), "en total" turns to the running total, and "after ..." after a
total told first is what raised it."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract
from kipu.model import Extraction

PUBLISHED = date(2023, 1, 10)  # a Tuesday: Monday is 9 January


def _out(body: str, lang: str) -> Extraction:
    return extract(body, lang, PUBLISHED)


@pytest.mark.parametrize(("lang", "body", "total"), [
    ("en", "At least 17 people were killed Monday in clashes with security forces in Juliaca, the deadliest day in a month of unrest.", None),
    ("es", "Diecisiete personas murieron el lunes en Juliaca, en la jornada más violenta de las protestas.", None),
    ("es", "Diecisiete personas murieron el lunes en Juliaca; en total, 39 personas han muerto en las protestas.", 39),
    ("en", "The death toll from the protests rose to 39 on Monday after 17 people were killed in Juliaca.", 39),
    ("es", "La cifra de muertos en las protestas subió a 39 el lunes, tras la muerte de 17 personas en Juliaca.", 39),
])
def test_the_days_toll_stays_the_incidents(lang: str, body: str, total: int | None) -> None:
    out = _out(body, lang)
    assert [e.fatalities.low for e in out.events if e.fatalities] == [17]
    assert [t.value for t in out.tallies if t.measure == "fatalities"] == ([total] if total else [])


def test_a_total_of_the_month_is_still_a_total() -> None:
    out = _out("At least 39 people have been killed in a month of unrest.", "en")
    assert not [e for e in out.events if e.fatalities] and [t.value for t in out.tallies] == [39]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "At least 17 people were killed Monday in clashes with security forces near the airport of Juliaca. "
           "The ombudsman's office said 68 people were injured, and a police officer was later burned to death in his patrol car."),
    ("es", "Al menos 17 personas murieron el lunes en enfrentamientos con las fuerzas del orden cerca del aeropuerto de Juliaca. "
           "La Defensoría informó que 68 personas resultaron heridas, y un policía fue quemado vivo en su patrullero horas después."),
])
def test_the_wounded_before_a_mobs_killing_are_the_clashes(lang: str, body: str) -> None:
    # the sentence joins the clashes' wounded to the crowd's killing of an officer: two incidents
    events = {e.sub_type: e for e in _out(body, lang).events}
    assert events["excessive_force"].injuries is not None and events["excessive_force"].injuries.low == 68
    assert events["mob_violence"].injuries is None and events["mob_violence"].fatalities.low == 1
