"""A road reopened by a state force is force used on the blockade
(kipu.extract.stateplace.clearing_by_the_state): "La Policía levantó el
bloqueo" is an intervention, "los mineros levantaron el bloqueo" their own
ending; a road the police cleared was a blocked road."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event
from kipu.model import EventMention

PUBLISHED = date(2023, 1, 12)


def _event(body: str, lang: str) -> EventMention:
    return one_event(body, lang, PUBLISHED)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "La Policía levantó el bloqueo de la Panamericana Sur en Chala este lunes."),
    ("es", "Efectivos policiales levantaron el lunes el bloqueo de la carretera en Chala."),
    ("es", "La Policía restableció el tránsito en la Panamericana Sur en Chala, bloqueada por mineros informales, este lunes."),
    ("es", "Agentes de la Dinoes desbloquearon la vía en Chala este lunes."),
    ("en", "Police lifted the blockade of the Pan-American Highway in Chala on Monday."),
])
def test_a_road_reopened_by_the_police_is_an_intervention(lang: str, body: str) -> None:
    event = _event(body, lang)
    assert (event.type, event.sub_type, event.forms, event.state_response) == ("protest", "intervention", ["roadblock"], ["dispersal"])


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Los mineros levantaron el bloqueo de la Panamericana Sur en Chala este lunes tras un acuerdo."),
    ("en", "Miners lifted their blockade of the Pan-American Highway in Chala on Monday after reaching a deal."),
])
def test_protesters_lifting_their_own_blockade_is_no_force(lang: str, body: str) -> None:
    event = _event(body, lang)
    assert event.sub_type == "peaceful" and "dispersal" not in event.state_response
