"""The extractor end to end, on sentences written for these tests."""

from datetime import date, timedelta

import pytest

from kipu.extract.pipeline import Extractor
from kipu.evaluate.schema import validation_errors


def _one(extraction):
    assert len(extraction.events) == 1, [e.to_dict("") for e in extraction.events]
    return extraction.events[0]


def test_lethal_force_at_a_roadblock_in_spanish(extractor):
    text = (
        "Ayer, en Juliaca, la policía disparó contra los manifestantes que bloqueaban la vía "
        "y al menos 17 personas murieron."
    )
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang="es"))
    assert (ev.type, ev.sub_type) == ("protest", "excessive_force")
    assert ev.date.start == date(2023, 1, 9)
    assert ev.place.admin1 == "Puno"
    assert ev.fatalities.value == 17 and ev.fatalities.qualifier == "at_least"
    assert "roadblock" in ev.forms
    assert "police" in ev.opponents
    assert text[ev.evidence.start : ev.evidence.end] == text


def test_tear_gas_march_in_english_is_an_intervention(extractor):
    text = "On Thursday, thousands of students marched in Cusco and police fired tear gas to disperse them."
    ev = _one(extractor.extract(text, published=date(2023, 1, 21), lang="en"))
    assert (ev.type, ev.sub_type) == ("protest", "intervention")
    assert ev.date.start == date(2023, 1, 19)
    assert ev.place.admin1 == "Cusco"
    assert ev.participants.low == 2000 and ev.participants.high == 9999
    assert {"tear_gas", "dispersal"} <= set(ev.state_response)
    assert "students" in ev.actors


def test_one_event_per_region_named(extractor):
    text = "On Monday there were marches and roadblocks in Piura, Cusco and Puno against the government."
    ex = extractor.extract(text, published=date(2024, 11, 13), lang="en")
    assert sorted(e.place.admin1 for e in ex.events) == ["Cusco", "Piura", "Puno"]
    assert all(e.sub_type == "peaceful" for e in ex.events)


def test_a_call_to_strike_is_not_an_event(extractor):
    text = "Los gremios de transportistas convocan a un paro nacional para el próximo jueves."
    assert extractor.extract(text, published=date(2024, 10, 1), lang="es").events == []


def test_running_total_is_a_tally_not_an_incident_figure(extractor):
    text = (
        "Con esta nueva víctima, la cifra de fallecidos en las protestas desde diciembre asciende a 49, "
        "según la Defensoría del Pueblo."
    )
    ex = extractor.extract(text, published=date(2023, 1, 17), lang="es")
    assert [(t.measure, t.value) for t in ex.tallies] == [("fatalities", 49)]
    assert all(e.fatalities is None or e.fatalities.value != 49 for e in ex.events)


def test_state_of_emergency_over_several_regions_is_one_national_measure(extractor):
    text = "The government declared a state of emergency in Lima, Cusco and Puno on Saturday."
    ev = _one(extractor.extract(text, published=date(2023, 1, 16), lang="en"))
    assert (ev.type, ev.sub_type) == ("strategic_development", "state_measure")
    assert ev.place.admin1 is None and ev.place.country == "PE"
    assert ev.date.start == date(2023, 1, 14)


def test_unrelated_text_gives_nothing(extractor):
    text = "Copper exports rose by twelve percent last year, the ministry said in a statement."
    ex = extractor.extract(text, published=date(2024, 2, 1), lang="en")
    assert ex.events == [] and ex.tallies == []


def test_output_is_schema_valid_deterministic_and_offsets_hold(extractor):
    text = (
        "Protesters stormed the airport in Andahuaylas on Sunday and set fire to a police post. "
        "Two people were killed and 25 were injured, according to the health ministry."
    )
    first = extractor.extract(text, published=date(2022, 12, 13), lang="en", doc_id="t1")
    second = extractor.extract(text, published=date(2022, 12, 13), lang="en", doc_id="t1")
    record = first.to_dict(text)
    assert record == second.to_dict(text)
    assert validation_errors(record) == []
    for ev in record["events"]:
        s, e = ev["evidence_span"]
        assert text[s:e] == ev["evidence"]
        for spans in ev["spans"].values():
            for a, b in spans:
                assert 0 <= a < b <= len(text)


def test_language_is_detected_when_missing(extractor):
    text = "Miles de manifestantes marcharon ayer por el centro de Lima exigiendo la renuncia de la presidenta."
    ex = extractor.extract(text, published=date(2023, 1, 20))
    assert ex.lang == "es"
    assert ex.events and ex.events[0].place.admin1 == "Lima"


def test_words_inside_direct_speech_do_not_make_an_event() -> None:
    from kipu.extract.pipeline import Extractor

    text = "“Nos vamos al paro porque nadie nos escucha”, declaró un dirigente en Trujillo el 14 de noviembre."
    assert Extractor().extract(text, published=date(2024, 11, 14), lang="es").events == []
    narrated = "Cientos de transportistas marcharon en Trujillo el 14 de noviembre."
    assert len(Extractor().extract(narrated, published=date(2024, 11, 14), lang="es").events) == 1


def test_quote_spans_cover_a_quote_opened_in_an_earlier_sentence() -> None:
    from kipu.extract.document import quote_spans

    assert quote_spans("We are fighting,” a marcher told the radio.") == [(0, 17)]
    assert quote_spans('He said "strike" twice.') == [(8, 16)]


def test_a_sentence_wholly_inside_a_quote_told_over_several_sentences_is_a_voice() -> None:
    from kipu.extract.pipeline import Extractor

    text = ("Los agricultores bloquean la carretera a Limón desde el lunes. “Llevamos una semana aquí. "
            "Dos compañeros están muertos de cansancio, dicen los médicos. Nadie nos atiende”, dijo su vocero.")
    events = Extractor().extract(text, published=date(2016, 3, 2), lang="es").events
    assert [(e.sub_type, e.fatalities) for e in events] == [("peaceful", None)]


def test_deaths_in_a_road_accident_are_not_state_killings() -> None:
    from kipu.extract.pipeline import Extractor

    text = ("El alcalde informó que un ciclista murió en un accidente de tránsito junto a la fila de vehículos varados "
            "por el bloqueo de los pescadores en Puntarenas.")
    events = Extractor().extract(text, published=date(2016, 3, 2), lang="es").events
    assert events and all(e.sub_type != "excessive_force" and "killings" not in e.state_response for e in events)


def test_deaths_in_a_clash_beside_an_accident_stay_lethal() -> None:
    from kipu.extract.pipeline import Extractor

    text = "En Puno murieron cuatro manifestantes en enfrentamientos con la policía y otro en un accidente de tránsito durante el paro."
    events = Extractor().extract(text, published=date(2023, 1, 10), lang="es").events
    assert any(e.sub_type == "excessive_force" for e in events)


def test_date_written_against_a_political_turning_point_does_not_date_the_incident() -> None:
    from kipu.extract.pipeline import Extractor

    text = "Clashes followed the Dec. 7 ouster of the president."
    events = Extractor().extract(text, published=date(2022, 12, 20), lang="en").events
    assert all(e.date is None or e.date.start != date(2022, 12, 7) for e in events)


def test_measure_after_a_fronted_scene_clause_is_the_news() -> None:
    from kipu.extract.pipeline import Extractor

    text = (
        "As the protests spread, with roadblocks on the highways, the government declared "
        "a nationwide state of emergency on December 14."
    )
    events = Extractor().extract(text, published=date(2022, 12, 15), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("strategic_development", "state_measure")]


def test_nationwide_commentary_does_not_raise_the_severity_of_a_reported_strike() -> None:
    from kipu.extract.pipeline import Extractor

    text = (
        "Workers across Peru went on strike on November 13 to demand action against extortion.\n\n"
        "The regime's killings of demonstrators shocked the whole country."
    )
    events = Extractor().extract(text, published=date(2024, 11, 14), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "peaceful")]


@pytest.mark.parametrize(
    ("text", "lang", "fatalities", "injuries"),
    [
        ("A protester was killed and at least nine others were injured in clashes with police in Juliaca on January 20.", "en", 1, 9),
        ("Un manifestante murió en Juliaca el 20 de enero durante los enfrentamientos con la policía.", "es", 1, None),
        ("La CONAIE confirmó la muerte de un hombre durante la protesta en Puyo el 21 de junio.", "es", 1, None),
    ],
)
def test_one_named_victim_counts_one(text: str, lang: str, fatalities: int, injuries: int | None) -> None:
    from kipu.extract.pipeline import Extractor

    published = date(2023, 1, 21) if "enero" in text or "January" in text else date(2022, 6, 22)
    events = Extractor().extract(text, published=published, lang=lang).events
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.low == fatalities
    assert (events[0].injuries.low if events[0].injuries else None) == injuries


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mr Castillo is currently detained on charges of rebellion.", "en"),
        ("El expresidente se encuentra detenido en el penal de Barbadillo.", "es"),
    ],
)
def test_a_lasting_state_is_not_an_arrest(text: str, lang: str) -> None:
    from kipu.extract.pipeline import Extractor

    assert Extractor().extract(text, published=date(2023, 1, 22), lang=lang).events == []


