"""A number right after an arrest verb is the arrested even when a casualty verb is
told earlier in the sentence ("40 agentes resultaron heridos y se detuvo a 20
personas"): the nearest casualty verb before the number governs it, not the first
(counts._casualty_verb_before made the 20 more wounded, then dropped them)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_twenty_detained_after_forty_wounded() -> None:
    body = "En Juliaca, 40 agentes resultaron heridos y se detuvo a 20 personas el viernes."
    rows = [(e.type, e.sub_type, e.date.start, e.place.name, e.injuries.value, e.arrests.value) for e in events(body, "es", date(2022, 12, 17))]
    assert rows == [("strategic_development", "arrests", date(2022, 12, 16), "Juliaca", 40, 20)]
