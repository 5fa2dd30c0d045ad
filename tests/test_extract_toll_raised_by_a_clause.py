"""A revised toll of one day's clashes keeps that incident's typing.

Before, "La cifra de muertos por los enfrentamientos del lunes en Juliaca subió a 18,
tras el hallazgo del cuerpo calcinado de un policía" was typed by its after-clause (a
policeman burned: mob violence) and became a riot killing 18 beside the clashes' 17. The
clause after "tras"/"after" is what raised the toll, a death inside it; when the total
itself names the clash, its place and its day, the sentence is that clash's toll revised.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple[str, str, str, str | None, int | None]]:
    r = EX.extract(text, published=date(2023, 1, 10), lang=lang)
    return [
        (e.type, e.sub_type, str(e.date.start), e.place.name if e.place else None, e.fatalities.low if e.fatalities else None)
        for e in r.events
    ]


def test_spanish_revised_toll_after_a_burned_policeman() -> None:
    text = (
        "El lunes, 17 personas murieron en enfrentamientos con la policía en Juliaca.\n\n"
        "16:30 | La cifra de muertos por los enfrentamientos del lunes en Juliaca subió a 18, "
        "tras el hallazgo del cuerpo calcinado de un policía."
    )
    assert _events(text, "es") == [("protest", "excessive_force", "2023-01-09", "Juliaca", 18)]


def test_english_revised_toll_after_a_body_found() -> None:
    text = (
        "On Monday, 17 people were killed in clashes with police in Juliaca.\n\n"
        "The death toll from Monday's clashes in Juliaca rose to 18 after the charred body of a police officer was found."
    )
    assert _events(text, "en") == [("protest", "excessive_force", "2023-01-09", "Juliaca", 18)]
