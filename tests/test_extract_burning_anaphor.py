"""A bare burning noun ("La quema se prolongó", "En la quema participó") names the
burning told last: tyres burned at a roadblock or a rally's photos make no riot of it
(GUIDELINES §2: arson is a riot, a roadblock's tyres are not). A burning with its own
object ("la quema de la comisaría") is read as told."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def _rows(body: str) -> list[tuple]:
    return [(e.type, e.sub_type, e.forms, e.place.admin1) for e in events(body, "es", date(2023, 1, 12))]


def test_the_tyres_burning_again_is_the_roadblock() -> None:
    body = (
        "Desde la madrugada del jueves, los manifestantes bloquearon la Panamericana Sur en Ica con la quema de llantas. "
        "La quema se prolongó hasta el mediodía."
    )
    assert _rows(body) == [("protest", "peaceful", ["roadblock"], "Ica")]


def test_the_photos_burning_again_is_no_riot() -> None:
    body = (
        "El jueves, cientos de estudiantes realizaron un plantón en Cusco con la quema de fotos de la presidenta. "
        "En la quema participó el dirigente de la federación."
    )
    assert [row[:2] for row in _rows(body)] == [("protest", "peaceful")]


def test_a_burning_with_its_own_object_is_a_riot() -> None:
    body = (
        "El jueves, los manifestantes bloquearon la vía en Ilave con la quema de llantas. "
        "Por la tarde, la quema de la comisaría obligó a los policías a retirarse."
    )
    assert [row[:2] for row in _rows(body)] == [("riot", "violent_demonstration")]
