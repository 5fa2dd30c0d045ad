"""Protest words that report no protest (kipu.extract.nonprotest) and the
lexicon entries that go with them. Sentences are our own, written in the
style of foreign wire copy with no publication date (as in GloCon), and
each rule is also checked against the protest it must not swallow."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.dates import find_dates
from kipu.extract.document import quote_spans
from kipu.extract.pipeline import Extractor


def demonstrations(text: str, published: date | None = None) -> list[tuple[str, str]]:
    events = Extractor().extract(text, published=published, lang="en").events
    return [(e.type, e.sub_type) for e in events if e.type in ("protest", "riot")]


# --- sport --------------------------------------------------------------------------


def test_a_strike_in_a_match_report_is_a_goal() -> None:
    text = (
        "United beat City 2-1 in a league game on Saturday. A crowd of 30,000 watched as the visitors levelled "
        "in the second half, but a late strike from the edge of the box sealed it. The winger scored twice in the tournament."
    )
    assert demonstrations(text) == []


def test_a_fighter_who_fought_with_an_injury_is_not_a_clash() -> None:
    text = (
        "The welterweight kept his belt with a unanimous decision after twelve rounds. "
        "He fought with a broken hand for the last four rounds of the title fight."
    )
    assert demonstrations(text) == []


def test_a_strike_reported_beside_sport_words_stays_a_strike() -> None:
    text = (
        "Stadium workers went on strike on Monday over unpaid wages, weeks before the World Cup tournament. "
        "Hundreds marched to the city hall."
    )
    assert demonstrations(text)


# --- state raids --------------------------------------------------------------------


def test_a_building_stormed_by_troops_is_a_raid() -> None:
    text = "The aid ship was stopped and stormed by naval commandos off the coast, and its crew was taken to port."
    assert demonstrations(text) == []


def test_police_using_tear_gas_to_storm_a_newsroom_is_a_raid() -> None:
    text = "Officers fired tear gas to storm the broadcaster's studios after the court order."
    assert demonstrations(text) == []


def test_former_officers_blocking_a_road_are_protesters() -> None:
    text = "On Tuesday a group of retired police officers blocked the main road in the capital demanding their pensions."
    assert demonstrations(text)


# --- armed fighting -----------------------------------------------------------------


def test_border_clashes_between_states_are_not_a_riot() -> None:
    text = (
        "The two republics have observed a ceasefire since the war ended, but there have been minor clashes "
        "along the frontline. The clashes grew worse last month."
    )
    assert demonstrations(text) == []


def test_soldiers_attacking_police_posts_is_fighting_not_a_riot() -> None:
    text = "Before dawn, soldiers attacked police barracks in the capital, officials said."
    assert demonstrations(text) == []


def test_a_scuffle_at_a_hearing_with_no_war_around_it_is_kept() -> None:
    text = "A public hearing on the new port was suspended on Friday after clashes between dock union members and agency officials."
    assert demonstrations(text)


def test_a_lynching_stopped_by_soldiers_stays_mob_violence() -> None:
    text = "A suspected thief was beaten by residents; the lynching was stopped by the arrival of soldiers."
    assert ("riot", "mob_violence") in demonstrations(text)


# --- trends, crime, diplomacy, meetings ----------------------------------------------


def test_a_rise_in_violent_protests_is_a_trend() -> None:
    text = "The rise in violent protests across the country has strained the police, the commissioner said."
    assert demonstrations(text) == []


def test_a_rise_in_prices_that_sparked_protests_is_not_a_trend() -> None:
    text = "On Monday a steep rise in bread prices sparked violent protests in the port city, where shops were looted."
    assert demonstrations(text)


def test_vandalism_listed_with_theft_is_crime() -> None:
    text = "Commuters have suffered as arson, vandalism and copper cable theft became routine on the line, the rail agency said."
    assert demonstrations(text) == []


def test_nations_protesting_by_statement_is_diplomacy() -> None:
    text = "Several nations, protesting the new media curbs, have demanded that the president step down."
    assert demonstrations(text) == []


def test_a_forum_that_gathered_scholars_is_a_meeting() -> None:
    text = "The annual climate forum gathered more than 300 researchers and officials in the capital this week."
    assert demonstrations(text) == []


def test_a_count_gathered_by_a_meeting_is_read_right_after_the_verb() -> None:
    text = "Organised around the theme of clean rivers, the yearly congress gathered nearly 500 engineers from abroad."
    assert demonstrations(text) == []
    text = "After the council meeting, residents gathered on 5 May outside the town hall to demand water."
    assert demonstrations(text)


def test_a_crowd_that_gathered_outside_a_forum_is_a_rally() -> None:
    text = "About 300 residents gathered outside the climate forum on Monday to denounce the new dam."
    assert demonstrations(text)


# --- time ---------------------------------------------------------------------------


def test_riots_of_an_earlier_decade_are_history_in_an_undated_article() -> None:
    text = (
        "Emigration rose sharply in the late 1980s after the township riots. "
        "An agency that opened in 2004 now helps families leave."
    )
    assert demonstrations(text) == []


def test_an_old_year_in_a_dated_article_does_not_make_todays_march_history() -> None:
    text = "Parents marched on the ministry to demand that the school, damaged by the 2012 floods, be rebuilt."
    assert demonstrations(text, published=date(2015, 10, 5))


def test_a_march_on_a_weekday_that_remembers_an_old_year_is_news() -> None:
    text = "Veterans marched on Monday to mark the 1976 uprising. The city council met in 2004 to discuss the monument."
    assert demonstrations(text)


def test_a_land_invasion_years_ago_is_the_story_past() -> None:
    text = "On Friday a court told the state to help a farmer evict the squatters who invaded his land six years ago."
    assert demonstrations(text) == []


def test_late_and_early_before_a_year_date_it() -> None:
    assert [d.range.start.year for d in find_dates("a sharp rise in the late 1990s", "en", None)] == [1990]
    assert [d.range.start.year for d in find_dates("work resumed in early 2021", "en", None)] == [2021]


# --- lexicon ------------------------------------------------------------------------


def test_a_bare_occupation_noun_is_general() -> None:
    text = "The movement was founded in exile to end the neighbouring kingdom's occupation of the northern valleys."
    assert demonstrations(text) == []


def test_occupying_a_building_is_still_an_occupation() -> None:
    text = "On Tuesday students occupied the rectorate of the university to demand lower fees."
    assert demonstrations(text)


def test_a_shack_that_burnt_down_is_a_fire_not_arson() -> None:
    text = "Three people died when their wooden house in the east of the town burnt down on Thursday, police said."
    assert demonstrations(text) == []


def test_a_crowd_that_burnt_down_a_house_rioted() -> None:
    text = "On Thursday angry residents burnt down the house of a councillor accused of corruption."
    assert ("riot", "violent_demonstration") in demonstrations(text)


@pytest.mark.parametrize("phrase", ["carrying placards", "waving placards"])
def test_a_crowd_with_placards_is_demonstrating(phrase: str) -> None:
    text = f"Hundreds of supporters sang outside the town hall on Sunday, {phrase} that read 'no water, no votes'."
    assert demonstrations(text)


def test_violent_street_protests_are_a_riot() -> None:
    text = "The decision sparked violent street protests in the capital on Saturday."
    assert ("riot", "violent_demonstration") in demonstrations(text)


# --- quotes -------------------------------------------------------------------------


def test_a_quote_opening_a_sentence_runs_to_its_end() -> None:
    sentence = '"People have protested, but this court will not bend.'
    assert quote_spans(sentence) == [(0, len(sentence))]
    assert quote_spans('the end of a quote," he said') == [(0, 20)]


def test_a_judge_quoted_on_protests_reports_no_protest() -> None:
    text = (
        'The magistrate refused bail on Monday. "The public has protested outside for days, but this court '
        'cannot be pressured. The law applies to everyone," he said.'
    )
    assert demonstrations(text) == []


def test_state_force_clearing_a_blockade_acts_on_the_protest_not_a_raid():
    text = "Headline\n\nSoldiers on Saturday cleared a blockade that farmers had kept for weeks near Ilave.\n"
    [event] = Extractor().extract(text, published=date(2023, 1, 29), lang="en").events
    assert event.sub_type == "intervention"


def test_a_sentence_fronted_by_an_old_decade_is_history() -> None:
    text = "Farmers blocked a highway in Cusco on Monday.\n\nIn the 1970s, police fired on a march of striking miners in Cerro de Pasco, killing six."
    assert [t for t in demonstrations(text, date(2024, 5, 8))] == [("protest", "peaceful")]


def test_an_undated_sentence_in_a_paragraph_opened_by_an_old_year_is_history() -> None:
    text = ("Farmers blocked a highway in Cusco on Monday.\n\n"
            "In 1986, the army moved into the highlands of Huancavelica. Soldiers then killed dozens of villagers in a raid.")
    assert [t for t in demonstrations(text, date(2024, 5, 8))] == [("protest", "peaceful")]


def test_a_sentence_naming_only_old_years_is_history() -> None:
    text = ("Farmers blocked a highway in Cusco on Monday.\n\n"
            "Unrest is not new here: miners marched in 1998 and 2004, and riots in Ilave in 2004 left one dead.")
    assert [t for t in demonstrations(text, date(2024, 5, 8))] == [("protest", "peaceful")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Quienes marchan en Puno, Cusco o Lima son campesinos, estudiantes y trabajadores informales."),
        ("en", "Those who march in Puno and Cusco are mostly farmers and informal workers."),
        ("es", "Los que protestan en Juliaca no son terroristas, sino ciudadanos que exigen justicia."),
        ("es", "Cada vez que los agricultores bloquean la Panamericana en Ica, la policía los desaloja con gases."),
        ("en", "Whenever farmers block the highway in Ica, police clear them with tear gas."),
        ("es", "En el Perú, las protestas suelen concentrarse en el sur andino, donde la pobreza es mayor."),
    ],
)
def test_what_protesters_are_like_or_usually_do_is_no_incident(extractor, lang: str, text: str) -> None:
    # GUIDELINES §2: no events for vague generalities.
    assert extractor.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events == []


@pytest.mark.parametrize(
    ("lang", "text", "where"),
    [
        # a habit word in an aside about something else
        ("en", "The citadel, which is often called a wonder of the world, was closed as protesters marched in Cusco on Thursday.", "Cusco"),
        # a dated sentence tells its day, whatever habit it also names
        ("es", "Los agricultores, que suelen protestar en Ica, bloquearon el jueves la Panamericana en Ica.", "Ica"),
        # "those who marched ... were" is no copula of a class: an incident
        ("en", "Those who marched in Puno on Thursday were met with tear gas.", "Puno"),
    ],
)
def test_a_habit_word_elsewhere_leaves_the_incident(extractor, lang: str, text: str, where: str) -> None:
    events = extractor.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 20), lang=lang).events
    assert [e.place.admin1 for e in events if e.type in ("protest", "riot")] == [where]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prosecutors exhumed the bodies of six people killed during the January 9 protests in Juliaca on Tuesday."),
        ("es", "La Fiscalía exhumó el martes los cuerpos de seis personas fallecidas durante las protestas del 9 de enero en Juliaca."),
    ],
)
def test_an_exhumation_reports_the_investigation_not_the_protest(extractor, lang: str, text: str) -> None:
    # a year on, "January 9" read against the report would make a new massacre the day before it
    events = extractor.extract(f"Titular\n\n{text}\n", published=date(2024, 1, 10), lang=lang).events
    assert [e for e in events if e.type in ("protest", "riot")] == []


@pytest.mark.parametrize(
    "text",
    [
        "To sing in a rally about somebody and put on their t-shirt is not right.",  # an infinitive as the subject: a judgment
        "The broadcaster said on Wednesday that it was concerned by the looming workers strike.",  # a strike to come
    ],
)
def test_a_judgment_of_rallies_or_a_looming_strike_is_no_incident(extractor, text: str) -> None:
    assert extractor.extract(f"Headline\n\n{text}\n", published=date(2023, 1, 20), lang="en").events == []


def test_a_fronted_purpose_leaves_the_march(extractor) -> None:
    events = extractor.extract("Headline\n\nTo protest the law, thousands of farmers marched in Ica on Monday.\n", published=date(2023, 1, 20), lang="en").events
    assert [e.place.admin1 for e in events] == ["Ica"]