def test_a_closure_amid_general_protests_is_a_strategic_development() -> None:
    from kipu.extract.pipeline import Extractor

    text = "Peru has indefinitely shut the tourist site Machu Picchu in the latest sign that anti-government protests are spreading."
    events = Extractor().extract(text, published=date(2023, 1, 22), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("strategic_development", "other")]


def test_a_sentence_that_is_mostly_a_quote_reports_a_voice() -> None:
    from kipu.extract.pipeline import Extractor

    text = "“We are fighting for our children and grandchildren,” a caravan participant in Arequipa told the radio."
    assert Extractor().extract(text, published=date(2023, 1, 17), lang="en").events == []


def test_a_place_inside_a_demand_is_not_where_the_protest_was() -> None:
    from kipu.extract.pipeline import Extractor

    text = "El domingo 11 de diciembre miles marcharon en Andahuaylas pidiendo el cierre del Congreso de la República."
    events = Extractor().extract(text, published=date(2022, 12, 12), lang="es").events
    assert [e.place.admin1 for e in events] == ["Apurímac"]


def test_a_transfer_of_power_is_not_an_occupation() -> None:
    from kipu.extract.pipeline import Extractor

    text = "After his ousting, vice president Dina Boluarte took over the presidency."
    assert Extractor().extract(text, published=date(2023, 1, 25), lang="en").events == []


def test_an_anniversary_piece_dates_its_undated_sentences_to_the_day_it_remembers() -> None:
    from kipu.extract.pipeline import Extractor

    text = (
        "15 de diciembre: a un año de la masacre de Ayacucho\n\n"
        "El 15 de diciembre de 2022, diez manifestantes fueron asesinados en Huamanga.\n\n"
        "El Ejército niega su responsabilidad en el enfrentamiento en el aeropuerto de Huamanga donde murieron diez manifestantes."
    )
    events = Extractor().extract(text, published=date(2023, 12, 15), lang="es").events
    assert {e.date.start for e in events if e.date} == {date(2022, 12, 15)}


def test_killings_by_gangs_are_the_grievance_not_force_against_the_strike() -> None:
    from kipu.extract.pipeline import Extractor

    text = "Transport workers went on strike in Lima on October 10 against the killings of drivers by criminal gangs."
    events = Extractor().extract(text, published=date(2024, 10, 10), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "peaceful")]


def test_crowd_control_without_a_protest_word_is_an_intervention() -> None:
    from kipu.extract.pipeline import Extractor

    text = "On July 19 in Lima, police used tear gas to disperse groups that tried to break through the cordons, and a few people were detained."
    events = Extractor().extract(text, published=date(2023, 7, 20), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "intervention")]


@pytest.mark.parametrize(
    ("text", "lang", "measure", "value"),
    [
        ("The journalists' association has recorded more than 200 aggressions against members of the press since December 2022.", "en", "press_aggressions", 200),
        ("Según la Defensoría, unas 60 personas han perdido la vida desde diciembre en el contexto de las protestas.", "es", "fatalities", 60),
    ],
)
def test_running_totals_are_tallies(text: str, lang: str, measure: str, value: int) -> None:
    from kipu.extract.pipeline import Extractor

    extraction = Extractor().extract(text, published=date(2023, 12, 7), lang=lang)
    assert (measure, value) in {(t.measure, t.value) for t in extraction.tallies}


def test_a_hard_wrapped_line_does_not_split_the_sentence() -> None:
    from kipu.extract.segment import sentences

    text = "On Thursday, Glencore said that it had evacuated its\nAntapaccay copper mine after demonstrators invaded it."
    assert len(sentences(text, "en")) == 1
    assert len(sentences("Title of the piece\nThe body starts here.", "en")) == 2


def test_the_city_refers_back_to_the_last_town_named() -> None:
    from kipu.extract.pipeline import Extractor

    text = (
        "On January 9, police killed 18 people in Juliaca.\n\n"
        "The next day, a mob burned a police vehicle in the city."
    )
    events = Extractor().extract(text, published=date(2023, 1, 11), lang="en").events
    assert {e.place.admin1 for e in events} == {"Puno"}


def test_a_toll_with_no_day_of_its_own_is_only_a_tally() -> None:
    from kipu.extract.pipeline import Extractor

    extraction = Extractor().extract("At least 41 demonstrators have been killed.", published=date(2023, 1, 17), lang="en")
    assert extraction.events == []
    assert [(t.measure, t.value) for t in extraction.tallies] == [("fatalities", 41)]


def test_a_casualty_verb_before_a_people_count_names_the_casualties() -> None:
    from kipu.extract.pipeline import Extractor

    text = "Police fired rubber bullets at workers marching in Arequipa on November 13, injuring eight people."
    (event,) = Extractor().extract(text, published=date(2024, 11, 14), lang="en").events
    assert event.injuries is not None and event.injuries.low == 8


def test_killed_in_the_protests_on_a_named_day_is_an_incident_figure() -> None:
    from kipu.extract.pipeline import Extractor

    text = "Hablan los familiares de los 10 asesinados durante las protestas del 15 de diciembre en Huamanga."
    extraction = Extractor().extract(text, published=date(2023, 2, 15), lang="es")
    assert [e.fatalities.low for e in extraction.events if e.fatalities] == [10]
    assert extraction.tallies == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Market traders and student groups have said they will join a march to Congress on Thursday.", "en"),
        ("Gremios y rondas campesinas ultiman los preparativos para la Toma de Lima, convocada para el miércoles 19 de julio.", "es"),
    ],
)
def test_what_will_happen_is_not_an_event(text: str, lang: str) -> None:
    from kipu.extract.pipeline import Extractor

    assert Extractor().extract(text, published=date(2023, 7, 17), lang=lang).events == []


def test_relatives_of_those_killed_march_peacefully() -> None:
    from kipu.extract.pipeline import Extractor

    text = "On July 19 in Lima, relatives of those killed carried photographs of their loved ones in a march to Congress."
    events = Extractor().extract(text, published=date(2023, 7, 20), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "peaceful")]


def test_a_toll_over_months_is_not_an_incident() -> None:
    from kipu.extract.pipeline import Extractor

    text = (
        "The Ombudsman's office has linked more than 60 deaths to the protests of December 2022 to March 2023, "
        "most of them in confrontations with the police in Ayacucho, Apurímac and Puno."
    )
    extraction = Extractor().extract(text, published=date(2023, 12, 7), lang="en")
    assert extraction.events == []
    assert [(t.measure, t.value) for t in extraction.tallies] == [("fatalities", 60)]


def test_the_day_not_the_month_dates_the_news() -> None:
    from kipu.extract.pipeline import Extractor

    text = "El segundo paro de transportistas de octubre tuvo ayer un acatamiento parcial en el Callao."
    (event,) = Extractor().extract(text, published=date(2024, 10, 24), lang="es").events
    assert event.date.start == date(2024, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "On 6 June 2022, in Trelew, relatives and friends of a man who was killed by minors protested to demand justice.",
        "On 25 June 2022, in General Pico, a group marched to demand justice for the killing of a child.",
        "On 21 February 2022, in Andalgala, more than 20 people protested to demand justice for a woman who was shot.",
    ],
)
def test_a_victim_the_protest_is_about_is_not_the_protests_toll(text: str) -> None:
    from kipu.extract.pipeline import Extractor

    events = Extractor().extract(text, published=date(2022, 6, 30), lang="en").events
    assert events and all(e.fatalities is None for e in events)


def test_a_strike_and_the_agreement_that_ended_it_are_two_events() -> None:
    from kipu.extract.pipeline import Extractor

    text = "El paro nacional terminó hoy, 30 de junio, en Quito después de que los dirigentes firmaron el acuerdo con el Gobierno."
    events = Extractor().extract(text, published=date(2022, 6, 30), lang="es").events
    assert sorted((e.type, e.sub_type) for e in events) == [("protest", "peaceful"), ("strategic_development", "other")]


def test_a_journalist_attacked_while_covering_a_demonstration_is_an_attack() -> None:
    from kipu.extract.pipeline import Extractor

    text = (
        "Press in the line of fire\n\n"
        "Luís Becerra, a freelance photojournalist, was covering a demonstration in downtown Lima when police officers started shooting.\n\n"
        "It was Saturday, 28 January, at around 9 p.m."
    )
    events = Extractor().extract(text, published=date(2023, 5, 3), lang="en").events
    attacks = [e for e in events if e.type == "violence_against_civilians"]
    assert len(attacks) == 1 and attacks[0].date.start == date(2023, 1, 28)


def test_a_register_of_attacks_on_the_press_is_a_tally_only() -> None:
    from kipu.extract.pipeline import Extractor

    text = "Since December, the journalists' association has registered 150 attacks on journalists covering the protests."
    extraction = Extractor().extract(text, published=date(2023, 5, 3), lang="en")
    assert extraction.events == []
    assert [(t.measure, t.value) for t in extraction.tallies] == [("press_aggressions", 150)]


def test_an_announced_state_decision_is_news_an_announced_strike_is_a_plan() -> None:
    from kipu.extract.pipeline import Extractor

    closure = "On January 21, the Culture Ministry announced it would be closing Machu Picchu to tourists."
    events = Extractor().extract(closure, published=date(2023, 1, 22), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("strategic_development", "other")]
    strike = "Los transportistas anunciaron un paro nacional en Lima para el 14 de noviembre."
    assert Extractor().extract(strike, published=date(2024, 11, 10), lang="es").events == []


