"""An attack by police on a journalist told with the march it happened at names the march too.

"Un policía golpeó al periodista ... durante la marcha del jueves en Lima" gave only the attack:
the march was folded into it as its form. A journalist beaten is an attack (GUIDELINES §2), and
the march, with no force on its crowd told, is a peaceful protest of its own, as gold codes a
photographer beaten at a march beside the march. Only a named form, not "the protests".
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 13), lang="es")
    return [(e.type, e.sub_type, list(e.forms), str(e.date.start), e.place.admin1, list(e.state_response)) for e in r.events]


def test_a_journalist_beaten_during_thursdays_march() -> None:
    text = "Un policía golpeó al periodista Rafael Gonzales durante la marcha del jueves en Lima, denunció la ANP."
    assert _events(text) == [
        ("violence_against_civilians", "attack", ["march"], "2023-01-12", "Lima", ["beatings"]),
        ("protest", "peaceful", ["march"], "2023-01-12", "Lima", []),
    ]


def test_a_journalist_beaten_during_the_protests_in_general() -> None:
    text = "Un policía golpeó al periodista Rafael Gonzales el jueves en Lima durante las protestas, denunció la ANP."
    got = _events(text)
    assert [(t, s) for t, s, *_ in got] == [("violence_against_civilians", "attack")]
