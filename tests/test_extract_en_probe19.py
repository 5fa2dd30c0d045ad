"""Gaps closed by the en19 probe (travel advisory, investor statement, NGO
findings, UN briefing, fact box, Q&A, photo captions, newsletter digest, op-ed,
updated wire story).

Found: "the total number of people killed ... stands at 48 civilians" counted a
crowd of 48; "killed in the protests since Dec. 7 to 18" read a range 7-18
December and lost the total; "the southern Andean city of Ayacucho" was the
region, so the day's toll before "raising the toll" went to the tallies and the
event lost it; "removed by Congress and arrested on Dec. 7" made a protest of
Castillo's arrest; "police opened fire on crowds" was no protest; "two boys,
aged 15 and 16, were killed" lost its count to the ages; "shot ten people
dead, most of them in the streets around the airport" was a total spread over
places; a digest item on "the strike ... in June 2022" dated its "14 June" in
the publication's year; "after police stormed the campus" was a riot; "two
teachers protesting against the contract were shot dead" reached no casualty
verb across the participle clause; "the continued violence" dated a death a day
early; "Of these, 49 died in clashes" after a fact box's total was an incident;
a wire's "raised the toll to eight" of the day's clash went to the tallies;
"attacked for the third time since December" dated the attack over two months
and joined it to the December roadblock; "has been blocked" was no roadblock;
an op-ed's "Remember Víctor Santisteban, who died in Lima on 28 January after a
police projectile struck his head" counted no death and made no event; "and
where the next night a police officer was burned alive by a mob" took the day
before's date; a fact box's "6 - soldiers who drowned ... after being confronted
by protesters" found no noun for its figure and typed the soldiers' deaths as
force against protesters; "have been marching ... every Wednesday" was a march
on last Wednesday.
"""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()
CONTEXT = "Protests spread across the south after Castillo's ouster. "


def _extract(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


def _value(count) -> int | None:
    return None if count is None else count.low


# --- GUIDELINES §3: a total's value is a tally, the people noun after it is who died ---

def test_a_total_that_stands_at_a_number_of_civilians_is_a_tally() -> None:
    out = _extract("The total number of people killed in the protests stands at 48 civilians, according to the Ombudsman's Office.", date(2023, 2, 16))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 48)]
    assert out.events == []


def test_a_total_since_a_day_to_a_number_is_no_range_of_days() -> None:
    # GUIDELINES §2 date / §3: "since Dec. 7 to 18" is the period and the total, not 7-18 December
    out = _extract(
        "The deaths in Ayacucho bring the total number of people killed in the protests since Dec. 7 to 18, according to the Ombudsman's Office.",
        date(2022, 12, 16),
    )
    assert [(t.measure, t.value, t.period.start if t.period else None) for t in out.tallies] == [("fatalities", 18, date(2022, 12, 7))]
    assert out.events == []


def test_from_a_day_to_a_day_is_still_a_range() -> None:
    # GUIDELINES §2 date: "from Dec. 7 to 12" runs over both days
    found = [d.range for d in date_finder.find_dates("Roads were blocked in Puno from Dec. 7 to 12.", "en", date(2022, 12, 16))]
    assert [(r.start, r.end) for r in found] == [(date(2022, 12, 7), date(2022, 12, 12))]


# --- GUIDELINES §2 place / §3: a city named as such keeps the day's toll on the incident ---

def test_the_city_of_a_regions_name_keeps_the_days_toll_before_the_turn() -> None:
    out = _extract(
        "At least eight people were killed on Thursday in clashes between security forces and protesters in the southern Andean "
        "city of Ayacucho, the health authority said, raising the toll from the week of unrest in Peru.",
        date(2022, 12, 16),
    )
    assert [(e.type, e.sub_type, e.date.start, e.place.admin1, _value(e.fatalities)) for e in out.events] == [
        ("protest", "excessive_force", date(2022, 12, 15), "Ayacucho", 8)
    ]
    assert out.tallies == []


# --- GUIDELINES §2: the arrest that set off the protests is background, not an event ---

def test_castillo_removed_by_congress_and_arrested_is_no_event() -> None:
    out = _extract(
        "Protesters marched in Ayacucho on Thursday. The protests broke out after former President Pedro Castillo was removed "
        "by Congress and arrested on Dec. 7 after he tried to dissolve the legislature.",
        date(2022, 12, 16),
    )
    assert [(e.type, e.sub_type, e.date.start) for e in out.events] == [("protest", "peaceful", date(2022, 12, 15))]


# --- GUIDELINES §2 excessive_force: a crowd fired on, its dead counted past their ages ---

