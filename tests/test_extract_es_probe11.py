"""Eleventh Spanish probe: 7 articles of my own in styles not probed before (a
CNDDHH bulletin listing cases, a Servindi piece on Aymara and Quechua
delegations, a La República "Data" piece of percentages, an Exitosa radio
flash, a judicial story on an archived case, a Trujillo strike against
extortion, a Quechua-Spanish anniversary march in Huamanga).

What it found and what these tests hold:
- "agentes policiales usaron armas letales" named no force: the
  human-rights wording of gunfire ("armas letales", "fuerza letal") is live
  ammunition, so a bulletin's case told with it is an incident;
- "los deudos de los seis fallecidos realizaron una vigilia" made the vigil a
  killing with six dead: the dead the kin are named by are whom they mourn,
  no toll of what the kin do (dated right after, "los familiares de los 10
  asesinados durante las protestas del 15 de diciembre", they stay that
  day's recalled toll);
- a data piece's "el 36 % de las muertes se concentró en Puno, seguido de
  Ayacucho (20 %)" made rallies in two regions: a figure spread over places
  is no crowd gathering there;
- "más de 1 200 personas resultaron heridas a lo largo de las protestas"
  was an incident's wounded: the whole run's count is a running total;
- "La protesta se produce luego de que, el domingo, sicarios asesinaran a un
  chofer en La Esperanza" made a protest there on Sunday: a sentence opened
  by the action just told and what set it off tells its cause, whose day and
  place are no other protest's;
- "delegaciones de Puno, junto a comuneros de Cusco, Apurímac y Ayacucho,
  recorrieron las calles del Centro de Lima" made marches in four regions
  besides Lima: people named by where they are from ("comuneros de Cusco")
  name their origin, and so do the places listed after it, when the sentence
  names another region for the incident;
- a radio flash's "Gremios de transporte acatan el paro. Exigen la
  derogatoria de la ley. Piden la renuncia del ministro." gave the strike no
  demands: a sentence opened by a claim verb with no subject of its own, and
  no incident word, gives the claims of the protest just told;
- "La CNDDHH reportó al menos seis heridos y cuatro detenidos", after the
  tear gas, kept the wounded and lost the arrests: the arrests counted with
  the wounded of the incident just told are its arrests too.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def _out(text: str, published: date):
    return extract(text, "es", published)


# -- "armas letales" is gunfire -------------------------------------------------


def test_lethal_weapons_used_on_a_march_is_live_ammunition() -> None:
    out = _out(
        "El 12 de diciembre, en Andahuaylas, durante la marcha hacia el aeropuerto, los agentes usaron armas letales.",
        date(2023, 2, 1),
    )
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "excessive_force")
    assert "live_ammunition" in e.state_response


def test_a_bulletin_case_told_with_lethal_weapons_is_its_own_incident() -> None:
    out = _out(
        "Caso A. Huanta (Ayacucho), 15 de diciembre de 2022. Soldados dispararon contra la multitud. Cuatro personas murieron.\n\n"
        "Caso B. Ilave (Puno), 9 de enero de 2023. Durante la movilización en la plaza, agentes policiales usaron armas letales. "
        "Tres personas fallecieron.",
        date(2023, 3, 20),
    )
    puno = [e for e in out.events if e.place and e.place.admin1 == "Puno"]
    assert len(puno) == 1 and puno[0].sub_type == "excessive_force"
    assert puno[0].fatalities is not None and puno[0].fatalities.value == 3


def test_lethal_weapons_asked_not_to_be_used_or_denied_are_no_gunfire() -> None:
    for sentence in (
        "El lunes, en Andahuaylas, la Defensoría pidió a la policía no usar armas letales contra los manifestantes.",
        "El lunes, en Andahuaylas, la policía negó haber usado armas letales durante la marcha.",
    ):
        out = _out(sentence, date(2022, 12, 13))
        assert all("live_ammunition" not in e.state_response for e in out.events), sentence


def test_non_lethal_weapons_stay_rubber_bullets() -> None:
    out = _out("El lunes, en Cusco, la policía usó armas no letales contra los manifestantes.", date(2023, 1, 12))
    assert all("live_ammunition" not in e.state_response for e in out.events)


# -- the kin's dead are whom they mourn ------------------------------------------


def test_vigil_of_the_bereaved_is_no_killing() -> None:
    out = _out("Los deudos de los cinco fallecidos realizaron hoy una vigilia en Chincheros.", date(2023, 12, 12))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "peaceful")
    assert e.fatalities is None and e.participants is None and "killings" not in e.state_response


def test_relatives_of_the_dead_marching_elsewhere_keep_their_own_place() -> None:
    out = _out("Hoy, los familiares de los 17 muertos de Juliaca marcharon por el centro de Arequipa.", date(2023, 7, 9))
    assert [e.place.admin1 for e in out.events if e.place] == ["Arequipa"]
    assert all(e.fatalities is None for e in out.events)


def test_kins_dead_dated_right_after_stay_that_days_toll() -> None:
    out = _out(
        "Hablan las madres de los 10 asesinados durante las protestas del 15 de diciembre de 2022 en Huamanga.",
        date(2023, 6, 1),
    )
    assert [e.fatalities.value for e in out.events if e.fatalities] == [10]


def test_a_killing_told_beside_the_kin_stays() -> None:
    out = _out("Los familiares de los detenidos marcharon en Juliaca, donde la policía mató a dos jóvenes.", date(2023, 12, 15))
    assert [e.fatalities.value for e in out.events if e.fatalities] == [2]


# -- a figure spread over places is no rally -------------------------------------


def test_share_of_deaths_concentrated_in_a_region_is_no_rally() -> None:
    out = _out(
        "Según el registro, el 40 % de las muertes se concentró en Puno, seguido de Apurímac (15 %) y Junín (8 %).",
        date(2023, 12, 10),
    )
    assert out.events == []


def test_cases_concentrated_in_a_city_are_no_rally() -> None:
    out = _out("Este año, los casos de extorsión se concentran en Trujillo y Chiclayo.", date(2024, 10, 5))
    assert out.events == []


def test_a_crowd_that_gathers_still_rallies() -> None:
    out = _out("Ayer, cientos de vecinos se concentraron en la plaza de Armas de Puno.", date(2023, 3, 2))
    assert [e.forms for e in out.events] == [["rally"]]


# -- the whole run's wounded are a running total -----------------------------------


def test_wounded_throughout_the_protests_are_a_total() -> None:
    out = _out(
        "El 9 de enero de 2023 murieron 18 personas en Juliaca. Más de 1 500 personas resultaron heridas a lo largo de las protestas.",
        date(2023, 12, 10),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("injuries", 1500)]
    assert all(e.injuries is None for e in out.events)


# -- "La protesta se produce luego de que ...": the cause of the action just told --


_STRIKE = "Hoy, cientos de mototaxistas de Chiclayo acataron un paro contra las extorsiones. "


def test_cause_of_the_strike_is_no_protest_of_its_day() -> None:
    out = _out(
        _STRIKE + "La protesta se produce luego de que, el sábado, desconocidos balearan la fachada de un local en el distrito de Pimentel.",
        date(2024, 11, 4),
    )
    assert [(e.place.name, e.date.start) for e in out.events] == [("Chiclayo", date(2024, 11, 4))]


def test_strike_arising_after_a_killing_elsewhere_adds_no_protest() -> None:
    out = _out(
        _STRIKE + "El paro surge tras el crimen de un conductor ocurrido el viernes en Piura.",
        date(2024, 11, 4),
    )
    assert [e.place.admin1 for e in out.events] == ["Lambayeque"]


def test_a_march_arriving_somewhere_is_still_read() -> None:
    out = _out(
        "Hoy, cientos de comuneros marcharon en Ilave. La marcha llegó luego a la plaza de Armas de Juli, donde la policía lanzó gases.",
        date(2023, 1, 20),
    )
    assert any("tear_gas" in e.state_response for e in out.events)


def test_a_protest_told_as_the_cause_is_still_read() -> None:
    out = _out(
        _STRIKE + "La protesta se produce luego de que, el sábado, los choferes bloquearan la Panamericana en Piura.",
        date(2024, 11, 4),
    )
    assert sorted(e.place.admin1 for e in out.events) == ["Lambayeque", "Piura"]


# -- people named by where they are from ------------------------------------------


def test_delegations_from_regions_march_where_they_marched() -> None:
    out = _out(
        "Delegaciones de Puno, junto a comuneros de Cusco, Apurímac y Ayacucho, recorrieron ayer las calles del Centro de Lima.",
        date(2023, 7, 20),
    )
    assert [e.place.admin1 for e in out.events] == ["Lima"]


def test_villagers_of_one_province_blocking_in_another_region() -> None:
    out = _out("Comuneros de Cotabambas (Apurímac) bloquearon ayer la vía en Chumbivilcas.", date(2023, 3, 1))
    assert [e.place.admin1 for e in out.events] == ["Cusco"]


def test_marches_listed_by_region_stay_one_per_region() -> None:
    out = _out("Ayer hubo marchas en Cusco, Apurímac y Lima.", date(2023, 7, 20))
    assert sorted(e.place.admin1 for e in out.events) == ["Apurímac", "Cusco", "Lima"]


def test_people_of_one_place_only_keep_it() -> None:
    out = _out("Ayer, cientos de pobladores de Ilave bloquearon la carretera.", date(2023, 1, 5))
    assert [e.place.admin1 for e in out.events] == ["Puno"]


# -- claims told in a subjectless sentence after the strike ----------------------------


def test_flash_claims_after_the_strike_are_its_demands() -> None:
    out = _out(
        "Mototaxistas de Piura acatan un paro. Exigen la derogatoria de la ley. Piden la renuncia del ministro del Interior.",
        date(2024, 10, 10),
    )
    assert len(out.events) == 1
    assert {"repeal_law", "removal_of_official"} <= set(out.events[0].demands)


def test_a_source_telling_of_repression_is_no_claim() -> None:
    out = _out(
        "Hoy, cientos de estudiantes marcharon en Quito. La Alianza informó que hubo una fuerte represión en el sector norte.",
        date(2022, 6, 20),
    )
    assert all("police_brutality" not in e.demands for e in out.events)


def test_strikers_named_by_their_cities_strike_there_when_another_region_is_another_clause() -> None:
    out = _out(
        "Hoy, transportistas de Huancayo y Arequipa acatan un paro; en Lima Norte denuncian nuevas amenazas de extorsionadores.",
        date(2024, 11, 13),
    )
    assert sorted(e.place.admin1 for e in out.events) == ["Arequipa", "Junín"]


def test_arrests_counted_with_the_wounded_after_the_tear_gas() -> None:
    out = _out(
        "Por la tarde, la Policía lanzó bombas lacrimógenas contra los manifestantes en la plaza San Martín. "
        "La Defensoría reportó al menos ocho heridos y tres detenidos.",
        date(2023, 7, 20),
    )
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.injuries.value, e.arrests.value) == (8, 3)
