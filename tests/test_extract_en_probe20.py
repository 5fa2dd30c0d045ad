"""Gaps closed by the en20 probe (state news agency service, AP "What to
know" explainer, hour-by-hour reconstruction, IACHR report two years on, a
sports story, a letter to the editor, a TV news transcript, an English-language
Peruvian outlet on the October 2024 transport strikes, a Wikipedia-style
summary, a security consultancy's weekly risk note).

Found: English names a road by its towns before the road word ("the Cusco-Puno
highway near Sicuani", "cutting the Juliaca–Puno, Juliaca–Arequipa and
Puno–Desaguadero roads"), and each town made an event in its own region; a
roundup's "BOLIVIA" heading set off by a blank line did not reach its paragraph,
and "the city of Santa Cruz" there was Peru's district (and "Viru Viru", Santa
Cruz's airport, was Virú in La Libertad); "the strike is due to continue on
Friday and Saturday" was a strike on last Friday and Saturday; "The regional
strike had resumed on January 4", told in the sentence after the story's day,
anchored "the following evening" to January 5; "By 6 p.m. the hospital had
recorded 17 deaths and more than 60 injured" was a running total, not the day's
toll; a summary's bare "In February", in a paragraph that writes its days in
2023, was February of the publication's year.
"""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _extract(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


def _value(count) -> int | None:
    return None if count is None else count.low


# --- GUIDELINES §2 place: the towns a road is named after are not where the action was ---

def test_towns_before_a_highway_word_name_the_road_not_the_place() -> None:
    out = _extract(
        "Officers removed stones and tree trunks from the Cusco-Puno highway near Sicuani on Monday, after a blockade by protesters.",
        date(2023, 1, 24),
    )
    assert {(e.place.name, e.place.admin1) for e in out.events} == {("Sicuani", "Cusco")}


def test_a_list_of_road_pairs_leaves_the_region_of_the_bullet() -> None:
    # GUIDELINES §2 place: "Juliaca–Arequipa road" puts no roadblock in Arequipa
    out = _extract(
        "PERU\n\n- Puno: An indefinite regional strike began on 4 January. As of 8 January, Sutran reported 37 roadblocks "
        "in the region, cutting the Juliaca–Puno, Juliaca–Arequipa and Puno–Desaguadero roads.",
        date(2023, 1, 9),
    )
    assert [(e.date.start, e.place.admin1) for e in out.events] == [(date(2023, 1, 4), "Puno"), (date(2023, 1, 8), "Puno")]


# --- GUIDELINES §2 place: a roundup's country heading places its paragraph's towns ---

def test_a_country_heading_over_a_blank_line_places_the_city_of_its_paragraph() -> None:
    out = _extract(
        "PERU\n\n- Puno: A regional strike began on 4 January.\n\nBOLIVIA\n\n"
        "- Santa Cruz: Protesters set fire to the offices of the prosecutor in the city of Santa Cruz on 29 December.",
        date(2023, 1, 9),
    )
    assert [(e.type, e.place.country, e.place.admin1) for e in out.events] == [
        ("protest", "PE", "Puno"),
        ("riot", "BO", "Santa Cruz"),
    ]


def test_viru_viru_is_the_santa_cruz_airport() -> None:
    out = _extract(
        "Police used tear gas on Monday to clear blockades on the road to the airport at Viru Viru, in Bolivia.",
        date(2023, 1, 3),
    )
    assert [(e.sub_type, e.place.country, e.place.admin1) for e in out.events] == [("intervention", "BO", "Santa Cruz")]


# --- GUIDELINES §2: a plan is no event ---

def test_a_strike_due_to_continue_is_a_plan() -> None:
    out = _extract(
        "The strike in Lima began on Thursday with a march. The strike is due to continue on Friday and Saturday.",
        date(2024, 10, 24),
    )
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2024, 10, 24), date(2024, 10, 24))]


# --- GUIDELINES §2 date: a pluperfect going back does not anchor "the following evening" ---

def test_the_following_evening_counts_from_the_story_day_past_a_pluperfect_backstory() -> None:
    text = (
        "By 7 a.m. on Monday, January 9, thousands had gathered in Juliaca. The regional strike had resumed on January 4.\n\n"
        "Night. The government announced a curfew in Puno from the following evening."
    )
    found = {text[d.span.start : d.span.end]: d.range.start for d in date_finder.find_dates(text, "en", date(2023, 1, 12))}
    assert found["the following evening"] == date(2023, 1, 10)


