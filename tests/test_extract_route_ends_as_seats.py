"""The ends of a march's route name where it went, though an organisation's name holds them.

"Con una marcha desde la Universidad de Huamanga hasta la Plaza de Armas" under a headline
naming Ayacucho was placed in the region: "Huamanga" inside the university's name was read as
the organisation's, not as a place. Like "frente a la sede del Gobierno Regional de Ayacucho",
a building the march set out from or reached stands where its name says (geo cues ``seat``).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _places(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 13), lang="es")
    return [(e.type, list(e.forms), str(e.date.start), e.place.name, e.place.admin1) for e in r.events]


def test_a_march_from_the_university() -> None:
    text = (
        "Ayacucho marcha por justicia\n\nCon una marcha desde la Universidad de Huamanga hasta la Plaza de Armas, "
        "cientos de estudiantes exigieron ayer la renuncia de Dina Boluarte."
    )
    assert _places(text) == [("protest", ["march"], "2023-01-12", "Huamanga", "Ayacucho")]


def test_a_statement_of_the_university_names_no_place() -> None:
    text = "Cientos de estudiantes marcharon ayer en Lima. La Universidad de Huamanga suspendió sus clases."
    assert _places(text) == [("protest", ["march"], "2023-01-12", "Lima", "Lima")]
