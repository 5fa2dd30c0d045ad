"""The day a killing that a protest answers was done is not the protest's day.

Before, "staged a strike on Monday after a bus driver was shot dead last week" was dated
last week: the rule that a death told with the day its victim was shot takes that day
(one incident, one record) also read the shooting named as the strike's cause. A wounding
after "after" or a grievance opener that follows a protest word is that protest's cause.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date) -> list[tuple]:
    r = EX.extract(text, published=published, lang="en")
    return [(e.type, e.sub_type, str(e.date.start), str(e.date.end), e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events]


def test_strike_after_a_shooting_keeps_monday() -> None:
    text = "Transport workers in Lima staged a strike on Monday after a bus driver was shot dead last week."
    assert _events(text, date(2023, 10, 9)) == [("protest", "peaceful", "2023-10-09", "2023-10-09", "Lima", None)]


def test_strike_over_a_killing_keeps_monday() -> None:
    text = "Transport workers in Lima staged a strike on Monday over the killing of a bus driver who was shot dead last week by extortionists."
    assert _events(text, date(2023, 10, 9)) == [("protest", "peaceful", "2023-10-09", "2023-10-09", "Lima", None)]


def test_a_death_from_wounds_keeps_the_day_of_the_shooting() -> None:
    text = "Two protesters died in hospital on Tuesday after they were shot on January 9 in Juliaca."
    assert _events(text, date(2023, 1, 12)) == [("protest", "excessive_force", "2023-01-09", "2023-01-09", "Puno", 2)]
