"""Probe gaps29: counts since a measure took effect, ...

What the probe found:
- "Desde que se declaró el estado de emergencia en Lima, el 27 de setiembre, se
  han detenido a 1.450 personas" and "Since the state of emergency took effect on
  September 27, police have arrested 1,450 people" put the 1,450 arrests on the
  state-of-emergency event of 27 September: the day a measure took effect, named
  in a "since" clause, opens the period of a running total (GUIDELINES §3), as
  "desde que comenzó el paro, el 28 de abril" already did.
"""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str):
    return EX.extract(text, published=published, lang=lang)


def _arrest_tally(out, value: int, start: date) -> bool:
    return any(t.measure == "arrests" and t.value == value and t.period is not None and t.period.start == start for t in out.tallies)


# -- 1. a count since a measure took effect is a total from that day (GUIDELINES §3)

def test_arrests_since_state_of_emergency_declared_es() -> None:
    text = ("Transportistas bloquearon vías en Lima el lunes. Desde que se declaró el estado de emergencia en Lima, "
            "el 27 de setiembre, se han detenido a 1.450 personas.")
    out = _run(text, date(2022, 10, 20), "es")
    assert _arrest_tally(out, 1450, date(2022, 9, 27))
    assert not any(e.arrests is not None for e in out.events)


def test_arrests_since_state_of_emergency_took_effect_en() -> None:
    text = ("Truckers blocked roads in Lima on Monday. Since the state of emergency took effect on September 27, "
            "police have arrested 1,450 people in Lima, officials said.")
    out = _run(text, date(2022, 10, 20), "en")
    assert _arrest_tally(out, 1450, date(2022, 9, 27))
    assert not any(e.arrests is not None for e in out.events)


def test_detained_since_curfew_entered_into_force_es() -> None:
    text = "Desde que entró en vigor el estado de emergencia en Puno, el 14 de enero, la policía ha detenido a 230 personas."
    out = _run(text, date(2023, 1, 20), "es")
    assert _arrest_tally(out, 230, date(2023, 1, 14))
    assert not any(e.arrests is not None for e in out.events)


def test_detained_since_declaration_of_curfew_es() -> None:
    text = "Desde la declaratoria del toque de queda en Puno, el 14 de enero, han sido detenidas 230 personas."
    out = _run(text, date(2023, 1, 20), "es")
    assert _arrest_tally(out, 230, date(2023, 1, 14))
    assert not any(e.arrests is not None for e in out.events)
