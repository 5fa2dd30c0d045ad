"""Wounded counted right after a march that named no force.

"Cientos de maestros marcharon el martes por el centro de Lima. Hubo cuatro
agentes heridos." counted no injuries: a bare count of wounded was given to
the incident just told only when that incident already had force in it, so a
march's own wounded were lost. Told in the march's paragraph right after it,
they are the march's (GUIDELINES §2 counts: injuries at the event). A word that
may count anyone a problem touched ("13.500 docentes afectados") counts no one
hurt (counts.yaml ``injuries_broad``)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 20)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Cientos de maestros marcharon el martes por el centro de Lima contra la evaluación docente. Hubo cuatro agentes heridos."),
    ("es", "Cientos de maestros marcharon el martes por el centro de Lima contra la evaluación docente. Hubo cuatro heridos."),
    ("en", "Hundreds of teachers marched through central Lima on Tuesday against the teacher evaluation. There were four injured."),
    # ("were injured" reads as an attack with no victim named, which types nothing: the count still goes to the march)
    ("en", "Hundreds of teachers marched through central Lima on Tuesday against the teacher evaluation. Four officers were injured."),
])
def test_wounded_right_after_a_march_are_its_own(lang: str, body: str) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert (event.type, event.place.admin1, event.date.start) == ("protest", "Lima", date(2023, 1, 17))
    assert event.injuries is not None and event.injuries.low == 4


def test_people_affected_by_a_problem_are_not_wounded() -> None:
    body = ("Los docentes marcharon el martes por el centro de Lima contra los atrasos en sus pagos. "
            "El Ministerio de Educación estima 13.500 docentes afectados por los problemas de pago.")
    event = one_event(body, "es", PUBLISHED)
    assert event.type == "protest" and event.injuries is None


def test_wounded_in_a_later_paragraph_stay_unattached() -> None:
    body = ("Cientos de maestros marcharon el martes por el centro de Lima.\n\n"
            "El gobierno anunció que revisará el presupuesto del sector.\n\n"
            "En otro momento del año, hubo cuatro heridos.")
    event = one_event(body, "es", PUBLISHED)
    assert event.injuries is None
