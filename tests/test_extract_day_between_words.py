"""A day put between a verb and its object ("despejaron el lunes la
carretera", "cleared on Monday the highway") leaves the lexicon's phrase whole
(kipu.extract.lexicon.Lexicon.scan gaps, kipu.extract.document); a road's
blockade told after the road ("which farmers had blocked for two weeks") is a
roadblock."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.lexicon import Lexicon
from extract_helpers import events
from kipu.model import EventMention
from kipu.textnorm import fold

PUBLISHED = date(2023, 1, 12)  # a Thursday: "el lunes" is 9 January


def _events(body: str, lang: str) -> list[EventMention]:
    return events(body, lang, PUBLISHED)


def test_a_phrase_is_read_across_a_gap_and_spans_it() -> None:
    text = fold("Policías despejaron el lunes la carretera.")
    gap = (text.index("el lunes"), text.index("la carretera"))
    plain = {m.term for m in Lexicon.for_lang("es").scan(text) if m.category == "clearing"}
    bridged = [m for m in Lexicon.for_lang("es").scan(text, [gap]) if m.category == "clearing"]
    assert "despejaron la carretera" not in plain
    (m,) = [m for m in bridged if m.term == "despejaron la carretera"]
    assert (text[m.start : m.end]) == "despejaron el lunes la carretera"


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Police cleared on Monday the highway to Cusco, which farmers had blocked for two weeks."),
    ("es", "Policías y militares despejaron el lunes la carretera de Sicuani, bloqueada por los campesinos."),
    ("es", "La Policía desbloqueó el lunes la vía de Sicuani, que los comuneros mantenían bloqueada."),
])
def test_police_clearing_a_road_with_the_day_between(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert (event.type, event.sub_type) == ("protest", "intervention")
    assert "roadblock" in event.forms and "dispersal" in event.state_response
    assert event.date is not None and event.date.end == date(2023, 1, 9)


def test_the_day_between_a_march_verb_and_its_streets() -> None:
    (event,) = _events("Familiares de las víctimas recorrieron ayer las calles de Huamanga para exigir justicia.", "es")
    assert "march" in event.forms and event.date is not None and event.date.start == date(2023, 1, 11)


def test_protesters_freeing_the_road_themselves_is_no_dispersal() -> None:
    body = ("Decenas de choferes bloquearon esta mañana la avenida Túpac Amaru, en Comas. "
            "Tras dos horas de diálogo con la policía, los choferes liberaron la vía.")
    events = _events(body, "es")
    assert events and all("dispersal" not in e.state_response for e in events)


def test_a_road_blocked_by_civilians_is_no_state_raid() -> None:
    # the police clear it; the farmers named after "blocked by" did the blocking
    (event,) = _events("On Monday police cleared the highway to Sicuani, blocked by farmers for two weeks.", "en")
    assert (event.sub_type, event.forms) == ("intervention", ["roadblock"])


def test_a_deal_that_only_averts_a_strike_is_no_event() -> None:
    # the phrase "firmaron un convenio" is read across "este jueves"; with no
    # protest told, the agreement ends nothing and reports no event
    body = ("El sindicato minero y la empresa firmaron este jueves un convenio colectivo por tres años. "
            "El acuerdo puso fin a la amenaza de una huelga indefinida que el gremio había anunciado.")
    assert _events(body, "es") == []


def test_a_deal_that_ends_a_strike_is_told_beside_it() -> None:
    body = ("Los mineros de Espinar levantaron el lunes el paro de diez días. "
            "Los dirigentes y el Gobierno firmaron este martes un acuerdo en Espinar.")
    kinds = {(e.type, e.sub_type) for e in _events(body, "es")}
    assert ("strategic_development", "other") in kinds


@pytest.mark.parametrize(("body", "admin1s"), [
    # the towns a road or bridge is named after, in an article naming no other place
    ("Manifestantes bloquearon el kilómetro 30 de la carretera Juliaca-Puno el lunes.", {"Puno"}),
    ("Los comuneros tomaron el puente Desaguadero el lunes.", {"Puno"}),
    # a road through two regions: the action in each, as in English
    ("La Policía desbloqueó el lunes la vía Cusco-Abancay, bloqueada por los comuneros.", {"Cusco", "Apurímac"}),
])
def test_a_road_named_after_its_towns_places_an_article_with_no_other_place(body: str, admin1s: set[str]) -> None:
    assert {e.place.admin1 for e in _events(body, "es") if e.place} == admin1s


def test_a_road_named_after_a_town_of_another_region_yields_to_the_paragraph() -> None:
    # "el puente San Isidro" of Arequipa is no district of Lima
    body = "En Arequipa, los manifestantes quemaron llantas en el puente San Isidro el lunes."
    assert {e.place.admin1 for e in _events(body, "es") if e.place} == {"Arequipa"}
