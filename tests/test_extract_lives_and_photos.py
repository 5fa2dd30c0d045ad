"""Tolls told as lives claimed ("claimed the lives of 17 people", "cobraron
la vida de"), the dead carried in photographs by a march elsewhere ("carrying
the photos of those killed in Juliaca" names no incident in Juliaca), and a
reporter "impactado" by a canister, who was attacked."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
PUBLISHED = date(2023, 1, 12)  # a Thursday: "on Monday" is 9 January


def _events(body: str, lang: str):
    return EX.extract("Headline\n\n" + body + "\n", published=PUBLISHED, lang=lang).events


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The clashes in Juliaca on Monday claimed the lives of 17 people."),
    ("es", "Los choques en Juliaca cobraron la vida de 17 personas el lunes."),
    ("es", "Las protestas del lunes en Juliaca costaron la vida a 17 personas."),
])
def test_lives_claimed_are_the_dead(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert event.fatalities is not None and event.fatalities.low == 17
    assert event.date is not None and event.date.start == date(2023, 1, 9)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Hundreds of Aymara women marched in Lima on Wednesday, carrying the photos of those killed in Juliaca."),
    ("en", "Hundreds of Aymara women marched in Lima on Wednesday, holding up pictures of the victims of Juliaca."),
    ("es", "Cientos de mujeres aimaras marcharon en Lima el miércoles con las fotos de los fallecidos en Juliaca."),
    ("es", "Cientos de mujeres aimaras marcharon en Lima el miércoles con fotografías de quienes murieron en Juliaca."),
])
def test_the_dead_in_photographs_name_no_second_place(lang: str, body: str) -> None:
    events = _events(body, lang)
    assert [e.place.admin1 for e in events if e.place] == ["Lima"]


def test_photos_of_a_clash_still_show_the_clash() -> None:
    events = _events("Photos of the clashes in Juliaca on Monday showed police firing tear gas at protesters.", "en")
    assert [e.place.name for e in events if e.place] == ["Juliaca"]


def test_a_reporter_hit_by_a_canister_was_attacked() -> None:
    (event,) = _events("Un reportero gráfico fue impactado por una bomba lacrimógena mientras cubría la marcha en Lima el miércoles.", "es")
    assert (event.type, event.sub_type) == ("violence_against_civilians", "attack")
    assert "tear_gas" in event.state_response


# The victims' kin name their dead's place: no incident of theirs there.

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Relatives of those killed in Juliaca marched in Lima on Wednesday demanding justice."),
    ("es", "Familiares de los fallecidos en Juliaca marcharon en Lima el miércoles exigiendo justicia."),
])
def test_kin_of_the_dead_march_where_they_march(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert event.place is not None and event.place.admin1 == "Lima"
    assert event.date is not None and event.date.start == date(2023, 1, 11)
    assert "justice_for_victims" in event.demands


def test_kin_naming_the_day_of_their_dead_recall_that_day() -> None:
    events = _events("Hablan los familiares de los 10 asesinados durante las protestas del 15 de diciembre en Ayacucho.", "es")
    assert any(e.date is not None and e.date.start == date(2022, 12, 15) for e in events)


# Crowds named by trade are counted ("some 300 mototaxi drivers") and their
# demands read in the guideline's words.

@pytest.mark.parametrize(("lang", "body", "low", "demand"), [
    ("en", "Some 300 mototaxi drivers blocked avenues in Trujillo on Monday to protest extortion.", 300, "security_crime"),
    ("en", "Hundreds of market vendors marched in Huancayo on Monday against rising food prices.", 200, "prices_taxes"),
    ("en", "Teachers went on strike in Arequipa on Monday over pay.", None, "labor_wages"),
    ("es", "Los docentes acataron una huelga en Arequipa el lunes por mejoras salariales.", None, "labor_wages"),
    ("en", "Students occupied the campus in Cusco on Monday to demand the release of their detained classmates.", None, "release_detainee"),
    ("es", "Estudiantes tomaron la universidad en Cusco el lunes para exigir la liberación de sus compañeros detenidos.", None, "release_detainee"),
    ("en", "Asháninka communities blocked the river in Satipo on Monday against illegal logging.", None, "land_environment"),
    ("es", "Comunidades asháninkas bloquearon el río en Satipo el lunes contra la tala ilegal.", None, "land_environment"),
])
def test_crowds_by_trade_and_their_demands(lang: str, body: str, low: int | None, demand: str) -> None:
    (event,) = _events(body, lang)
    if low is not None:
        assert event.participants is not None and event.participants.low == low
    assert demand in event.demands


def test_a_crowd_being_mobilised_for_a_protest_is_a_plan() -> None:
    assert _events("Opposition leaders are mobilising about two thousand men and women to protest in Lima next month.", "en") == []


# Partisans in the street are a crowd; a deal to lift the roadblocks is an
# agreement; people who travel to a protest protest where they arrive.

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Supporters of Pedro Castillo clashed with riot police outside the prefecture in Lima on Wednesday."),
    ("es", "Simpatizantes de Pedro Castillo se enfrentaron con la policía frente a la prefectura de Lima el miércoles."),
])
def test_supporters_clashing_with_police_riot(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert (event.type, event.place.admin1 if event.place else None) == ("riot", "Lima")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Aymara leaders from Puno met with ministers in Lima on Monday and agreed to lift the roadblocks."),
    ("es", "Dirigentes aimaras se reunieron con ministros en Lima el lunes y acordaron levantar los bloqueos."),
])
def test_an_agreement_to_lift_roadblocks(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert (event.type, event.sub_type) == ("strategic_development", "other")


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Ronderos from Cajamarca and Chota traveled to Lima and marched on Wednesday."),
    ("es", "Ronderos de Cajamarca y Chota viajaron a Lima y marcharon el miércoles."),
])
def test_travellers_protest_where_they_arrive(lang: str, body: str) -> None:
    events = _events(body, lang)
    assert [e.place.admin1 for e in events if e.place] == ["Lima"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Farm workers blocked the Pan-American highway in Ica on Monday against the law that cut their benefits."),
    ("es", "Trabajadores agrarios bloquearon la Panamericana Sur en Ica el lunes en rechazo a la Ley de Promoción Agraria."),
])
def test_a_protest_against_a_law_asks_its_repeal(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert "repeal_law" in event.demands


# Pictures that show something are evidence of it, not relics carried.

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Photos of the clashes in Juliaca on Monday showed police firing at protesters."),
    ("es", "Las imágenes de los enfrentamientos del lunes en Juliaca muestran a militares disparando contra los manifestantes."),
])
def test_pictures_showing_a_clash_report_it(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert event.type in ("riot", "protest") and event.sub_type != "peaceful"
    assert "live_ammunition" in event.state_response


def test_police_beating_protesters_on_video() -> None:
    (event,) = _events("Videos difundidos en redes sociales muestran a policías golpeando a manifestantes en Lima el martes.", "es")
    assert "beatings" in event.state_response


def test_protesters_banging_on_a_door_beat_no_one() -> None:
    (event,) = _events("Los manifestantes se concentraron frente al Congreso el martes y golpean la puerta para ser atendidos.", "es")
    assert "beatings" not in event.state_response


# A crowd celebrating a result holds no protest; a movement celebrating
# what it fought for, with a demand or as protesters, still protests.

@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Thousands of supporters gathered in Lima's Plaza San Martín on Tuesday night to celebrate the result."),
    ("es", "Miles de simpatizantes se concentraron en la Plaza San Martín el martes por la noche para celebrar el triunfo."),
])
def test_a_crowd_celebrating_a_result_is_no_protest(lang: str, body: str) -> None:
    assert _events(body, lang) == []


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Thousands marched in Lima on Tuesday to celebrate the resignation of the minister and demand early elections."),
    ("en", "Protesters celebrated the victory of their candidate in Puno on Tuesday with a march."),
    ("es", "Colectivos se concentraron en Lima el martes para celebrar el fallo de la Corte."),
])
def test_a_movement_celebrating_still_protests(lang: str, body: str) -> None:
    assert len(_events(body, lang)) == 1


def test_troops_sent_to_guard_airports_are_a_measure() -> None:
    (event,) = _events("The army was deployed to guard the airports of Cusco, Arequipa and Juliaca on Tuesday.", "en")
    assert (event.type, event.sub_type) == ("strategic_development", "state_measure")


def test_taking_the_roads_is_a_roadblock() -> None:
    (event,) = _events("Los comuneros tomaron las carreteras de acceso a la mina Las Bambas el martes.", "es")
    assert "roadblock" in event.forms and "occupation" not in event.forms