def test_one_protesters_arrest_is_force_used_at_the_protest() -> None:
    from kipu.extract.pipeline import Extractor

    text = (
        "Manuel Quilla was beaten by police during a protest in Lima. "
        "He was arrested on March 14 and released days later."
    )
    events = Extractor().extract(text, published=date(2023, 4, 1), lang="en").events
    arrested = [e for e in events if e.date and e.date.start == date(2023, 3, 14)]
    assert [(e.type, e.sub_type) for e in arrested] == [("protest", "intervention")]
    assert arrested[0].arrests is not None and arrested[0].arrests.low == 1


def test_called_by_names_the_organiser_not_a_plan() -> None:
    from kipu.extract.pipeline import Extractor

    text = "18 días duró el paro nacional convocado por la Conaie en Ecuador."
    (event,) = Extractor().extract(text, published=date(2022, 6, 30), lang="es").events
    assert (event.date.start, event.date.end) == (date(2022, 6, 13), date(2022, 6, 30))


def test_a_total_for_one_town_on_one_day_is_that_incidents_toll() -> None:
    from kipu.extract.pipeline import Extractor

    text = "La cifra de fallecidos por los enfrentamientos del jueves en Huamanga subió a ocho, informó hoy la Diresa."
    extraction = Extractor().extract(text, published=date(2022, 12, 17), lang="es")
    assert [e.fatalities.low for e in extraction.events if e.fatalities] == [8]


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        ("Thousands of mourners marched through Juliaca on Wednesday behind the coffins of people killed in the clashes.", "en", date(2023, 1, 12)),
        ("Cientos de personas marcharon ayer en Juliaca para recordar a las víctimas del 9 de enero de 2023, cuando diecisiete civiles murieron.", "es", date(2024, 1, 10)),
    ],
)
def test_a_commemoration_does_not_take_the_toll_it_remembers(text: str, lang: str, published: date) -> None:
    from kipu.extract.pipeline import Extractor

    events = Extractor().extract(text, published=published, lang=lang).events
    # The march itself carries no toll; the deaths it recalls, when dated, are
    # their own past incident (see test_a_march_recalling_a_past_massacre_reports_both).
    marches = [e for e in events if "past_incident" not in e.cues]
    assert marches and all(e.fatalities is None and e.date.start >= published - timedelta(days=2) for e in marches)


def test_a_toll_for_that_period_is_a_tally() -> None:
    from kipu.extract.pipeline import Extractor

    text = "The unrest lasted from December to March.\nRights groups say about 50 people died in clashes with security forces in that period."
    extraction = Extractor().extract(text, published=date(2023, 7, 20), lang="en")
    assert all(e.fatalities is None for e in extraction.events)
    assert [(t.measure, t.value) for t in extraction.tallies] == [("fatalities", 50)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If farmers in Puno block the roads again, the talks end.", "en"),
        ("Si los agricultores bloquean las vías de Puno, el diálogo termina.", "es"),
        ("Minaar said all barricades would be lifted at midnight in Cusco.", "en"),
        ("Los dirigentes dijeron que podrían bloquear la vía Panamericana en Ica.", "es"),
        ('The minister said: "If there are people protesting in the streets of Lima, the country cannot move forward."', "en"),
    ],
)
def test_a_condition_or_conditional_verb_is_not_an_event(extractor, text, lang):
    assert extractor.extract(text, published=date(2023, 1, 10), lang=lang).events == []


def test_a_concession_is_still_a_fact(extractor):
    text = "Si bien la marcha en Cusco fue pacífica, los comerciantes cerraron sus tiendas."
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang="es"))
    assert ev.place.admin1 == "Cusco"


def test_a_state_decision_reported_with_would_is_news(extractor):
    text = "The government said on Sunday that the state of emergency in Puno would last 30 days."
    ev = _one(extractor.extract(text, published=date(2023, 1, 16), lang="en"))
    assert (ev.type, ev.sub_type) == ("strategic_development", "state_measure")


@pytest.mark.parametrize(
    "text",
    [
        "March 10 March 7 difference New York Dow Jones 11,857.55 11,893.69.",
        "The economy grew 5.6 percent in the January-March quarter, the government reported.",
        "Federer plays No. 6-seeded Tomas Berdych in the quarterfinals.",
    ],
)
def test_month_and_personal_names_are_not_marches_or_occupations(extractor, text):
    assert extractor.extract(text, published=date(2016, 3, 11), lang="en").events == []


def test_protest_over_months_is_the_movement_not_an_incident(extractor):
    text = (
        "Amnistía Internacional acusó al Estado de reprimir las protestas que se han "
        "producido en el país desde diciembre."
    )
    assert extractor.extract(text, published=date(2023, 2, 17), lang="es").events == []


def test_an_undated_mention_of_a_places_incident_refers_back_to_it(extractor):
    text = (
        "On January 9, police killed at least 18 protesters in Juliaca.\n\n"
        "Since then, the Juliaca massacre has unleashed an escalation of the protests."
    )
    ev = _one(extractor.extract(text, published=date(2023, 1, 17), lang="en"))
    assert ev.date.start == date(2023, 1, 9)
    assert ev.fatalities.value == 18


def test_spanish_future_tense_is_a_plan(extractor):
    text = "El dirigente indicó que el paro nacional comenzará a las 8:00 en la avenida Aviación, en San Luis."
    assert extractor.extract(text, published=date(2024, 11, 14), lang="es").events == []


def test_deaths_named_as_the_cause_do_not_make_a_riot_lethal(extractor):
    text = (
        "El 16 de diciembre, frente a la masacre ocurrida, se produjeron saqueos e incendios "
        "de edificios públicos en Huamanga."
    )
    ev = _one(extractor.extract(text, published=date(2022, 12, 20), lang="es"))
    assert (ev.type, ev.sub_type) == ("riot", "violent_demonstration")


def test_a_bridge_named_after_a_district_is_not_that_district(extractor):
    text = (
        "Lima\nEn la capital, los manifestantes marcharon en el Centro de Lima.\n"
        "Arequipa\nLa situación en Arequipa es más tensa. Los manifestantes han incendiado llantas en el puente San Isidro.\n"
        "Puno\nEn Puno, los manifestantes bloquearon el puente de Ilave."
    )
    ex = extractor.extract(text, published=date(2024, 11, 13), lang="es")
    typed = {(e.place.admin1, e.type) for e in ex.events}
    assert typed == {("Lima", "protest"), ("Arequipa", "riot"), ("Puno", "protest")}


def test_nacional_inside_an_organisations_name_is_not_national_scope(extractor):
    text = (
        "El paro de transportistas afectó a Lima y Callao.\n\n"
        "En la capital, el tránsito era lento. La Coordinadora Nacional de Lucha marchó el martes hacia el centro."
    )
    ex = extractor.extract(text, published=date(2024, 11, 13), lang="es")
    assert {e.place.admin1 for e in ex.events} == {"Lima", "Callao"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Con la muerte del comunero se reportan cuatro fallecidos en once días de paro nacional.", "es"),
        ("With his death, four people have died in eleven days of strike across the country.", "en"),
    ],
)
def test_a_toll_over_days_of_a_strike_is_a_tally(extractor, text, lang):
    ex = extractor.extract(text, published=date(2022, 6, 24), lang=lang)
    assert [(t.measure, t.value) for t in ex.tallies] == [("fatalities", 4)]
    assert not any(e.fatalities and e.fatalities.value == 4 for e in ex.events)


def test_the_nth_death_counts_one_and_a_following_sentence_places_it(extractor):
    text = (
        "Con la muerte de Quezada se reportan cuatro fallecidos en once días de paro nacional indefinido en Ecuador. Quezada murió en Quito.\n\n"
        "Día 11, 23 de junio: el tercer fallecido fue Marcelino Villa, de 38 años, quien murió por un disparo. "
        "La bancada informó que este hecho ocurrió durante la madrugada en la localidad de Tarqui, provincia de Azuay."
    )
    ex = extractor.extract(text, published=date(2022, 6, 24), lang="es")
    azuay = [e for e in ex.events if e.place and e.place.admin1 == "Azuay"]
    assert len(azuay) == 1
    assert azuay[0].fatalities.value == 1
    assert azuay[0].date.start == date(2022, 6, 23)


def test_the_morning_is_not_tomorrow(extractor):
    text = "En horas de la mañana, vecinos de Juliaca cortan el paso en el puente Maravillas como medida de protesta."
    ev = _one(extractor.extract(text, published=date(2023, 2, 1), lang="es"))
    assert ev.place.admin1 == "Puno" and "roadblock" in ev.forms


def test_a_protest_verb_stays_an_incident_beside_a_long_grievance(extractor):
    text = "En Lima, un grupo de topógrafos protesta contra el sistema de cobros que rige desde enero."
    ev = _one(extractor.extract(text, published=date(2016, 6, 1), lang="es"))
    assert (ev.type, ev.place.admin1) == ("protest", "Lima")


