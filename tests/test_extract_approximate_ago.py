"""An approximate "hace casi un mes" dates the recalled incident, not today's.

"Los familiares realizaron anoche una vigilia en Huamanga. Recordaron que hace
casi un mes los militares dispararon contra la población": "hace casi un mes"
was not read as a date, so the recalled shooting folded into the vigil, which
became excessive force. The approximate phrase now dates it where it opens its
clause (or follows a preterite), but not where it tells how long something has
lasted ("el desabastecimiento que sufren hace cerca de un mes") nor after
"desde" (a run).
"""

from datetime import date

from kipu.extract.dates import find_dates
from kipu.extract.pipeline import Extractor

TEXT = (
    "Huamanga, 10 de enero de 2023. Los familiares de las víctimas realizaron anoche una vigilia en la plaza Sucre de Huamanga. "
    "Recordaron que hace casi un mes los militares dispararon contra la población cerca del aeropuerto."
)


def test_the_vigil_stays_peaceful_and_the_shooting_is_last_month() -> None:
    r = Extractor().extract(TEXT, published=date(2023, 1, 10), lang="es")
    vigils = [e for e in r.events if "vigil" in e.forms]
    assert len(vigils) == 1 and vigils[0].sub_type == "peaceful"
    assert vigils[0].date.start == date(2023, 1, 9)
    shots = [e for e in r.events if e.sub_type == "excessive_force"]
    assert len(shots) == 1
    assert (shots[0].date.start, shots[0].date.end) == (date(2022, 12, 1), date(2022, 12, 31))


def test_a_length_or_a_run_is_no_day() -> None:
    pub = date(2023, 1, 10)
    assert find_dates("Los vecinos bloquean la vía por el desabastecimiento de agua que sufren hace cerca de un mes.", "es", pub) == []
    assert find_dates("Los comuneros bloquean la carretera desde hace casi dos semanas.", "es", pub) == []
    died = find_dates("El dirigente murió hace casi un mes en Juliaca.", "es", pub)
    assert [(d.range.start, d.range.end) for d in died] == [(date(2022, 12, 1), date(2022, 12, 31))]
