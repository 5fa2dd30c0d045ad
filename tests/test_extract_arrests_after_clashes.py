"""Arrests "after clashes", with no day of their own told first, were made at the clashes.

Before, "Police detained 14 people in Lima after clashes near Congress on Sunday night" was a
strategic arrest, as if not tied to one protest. Arrests that ended a clash told right after
"after" belong to that incident (GUIDELINES §2: arrests at a protest are state intervention);
arrests with a day of their own before "after the riots of last week" stay a development.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2022, 12, 15), lang=lang)
    return [(e.type, e.sub_type, str(e.date.start), e.place.admin1, e.arrests.value if e.arrests else None) for e in r.events]


def test_detained_after_clashes_on_sunday_night() -> None:
    text = "Police detained 14 people in Lima after clashes near Congress on Sunday night."
    assert _events(text, "en") == [("protest", "intervention", "2022-12-11", "Lima", 14)]


def test_detuvo_tras_los_enfrentamientos() -> None:
    text = "La Policía detuvo a 14 personas en Lima tras los enfrentamientos frente al Congreso el domingo por la noche."
    assert _events(text, "es") == [("protest", "intervention", "2022-12-11", "Lima", 14)]


def test_leaders_arrested_on_tuesday_after_last_weeks_riots() -> None:
    text = "Police arrested three union leaders in Lima on Tuesday after the riots of last week."
    assert _events(text, "en") == [("strategic_development", "arrests", "2022-12-13", "Lima", 3)]
