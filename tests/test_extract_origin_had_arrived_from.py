"""An NGO alert on the raid of San Marcos university (Lima, 21 January 2023):
"la Policía ... detuvo a 193 personas, entre ellas estudiantes y comuneros que
habían llegado de Puno y Cusco". Only "llegados de", "llegaron desde" marked
where people came from; "habían llegado de" did not, so the raid's arrests were
put in Puno, or (two regions) in the whole country. The perfect and the preterite
of "llegar de"/"venir de" are origin cues too (geo/data/cues/es.yaml origin)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 22)

LEAD = "En Lima, la Policía allanó la Universidad San Marcos. "


@pytest.mark.parametrize("tail", [
    "comuneros que habían llegado de Puno",
    "comuneros que habían llegado de Puno y Cusco",
    "comuneros que llegaron de Puno",
])
def test_the_raid_is_where_it_happened_not_where_the_detained_came_from(tail: str) -> None:
    body = LEAD + (
        "El sábado 21 de enero, agentes de la Policía derribaron la puerta de la ciudad universitaria "
        f"y detuvieron a 193 personas, entre ellas estudiantes y {tail}."
    )
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and event.arrests is not None
    assert (event.type, event.place.admin1, event.date.start, event.arrests.low) == ("strategic_development", "Lima", date(2023, 1, 21), 193)
