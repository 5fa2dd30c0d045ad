"""A newspaper's or radio station's name is not the event's place. "Diario
Correo de Puno informó que ..." placed the event in Puno: "Diario" was no
organisation head, and an article naming no other place fell back on the
place inside an organisation's name (kipu.extract.context._named_by_an_organisation,
right for "Frente de Defensa de Espinar", a local body that marches at home).
Press nouns are now organisation heads (geo cues ``organisation_heads``) and a
``media`` name is no such fallback ("the Arequipa newspaper El Pueblo")."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Diario Correo de Puno informó que los manifestantes bloquearon la vía el lunes."),
    ("es", "Según Radio Onda Azul de Puno, los manifestantes bloquearon la vía el lunes."),
    ("en", "According to the Arequipa newspaper El Pueblo, hundreds marched on Monday."),
])
def test_a_newspapers_town_is_not_the_events_place(lang: str, body: str) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert event.place is not None and (event.place.country, event.place.admin1) == ("PE", None)


def test_a_local_bodys_town_still_places_its_march() -> None:
    event = one_event("Miembros del Frente de Defensa de los Intereses de Espinar marcharon el lunes.", "es", PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Espinar", "Cusco")


def test_a_newspaper_named_in_the_next_sentence_leaves_the_body_its_town() -> None:
    body = "Los trabajadores de la Municipalidad de Juliaca acataron una huelga el lunes. Diario Los Andes señala que no hubo acuerdo."
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and event.place.admin1 == "Puno"
