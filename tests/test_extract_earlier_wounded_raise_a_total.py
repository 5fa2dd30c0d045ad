"""A live blog's update "The ombudsman's office has raised the national death
toll to 47 after a protester wounded in Juliaca died in hospital in Arequipa"
made an excessive-force event in Juliaca on the update's day, which then took
in the morning's peaceful roadblock in Juliaca. The death of one hurt at an
earlier incident whose day is not told is what raised the running total: the
total is a tally, the death no incident of that day (a wounding's day told,
"herido el martes en Juliaca", still dates that clash: see
test_extract_ended_and_raised)."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "LIVE: Peru protests\n\n9:00 a.m. - Residents blocked the road to the airport in Juliaca.\n\n"
            "1:15 p.m. - The ombudsman's office has raised the national death toll to 47 after a protester "
            "wounded in Juliaca died in hospital in Arequipa.",
            "en",
        ),
        (
            "Los pobladores bloquearon la vía al aeropuerto en Juliaca. La Defensoría elevó a 47 la cifra de "
            "fallecidos, luego de que un manifestante herido en Juliaca murió en un hospital de Arequipa.",
            "es",
        ),
    ],
)
def test_the_roadblock_stays_peaceful_and_the_total_is_a_tally(text, lang):
    out = EX.extract(text, published=date(2023, 1, 20), lang=lang)
    assert [(e.sub_type, e.place.name, e.date.start) for e in out.events] == [("peaceful", "Juliaca", date(2023, 1, 20))]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 47)]