def test_the_share_of_a_movements_toll_is_not_an_incident(extractor):
    text = (
        "Según la Defensoría, unas 60 personas han perdido la vida desde diciembre en el contexto de las protestas. "
        "La mayoría murió en enfrentamientos con las fuerzas del orden."
    )
    ex = extractor.extract(text, published=date(2023, 2, 10), lang="es")
    assert ex.events == []
    assert [(t.measure, t.value) for t in ex.tallies] == [("fatalities", 60)]


@pytest.mark.parametrize(
    "text",
    [
        "Un grupo de madres cuyos hijos murieron por supuesta mala praxis en el hospital se concentran en la Plaza Mayor de Cusco.",
        "Activistas marchan en Arequipa ante el caso de una perra que murió de hambre.",
    ],
)
def test_a_death_with_no_toll_or_force_is_the_grievance(extractor, text):
    ev = _one(extractor.extract(text, published=date(2016, 6, 1), lang="es"))
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")


def test_a_death_word_beside_police_is_still_excessive_force(extractor):
    text = "En Juliaca, la policía reprimió la marcha y hubo muertos."
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang="es"))
    assert ev.sub_type == "excessive_force"


def test_police_force_told_after_a_strike_is_used_at_that_strike(extractor):
    text = (
        "Desde horas de la mañana, los trabajadores de los muelles de Paita declaran una huelga de brazos caídos. "
        "En horas de la tarde, oficiales de la UIP intervienen y toman control de los muelles, deteniendo a un total de 68 trabajadores."
    )
    ex = extractor.extract(text, published=date(2016, 3, 1), lang="es")
    ev = _one(ex)
    assert ev.sub_type == "intervention"
    assert ev.arrests.value == 68
    assert ex.tallies == []  # "un total de 68" sizes this incident; it is not a running total


def test_an_eviction_protested_against_is_not_force_used(extractor):
    text = "Campesinos de Piura protestan frente a la prefectura contra el posible desalojo de sus tierras."
    ev = _one(extractor.extract(text, published=date(2016, 3, 1), lang="es"))
    assert ev.sub_type == "peaceful" and ev.state_response == []


def test_a_count_since_a_day_in_the_protests_is_only_a_tally(extractor):
    text = "Según el último reporte oficial, al menos siete personas han muerto en las protestas desde el 7 de diciembre."
    ex = extractor.extract(text, published=date(2022, 12, 15), lang="es")
    assert ex.events == []
    assert [(t.measure, t.value) for t in ex.tallies] == [("fatalities", 7)]


def test_the_day_a_march_is_planned_for_does_not_date_the_arrivals(extractor):
    text = (
        "Hundreds of protesters from Puno have arrived in Lima since Monday to join "
        "a mass march planned for Thursday."
    )
    ev = _one(extractor.extract(text, published=date(2023, 1, 18), lang="en"))
    assert ev.date.start == date(2023, 1, 16)


def test_the_month_of_a_past_movement_does_not_date_a_march(extractor):
    text = (
        "On Wednesday, relatives of those killed during the protests of December and January "
        "marched in Lima carrying photographs of their loved ones."
    )
    ev = _one(extractor.extract(text, published=date(2023, 7, 20), lang="en"))
    assert ev.date.start == date(2023, 7, 19)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Los hoteleros de Cusco dijeron que la ocupación fue mayor que la de los primeros meses del año.", "es"),
        ("In Lima, investigations into the deaths of protesters have made little progress, relatives say.", "en"),
    ],
)
def test_occupancy_and_investigated_deaths_are_not_events(extractor, text, lang):
    assert extractor.extract(text, published=date(2023, 12, 7), lang=lang).events == []


def test_rioting_in_one_town_on_successive_days_is_one_riot(extractor):
    text = (
        "Protesters gather as a metro station burns during a protest in Santiago, on October 19, 2019.\n\n"
        "Hooded protesters lit fires at several metro stations in Santiago, looted shops and burned a bus last Friday."
    )
    ev = _one(extractor.extract(text, published=date(2019, 10, 19), lang="en"))
    assert ev.type == "riot"
    assert (ev.date.start, ev.date.end) == (date(2019, 10, 18), date(2019, 10, 19))


def test_deadly_days_in_one_town_stay_apart(extractor):
    text = (
        "El domingo 11 de diciembre, la policía mató a dos manifestantes en Andahuaylas.\n\n"
        "El lunes 12 de diciembre murieron otros dos manifestantes por disparos de la policía en Andahuaylas."
    )
    ex = extractor.extract(text, published=date(2022, 12, 13), lang="es")
    assert sorted(e.date.start for e in ex.events) == [date(2022, 12, 11), date(2022, 12, 12)]


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("El paro de transportistas continúa este jueves 14 de noviembre en Lima.", "es", date(2024, 11, 13)),
        ("Truckers in Arequipa blocked the Panamericana Sur for a third day on Thursday, November 14.", "en", date(2024, 11, 12)),
    ],
)
def test_an_incident_that_continues_on_a_day_began_before_it(extractor, text, lang, start):
    ev = _one(extractor.extract(text, published=date(2024, 11, 14), lang=lang))
    assert (ev.date.start, ev.date.end) == (start, date(2024, 11, 14))


def test_a_resolution_passed_by_congress_is_a_state_measure(extractor):
    text = "Congress passed a resolution last month to allow 600 armed foreign soldiers into the country for the summit."
    ev = _one(extractor.extract(text, published=date(2024, 11, 14), lang="en"))
    assert (ev.type, ev.sub_type) == ("strategic_development", "state_measure")
    assert (ev.date.start, ev.date.end) == (date(2024, 10, 1), date(2024, 10, 31))


def test_another_fatal_victim_counts_one_death(extractor):
    text = "Por otro lado, en Arequipa, Miguel Arcana es otra víctima mortal de las protestas contra el gobierno."
    ev = _one(extractor.extract(text, published=date(2022, 12, 13), lang="es"))
    assert ev.place.admin1 == "Arequipa"
    assert ev.fatalities.value == 1 and ev.sub_type == "excessive_force"


def test_a_number_with_its_own_noun_does_not_count_the_dead_after_a_comma(extractor):
    text = (
        "En Quito, la Alianza, que aglutina a 15 agrupaciones, también confirmó este deceso, "
        "ocurrido durante las protestas del jueves."
    )
    ex = extractor.extract(text, published=date(2022, 6, 24), lang="es")
    assert not any(e.fatalities and e.fatalities.value == 15 for e in ex.events)


def test_protesters_descending_on_the_capital_march(extractor):
    text = "On Saturday, thousands of protesters descended on the capital Lima to demand the resignation of the president."
    ev = _one(extractor.extract(text, published=date(2023, 1, 22), lang="en"))
    assert ev.place.admin1 == "Lima" and "march" in ev.forms


def test_a_paragraph_that_names_its_place_late_places_its_opening(extractor):
    text = (
        "La CONAIE confirmó la muerte de un manifestante este jueves 23 de junio en Quito.\n\n"
        "Día 9, 21 de junio: el segundo muerto fue un dirigente indígena de 42 años. Según la Alianza, "
        "fue impactado por una bomba lacrimógena cuando protestaba en la ciudad de Puyo, provincia de Pastaza."
    )
    ex = extractor.extract(text, published=date(2022, 6, 24), lang="es")
    puyo = [e for e in ex.events if e.place and e.place.admin1 == "Pastaza"]
    assert len(puyo) == 1
    assert puyo[0].sub_type == "excessive_force" and puyo[0].fatalities.value == 1
    assert puyo[0].date.start == date(2022, 6, 21)


def test_a_person_shot_at_a_protest_who_died_later_is_a_death(extractor):
    text = (
        "Relatives buried Jhonathan Alarcón in Llachoccmayo. "
        "He was shot during the December 15 protests in Ayacucho and died days later."
    )
    ex = extractor.extract(text, published=date(2022, 12, 23), lang="en")
    ayacucho = [e for e in ex.events if e.place and e.place.admin1 == "Ayacucho"]
    assert len(ayacucho) == 1 and ayacucho[0].fatalities.value == 1
    assert ayacucho[0].date.start == date(2022, 12, 15)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Sunday Congress approved a law extending the national state of emergency for 30 days. "
            "The law also extended the curfew in the Puno department for a period of ten days.",
            "en",
        ),
        (
            "El Gobierno declaró el domingo el estado de emergencia en todo el país por 30 días. "
            "La medida suspende derechos como la libertad de reunión en Lima y permite que las Fuerzas Armadas apoyen a la Policía.",
            "es",
        ),
    ],
)
def test_a_provision_of_the_measure_just_told_is_that_measure(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 16), lang=lang))
    assert (ev.sub_type, ev.place.admin1) == ("state_measure", None)


def _by_type(extraction, type_):
    return [e for e in extraction.events if e.type == type_]


def test_demonstrations_that_began_earlier_in_the_city_start_that_day(extractor):
    # Published Sunday 22 January 2023: "Thursday" is the 19th.
    text = (
        "22 January 2023\n\n"
        "Thousands of protesters marched through Lima again, demanding new elections.\n\n"
        "The demonstrations in Lima, which began on Thursday, have drawn travellers from the south."
    )
    ex = extractor.extract(text, published=date(2023, 1, 22), lang="en")
    march = next(e for e in ex.events if e.sub_type == "peaceful")
    assert (march.date.start, march.date.end) == (date(2023, 1, 19), date(2023, 1, 22))
    assert "onset" in march.cues


