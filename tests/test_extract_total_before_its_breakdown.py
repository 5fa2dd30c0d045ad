""""Clashes left 18 dead on Monday. Seventeen died in Juliaca and one in Cusco."

A count told region by region right after a sentence that gave their sum on the same
day breaks that sum down: the 18 was read as an incident of its own, placed at the
wire's dateline (Lima) or folded into Juliaca's toll (18 there, not 17). The sum now
gives no event of its own; each region keeps its share."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 1, 10)  # a Tuesday


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "LIMA, Jan 10 - Clashes in southern Peru left 18 dead on Monday. Seventeen died in Juliaca and one in Cusco, "
           "according to the health ministry."),
    ("en", "Clashes in southern Peru left 18 dead on Monday. Seventeen died in Juliaca and one in Cusco, "
           "according to the health ministry."),
    ("es", "LIMA, 10 ene - Los enfrentamientos en el sur del Perú dejaron 18 muertos el lunes. Diecisiete murieron en "
           "Juliaca y uno en Cusco, según el Ministerio de Salud."),
])
def test_the_sum_of_a_breakdown_is_no_event(lang: str, body: str) -> None:
    found = [(e.place.name, e.date.start, e.fatalities.value if e.fatalities else None) for e in events(body, lang, PUBLISHED)]
    assert found == [("Juliaca", date(2023, 1, 9), 17), ("Cusco", date(2023, 1, 9), 1)]
