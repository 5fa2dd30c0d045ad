"""What a blockade caused is no incident of its own.

"The blockades have caused fuel and food shortages in La Paz and Santa Cruz"
(Bolivia, November 2024) made a protest on the report's day, beside the
three-week run the article's lead had already told; a loss ("have caused
losses") was already no event (GUIDELINES §2: figures that are no events).
Shortages caused are the same kind of consequence."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The blockades have caused fuel and food shortages in La Paz and Santa Cruz.", "en"),
        ("Los bloqueos han causado desabastecimiento de combustible en La Paz y Santa Cruz.", "es"),
    ],
)
def test_shortages_caused_are_no_event(text, lang):
    assert EX.extract(text, published=date(2024, 11, 3), lang=lang).events == []


def test_a_blockade_on_its_day_is_still_one():
    text = "Supporters of Evo Morales blocked the highway near Parotani on Friday, causing shortages in La Paz."
    [event] = EX.extract(text, published=date(2024, 11, 3), lang="en").events
    assert (event.type, event.date.start) == ("protest", date(2024, 11, 1))
