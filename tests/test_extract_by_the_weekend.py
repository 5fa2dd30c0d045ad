""""By the weekend" after the days an article tells.

"On Monday, January 9, protesters blocked the road to the airport in Juliaca. By
the weekend, the blockades had spread to Ilave" dated the spread to the weekend
before publication (21-22 January in an article of the 25th), read as "the
weekend" of the report's week. After a day told, "by the weekend" / "para el fin
de semana" is reached from that day, as "that weekend" is (dates.yaml
``anchor_weekend``): Saturday 14 and Sunday 15 January."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 1, 25)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "On Monday, January 9, protesters blocked the road to the airport in Juliaca. "
           "By the weekend, the blockades had spread to Ilave and Juli."),
    ("es", "El lunes 9 de enero, los manifestantes bloquearon la vía al aeropuerto de Juliaca. "
           "Para el fin de semana, los bloqueos se habían extendido a Ilave y Juli."),
])
def test_by_the_weekend_is_reached_from_the_day_told(lang: str, body: str) -> None:
    found = {e.place.name: (e.date.start, e.date.end) for e in events(body, lang, PUBLISHED)}
    assert found["Ilave"] == (date(2023, 1, 14), date(2023, 1, 15))
    assert date(2023, 1, 9) in {start for start, _ in found.values()}
