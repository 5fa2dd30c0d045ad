"""Sixteenth Spanish probe: 5 articles of my own in styles not probed before
(a Servindi note on an Awajún and Wampis roadblock in Amazonas, an Inforegión
note on the regional strike in Junín, an RPP "EN VIVO" page on the transport
strike with stamps newest first, a Wayka note on a march against Boluarte, a
Correo note on the rice growers' strike in San Martín).

What it found and what these tests hold:
- "pancartas con los rostros de los asesinados durante las protestas de 2022
  y 2023" gave a toll of 2022: two years joined by "y"/"a" are a span of
  years, not a range of people, unless a counted noun follows;
- "a la altura del puente Corral Quemado" turned a roadblock into a riot: a
  violence word written capitalised right after a capitalised word is part of
  a name (Spanish writes its common words in lower case);
- "Hasta el cierre de esta nota, la Policía no había intentado desbloquear la
  vía" gave the roadblock a dispersal: the police's force told as not (yet)
  used is denied;
- "Exigen la renuncia de la presidenta y justicia para los fallecidos en
  Juliaca", right after a roadblock told elsewhere, lost its claims: the dead
  the claim names are no toll of the sentence, and where they fell is no place
  of its own;
- "para exigir un precio justo por el saco de arroz", "la salida del ministro
  del Interior" are claims of the guideline (prices, removal).
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def _out(text: str, published: date, headline: str = "Headline"):
    return extract(text, "es", published, headline)


# -- two years joined are a span of years -------------------------------------


def test_two_years_joined_are_no_count() -> None:
    out = _out(
        "Este jueves, los deudos marcharon en Ayacucho con los rostros de las 49 personas asesinadas durante las "
        "protestas de 2022 y 2023.",
        date(2024, 3, 8),
    )
    values = [t.value for t in out.tallies] + [e.fatalities.low for e in out.events if e.fatalities]
    assert 2022 not in values


def test_a_range_of_people_whose_ends_look_like_years_stays_a_count() -> None:
    from kipu.extract.numbers import find_quantities
    from kipu.model import Span

    text = "Entre 1900 y 2000 personas marcharon por el centro de Cusco."
    (q,) = find_quantities(text, "es", within=[Span(0, len(text))])
    assert (q.low, q.high) == (1900, 2000)


def test_years_from_and_to_are_no_count() -> None:
    from kipu.extract.numbers import find_quantities
    from kipu.model import Span

    text = "De 2021 a 2024 murieron trabajadores en la zona."
    assert find_quantities(text, "es", within=[Span(0, len(text))]) == []


# -- a violence word inside a name --------------------------------------------


def test_a_capitalised_violence_word_after_a_name_is_the_name() -> None:
    out = _out(
        "Desde el lunes, rondas campesinas bloquean la vía en el sector Pampa Quemada, en la provincia de Jaén.",
        date(2023, 1, 11),
    )
    (event,) = out.events
    assert (event.type, event.sub_type) == ("protest", "peaceful")


def test_the_lower_case_violence_word_stays_a_riot() -> None:
    out = _out(
        "Manifestantes quemaron la caseta del peaje de Pampa Grande este lunes, en la provincia de Jaén.",
        date(2023, 1, 11),
    )
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")]


# -- force told as not used ----------------------------------------------------


def test_police_that_had_not_tried_to_clear_the_road_used_no_force() -> None:
    out = _out(
        "Pobladores de Yurimaguas bloquean desde el martes la carretera a Tarapoto. Al mediodía de este jueves, "
        "la Policía todavía no había intentado desbloquear la vía.",
        date(2023, 1, 19),
    )
    (event,) = out.events
    assert (event.sub_type, event.state_response) == ("peaceful", [])


def test_police_that_cleared_the_road_intervened() -> None:
    out = _out(
        "Pobladores de Yurimaguas bloquean desde el martes la carretera a Tarapoto. Al mediodía de este jueves, "
        "la Policía intentó desbloquear la vía.",
        date(2023, 1, 19),
    )
    (event,) = out.events
    assert event.sub_type == "intervention" and "dispersal" in event.state_response


# -- claims for the dead of another region --------------------------------------


def test_claims_for_the_dead_of_another_place_are_the_protest_s() -> None:
    out = _out(
        "Este martes, cientos de pobladores de Yurimaguas bloquearon la carretera a Tarapoto. Piden el cierre del "
        "Congreso y justicia para los asesinados en Ayacucho.",
        date(2023, 1, 18),
    )
    (event,) = out.events
    assert event.place.admin1 == "Loreto"
    assert {"dissolve_congress", "justice_for_victims"} <= set(event.demands)


# -- claims of the guideline ---------------------------------------------------


def test_a_fair_price_and_a_minister_s_exit_are_claims() -> None:
    out = _out(
        "Cientos de cafetaleros bloquearon este lunes la carretera en Quillabamba para exigir un precio justo por "
        "el quintal de café y la salida del ministro de Agricultura.",
        date(2024, 6, 3),
    )
    (event,) = out.events
    assert {"prices_taxes", "removal_of_official"} <= set(event.demands)


# -- burning told in the present, the plural, or the passive --------------------


def test_a_police_station_set_on_fire_in_the_passive_is_a_riot() -> None:
    out = _out(
        "El martes, durante el paro, la comisaría y la sede de la Fiscalía de Huanta fueron incendiadas por "
        "encapuchados.",
        date(2022, 12, 16),
    )
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")]


def test_the_headline_present_and_plural_participles_are_riot_words() -> None:
    for text in (
        "Pobladores incendian la caseta de peaje de Chala este martes.",
        "Este martes, en Chala, varias tiendas fueron saqueadas durante la protesta.",
    ):
        out = _out(text, date(2023, 1, 10))
        assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")], text


def test_burnt_tyres_on_the_road_are_a_roadblock() -> None:
    out = _out(
        "Este martes, comuneros bloquearon la Panamericana Sur en Chala con piedras y llantas quemadas.",
        date(2023, 1, 10),
    )
    (event,) = out.events
    assert (event.sub_type, event.forms[:1]) == ("peaceful", ["roadblock"])


def test_an_officer_beaten_and_burned_is_no_state_beating() -> None:
    out = _out(
        "Este lunes en Macusani, el suboficial Pedro Ccama fue golpeado y quemado junto a su camioneta.",
        date(2023, 1, 10),
    )
    assert out.events and all("beatings" not in e.state_response for e in out.events)
