"""A prosecutor's arrest order, read alike in English and Spanish.

"La Fiscalía ordenó la detención preliminar de tres policías por los disturbios
de enero" gave the order as an arrest step of its day (strategic_development /
arrests) and no January riot, but "Prosecutors ordered the preliminary arrest
of three officers for the January riots" gave nothing: English had no step word
for "preliminary arrest". Now both give the step; in neither is the riot named
as its cause an event (GUIDELINES §2), and the order's own noun ("arrest",
"detención") counts no one arrested: nobody was detained yet. A plain arrest
without a crowd noun ("detuvo en Cusco a seis dirigentes") still counts six."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events, one_event

PUBLISHED = date(2023, 6, 14)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "La Fiscalía ordenó el martes la detención preliminar de tres policías por los disturbios de enero en Juliaca."),
    ("en", "Prosecutors on Tuesday ordered the preliminary arrest of three police officers for the January riots in Juliaca."),
])
def test_an_arrest_order_is_a_step_not_a_riot(lang: str, body: str) -> None:
    found = events(body, lang, PUBLISHED)
    assert [(e.type, e.sub_type, e.date.start, e.place.admin1) for e in found] == [
        ("strategic_development", "arrests", date(2023, 6, 13), "Puno")]
    assert found[0].arrests is None


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "La policía detuvo el jueves en Cusco a seis dirigentes del paro agrario."),
    ("en", "Police arrested six leaders of the farmers' strike in Cusco on Thursday."),
])
def test_leaders_arrested_are_counted(lang: str, body: str) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert event.arrests is not None and event.arrests.low == 6
    assert event.place.admin1 == "Cusco" and event.date.start == date(2023, 6, 8)