def test_an_onset_in_another_region_does_not_move_the_date(extractor):
    text = (
        "22 January 2023\n\n"
        "Thousands of protesters marched through Lima again, demanding new elections.\n\n"
        "In Cusco, the demonstrations, which began in the city on Thursday, went on."
    )
    ex = extractor.extract(text, published=date(2023, 1, 22), lang="en")
    lima = next(e for e in ex.events if e.place and e.place.admin1 == "Lima")
    assert lima.date.start == date(2023, 1, 22)


def test_a_strike_said_elsewhere_to_continue_on_its_day_began_the_day_before(extractor):
    text = (
        "Este 14 de noviembre se realiza el paro nacional de transportistas contra la extorsión.\n\n"
        "Un dirigente del gremio confirmó que el paro nacional de transportistas continuará "
        "este jueves 14 de noviembre en todo el país."
    )
    ex = extractor.extract(text, published=date(2024, 11, 14), lang="es")
    strike = _one(ex)
    assert (strike.date.start, strike.date.end) == (date(2024, 11, 13), date(2024, 11, 14))
    assert "continued" in strike.cues


def test_what_is_found_the_next_morning_happened_from_the_day_before(extractor):
    text = (
        "On January 9, police fired on protesters in Juliaca, killing 17. The charred body of a police "
        "officer was found the following morning in the city, and protesters were blamed for the killing."
    )
    ex = extractor.extract(text, published=date(2023, 1, 17), lang="en")
    found = next(e for e in ex.events if "found_later" in e.cues)
    assert (found.date.start, found.date.end) == (date(2023, 1, 9), date(2023, 1, 10))
    shooting = next(e for e in ex.events if e is not found)
    assert (shooting.date.start, shooting.date.end) == (date(2023, 1, 9), date(2023, 1, 9))


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("En Andahuaylas, el hospital reportó ayer la muerte de Julio César Rojas Huamán y Ana María Quispe, "
         "manifestantes heridos durante los enfrentamientos con la policía.", "es", 2),
        ("In Ayacucho, doctors confirmed yesterday the deaths of Pedro Luis Soto, Rosa Flores and Juan Carlos Huamán "
         "after clashes between protesters and soldiers.", "en", 3),
    ],
)
def test_full_names_after_a_casualty_noun_are_counted(extractor, text, lang, n):
    ev = _one(extractor.extract(text, published=date(2022, 12, 13), lang=lang))
    assert ev.fatalities is not None and ev.fatalities.value == n


def test_names_after_justice_for_the_death_are_the_grievance(extractor):
    text = "En Lima, cientos de personas marcharon ayer para exigir justicia por la muerte de Inti Sotelo y Bryan Pintado."
    ev = _one(extractor.extract(text, published=date(2023, 11, 15), lang="es"))
    assert ev.fatalities is None


def test_a_measure_after_protests_starts_on_the_protests_day(extractor):
    text = (
        "19 October 2019\n\n"
        "Government declares state of emergency in Santiago after violent protests\n\n"
        "Hooded protesters set fire to metro stations and looted shops in Santiago on Friday."
    )
    ex = extractor.extract(text, published=date(2019, 10, 19), lang="en")
    measure = _by_type(ex, "strategic_development")[0]
    assert (measure.date.start, measure.date.end) == (date(2019, 10, 18), date(2019, 10, 19))


def test_a_measure_long_after_the_protests_keeps_its_own_day(extractor):
    text = (
        "19 October 2019\n\n"
        "Government declares state of emergency in Santiago after violent protests\n\n"
        "Hooded protesters set fire to metro stations and looted shops in Santiago on October 2."
    )
    ex = extractor.extract(text, published=date(2019, 10, 19), lang="en")
    measure = _by_type(ex, "strategic_development")[0]
    assert measure.date.start == date(2019, 10, 19)
    assert "after_protests" not in measure.cues


def test_arrests_of_the_protests_leaders_are_not_force_at_one_protest(extractor):
    text = "Hundreds of arrests of alleged organisers of the protests and raids on union offices have been reported."
    ev = _one(extractor.extract(text, published=date(2023, 1, 17), lang="en"))
    assert (ev.type, ev.sub_type) == ("strategic_development", "arrests")


def test_arrests_during_a_protest_stay_force_at_that_protest(extractor):
    ev = _one(extractor.extract("Police made dozens of arrests during the protests in Lima on Monday.", published=date(2023, 1, 17), lang="en"))
    assert (ev.type, ev.sub_type) == ("protest", "intervention")


def test_arrests_counted_so_far_span_the_movement(extractor):
    text = (
        "The protests erupted after the December 7 ouster of President Pedro Castillo.\n\n"
        "Hundreds of arrests of alleged organisers of the protests have taken place across the country."
    )
    ex = extractor.extract(text, published=date(2023, 1, 17), lang="en")
    arrests = next(e for e in ex.events if e.sub_type == "arrests")
    assert (arrests.date.start, arrests.date.end) == (date(2022, 12, 7), date(2023, 1, 17))
    assert "since_movement" in arrests.cues


def test_a_march_recalling_a_past_massacre_reports_both(extractor):
    text = (
        "Cientos de personas marcharon ayer por las calles de Juliaca para recordar a las víctimas del "
        "9 de enero de 2023, cuando diecisiete civiles murieron por disparos cerca del aeropuerto."
    )
    ex = extractor.extract(text, published=date(2024, 1, 10), lang="es")
    by_day = {e.date.start: e for e in ex.events}
    assert set(by_day) == {date(2024, 1, 9), date(2023, 1, 9)}
    march, massacre = by_day[date(2024, 1, 9)], by_day[date(2023, 1, 9)]
    assert (march.type, march.sub_type, march.fatalities) == ("protest", "peaceful", None)
    assert (massacre.sub_type, massacre.fatalities.value) == ("excessive_force", 17)
    assert "past_incident" in massacre.cues


def test_a_crowd_killing_an_officer_is_apart_from_police_killing_protesters(extractor):
    text = (
        "Diecisiete personas murieron el lunes en Juliaca durante los enfrentamientos con la policía.\n\n"
        "Esa noche, un grupo de manifestantes interceptó un patrullero en Juliaca y le prendió fuego. "
        "Un suboficial murió calcinado."
    )
    ex = extractor.extract(text, published=date(2023, 1, 10), lang="es")
    subs = sorted(e.sub_type for e in ex.events)
    assert subs == ["excessive_force", "mob_violence"], subs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Wednesday the government put the whole country under a state of emergency for thirty days.", "en"),
        ("El miércoles el Gobierno puso a todo el país bajo estado de emergencia por treinta días.", "es"),
    ],
)
def test_putting_a_country_under_a_state_of_emergency_is_a_measure(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2022, 12, 16), lang=lang))
    assert (ev.type, ev.sub_type) == ("strategic_development", "state_measure")


def test_living_under_a_state_of_emergency_is_not_news(extractor):
    ex = extractor.extract("Puno remains under a state of emergency.", published=date(2023, 1, 20), lang="en")
    assert ex.events == []


def test_a_written_span_holding_the_day_dates_the_whole_strike(extractor):
    text = "Los gremios cerraron ayer tres días de paro en Lima, del 13 al 15 de noviembre."
    ev = _one(extractor.extract(text, published=date(2024, 11, 16), lang="es"))
    assert (ev.date.start, ev.date.end) == (date(2024, 11, 13), date(2024, 11, 15))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thousands of mourners marched through Juliaca on Wednesday behind the coffins of people killed in Monday's clashes.", "en"),
        ("Miles de personas marcharon ayer en Juliaca con los retratos de los jóvenes asesinados en los enfrentamientos del lunes.", "es"),
    ],
)
def test_a_march_behind_the_coffins_of_the_dead_is_peaceful(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 12), lang=lang))
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")


@pytest.mark.parametrize(
    "text",
    [
        "Government forces and rebels fought fierce clashes near the border town on Friday, killing twelve fighters.",
        "Militants seized control of the last border post on Thursday, a monitoring group said.",
        "Troops occupied the town after a week of shelling.",
        "Gunmen attacked a village on Friday, leaving nine people dead.",
        "Security forces clashed with attackers at a checkpoint on Friday, killing three.",
    ],
)
def test_armed_conflict_is_not_a_demonstration(extractor, text):
    ex = extractor.extract(text, published=date(2022, 3, 5), lang="en")
    assert [e for e in ex.events if e.type in ("protest", "riot")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Rival groups of bus drivers clashed with slingshots in the town square on Friday.",
        "Protesters clashed with soldiers at the airport on Friday, and two demonstrators were killed.",
        "Since Sunday, thousands have joined caravans heading to the capital as the army tries to stop them.",
        "Militant teachers clashed with police in Puno on Monday.",
    ],
)
def test_civilians_clashing_or_marching_past_soldiers_are_demonstrations(extractor, text):
    ex = extractor.extract(text, published=date(2023, 1, 17), lang="en")
    assert [e for e in ex.events if e.type in ("protest", "riot")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Protests in Lima turned violent on Thursday.", "en"),
        ("Thousands of protesters threw objects at police in Cusco on Thursday.", "en"),
        ("Las protestas se tornaron violentas el jueves en Arequipa.", "es"),
    ],
)
def test_violence_said_outright_is_a_violent_demonstration(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 20), lang=lang))
    assert (ev.type, ev.sub_type) == ("riot", "violent_demonstration")


