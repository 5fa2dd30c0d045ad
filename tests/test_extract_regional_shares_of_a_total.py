"""A total broken down region by region in the next sentence gives regional totals.

"Between December 2022 and March 2023, 49 people died ... Of them, 18 died in
Puno, 10 in Ayacucho and 6 in Apurímac." made three incidents dated over the
four months (and lent Puno's 18 to the Juliaca shooting told later): the list
counted per region was read as each region's own toll. A share of the total
just told is that total's breakdown (GUIDELINES §3): one total per region over
the same period, and the dated shootings keep their own counts.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

PERIOD = (date(2022, 12, 1), date(2023, 3, 31))


def _tallies(r):
    return [(t.measure, t.value, (t.period.start, t.period.end)) for t in r.tallies]


def test_of_them_by_region_is_the_totals_breakdown() -> None:
    text = (
        "Rights group faults Peru's forces\n\n"
        "Between December 2022 and March 2023, 49 people died in the repression of the protests, "
        "according to the group's count. Of them, 18 died in Puno, 10 in Ayacucho and 6 in Apurímac.\n\n"
        "In Juliaca on 9 January 2023, police shot into the crowd that tried to reach the airport, and 17 civilians died."
    )
    r = Extractor().extract(text, published=date(2023, 5, 25), lang="en")
    assert _tallies(r) == [("fatalities", 49, PERIOD), ("fatalities", 18, PERIOD), ("fatalities", 10, PERIOD), ("fatalities", 6, PERIOD)]
    assert [t.scope.rsplit(" in ", 1)[1] for t in r.tallies[1:]] == ["Puno", "Ayacucho", "Apurímac"]
    [e] = r.events
    assert (e.type, e.sub_type, e.date.start, e.place.name, e.place.admin1, e.fatalities.value) == (
        "protest", "excessive_force", date(2023, 1, 9), "Juliaca", "Puno", 17,
    )


def test_de_ellas_by_region_in_spanish() -> None:
    text = (
        "Informe sobre las protestas\n\n"
        "Entre diciembre de 2022 y marzo de 2023, 49 personas murieron en la represión de las protestas, "
        "según el conteo de la organización. De ellas, 18 murieron en Puno, 10 en Ayacucho y 6 en Apurímac."
    )
    r = Extractor().extract(text, published=date(2023, 5, 25), lang="es")
    assert _tallies(r) == [("fatalities", 49, PERIOD), ("fatalities", 18, PERIOD), ("fatalities", 10, PERIOD), ("fatalities", 6, PERIOD)]
    assert r.events == []
