"""A funeral procession through the streets is a vigil, as a public wake is.

"Cientos de comuneros acompañaron el féretro de Remo Candia por las calles de Anta exigiendo
justicia" gave no event: "velorio" and "velaron a" were vigils, the cortege was no form. A
procession of mourners with a demand is a protest (GUIDELINES §2: vigil).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 13), lang="es")
    return [(e.type, e.sub_type, list(e.forms), str(e.date.start), e.place.name, e.place.admin1, e.participants and e.participants.low) for e in r.events]


def test_the_coffin_accompanied_through_the_streets() -> None:
    text = "Ayer, cientos de comuneros acompañaron el féretro de Remo Candia por las calles de Anta exigiendo justicia."
    assert _events(text) == [("protest", "peaceful", ["vigil"], "2023-01-12", "Anta", "Cusco", 200)]


def test_a_funeral_cortege() -> None:
    # (it went through the streets: a march too)
    text = "El cortejo fúnebre de los fallecidos recorrió ayer las calles de Juliaca entre gritos de justicia."
    got = _events(text)
    assert [(t, s, f, d, a) for t, s, f, d, _, a, _ in got] == [("protest", "peaceful", ["vigil", "march"], "2023-01-12", "Puno")]