def test_a_measure_after_violent_protests_is_the_measure(extractor):
    ex = extractor.extract("Chile president declares state of emergency after violent protests", published=date(2019, 10, 19), lang="en")
    assert [(e.type, e.sub_type) for e in ex.events][0] == ("strategic_development", "state_measure")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thousands marched in Lima on Friday demanding justice for the dozens of victims of police repression.", "en"),
        ("Miles de personas marcharon el viernes en Lima por los 49 muertos de las protestas.", "es"),
    ],
)
def test_a_count_of_dead_the_march_is_for_is_not_its_toll(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 7, 20), lang=lang))
    assert ev.fatalities is None and ev.sub_type == "peaceful"


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("El 15 de diciembre, militares dispararon contra los manifestantes en el aeropuerto de Huamanga. "
         "Los familiares aún esperan justicia. Según cifras oficiales, en ese ataque resultaron heridas más de 60 personas.", "es", 60),
        ("On December 15, soldiers fired on protesters at the airport in Huamanga. "
         "In that attack, more than 60 people were injured, according to the ombudsman.", "en", 60),
    ],
)
def test_a_count_told_of_that_attack_is_the_incidents(extractor, text, lang, n):
    ev = _one(extractor.extract(text, published=date(2022, 12, 20), lang=lang))
    assert ev.injuries is not None and ev.injuries.value == n


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Santiago on Sunday, looters set fire to a supermarket and two of them died in the blaze.", "en"),
        ("El domingo en Arequipa, saqueadores incendiaron un almacén y dos de ellos murieron en el incendio.", "es"),
    ],
)
def test_deaths_in_a_looting_fire_are_the_riots(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2019, 10, 21), lang=lang))
    assert (ev.type, ev.sub_type) == ("riot", "violent_demonstration")
    assert ev.fatalities is not None and ev.fatalities.value == 2


def test_deaths_when_police_fire_on_rioters_are_excessive_force(extractor):
    text = "In Juliaca on Monday, police opened fire on protesters who tried to burn the airport, killing 17."
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang="en"))
    assert ev.sub_type == "excessive_force"


def test_a_relative_day_inside_a_quote_does_not_date_the_incident(extractor):
    text = (
        "11 de diciembre de 2022\n\n"
        "Los enfrentamientos en el aeropuerto de Andahuaylas obligaron a Corpac a cerrar y a emitir un "
        "comunicado que denuncia “actos de vandalismo desde la tarde de ayer”."
    )
    ev = _one(extractor.extract(text, published=date(2022, 12, 11), lang="es"))
    assert ev.date.start == date(2022, 12, 11)


def test_placards_are_not_cartels(extractor):
    text = (
        "Los estudiantes protestan desde el lunes en Andahuaylas. "
        "Ayer, sus compañeros llegaron con carteles a la comisaría de Huancabamba y se enfrentaron con la policía."
    )
    ex = extractor.extract(text, published=date(2022, 12, 13), lang="es")
    assert any(e.type == "riot" for e in ex.events), [(e.type, e.sub_type) for e in ex.events]


def test_a_journalist_hurt_in_the_attack_is_still_an_attack(extractor):
    text = (
        "Police fired tear gas at a march in Lima on Thursday. "
        "A photojournalist was beaten by officers in the attack."
    )
    ex = extractor.extract(text, published=date(2023, 1, 20), lang="en")
    assert any(e.type == "violence_against_civilians" for e in ex.events), [(e.type, e.sub_type) for e in ex.events]


def test_deaths_beside_arson_with_no_fire_death_stay_excessive_force(extractor):
    text = "Los manifestantes quemaron la comisaría de Ilave y 17 personas murieron."
    ev = _one(extractor.extract(text, published=date(2023, 1, 17), lang="es"))
    assert ev.sub_type == "excessive_force"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Police moved in on Tuesday to evict the marchers from Cusco who were being housed at the "
         "National University of Engineering in Lima during the protests.", "en"),
        ("La policía desalojó el martes a los manifestantes llegados desde Cusco y alojados en la Universidad "
         "Nacional de Ingeniería, en Lima, mientras duraban las protestas.", "es"),
    ],
)
def test_a_raid_where_protesters_were_housed_is_a_strategic_arrest(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 1, 25), lang=lang))
    assert (ev.type, ev.sub_type) == ("strategic_development", "arrests")
    assert ev.place.name == "Universidad Nacional de Ingeniería"
    assert "raid_on_lodgings" in ev.cues


def test_shooting_where_protesters_were_housed_stays_force_against_protesters(extractor):
    text = ("Police fired on the protesters who were staying at the stadium in Juliaca on Tuesday, "
            "and two of them died.")
    ev = _one(extractor.extract(text, published=date(2023, 1, 25), lang="en"))
    assert (ev.type, ev.sub_type) == ("protest", "excessive_force")


def test_two_measures_with_their_own_days_are_two_events(extractor):
    text = ("Repression grew after the declaration of a state of emergency on Monday "
            "and the imposition of a curfew on Wednesday.")
    events = extractor.extract(text, published=date(2022, 12, 17), lang="en").events
    assert sorted((e.sub_type, e.date.start) for e in events) == [
        ("state_measure", date(2022, 12, 12)), ("state_measure", date(2022, 12, 14))]


def test_a_day_inside_a_told_stretch_of_strike_is_that_strike(extractor):
    text = (
        "Los transportistas de Arequipa cumplieron ayer tres días de paro, del 4 al 6 de marzo. "
        "El martes 5 la mayoría de las rutas quedó sin servicio."
    )
    ev = _one(extractor.extract(text, published=date(2025, 3, 7), lang="es"))
    assert (ev.date.start, ev.date.end) == (date(2025, 3, 4), date(2025, 3, 6))


def test_a_deadly_day_inside_a_week_of_marches_stays_its_own_incident(extractor):
    text = (
        "Miles marcharon en Puno del 9 al 13 de enero contra el gobierno. "
        "El 10 de enero, en Juliaca, la policía disparó contra los manifestantes y murieron seis personas."
    )
    events = extractor.extract(text, published=date(2023, 1, 14), lang="es").events
    assert sorted(e.sub_type for e in events) == ["excessive_force", "peaceful"]


def test_the_day_a_long_national_strike_ended_is_that_strike(extractor):
    text = (
        "El paro nacional convocado por las organizaciones indígenas duró 18 días, del 13 al 30 de junio. "
        "El paro nacional terminó hoy, 30 de junio, tras la firma de un acuerdo con el gobierno."
    )
    events = extractor.extract(text, published=date(2022, 6, 30), lang="es").events
    protests = [e for e in events if e.type == "protest"]
    assert len(protests) == 1
    assert (protests[0].date.start, protests[0].date.end) == (date(2022, 6, 13), date(2022, 6, 30))


def test_a_peaceful_day_inside_a_two_day_riot_is_its_calm_phase(extractor):
    text = (
        "Rioters looted shops and burned a bus in Arequipa on Friday. "
        "Hundreds marched in Arequipa on Saturday as smoke still rose from the bus station. "
        "Demonstrators had first taken to the streets of Arequipa on Friday against the rise in fares."
    )
    events = extractor.extract(text, published=date(2023, 3, 12), lang="en").events
    assert [(e.type, e.sub_type) for e in events] == [("riot", "violent_demonstration")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("In Arequipa on Monday, demonstrators beat a driver who tried to cross the blockade.", "en", ("riot", "violent_demonstration")),
        ("En Puno, el lunes, los manifestantes golpearon a un conductor que intentó cruzar el bloqueo.", "es", ("riot", "violent_demonstration")),
        ("Los manifestantes golpearon cacerolas frente al Congreso, en Lima, el lunes.", "es", ("protest", "peaceful")),
    ],
)
def test_blows_by_the_crowd_make_a_riot_and_banged_pots_do_not(extractor, text, lang, expected):
    ev = _one(extractor.extract(text, published=date(2023, 2, 7), lang=lang))
    assert (ev.type, ev.sub_type) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("On Monday in Cusco, farmers marched to demand land, and police officers beat two of the marchers.", "en"),
        ("El lunes en Cusco, los agricultores marcharon para exigir tierras y fueron reprimidos por la policía.", "es"),
        ("On Monday in Cusco, police violently suppressed a peaceful student demonstration.", "en"),
        ("On Monday in Cusco, police baton-charged a student march outside the university.", "en"),
    ],
)
def test_a_repressed_or_beaten_march_is_an_intervention(extractor, text, lang):
    ev = _one(extractor.extract(text, published=date(2023, 2, 7), lang=lang))
    assert (ev.type, ev.sub_type) == ("protest", "intervention")


