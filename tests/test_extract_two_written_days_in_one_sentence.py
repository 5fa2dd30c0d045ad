"""Two days written with their months, joined by "y"/"and", are two incidents.

"El 4 de enero empezamos el paro indefinido en Puno y el 9 de enero nos mataron
a 17 hermanos en Juliaca" gave one event on 4 January with the 17 dead: the
conjunction before the second written day opened no clause, so the day split
never saw two parts. (In an interview of December 2023, the January days are
past, told done, not a plan's.)
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def _events(text: str, published: date, lang: str):
    r = Extractor().extract(text, published=published, lang=lang)
    return [(e.sub_type, e.date.start, e.place.name, e.place.admin1, e.fatalities and e.fatalities.value, e.forms) for e in r.events]


def test_spanish_interview_strike_then_killings() -> None:
    text = (
        "Habla un dirigente puneño\n\n"
        "—El 4 de enero empezamos el paro indefinido en Puno y el 9 de enero nos mataron a 17 hermanos en Juliaca."
    )
    assert _events(text, date(2023, 12, 7), "es") == [
        ("peaceful", date(2023, 1, 4), "Puno", "Puno", None, ["strike", "general_strike"]),
        ("excessive_force", date(2023, 1, 9), "Juliaca", "Puno", 17, []),
    ]


def test_english_march_then_killings() -> None:
    text = "Protesters marched in Puno on January 4 and on January 9 police killed 17 protesters in Juliaca."
    assert _events(text, date(2023, 1, 20), "en") == [
        ("peaceful", date(2023, 1, 4), "Puno", "Puno", None, ["march"]),
        ("excessive_force", date(2023, 1, 9), "Juliaca", "Puno", 17, []),
    ]
