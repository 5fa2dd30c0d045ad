"""Victims' ages joined before the verb: "Dos jóvenes de 15 y 18 años murieron".

The ages stood between the people noun and the casualty verb, so the count
did not reach the verb: the two dead were lost and the two made the crowd
(participants 2). Several ages joined by a conjunction, with the age word
after the last ("de 15 y 18 años"), are ages, as one age ("de 18 años") and
"aged 15 and 18" already were."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Manifestantes tomaron ayer el aeropuerto de Andahuaylas. Dos jóvenes de 15 y 18 años murieron durante los enfrentamientos con la Policía.", "es"),
        ("Manifestantes tomaron ayer el aeropuerto de Andahuaylas. Según la Defensoría, dos jóvenes de 17 y 18 años murieron en los enfrentamientos.", "es"),
        ("Protesters stormed the Andahuaylas airport on Sunday. Two teenagers aged 15 and 18 died in clashes with police.", "en"),
    ],
)
def test_the_dead_are_counted_past_their_ages(text, lang):
    [event] = EX.extract(text, published=date(2022, 12, 12), lang=lang).events
    assert event.fatalities.value == 2
    assert event.participants is None