# --- GUIDELINES §3: a count told by the hour is the day's toll, not a running total ---

def test_a_count_by_six_pm_is_the_days_toll() -> None:
    out = _extract(
        "On Monday, January 9, thousands of protesters marched to the airport in Juliaca.\n\n"
        "Afternoon. Police fired live rounds and the clashes spread to the surrounding neighbourhoods. "
        "By 6 p.m. the hospital had recorded 17 deaths and more than 60 injured people.",
        date(2023, 1, 12),
    )
    assert out.tallies == []
    assert [(e.sub_type, e.date.start, _value(e.fatalities), _value(e.injuries)) for e in out.events] == [
        ("excessive_force", date(2023, 1, 9), 17, 60)
    ]


# --- GUIDELINES §2 date: a bare month takes the year its paragraph writes ---

def test_a_bare_month_takes_the_year_of_its_paragraphs_full_dates() -> None:
    text = "Protests resumed on 4 January 2023. In February, the protests declined, although blockades continued in Puno."
    months = [d.range for d in date_finder.find_dates(text, "en", date(2024, 6, 1)) if d.range.precision == "month"]
    assert [(r.start, r.end) for r in months] == [(date(2023, 2, 1), date(2023, 2, 28))]


# --- GUIDELINES §2 type: an officer counted among the dead does not make the toll a mob's ---

def test_dead_including_a_police_officer_are_force_on_the_protest() -> None:
    out = _extract("On 9 January, eighteen people, including a police officer, were killed in Juliaca, the deadliest day of the unrest.", date(2023, 2, 1))
    assert [(e.type, e.sub_type, _value(e.fatalities)) for e in out.events] == [("protest", "excessive_force", 18)]


def test_a_police_officer_burned_by_a_mob_is_still_mob_violence() -> None:
    out = _extract("A police officer was burned to death by a mob in Juliaca on 9 January.", date(2023, 2, 1))
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "mob_violence")]


# --- GUIDELINES §2 place: a capitalised street word after a name makes it the street's ---

def test_a_district_name_before_avenue_names_the_street() -> None:
    out = _extract(
        "Thousands marched in central Lima on Thursday. Police fired tear gas to keep them back on Nicolás de Piérola Avenue.",
        date(2023, 1, 19),
    )
    assert [(e.sub_type, e.place.admin1) for e in out.events] == [("intervention", "Lima")]


# --- GUIDELINES §2: a TV reporter's turn goes on with the anchor's story ---

def test_a_reporters_turn_after_the_anchors_question_is_at_the_anchors_place() -> None:
    out = _extract(
        "EVENING NEWS\n\nANCHOR (DIANA): Thousands of people have marched again today in central Lima. Carlos, what are you seeing?\n\n"
        "REPORTER (CARLOS): Good evening, Diana. Since four o'clock, police have been firing tear gas to keep the groups back.",
        date(2023, 1, 19),
    )
    assert [(e.sub_type, e.place.admin1, e.date.start) for e in out.events] == [("intervention", "Lima", date(2023, 1, 19))]


# --- GUIDELINES §3: "have been injured ... today" after today's clash is its count ---

def test_a_perfect_count_of_the_incidents_own_day_is_its_count() -> None:
    out = _extract(
        "Police fired tear gas at thousands of marchers in central Lima today. "
        "The Ombudsman's Office said that at least 16 people have been injured in Lima today.",
        date(2023, 1, 19),
    )
    assert [(e.sub_type, _value(e.injuries)) for e in out.events] == [("intervention", 16)]
    assert out.tallies == []


# --- GUIDELINES §2 counts: a turnout told right after the protest is its crowd ---

def test_attendance_estimated_after_the_march_is_its_crowd() -> None:
    out = _extract(
        "In Lima, the march held on Monday in the historic centre ended without incidents. Police estimated attendance at about 2,000 people.",
        date(2023, 1, 24),
    )
    assert [(e.place.admin1, e.participants.low if e.participants else None) for e in out.events] == [("Lima", 2000)]


