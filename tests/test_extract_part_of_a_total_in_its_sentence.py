"""A part of a total told in its own sentence ("58 ..., 47 de ellas en enfrentamientos").

"Of these, 49 died in clashes" told in the sentence after a total was kept as a
total of its own, but "desde el 7 de diciembre han fallecido 58 personas, 47 de
ellas en enfrentamientos" lost the 47: the part word right after the number only
set it aside as a part. It is the total's part over the same period (GUIDELINES §3).
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def _tallies(text: str, lang: str):
    r = Extractor().extract(text, published=date(2023, 2, 3), lang=lang)
    return [(t.measure, t.value, t.qualifier, (t.period.start, t.period.end)) for t in r.tallies], r.events


PERIOD = (date(2022, 12, 7), date(2023, 2, 3))


def test_de_ellas_in_the_totals_sentence() -> None:
    text = "La Defensoría recordó que desde el 7 de diciembre han fallecido 58 personas, 47 de ellas en enfrentamientos."
    assert _tallies(text, "es") == ([("fatalities", 58, "exact", PERIOD), ("fatalities", 47, "exact", PERIOD)], [])


def test_of_them_in_the_totals_sentence() -> None:
    text = "The Ombudsman said 58 people have died since December 7, 47 of them in clashes with security forces."
    assert _tallies(text, "en") == ([("fatalities", 58, "exact", PERIOD), ("fatalities", 47, "exact", PERIOD)], [])
