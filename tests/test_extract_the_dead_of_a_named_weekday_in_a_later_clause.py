"""The dead of a later clause with a weekday of its own are that day's incident.

Before, "Clashes broke out in the Puno town of Juli on Sunday when residents attacked a police
station, and on Monday six soldiers drowned in the Ilave river while fleeing a crowd" was one
Sunday event with six dead: a clause that only counts its dead told a day's incident only when
its day was written as a date ("on 9 January"), not named ("on Monday"). A weekday is as
written a day as a date; "two more died in the following days" stays the first incident's.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, lang: str = "en") -> list[tuple]:
    r = EX.extract(text, published=date(2023, 3, 8), lang=lang)
    return sorted((e.type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events)


def test_clashes_on_sunday_and_soldiers_drowned_on_monday() -> None:
    text = (
        "Clashes broke out in the Puno town of Juli on Sunday when residents attacked a police station, "
        "and on Monday six soldiers drowned in the Ilave river while fleeing a crowd, the army said."
    )
    assert _read(text) == [("riot", "2023-03-05", "Puno", None), ("riot", "2023-03-06", "Puno", 6)]


def test_two_more_dead_in_the_following_days_stay_the_clashs() -> None:
    text = (
        "Police fired on protesters in Juli on Sunday, killing three people, "
        "and two more died of their wounds in the following days."
    )
    assert [e[1] for e in _read(text)] == ["2023-03-05"]