def test_police_opening_fire_on_crowds_is_a_protest_met_with_lethal_force() -> None:
    out = _extract("On 11 December 2022, police opened fire on crowds in Andahuaylas and two boys were killed.", date(2022, 12, 20))
    assert [(e.type, e.sub_type, e.place.admin1, _value(e.fatalities)) for e in out.events] == [
        ("protest", "excessive_force", "Apurímac", 2)
    ]


def test_ages_between_the_count_and_its_verb_do_not_stop_the_count() -> None:
    out = _extract("Police opened fire on protesters in Andahuaylas on Sunday and two boys, aged 15 and 16, were killed.", date(2022, 12, 20))
    assert [_value(e.fatalities) for e in out.events] == [2]


def test_most_of_them_in_the_streets_is_no_spread_over_places() -> None:
    # GUIDELINES §3: "most of them in Cali" spreads a total; "in the streets around the airport" is the town's own toll
    out = _extract(
        "In Ayacucho, on 15 December soldiers shot ten protesters dead, most of them in the streets around the airport of Huamanga.",
        date(2022, 12, 20),
    )
    assert [(e.sub_type, e.place.admin1, _value(e.fatalities)) for e in out.events] == [("excessive_force", "Ayacucho", 10)]
    assert out.tallies == []


def test_most_of_them_in_a_named_city_still_spreads_the_count() -> None:
    out = _extract("At least 19 people had been killed, most of them in Cali, where police clashed with protesters on Friday night.", date(2021, 5, 3))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 19)]


# --- GUIDELINES §2 date: a digest item's days are of the year it names for their month ---

def test_a_day_after_its_month_named_with_a_year_takes_that_year() -> None:
    text = (
        "Ecuador: looking back\nA long read revisits the national strike led by CONAIE in June 2022 against fuel prices. "
        "CONAIE leader Leonidas Iza was arrested on 14 June in Cotopaxi."
    )
    days = [d.range.start for d in date_finder.find_dates(text, "en", date(2024, 10, 12)) if d.range.precision == "day"]
    assert days == [date(2022, 6, 14)]


def test_a_day_just_before_publication_keeps_its_year() -> None:
    text = "A year after the protests of January 2023, relatives marched in Juliaca on 16 January."
    days = [d.range.start for d in date_finder.find_dates(text, "en", date(2024, 1, 20)) if d.range.precision == "day"]
    assert days == [date(2024, 1, 16)]


# --- GUIDELINES §2 riot: storming done by the police is no riot ---

def test_police_storming_a_campus_is_no_riot() -> None:
    out = _extract(CONTEXT + "Lima, 21 January 2023. Students sit on the ground, hands tied, after police stormed the San Marcos university campus.", date(2023, 3, 7))
    assert [e.type for e in out.events] == []


def test_former_police_officers_storming_a_ministry_still_protest() -> None:
    out = _extract(CONTEXT + "Former police officers stormed the ministry in Lima on Monday.", date(2023, 3, 7))
    assert [(e.type, e.place.admin1) for e in out.events] == [("riot", "Lima")]


# --- GUIDELINES §2 counts: a participle clause between the people and their verb ---

def test_a_participle_clause_between_the_dead_and_their_verb() -> None:
    out = _extract(
        "Two protesters demonstrating against the mining contract were shot dead by a man at a roadblock in Chame, Panama, on 7 November 2023.",
        date(2023, 11, 8),
    )
    assert [(e.place.country, _value(e.fatalities)) for e in out.events] == [("PA", 2)]


# --- GUIDELINES §2 date: "the continued violence" carries no action back a day ---

def test_the_continued_violence_does_not_reach_back_a_day() -> None:
    out = _extract("We are deeply concerned about the continued violence in Peru, and we deplore the death of a protester in Lima on Saturday.", date(2023, 1, 31))
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2023, 1, 28), date(2023, 1, 28))]


def test_protests_that_continued_on_a_day_are_that_days() -> None:
    # (the past "continued" tells the day's incident, as "continuaron" does; test_extract_continued_on_a_day.py)
    out = _extract("Protests continued in Lima on Saturday.", date(2023, 1, 31))
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2023, 1, 28), date(2023, 1, 28))]


# --- GUIDELINES §3: "Of these, N died" right after a total is the total's share ---

def test_of_these_after_a_total_is_a_share_of_it() -> None:
    out = _extract(
        "67 - deaths linked to the protests and road blockades since 7 December 2022, according to the Ombudsman's Office. "
        "Of these, 49 died in clashes with security forces.",
        date(2023, 3, 7),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 67), ("fatalities", 49)]
    assert out.events == []


def test_of_these_after_an_incident_is_its_part() -> None:
    out = _extract("Police detained 30 protesters in Puno on Monday. Of these, 12 were injured.", date(2023, 3, 7))
    assert [(_value(e.arrests), _value(e.injuries)) for e in out.events] == [(30, 12)]
    assert out.tallies == []


# --- GUIDELINES §2 counts / §3: a wire's revised toll of the day's clash is that clash's ---

