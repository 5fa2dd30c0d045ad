"""Rules that close gaps listed under "Known weaknesses" in docs/evaluation.md:
a running total of arrests that is no raid of its own, killers who are not
the state, a death toll that belongs to the crowd's victim, a blockade whose
length is stated, and places that only name an organisation or a background."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date, lang: str):
    return EX.extract("Titular\n\n" + text + "\n", published=published, lang=lang).events


# A sentence whose only arrest figure is the campaign's running total tells
# that total (a tally), not a further wave of arrests on its day.

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Los agentes detuvieron el martes a varios manifestantes durante la marcha en Arequipa. "
         "En total, 31 personas fueron detenidas desde el inicio de las movilizaciones.", "es"),
        ("Officers detained several marchers in Arequipa on Tuesday. "
         "In total, 31 people were arrested since the start of the protests.", "en"),
    ],
)
def test_an_arrests_total_is_no_arrests_event(text, lang):
    out = EX.extract("Titular\n\n" + text + "\n", published=date(2023, 3, 8), lang=lang)
    assert [e.type for e in out.events] == ["protest"]
    assert [t.measure for t in out.tallies] == ["arrests"]


def test_a_raid_that_adds_to_the_total_stays_an_event():
    text = "Police arrested 30 union leaders in raids on Tuesday, bringing to 120 the number arrested since December."
    types = [e.type for e in _events(text, date(2023, 3, 8), "en")]
    assert types == ["strategic_development"]
