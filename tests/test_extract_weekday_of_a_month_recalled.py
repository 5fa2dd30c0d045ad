""""Aquel lunes de enero" is the Monday recalled, not the report's January.

In an anniversary piece of 9 January 2024, "Aquel lunes de enero, los
manifestantes intentaron ingresar al aeropuerto y la policía respondió con armas
de fuego" was dated all of January 2024: the weekday was read as the Monday told
(9 January 2023), but the month after it, read alone, outranked it. A month
right after a weekday of that month only says which weekday it was.
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def test_aquel_lunes_de_enero() -> None:
    text = (
        "Juliaca: vigilia a un año de la masacre\n\n"
        "Cientos de juliaqueños recordaron este martes con una vigilia a los 18 fallecidos del 9 de enero de 2023.\n\n"
        "Aquel lunes de enero, los manifestantes intentaron ingresar al aeropuerto y la policía respondió con armas de fuego."
    )
    r = Extractor().extract(text, published=date(2024, 1, 9), lang="es")
    got = [(e.sub_type, e.date.start, e.date.end, e.place.name) for e in r.events]
    assert ("excessive_force", date(2023, 1, 9), date(2023, 1, 9), "Juliaca") in got
    assert ("peaceful", date(2024, 1, 9), date(2024, 1, 9), "Juliaca") in got
    assert len(got) == 2


def test_that_monday_in_january() -> None:
    from kipu.extract.dates import find_dates

    text = "Relatives marched on January 9, 2023. That Monday in January, police fired on them."
    found = [(text[d.span.start : d.span.end], d.range.start, d.range.end) for d in find_dates(text, "en", date(2024, 1, 9))]
    assert found == [("January 9, 2023", date(2023, 1, 9), date(2023, 1, 9)), ("That Monday", date(2023, 1, 9), date(2023, 1, 9))]
