"""A crowd that sets out on foot for its city's airport ("unas dos mil personas
partieron hacia el aeropuerto", "se dirigieron al aeropuerto") marches; a trip to
another city ("partieron hacia Lima") stays a journey (triggers.yaml ``march``)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events


@pytest.mark.parametrize("verb", ["partieron hacia", "se dirigieron al"])
def test_setting_out_for_the_airport_is_a_march(verb: str) -> None:
    body = f"Este jueves, en Ayacucho, unas dos mil personas {verb} aeropuerto de Huamanga en protesta contra el gobierno."
    body = body.replace("hacia aeropuerto", "hacia el aeropuerto")
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.admin1, e.participants.low) for e in events(body, "es", date(2022, 12, 16))]
    assert rows == [("protest", "peaceful", ["march"], date(2022, 12, 15), "Ayacucho", 2000)]
