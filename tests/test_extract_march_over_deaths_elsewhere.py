"""A Puno radio bulletin: "En Cusco, cientos de campesinos marcharon esta mañana
en rechazo a las muertes de Juliaca" made two marches, one in Cusco and one in
Juliaca: "en rechazo a la(s)"/"al" were grievance cues only in the singular, so
the place of the deaths protested was read as a second place of the march. The
cue is now "en rechazo a"/"de" and "en repudio a"/"de" (lang/es/cues.yaml
denounced.cause), and the dead's place gives way to the march's own. When the
dead's town is the only place the sentence names, an earlier sentence of the
paragraph naming another region ("Ahora, Cusco.") is where the march was
(kipu.extract.context.ArticleContext.sentence_places); with none, it stays."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("body", "region"), [
    ("En Cusco, cientos de campesinos marcharon esta mañana en rechazo a las muertes de Juliaca.", "Cusco"),
    ("Cientos de estudiantes marcharon esta mañana en Arequipa en repudio a las muertes de Juliaca.", "Arequipa"),
])
def test_the_march_is_where_it_walked_not_where_the_dead_fell(body: str, region: str) -> None:
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and event.participants is not None
    assert (event.place.admin1, event.sub_type, event.participants.low) == (region, "peaceful", 200)


def test_the_only_place_being_the_deads_the_march_is_in_its_paragraphs_region() -> None:
    # a radio bulletin's regional round: "Ahora, Cusco." opens the paragraph
    body = (
        "Ahora, Cusco. Nuestro corresponsal informa que cientos de campesinos marcharon esta mañana "
        "por la avenida El Sol hasta la plaza de Armas, en rechazo a las muertes de Juliaca."
    )
    event = one_event(body, "es", PUBLISHED)
    assert event.place is not None and event.participants is not None
    assert (event.place.admin1, event.date.start, event.participants.low) == ("Cusco", PUBLISHED, 200)


def test_with_no_other_place_the_deads_town_stays() -> None:
    event = one_event("Miles de personas marcharon esta mañana en rechazo a las muertes de Juliaca.", "es", PUBLISHED)
    assert event.place is not None and event.place.admin1 == "Puno"
