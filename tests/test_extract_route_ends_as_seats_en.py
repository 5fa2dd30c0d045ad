"""The English start of a march's route names where it went, though an organisation's name holds them.

"marched from the University of Huamanga to the main square" under a headline naming
Ayacucho was placed in the region: "Huamanga" inside the university's name was read as the
organisation's. As with "outside the", a building the march set out from stands where its
name says (geo cues ``seat``: "marched from the", "set out from the"), as Spanish "desde la" does.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _places(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 13), lang="en")
    return [(e.type, list(e.forms), str(e.date.start), e.place.name, e.place.admin1) for e in r.events]


def test_a_march_from_the_university() -> None:
    text = (
        "Ayacucho students march for justice\n\nHundreds of students marched from the University "
        "of Huamanga to the main square on Thursday, demanding the resignation of Dina Boluarte."
    )
    assert _places(text) == [("protest", ["march"], "2023-01-12", "Huamanga", "Ayacucho")]


def test_a_statement_of_the_university_names_no_place() -> None:
    text = "Hundreds of students marched in Lima on Thursday. The University of Huamanga suspended classes."
    assert _places(text) == [("protest", ["march"], "2023-01-12", "Lima", "Lima")]
