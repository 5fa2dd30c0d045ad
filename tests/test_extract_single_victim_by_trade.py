"""One victim named by a compound trade noun is one death.

"A farm worker was shot dead on Tuesday night as police cleared the
Pan-American Highway in Ica": "a worker" counted one, "a farm worker" was no
single person, so the death went uncounted (fatalities null)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize("who", ["A farm worker", "A construction worker", "A truck driver", "A teacher"])
def test_one_victim_of_a_trade_is_counted(who):
    text = f"{who} was shot dead on Tuesday night as police cleared the Pan-American Highway in Ica."
    [event] = EX.extract(text, published=date(2020, 12, 2), lang="en").events
    assert (event.sub_type, event.fatalities.value) == ("excessive_force", 1)