def test_people_counted_without_a_turnout_word_are_no_crowd() -> None:
    out = _extract("In Lima, the march held on Monday ended without incidents. About 2,000 people live in the district.", date(2023, 1, 24))
    assert [e.participants for e in out.events] == [None]


# --- GUIDELINES §2 forms: a public wake for the dead is a vigil ---

def test_a_wake_for_the_dead_in_the_square_is_a_vigil() -> None:
    out = _extract("On January 10, thousands of residents held a wake for the dead in the main square of Juliaca.", date(2023, 1, 12))
    assert [(e.forms, e.date.start, e.place.admin1) for e in out.events] == [(["vigil"], date(2023, 1, 10), "Puno")]


# --- GUIDELINES §2 date: an explainer's answer to "what started it?" does not date the story ---

def test_an_explainers_cause_does_not_date_its_undated_roadblocks() -> None:
    out = _extract(
        "What to know about the protests in Panama\n\nPANAMA CITY (AP) — Panama has been shaken for weeks by protests. Here is what to know.\n\n"
        "WHAT STARTED IT?\n\n— On Oct. 20, the National Assembly approved a law granting a mining concession.\n\n"
        "HOW BIG ARE THE PROTESTS?\n\n— Roadblocks have cut the Pan-American Highway in Chiriquí province.",
        date(2023, 11, 9),
    )
    assert [(e.place.admin1, e.date.start) for e in out.events if e.place.admin1 == "Chiriqui"] == [("Chiriqui", date(2023, 11, 9))]


# --- GUIDELINES §2: a protest named only as the cause of other news is no event of that news' day ---

def test_a_game_moved_because_of_the_unrest_is_no_protest() -> None:
    out = _extract(
        "The federation moved the game last week after the club said it could not guarantee safety because of the unrest in the Puno region.",
        date(2023, 2, 6),
    )
    assert out.events == []


def test_protests_that_forced_a_cancellation_are_still_an_event() -> None:
    out = _extract("Protests in Cusco on Monday forced flights to be cancelled.", date(2023, 2, 7))
    assert [(e.date.start, e.place.admin1) for e in out.events] == [(date(2023, 2, 6), "Cusco")]


# --- GUIDELINES §2: a road agency's blocked points in named regions are a roadblock per region ---

def test_points_remaining_blocked_in_listed_regions_are_roadblocks_there() -> None:
    out = _extract(
        "Sutran said that, as of 6 a.m. on Tuesday, 78 points remained blocked in three regions: Puno, Cusco and Apurímac.",
        date(2023, 1, 24),
    )
    assert sorted((e.place.admin1, e.forms[0], e.date.start) for e in out.events) == [
        ("Apurímac", "roadblock", date(2023, 1, 24)), ("Cusco", "roadblock", date(2023, 1, 24)), ("Puno", "roadblock", date(2023, 1, 24))
    ]


def test_roads_that_remain_blocked_in_the_south_are_no_event() -> None:
    out = _extract("Across the country, protests have eased in the days before Christmas, although some roads remain blocked in the south.", date(2022, 12, 22))
    assert out.events == []


# --- GUIDELINES §2 type: a leader's arrest whose effect was more protest is an arrest ---

def test_an_arrest_that_intensified_the_protests_is_a_strategic_arrest() -> None:
    out = _extract(
        "Thousands marched in Quito on Monday during the national strike.\n\n"
        "On Tuesday, police arrested the CONAIE president, Leonidas Iza, in Cotopaxi province, a move that intensified the protests.",
        date(2022, 6, 22),
    )
    assert [(e.type, e.sub_type, e.place.admin1) for e in out.events if e.place.admin1 == "Cotopaxi"] == [
        ("strategic_development", "arrests", "Cotopaxi")
    ]


# --- GUIDELINES §2 date: a sentence opening with a past year is dated by that year ---

def test_a_law_passed_in_a_past_year_is_not_dated_on_the_report_day() -> None:
    out = _extract(
        "Relatives of the victims held a vigil in Lima on Saturday. In 2024, Congress passed a law that critics say makes "
        "it harder to hold police officers to account for deaths at protests.",
        date(2025, 5, 5),
    )
    measures = [e for e in out.events if e.type == "strategic_development"]
    assert [(e.date.start, e.date.end) for e in measures] == [(date(2024, 1, 1), date(2024, 12, 31))]
