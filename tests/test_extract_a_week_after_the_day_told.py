""""Una semana después" / "A week later" dates what follows a week after the day just told.

"El 15 de diciembre murieron diez personas en Huamanga. Una semana después, ... marcharon" gave
the march no day of its own ("al día siguiente" and "a la semana siguiente" were counted from the
day told; "una semana después" was not), so it merged with the killing's day or took the day of
publication. It is seven days after the day told (GUIDELINES §2: the date the article supports).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 16), lang=lang)
    return [(e.type, e.sub_type, list(e.forms), str(e.date.start), e.place.admin1) for e in r.events]


def test_una_semana_despues() -> None:
    text = (
        "El 15 de diciembre murieron diez personas en Huamanga. "
        "Una semana después de la masacre, cientos de pobladores marcharon por la ciudad."
    )
    assert _events(text, "es") == [
        ("protest", "excessive_force", [], "2022-12-15", "Ayacucho"),
        ("protest", "peaceful", ["march"], "2022-12-22", "Ayacucho"),
    ]


def test_a_week_later() -> None:
    text = "Soldiers shot dead ten people in Huamanga on Dec. 15. A week later, relatives marched through the city demanding justice."
    assert _events(text, "en") == [
        ("protest", "excessive_force", [], "2022-12-15", "Ayacucho"),
        ("protest", "peaceful", ["march"], "2022-12-22", "Ayacucho"),
    ]
