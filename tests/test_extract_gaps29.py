"""Probe gaps29: counts since a measure took effect, ...

What the probe found:
- "Desde que se declaró el estado de emergencia en Lima, el 27 de setiembre, se
  han detenido a 1.450 personas" and "Since the state of emergency took effect on
  September 27, police have arrested 1,450 people" put the 1,450 arrests on the
  state-of-emergency event of 27 September: the day a measure took effect, named
  in a "since" clause, opens the period of a running total (GUIDELINES §3), as
  "desde que comenzó el paro, el 28 de abril" already did.
- "Police have arrested 38 people during the three transport strikes that
  paralysed Lima and Callao since October" made strike events in Lima and Callao
  on the report's day: the strikes, counted by number after "during the", are
  the span of the total, no new incidents.
- "Miles de manifestantes marcharon el miércoles; hubo tres fallecidos en Huancayo
  y dos en Trujillo" gave Trujillo 2 participants: the bare "dos" took the
  measure of the first count of the clause before (the marchers), not of the
  count told last (the dead).
- "Thousands of protesters marched on Wednesday. Three people were killed in Junín
  and two in La Libertad" (and "Se reportaron tres fallecidos en Junín y dos en La
  Libertad") made a running total of 3 and lost the 2: a count told region by
  region, with no period, is each region's incident toll.
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


# -- 2. actions named by their number as a total's span are no incidents of the day (GUIDELINES §3)

def test_arrests_during_three_strikes_since_october_en() -> None:
    text = ("Police have arrested 38 people during the three transport strikes that paralysed Lima and Callao "
            "since October, according to figures released on Friday.")
    out = _run(text, date(2023, 11, 24), "en")
    assert out.events == []
    assert _arrest_tally(out, 38, date(2023, 10, 1))


def test_arrests_during_three_stoppages_since_october_es() -> None:
    text = ("La Policía ha detenido a 38 personas durante los tres paros de transportistas que paralizaron Lima y Callao "
            "desde octubre, según cifras difundidas el viernes.")
    out = _run(text, date(2023, 11, 24), "es")
    assert out.events == []
    assert _arrest_tally(out, 38, date(2023, 10, 1))


def test_strike_of_the_day_stays_beside_the_total_en() -> None:
    text = ("Transport workers went on strike again in Lima on Thursday. Police have arrested 38 people during "
            "the three transport strikes since October.")
    out = _run(text, date(2023, 11, 24), "en")
    assert [(e.sub_type, e.date.start, e.place.admin1) for e in out.events] == [("peaceful", date(2023, 11, 23), "Lima")]
    assert _arrest_tally(out, 38, date(2023, 10, 1))


# -- 3. a bare number after a list's count takes the measure told last (GUIDELINES §2: each region its own count)

def _by_place(out):
    return {e.place.name: (e.fatalities.low if e.fatalities else None, e.participants.low if e.participants else None) for e in out.events}


def test_two_in_trujillo_are_dead_not_marchers_es() -> None:
    text = "Miles de manifestantes marcharon el miércoles; hubo tres fallecidos en Huancayo y dos en Trujillo."
    out = _run(text, date(2023, 1, 12), "es")
    got = _by_place(out)
    assert got["Huancayo"][0] == 3 and got["Trujillo"] == (2, None)


def test_two_in_la_libertad_are_dead_not_marchers_es() -> None:
    text = "Miles de manifestantes marcharon el miércoles, con tres fallecidos en Junín y dos en La Libertad."
    out = _run(text, date(2023, 1, 12), "es")
    got = _by_place(out)
    assert got["Junín"][0] == 3 and got["La Libertad"] == (2, None)


def test_two_in_la_libertad_are_dead_not_marchers_en() -> None:
    text = "Thousands of protesters marched on Wednesday, with three dead in Junín and two in La Libertad."
    out = _run(text, date(2023, 1, 12), "en")
    got = _by_place(out)
    assert got["Junín"][0] == 3 and got["La Libertad"] == (2, None)


def test_dead_region_by_region_after_the_day_en() -> None:
    text = "Thousands of protesters marched on Wednesday. Three people were killed in Junín and two in La Libertad, the ombudsman said."
    out = _run(text, date(2023, 1, 12), "en")
    got = _by_place(out)
    assert got["Junín"][0] == 3 and got["La Libertad"][0] == 2
    assert all(e.date.start == date(2023, 1, 11) for e in out.events)
    assert not any(t.measure == "fatalities" for t in out.tallies)


def test_dead_region_by_region_after_the_day_es() -> None:
    text = "Miles de manifestantes marcharon en el centro del país el miércoles. Se reportaron tres fallecidos en Junín y dos en La Libertad."
    out = _run(text, date(2023, 1, 12), "es")
    got = _by_place(out)
    assert got["Junín"][0] == 3 and got["La Libertad"][0] == 2
    assert not any(t.measure == "fatalities" for t in out.tallies)


def test_total_broken_down_by_region_stays_a_total_es() -> None:
    # GUIDELINES §3: "la cifra ... llegó a 28" is the movement's total; its regions are its breakdown
    text = "La cifra de muertos en las protestas llegó a 28: 20 en Puno y 8 en Ayacucho."
    out = _run(text, date(2023, 1, 12), "es")
    assert out.events == []
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 28)]


def test_arrests_during_three_strikes_no_day_en() -> None:
    # GUIDELINES §3: a count over several actions named by their number is their total, with no day of its own
    text = "Police have arrested 38 people during the three transport strikes that paralysed Lima and Callao."
    out = _run(text, date(2023, 11, 24), "en")
    assert out.events == []
    assert [(t.measure, t.value) for t in out.tallies] == [("arrests", 38)]


def test_arrests_during_three_stoppages_no_day_es() -> None:
    text = "La Policía ha detenido a 38 personas durante los tres paros de transportistas que paralizaron Lima y Callao."
    out = _run(text, date(2023, 11, 24), "es")
    assert out.events == []
    assert [(t.measure, t.value) for t in out.tallies] == [("arrests", 38)]


def test_arrests_during_one_strike_of_a_day_stay_its_own_en() -> None:
    text = "Police arrested 12 people during the strike in Lima on Thursday."
    out = _run(text, date(2023, 11, 24), "en")
    assert [(e.date.start, e.place.admin1, e.arrests.low) for e in out.events] == [(date(2023, 11, 23), "Lima", 12)]
    assert out.tallies == []