def test_a_toll_revised_on_the_incidents_day_is_the_incidents() -> None:
    text = (
        "At least eight people were killed on Thursday in clashes between security forces and protesters in Huamanga, "
        "the health authority said.\n\n"
        "Earlier on Thursday, officials had reported two deaths. Late on Thursday the regional health office said seven "
        "people had died and 52 had been wounded, and on Friday it raised the toll to eight."
    )
    out = _extract(text, date(2022, 12, 16))
    assert [(e.place.admin1, _value(e.fatalities), _value(e.injuries)) for e in out.events] == [("Ayacucho", 8, 52)]
    assert out.tallies == []


# --- GUIDELINES §2 date: "for the third time since December" counts times, it dates nothing ---

def test_the_nth_time_since_a_month_is_no_date_of_the_incident() -> None:
    found = date_finder.find_dates("The mine had been attacked for the third time since December.", "en", date(2023, 2, 1))
    assert found == []


def test_blocked_since_a_day_still_runs_to_publication() -> None:
    out = _extract("Protesters have blocked the road in Puno since December 7.", date(2023, 2, 1))
    assert [(e.forms, e.date.start, e.date.end) for e in out.events] == [(["roadblock"], date(2022, 12, 7), date(2023, 2, 1))]


# --- GUIDELINES §2 forms: a road that "has been blocked" is a roadblock ---

def test_a_road_that_has_been_blocked_is_a_roadblock() -> None:
    out = _extract("The highway has been blocked by protesters at several points in Cotabambas since Monday.", date(2023, 2, 1))
    assert [(e.forms, e.place.admin1) for e in out.events] == [(["roadblock"], "Apurímac")]


# --- GUIDELINES §2 counts: a named victim whose relative clause tells the death ---

def test_a_named_victim_who_died_in_a_relative_clause_is_counted() -> None:
    out = _extract(CONTEXT + "Remember Víctor Santisteban, who died in Lima on 28 January after a police projectile struck his head.", date(2023, 2, 22))
    assert [(e.sub_type, e.date.start, e.place.admin1, _value(e.fatalities)) for e in out.events] == [
        ("excessive_force", date(2023, 1, 28), "Lima", 1)
    ]


def test_a_relative_clause_aside_about_the_dead_counts_no_one() -> None:
    out = _extract("Víctor Santisteban, who died in January, was remembered at a march in Lima on Monday.", date(2023, 2, 22))
    assert [(e.sub_type, _value(e.fatalities)) for e in out.events] == [("peaceful", None)]


# --- GUIDELINES §2 date: the mob's clause keeps its own day ---

def test_the_mobs_clause_dated_the_next_night_keeps_that_day() -> None:
    out = _extract("On 9 January seventeen civilians were killed in Juliaca, and the next night a police officer was burned alive by a mob.", date(2023, 2, 22))
    assert [(e.sub_type, e.date.start, _value(e.fatalities)) for e in out.events] == [
        ("excessive_force", date(2023, 1, 9), 17), ("mob_violence", date(2023, 1, 10), 1)
    ]


def test_the_mobs_clause_with_no_day_of_its_own_takes_the_sentences() -> None:
    out = _extract("Seventeen civilians were killed in Juliaca on 9 January, and a police officer was burned alive by a mob.", date(2023, 2, 22))
    assert [(e.sub_type, e.date.start) for e in out.events] == [("excessive_force", date(2023, 1, 9)), ("mob_violence", date(2023, 1, 9))]


# --- GUIDELINES §2 riot/mob_violence: a fact box's "6 - soldiers who drowned" counts soldiers ---

def test_a_fact_box_label_after_a_dash_is_the_numbers_noun() -> None:
    out = _extract(
        "Peru's unrest, by the numbers\n\n6 - soldiers who drowned in the Ilave river in Puno on 5 March while trying to cross it, "
        "after being confronted by protesters.",
        date(2023, 3, 7),
    )
    assert [(e.type, e.sub_type, e.place.admin1, _value(e.fatalities)) for e in out.events] == [("riot", "mob_violence", "Puno", 6)]


# --- GUIDELINES §2: a protest held "every Wednesday" tells no day, it is no event ---

def test_a_weekly_protest_every_wednesday_is_no_event() -> None:
    out = _extract("Retirees have been marching outside Congress in Buenos Aires every Wednesday.", date(2024, 10, 12))
    assert out.events == []
    assert date_finder.find_dates("They march every Wednesday.", "en", date(2024, 10, 12)) == []


def test_a_march_on_wednesday_is_still_that_days() -> None:
    out = _extract("Retirees marched outside Congress in Buenos Aires on Wednesday.", date(2024, 10, 12))
    assert [(e.date.start, e.place.country) for e in out.events] == [(date(2024, 10, 9), "AR")]