@pytest.mark.parametrize(
    "text",
    [
        # the place's own province and department vouch for it
        "Miles de personas marcharon ayer por el centro de Lima. La policía lanzó bombas lacrimógenas en la plaza San Martín.\n\n"
        "Dos personas murieron el miércoles en Macusani, capital de la provincia de Carabaya, en Puno, durante enfrentamientos.",
        # a name only one place in Peru bears is that place, wherever the article dwells
        "Miles de personas marcharon ayer por el centro de Lima. La policía lanzó bombas lacrimógenas en la plaza San Martín.\n\n"
        "En Macusani, dos personas murieron durante enfrentamientos con la policía el miércoles.",
    ],
)
def test_a_place_named_once_in_a_lima_story_keeps_its_own_region(extractor, text):
    events = extractor.extract(text, published=date(2023, 1, 20), lang="es").events
    (macusani,) = [e for e in events if e.place.name == "Macusani"]
    assert macusani.place.admin1 == "Puno"
    assert macusani.fatalities.value == 2


def test_arrests_told_right_after_force_at_a_protest_are_that_protests(extractor):
    text = (
        "Miles de transportistas marcharon el jueves en Lima contra las extorsiones. "
        "Por la tarde, los agentes antidisturbios lanzaron gases lacrimógenos contra una columna en la avenida Abancay. "
        "La Policía informó que once personas fueron detenidas."
    )
    ev = _one(extractor.extract(text, published=date(2024, 10, 11), lang="es"))
    assert (ev.type, ev.sub_type) == ("protest", "intervention")
    assert ev.arrests.value == 11


def test_arrests_told_on_their_own_stay_a_strategic_development(extractor):
    text = "La Policía informó el jueves que once dirigentes fueron detenidos en Lima por orden judicial."
    ev = _one(extractor.extract(text, published=date(2024, 10, 11), lang="es"))
    assert (ev.type, ev.sub_type) == ("strategic_development", "arrests")


@pytest.mark.parametrize(
    "text, lang, sub_type, fatalities, injuries",
    [
        ("Soldiers opened fire on protesters at the airport in Ayacucho on Thursday, killing at least seven people and wounding dozens.",
         "en", "excessive_force", 7, 24),
        ("La policía disparó contra los manifestantes en Juliaca el lunes, matando a 17 personas e hiriendo a decenas.",
         "es", "excessive_force", 17, 24),
        ("In Juliaca on Monday one protester was killed, and 20 people were injured in clashes with police.",
         "en", "excessive_force", 1, 20),
        ("In Juliaca on Monday, police killed a protester.", "en", "excessive_force", 1, None),
        ("Los manifestantes en Juliaca mataron a un policía el lunes.", "es", "mob_violence", 1, None),
        ("In Juliaca on Monday, a mob killed a police officer and burned his car.", "en", "mob_violence", 1, None),
    ],
)
def test_the_casualty_verb_before_a_number_or_a_victim_says_what_happened(extractor, text, lang, sub_type, fatalities, injuries):
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang=lang))
    assert ev.sub_type == sub_type
    assert (ev.fatalities.value if ev.fatalities else None) == fatalities
    assert (ev.injuries.value if ev.injuries else None) == injuries


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La presidenta del Consejo de Ministros anunció el lunes que evaluará declarar el estado de emergencia en Lima.", "es"),
        ("The prime minister said on Monday the government is considering declaring a state of emergency in Lima.", "en"),
    ],
)
def test_a_measure_weighed_is_not_a_measure_taken(extractor, text, lang):
    assert extractor.extract(text, published=date(2024, 10, 1), lang=lang).events == []


def test_a_raid_told_of_one_person_is_not_a_protesters_arrest() -> None:
    text = (
        "Party members protested outside the police station in the town on Monday. "
        "He said police raided his office two years ago without giving reasons."
    )
    events = Extractor().extract(text, published=date(2023, 4, 1), lang="en").events
    assert [e.sub_type for e in events if e.type == "protest"] == ["peaceful"]


def test_a_death_from_a_tear_gas_canister_is_excessive_force_with_its_named_victim(extractor):
    text = ("On Saturday, a 29-year-old protester, Víctor Santisteban, died after being hit in the head by a tear gas "
            "canister during a demonstration near Plaza San Martín in Lima.")
    ev = _one(extractor.extract(text, published=date(2023, 1, 30), lang="en"))
    assert (ev.type, ev.sub_type) == ("protest", "excessive_force")
    assert ev.fatalities.value == 1


def test_a_movement_total_beside_a_new_death_is_a_tally_and_the_wounded_follow_the_incident(extractor):
    text = (
        "La Defensoría del Pueblo informó que la cifra de fallecidos en las protestas asciende a 28, "
        "tras un enfrentamiento en Chumbivilcas, Cusco, ocurrido el pasado martes.\n\n"
        "Según el reporte, la policía disparó contra los comuneros que bloqueaban la vía Cusco-Arequipa. "
        "Otras cinco personas resultaron heridas."
    )
    extraction = extractor.extract(text, published=date(2023, 1, 13), lang="es")
    ev = _one(extraction)
    assert ev.place.admin1 == "Cusco"  # the road named by the towns it joins is not Arequipa
    assert ev.fatalities is None or ev.fatalities.value != 28
    assert ev.injuries.value == 5
    assert [t.value for t in extraction.tallies] == [28]


def test_protests_told_only_by_an_earlier_month_in_passing_are_background(extractor):
    text = ("The central bank said the protests that blocked roads in the south in January "
            "had hit mining output, and cut its growth forecast.")
    assert extractor.extract(text, published=date(2023, 2, 10), lang="en").events == []


def test_a_protest_with_its_own_place_in_an_earlier_month_stays(extractor):
    text = "Farmers blocked the Panamericana Sur in Ica in January to demand higher wages."
    ev = _one(extractor.extract(text, published=date(2023, 2, 10), lang="en"))
    assert ev.place.admin1 == "Ica"


def test_a_number_in_the_body_beats_a_word_for_a_size_in_the_headline(extractor):
    text = (
        "Andahuaylas: dos muertos y decenas de heridos tras enfrentamientos en el aeropuerto\n\n"
        "Dos jóvenes murieron y al menos 20 personas resultaron heridas este domingo durante los enfrentamientos "
        "entre manifestantes y la Policía en el aeropuerto de Andahuaylas."
    )
    ev = _one(extractor.extract(text, published=date(2022, 12, 12), lang="es"))
    assert (ev.fatalities.value, ev.injuries.value, ev.injuries.qualifier) == (2, 20, "at_least")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El lunes en Calderón, Quito, uno de ellos fue atrapado por los policías en la puerta de una casa y sacado a golpes.", "es"),
        ("On Monday in Quito, police officers beat a man in the doorway of his house.", "en"),
    ],
)
def test_police_beating_one_person_with_no_crowd_is_an_attack(extractor, text, lang):
    strike = {"es": "El paro nacional cumplió ayer su décimo día en Ecuador.", "en": "The national strike entered its tenth day in Ecuador."}[lang]
    events = extractor.extract(strike + " " + text, published=date(2022, 6, 30), lang=lang).events
    attacks = [e for e in events if e.type == "violence_against_civilians"]
    assert len(attacks) == 1 and attacks[0].sub_type == "attack" and attacks[0].place.admin1 == "Pichincha"


def test_a_month_in_another_clause_does_not_make_todays_protest_background(extractor):
    text = ("Un grupo de vendedores se concentra frente al municipio de Cusco para exigir que se resuelva el "
            "recurso presentado luego de que en octubre la municipalidad les prohibió vender.")
    ev = _one(extractor.extract(text, published=date(2017, 3, 14), lang="es"))
    assert ev.type == "protest"


@pytest.mark.parametrize(
    "text, lang, injuries, participants",
    [
        ("En Juliaca el lunes, al menos 22 policías y 16 manifestantes resultaron heridos en los enfrentamientos.", "es", 38, None),
        ("In Juliaca on Monday, 12 police officers and 5 protesters were injured in clashes.", "en", 17, None),
        ("In Juliaca on Monday, 3,000 protesters marched and 5 people were injured in clashes.", "en", 5, 3000),
    ],
)
def test_one_casualty_word_for_two_groups_counts_both(extractor, text, lang, injuries, participants):
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang=lang))
    assert ev.injuries.value == injuries
    assert (ev.participants.low if ev.participants else None) == participants


def test_a_short_quoted_name_is_not_speech(extractor):
    text = 'La llamada "Toma de Lima" dejó el jueves al menos 22 policías y 16 civiles heridos en el Centro de Lima.'
    ev = _one(extractor.extract(text, published=date(2023, 1, 20), lang="es"))
    assert ev.injuries.value == 38 and ev.date.start == date(2023, 1, 19)


def test_a_strike_in_perus_capital_with_its_clash_arrests_and_yearly_toll(extractor):
    text = (
        "Public transport in Peru's capital ground to a halt on Wednesday as bus drivers went on strike against extortion.\n\n"
        "Thousands of drivers marched to Congress, where riot police blocked their path. Some protesters threw stones and "
        "police responded with tear gas. Local media reported that at least five people were detained.\n\n"
        "At least 19 transport workers have been murdered this year, according to the drivers' unions."
    )
    extraction = extractor.extract(text, published=date(2024, 10, 24), lang="en")
    ev = _one(extraction)
    assert (ev.place.name, ev.place.admin1) == ("Congreso de la República", "Lima")  # "marched to Congress": the most precise place
    assert ev.sub_type == "violent_demonstration" and ev.fatalities is None
    assert ev.arrests.value == 5
    assert [t.value for t in extraction.tallies] == [19]


