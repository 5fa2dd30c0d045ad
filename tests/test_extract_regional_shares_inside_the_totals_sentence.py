"""A total broken down by region in its own sentence gives each region's share as a total.

"60 personas han muerto en las protestas desde diciembre, de las cuales 18 ocurrieron en Puno
y 10 en Ayacucho" gave the 60 only ("18 de ellas en Puno y 10 en Ayacucho" gave a regionless 18
and lost the 10); the same breakdown told in the next sentence ("De ellas, 18 ...") gave both
regions' shares. Each figure after the part word, followed by its region, is that region's share
over the total's period (GUIDELINES §3).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _tallies(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 13), lang="es")
    return [(t.measure, t.value, str(t.period.start), t.scope) for t in r.tallies]


def test_de_las_cuales_per_region() -> None:
    text = (
        "La Defensoría del Pueblo informó que 60 personas han muerto en las protestas desde diciembre, "
        "de las cuales 18 ocurrieron en Puno y 10 en Ayacucho."
    )
    assert _tallies(text) == [
        ("fatalities", 60, "2022-12-01", "fatalities since 2022-12-01"),
        ("fatalities", 18, "2022-12-01", "fatalities since 2022-12-01 in Puno"),
        ("fatalities", 10, "2022-12-01", "fatalities since 2022-12-01 in Ayacucho"),
    ]


def test_de_ellas_after_each_figure() -> None:
    text = "Desde diciembre han muerto 60 personas en las protestas, 18 de ellas en Puno y 10 en Ayacucho."
    assert [(v, s) for _, v, _, s in _tallies(text)] == [
        (60, "fatalities since 2022-12-01"), (18, "fatalities since 2022-12-01 in Puno"), (10, "fatalities since 2022-12-01 in Ayacucho"),
    ]


def test_a_part_with_no_region_stays_a_part() -> None:
    text = "Desde el 7 de diciembre han fallecido 58 personas, 47 de ellas en enfrentamientos."
    assert [(v, s) for _, v, _, s in _tallies(text)] == [(58, "fatalities since 2022-12-07"), (47, "fatalities since 2022-12-07, a part")]
