"""Deaths in a fight between crowds named by one word ("communal violence").

Before, "communal violence ... left six killed" was typed excessive force: the death word
reads as the killings response, and no state actor was needed for it. A word that names a
fight between crowds by itself is a riot whose dead are its own, as "clashes between
strikers and government supporters" already was (GUIDELINES §2: excessive force is force
against protesters).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 20), lang=lang)
    return [
        (e.type, e.sub_type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None, list(e.state_response))
        for e in r.events
    ]


def test_communal_violence_dead_are_a_riot() -> None:
    text = "Communal violence in the Amazon region of Loreto left six killed on Wednesday."
    assert _events(text, "en") == [("riot", "violent_demonstration", "2023-01-18", "Loreto", 6, [])]


def test_police_shooting_stays_excessive_force() -> None:
    text = "Police shot dead six protesters in the Amazon region of Loreto on Wednesday."
    assert _events(text, "en") == [("protest", "excessive_force", "2023-01-18", "Loreto", 6, ["killings", "live_ammunition"])]