def test_another_countrys_toll_told_in_passing_is_no_tally(extractor):
    text = (
        "Cientos de estudiantes marcharon ayer por el centro de Arequipa para exigir más presupuesto.\n\n"
        "Los dirigentes recordaron que en Colombia el paro nacional de 2021 dejó decenas de muertos."
    )
    extraction = extractor.extract(text, published=date(2024, 5, 16), lang="es")
    assert extraction.tallies == []
    assert [e.place.admin1 for e in extraction.events] == ["Arequipa"]


def test_an_aged_named_victim_counts_and_the_most_precise_place_names_the_event(extractor):
    text = (
        "Agricultores de Ica bloquean la Panamericana Sur\n\n"
        "Trabajadores agrarios bloquearon este lunes la Panamericana Sur en el distrito de Santiago, en Ica. "
        "La policía intentó desbloquear la vía con bombas lacrimógenas y hubo enfrentamientos con los manifestantes. "
        "Un trabajador de 19 años murió tras recibir un disparo. Otros 11 manifestantes y 6 policías resultaron heridos."
    )
    ev = _one(extractor.extract(text, published=date(2020, 12, 1), lang="es"))
    assert ev.sub_type == "excessive_force"
    assert (ev.fatalities.value, ev.injuries.value) == (1, 17)
    assert ev.participants is None or ev.participants.low != 11
    assert (ev.place.name, ev.place.admin1) == ("Santiago", "Ica")


def test_the_day_a_report_was_released_does_not_date_the_incidents_it_documents(extractor):
    text = (
        "Security forces used lethal force against protesters, Amnesty International said on Thursday, after "
        "documenting the deaths of 12 people in Ayacucho and Juliaca.\n\n"
        "In Ayacucho on December 15, soldiers fired at people near the airport, killing 10."
    )
    events = extractor.extract(text, published=date(2023, 2, 16), lang="en").events
    ayacucho = [e for e in events if e.place.admin1 == "Ayacucho"]
    assert [(e.date.start, e.fatalities.value) for e in ayacucho] == [(date(2022, 12, 15), 10)]


def test_a_total_since_the_protests_began_in_a_month_has_that_period(extractor):
    text = ("La Defensoría del Pueblo anunció este martes que son 39 los fallecidos desde el inicio de las "
            "protestas en diciembre.")
    (tally,) = extractor.extract(text, published=date(2023, 1, 10), lang="es").tallies
    assert tally.value == 39 and tally.period.start == date(2022, 12, 1)


@pytest.mark.parametrize(
    "text, lang, n",
    [
        ("Peru's Congress on Wednesday rejected a proposal to bring forward elections, a key demand of the "
         "protesters who have taken to the streets since December.", "en", 0),
        ("Los trabajadores, en huelga desde el lunes, bloquearon hoy la carretera en Cusco.", "es", 1),
    ],
)
def test_protest_since_a_month_ago_in_a_clause_is_the_movement(extractor, text, lang, n):
    assert len(extractor.extract(text, published=date(2023, 2, 1), lang=lang).events) == n


@pytest.mark.parametrize(
    "text, lang, sub_type",
    [
        ("Seis militares murieron ahogados en el río Ilave el domingo tras ser atacados por manifestantes que bloqueaban el puente.",
         "es", "mob_violence"),
        ("In Juliaca on Monday, police opened fire on protesters who attacked the airport; two police officers and 17 civilians died.",
         "en", "excessive_force"),
    ],
)
def test_state_forces_killed_by_a_crowd_is_mob_violence_unless_the_state_fired(extractor, text, lang, sub_type):
    ev = _one(extractor.extract(text, published=date(2023, 3, 6), lang=lang))
    assert ev.sub_type == sub_type


@pytest.mark.parametrize(
    "text, lang, fatalities",
    [
        ("Entre el 15 y 16 de diciembre, diez ciudadanos peruanos que protestaban contra el gobierno y por el cierre "
         "del Congreso fueron asesinados por la policía en Huamanga.", "es", 10),
        ("On Monday in Juliaca, 20 people protested for justice for a woman who was killed by police last year.", "en", None),
    ],
)
def test_victims_described_by_a_relative_clause_are_counted(extractor, text, lang, fatalities):
    ev = _one(extractor.extract(text, published=date(2023, 1, 10), lang=lang))
    assert (ev.fatalities.value if ev.fatalities else None) == fatalities


@pytest.mark.parametrize(
    ("text", "lang", "published", "span"),
    [
        # "cumplió dos semanas" said of a strike still on: it began 13 days before
        ("El paro cívico en Tarija cumplió este viernes dos semanas con bloqueos en las principales avenidas.", "es",
         date(2023, 6, 16), (date(2023, 6, 3), date(2023, 6, 16))),
        ("El paro agrario en Ica cumplió este jueves su décimo día con la carretera bloqueada.", "es",
         date(2023, 9, 14), (date(2023, 9, 5), date(2023, 9, 14))),
        ("The farmers' strike in Ica reached its tenth day on Thursday, with the highway still blocked.", "en",
         date(2023, 9, 14), (date(2023, 9, 5), date(2023, 9, 14))),
        # a third day over a written three-day span is not counted twice
        ("Por tercer día consecutivo, cientos de trabajadores marcharon en Lima durante el paro del 13 al 15 de noviembre.",
         "es", date(2024, 11, 15), (date(2024, 11, 13), date(2024, 11, 15))),
    ],
)
def test_a_strikes_days_counted_date_its_span(extractor, text, lang, published, span):
    ev = _one(extractor.extract(text, published=published, lang=lang))
    assert (ev.date.start, ev.date.end) == span


def test_an_elapsed_count_in_the_lead_does_not_date_later_undated_sentences(extractor):
    text = ("Huelga de mineros lleva diez días\n\n"
            "La huelga de los mineros de Cerro de Pasco lleva diez días.\n\n"
            "En Huancayo, cientos de estudiantes bloquearon el puente Breña.\n")
    ex = extractor.extract(text, published=date(2023, 8, 10), lang="es")
    dated = {e.place.admin1: (e.date.start, e.date.end) for e in ex.events}
    assert dated["Pasco"] == (date(2023, 8, 1), date(2023, 8, 10))
    assert dated["Junín"] == (date(2023, 8, 10), date(2023, 8, 10))


def test_a_toll_on_a_day_at_a_months_long_blockade_is_an_incident(extractor):
    # the blockade's long "desde" span sets the scene; the deaths are Friday's
    text = ("Dos comuneros murieron y seis resultaron heridos el viernes en Chumbivilcas, Cusco, "
            "donde los campesinos mantienen un bloqueo desde hace un mes.")
    ev = _one(extractor.extract(text, published=date(2023, 5, 6), lang="es"))
    assert ev.place.admin1 == "Cusco" and ev.date.start == date(2023, 5, 5)
    assert ev.fatalities.value == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cotabambas: un comunero muerto en enfrentamientos\n\n"
         "Abancay, 14 de marzo. Un comunero murió ayer durante un enfrentamiento con la policía en el distrito de "
         "Challhuahuacho, región Apurímac, donde cientos de personas bloqueaban la vía.\n", "es"),
        ("Cotabambas: one villager dead in clashes\n\n"
         "Abancay, March 14. A villager died yesterday in a clash with police in the district of "
         "Challhuahuacho, Apurímac region, where hundreds of people were blocking the road.\n", "en"),
    ],
)
def test_an_undated_headline_restates_the_leads_incident(extractor, text, lang):
    ex = extractor.extract(text, published=date(2023, 3, 14), lang=lang)
    assert [(e.place.admin1, e.date.start) for e in ex.events] == [("Apurímac", date(2023, 3, 13))]



def test_a_march_recalling_the_dead_of_a_day_named_after_them_is_not_lethal(extractor):
    # the date follows the casualty word here: "los 10 comuneros que murieron el 9 de enero de 2023"
    text = ("Cientos de vecinos marcharon ayer en Juliaca para recordar a los 10 comuneros que murieron "
            "el 9 de enero de 2023, cuando la policía disparó contra los manifestantes.")
    ex = extractor.extract(text, published=date(2024, 1, 10), lang="es")
    march = next(e for e in ex.events if e.date.start == date(2024, 1, 9))
    assert march.sub_type == "peaceful" and march.fatalities is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un grupo de enfermeras protesta frente al Congreso contra el recorte del presupuesto nacional. "
         "Al caer la noche, interviene la Fuerza Pública y dispersa a las manifestantes.", "es"),
        ("Hundreds of nurses rallied outside parliament on Tuesday over unpaid wages. "
         "Late at night, police used tear gas to break up the protest.", "en"),
    ],
)
def test_force_told_later_in_the_paragraph_types_the_protest(text: str, lang: str) -> None:
    """A sentence with no place of its own that carries on the paragraph of a
    placed protest tells that protest's own details, crowd-control force included."""
    from kipu.extract.pipeline import Extractor

    events = Extractor().extract(text, published=date(2016, 11, 30), lang=lang).events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "intervention")]
