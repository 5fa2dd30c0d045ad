"""An opinion piece two years on (self-written, on the Ayacucho killings of
15 December 2022) tells the day over two sentences: "Two years ago this
week, soldiers opened fire at the airport in Ayacucho. Ten people died on
December 15, 2022, among them a 15-year-old boy." Neither sentence alone
reported it (live rounds at a place with no crowd named; deaths with no
incident word), and a week recalled two years back was background even when
deadly. Now state forces' live fire whose dead the next sentence of its
paragraph counts, in an article about protests, is lethal force at a
protest; the dead and their day come from that next sentence; and a deadly
week is recalled as long as a deadly day."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

OPED = (
    "Peru cannot move on until it names those who ordered the killings of protesters.\n\n"
    "Two years ago this week, soldiers opened fire at the airport in Ayacucho. Ten people died on December 15, 2022, "
    "among them a 15-year-old boy. I remember the photographs: families holding candles outside the morgue.\n\n"
    "Last Sunday, hundreds of relatives gathered in Ayacucho to mark the anniversary."
)


def test_live_fire_then_its_dead_in_the_next_sentence():
    events = extract(OPED, "en", date(2024, 12, 17)).events
    shooting = [e for e in events if e.sub_type == "excessive_force"]
    assert len(shooting) == 1
    assert shooting[0].place.admin1 == "Ayacucho"
    assert shooting[0].date.start == shooting[0].date.end == date(2022, 12, 15)
    assert shooting[0].fatalities is not None and shooting[0].fatalities.low == 10
    vigil = [e for e in events if e.date is not None and e.date.start == date(2024, 12, 15)]
    assert len(vigil) == 1 and vigil[0].sub_type == "peaceful"


def test_live_fire_with_no_dead_after_it_is_not_read_so():
    body = (
        "Protests against the government continued in the south.\n\n"
        "Soldiers fired live rounds into the air at the airport in Ayacucho. The runway was closed for two days."
    )
    assert not any(e.sub_type == "excessive_force" for e in extract(body, "en", date(2022, 12, 17)).events)
