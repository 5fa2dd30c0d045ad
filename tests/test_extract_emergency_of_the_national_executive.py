"""A state of emergency the national executive declares or lifts, no place named.

"El presidente Guillermo Lasso levantó el estado de excepción en seis
provincias", in a story datelined Quito: the measure took the dateline's
city, as if Quito's. A national law or decree with no place of its own was
already the country's; an emergency declared or lifted by the president or
the government is the same kind of act. A named place still wins."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Quito, 23 de junio de 2022. Miles de indígenas marcharon hoy en Quito. "
            "El presidente Guillermo Lasso levantó el estado de excepción en seis provincias.",
            "es",
        ),
        (
            "QUITO, June 23 (Reuters) - Thousands of indigenous protesters marched in Quito on Thursday. "
            "President Guillermo Lasso lifted the state of emergency in six provinces.",
            "en",
        ),
    ],
)
def test_the_executives_emergency_is_the_countrys(text, lang):
    out = EX.extract(text, published=date(2022, 6, 23), lang=lang)
    [measure] = [e for e in out.events if e.type == "strategic_development"]
    assert (measure.sub_type, measure.place.country, measure.place.admin1) == ("state_measure", "EC", None)


def test_an_emergency_in_a_named_region_keeps_it():
    text = "El Gobierno declaró ayer el estado de emergencia en Puno por 30 días."
    [measure] = EX.extract(text, published=date(2023, 1, 15), lang="es").events
    assert measure.place.admin1 == "Puno"


def test_the_state_inside_the_acts_name_is_no_author():
    # ("the state" of "the state of emergency" had made "the authorities" the nation's)
    text = "LIMA, Jan 21 - Protesters marched in Cusco. The authorities decreed a curfew, right in the middle of the state of emergency."
    out = EX.extract(text, published=date(2023, 1, 21), lang="en")
    [measure] = [e for e in out.events if e.type == "strategic_development"]
    assert measure.place.admin1 == "Cusco"
