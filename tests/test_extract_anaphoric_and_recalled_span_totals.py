"""Totals "en ese periodo", and a death toll over written months told two years on.

"El informe contabiliza 49 muertes ... entre el 7 de diciembre de 2022 y el 23 de
enero de 2023 ... Además, registra más de 1.300 heridos y 600 detenidos en ese
periodo": the demonstrative "ese periodo" is the period just given, as "en el
mismo periodo" already was. And "The Ombudsman's Office recorded 50 deaths
between December 2022 and March 2023", in a December 2024 anniversary piece, was
dropped as another era's toll (the span ends beyond the plain background reach);
a movement's death toll over a written span is kept as long as a deadly day is.
"""

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


def _tallies(r):
    return [(t.measure, t.value, t.qualifier, t.period and (t.period.start, t.period.end)) for t in r.tallies]


def test_en_ese_periodo_takes_the_last_totals_period() -> None:
    text = (
        "La CIDH publica su informe\n\n"
        "El informe contabiliza 49 muertes vinculadas a la protesta social entre el 7 de diciembre de 2022 y el 23 de enero de 2023. "
        "Además, registra más de 1.300 heridos y 600 detenidos en ese periodo."
    )
    r = Extractor().extract(text, published=date(2023, 5, 3), lang="es")
    span = (date(2022, 12, 7), date(2023, 1, 23))
    assert _tallies(r) == [("fatalities", 49, "exact", span), ("injuries", 1300, "more_than", span), ("arrests", 600, "exact", span)]
    assert r.events == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Two years on, Peru's protest victims still wait\n\n"
            "Relatives held a vigil in Juliaca on Monday.\n\n"
            "Of the 50 deaths recorded by the Ombudsman's Office between December 2022 and March 2023, none has led to a conviction.",
            "en",
        ),
        (
            "A dos años de las protestas\n\n"
            "Familiares realizaron una vigilia este lunes en Juliaca.\n\n"
            "De los 50 fallecidos que registró la Defensoría del Pueblo entre diciembre de 2022 y marzo de 2023, ninguno ha llevado a una condena.",
            "es",
        ),
    ],
)
def test_toll_of_written_months_two_years_on(text: str, lang: str) -> None:
    r = Extractor().extract(text, published=date(2024, 12, 9), lang=lang)
    assert _tallies(r) == [("fatalities", 50, "exact", (date(2022, 12, 1), date(2023, 3, 31)))]
    [e] = r.events
    assert (e.type, e.sub_type, e.date.start, e.place.name, e.forms) == ("protest", "peaceful", date(2024, 12, 9), "Juliaca", ["vigil"])
