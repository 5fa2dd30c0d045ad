"""English phrasings found by a seventeenth probe of self-written stories in
styles not probed before (an embassy security alert, a court story, a rights
report chapter, a commodities note, a rail disruption note, an extortion-strike
explainer, a fact-check, a football story, an obituary, a weekly digest): a
digest's bracketed date after its weekday ("On Monday (13 Feb)") is the day; a
leader named by whom he leads ("a 50-year-old community leader was killed") is
one dead; a death denied ("we found no death in Lima that day") is no toll and
no lethal force; a register kept "as of" a day is a tally, not that day's
incident; a bare year opening a "when" clause dates the days in it ("the
protests of 2020, when ... on 14 November"); "by the end of the day 17 ..."
counts 17 (the day is no day number there); and "two more died" with a death
verb of its own adds to the count just told."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


def _fat(e):
    return None if e.fatalities is None else (e.fatalities.low, e.fatalities.qualifier)


# A date in brackets after a weekday is that weekday's date (GUIDELINES §2 date).

def test_weekday_with_bracketed_day_month_takes_the_day():
    out = _run("On Monday (13 Feb) residents of Ilave marched in the town.", date(2023, 2, 20))
    assert [(e.sub_type, str(e.date.start), e.place.admin1) for e in out.events] == [("peaceful", "2023-02-13", "Puno")]


def test_weekday_with_bracketed_month_day_takes_the_day():
    out = _run("Residents of Ilave marched in the town on Monday (February 13).", date(2023, 2, 20))
    assert [str(e.date.start) for e in out.events] == ["2023-02-13"]


# One person named by role counts one (GUIDELINES §2 counts).

def test_community_leader_killed_counts_one():
    text = "On Wednesday a 50-year-old community leader was killed during clashes between protesters and police near the airport in Cusco."
    out = _run(text, date(2023, 1, 13))
    assert [(e.sub_type, str(e.date.start), _fat(e)) for e in out.events] == [("excessive_force", "2023-01-11", (1, "exact"))]


# A death denied is none (GUIDELINES §2 type, counts).

def test_no_deaths_is_no_lethal_force():
    out = _run("Police fired tear gas at a march in Lima on 24 January; there were no deaths.", date(2023, 1, 27))
    assert [(e.type, e.sub_type, e.fatalities) for e in out.events] == [("protest", "intervention", None)]


def test_survivor_and_no_death_found_counts_the_injured_only():
    text = (
        "A man was injured by a tear gas canister during a march in central Lima on 24 January, "
        "but he survived; we found no death in Lima that day."
    )
    out = _run(text, date(2023, 1, 27))
    assert [(e.sub_type, e.fatalities, e.injuries.low) for e in out.events] == [("intervention", None, 1)]


# A register kept up to a day is a tally (GUIDELINES §3).

def test_register_as_of_a_day_is_a_tally_not_an_incident():
    text = (
        "The Ombudsman's Office, which keeps a daily register, counted 56 deaths as of 26 January: 46 in clashes with "
        "police and soldiers, one police officer, and nine people who died because roadblocks prevented them from reaching hospital."
    )
    out = _run(text, date(2023, 1, 27))
    assert out.events == []
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 56)]


# A bare year opening a "when" clause dates the days in it (GUIDELINES §2 date, background).

def test_day_in_a_when_clause_after_an_old_year_is_of_that_year():
    text = "Others mix the protests of 2022 with those of 2020, when two young men were killed in Lima on 14 November."
    out = _run(text, date(2023, 1, 27))
    assert all(e.date is None or e.date.start.year != 2022 for e in out.events)


# "the day 17 ...": the number after a time phrase counts (GUIDELINES §2 counts).

def test_end_of_the_day_then_number_counts_the_dead():
    text = (
        "On 9 January 2023, thousands of people marched towards the airport in Juliaca. Police officers used tear gas "
        "and then fired live ammunition. By the end of the day 17 civilians had died."
    )
    out = _run(text, date(2023, 5, 25))
    assert [(e.sub_type, str(e.date.start), _fat(e)) for e in out.events] == [("excessive_force", "2023-01-09", (17, "exact"))]


def test_day_number_of_a_strike_is_still_no_count():
    out = _run("On day 17 of the strike, police fired tear gas at marchers in Lima.", date(2023, 1, 20))
    assert all(e.participants is None and e.fatalities is None for e in out.events)


# "N more" with its own death verb adds to the count told (GUIDELINES §2 counts).

def test_two_more_died_adds_to_the_count():
    text = "Police fired on protesters in Juliaca on Thursday, killing eight, and two more died in the following days."
    out = _run(text, date(2023, 1, 20))
    assert [(e.sub_type, _fat(e)) for e in out.events] == [("excessive_force", (10, "exact"))]


def test_one_more_after_the_days_toll_is_the_incidents_not_a_tally():
    text = (
        "On 9 January 2023, thousands of people marched towards the airport in Juliaca. Police officers used tear gas "
        "and then fired live ammunition. By the end of the day 17 civilians had died and one more died of his wounds "
        "weeks later, bringing the toll to 18."
    )
    out = _run(text, date(2023, 5, 25))
    assert [_fat(e) for e in out.events] == [(18, "exact")]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 18)]


# A market named after a city is no place of the news (GUIDELINES §2 place).

def test_metal_exchange_names_no_place():
    text = (
        "Protests have cut about 30% of the country's copper output, analysts estimated, "
        "and copper on the London Metal Exchange rose 1.2% on Wednesday."
    )
    out = _run(text, date(2023, 2, 2))
    assert all(e.place is None or e.place.country != "GB" for e in out.events)


# Traders closing their stalls for a strike (GUIDELINES §2 forms).

def test_closing_their_stalls_is_a_market_closure():
    text = "On Thursday 3 October, market vendors in San Juan de Lurigancho joined the transport strike by closing their stalls."
    out = _run(text, date(2024, 11, 16))
    assert [(str(e.date.start), e.place.admin1, "market_closure" in e.forms) for e in out.events] == [("2024-10-03", "Lima", True)]


# "for three days from <day>": a run of that length (GUIDELINES §2 date).

def test_three_days_from_a_day_is_the_run():
    out = _run("Bus drivers in Lima went on strike for three days from Wednesday 13 November.", date(2024, 11, 16))
    assert [(str(e.date.start), str(e.date.end)) for e in out.events] == [("2024-11-13", "2024-11-15")]


def test_from_a_day_with_no_length_is_that_day():
    out = _run("Bus drivers in Lima went on strike from 13 November, for the third time this year.", date(2024, 11, 16))
    assert [(str(e.date.start), str(e.date.end)) for e in out.events] == [("2024-11-13", "2024-11-13")]


# A fixture called off is no agreement (GUIDELINES §2 strategic_development).

def test_friendly_called_off_is_no_settlement():
    out = _run("Sporting Cristal's friendly called off as protests grip Cusco", date(2023, 1, 13))
    assert not any(e.type == "strategic_development" for e in out.events)


def test_strike_called_off_is_still_told():
    out = _run("Transport unions called off the strike in Lima on Monday after a deal.", date(2023, 1, 13))
    assert ("strategic_development", "other") in [(e.type, e.sub_type) for e in out.events]


# A measure of the day before is the backdrop of the day told (GUIDELINES §2 type).

def test_gathering_the_day_after_a_state_of_emergency_is_the_protest():
    text = (
        "On 15 December 2022, the day after the government declared a national state of emergency, "
        "several hundred people gathered near the airport in Huamanga, Ayacucho."
    )
    out = _run(text, date(2023, 5, 25))
    assert [(e.type, e.sub_type, str(e.date.start), e.place.admin1) for e in out.events] == [
        ("protest", "peaceful", "2022-12-15", "Ayacucho")
    ]


# A gang's killing told in an extortion story is no force on a protest (GUIDELINES §2 type).

def test_driver_shot_dead_in_a_gang_story_is_no_protest():
    text = (
        "Drivers are the favourite targets of extortion gangs. On 7 October a driver of the Santa Catalina line was shot dead "
        "in San Juan de Lurigancho.\n\nOn Thursday 10 October drivers marched towards the Congress in Lima."
    )
    out = _run(text, date(2024, 11, 16))
    assert [(e.type, e.sub_type, str(e.date.start)) for e in out.events] == [("protest", "peaceful", "2024-10-10")]


def test_protester_shot_dead_in_a_gang_story_is_still_force():
    text = (
        "Drivers are the favourite targets of extortion gangs. On 10 October police shot dead a protester "
        "during a march of drivers in Lima."
    )
    out = _run(text, date(2024, 11, 16))
    assert [(e.sub_type, str(e.date.start)) for e in out.events] == [("excessive_force", "2024-10-10")]


# A dateline with a day-month-year and a dash files the report; it holds no incident (GUIDELINES §2 place).

def test_dateline_with_day_month_year_is_no_place_of_the_march():
    text = "Lima, 13 January 2023 – Several thousand people marched in Cusco on Thursday, demanding the resignation of the president."
    out = _run(text, date(2023, 1, 13))
    assert [(e.place.admin1, str(e.date.start), e.participants.low) for e in out.events] == [("Cusco", "2023-01-12", 3000)]


# A court story: the charge, the inquiry's findings and the defence's case tell no incident of
# the hearing's day; the relatives' vigil that day does (GUIDELINES §2 events, type).

def test_officers_accused_over_deaths_tell_no_incident_of_the_hearing():
    text = (
        "A court in Juliaca on Wednesday opened a hearing in the case against police officers accused over the deaths "
        "of protesters on January 9, 2023, the deadliest day of the unrest."
    )
    assert _run(text, date(2024, 4, 18)).events == []


def test_officers_an_inquiry_identified_tell_no_incident_today():
    text = (
        "Prosecutors say they have identified several officers who fired live rounds near the airport, "
        "where hundreds of demonstrators had gathered to try to take over the terminal."
    )
    assert _run(text, date(2024, 4, 18)).events == []


def test_the_defences_case_is_no_riot():
    text = (
        "About 60 relatives held a vigil outside the court in Juliaca on Wednesday. The defence argues that officers "
        "acted in self-defence when protesters threw stones."
    )
    out = _run(text, date(2024, 4, 18))
    assert [(e.type, e.sub_type, str(e.date.start)) for e in out.events] == [("protest", "peaceful", "2024-04-17")]


# A figure with a trailing plus is more than it (GUIDELINES §2 counts).

def test_trailing_plus_is_more_than():
    out = _run("Police say 1,300+ people were injured in the protests since December.", date(2023, 2, 20))
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("injuries", 1300, "more_than")]


# A run ended after its days, with the road and place between (GUIDELINES §2 date).

def test_blockade_lifted_after_twenty_days_runs_back():
    out = _run("Communities lifted their blockade of the mining corridor in Apurímac on Monday after 20 days.", date(2022, 12, 20))
    assert [(str(e.date.start), str(e.date.end)) for e in out.events] == [("2022-11-30", "2022-12-19")]


# Advice with a relative clause of the place's own past (GUIDELINES §2: calls and plans are no events; what was done is).

def test_advice_then_where_clause_tells_the_clash():
    out = _run("Tourists should avoid the area around Juliaca airport, where protesters clashed with police on Monday.", date(2022, 12, 20))
    assert [(e.place.admin1, str(e.date.start)) for e in out.events] == [("Puno", "2022-12-19")]


def test_plan_with_when_clause_stays_a_plan():
    assert _run("Unions plan to march in Lima on Thursday, when Congress will vote.", date(2022, 12, 20)).events == []


# "in the week to <day>": the seven days ending that day (GUIDELINES §2 date).

def test_week_to_a_day_is_the_seven_days_before():
    out = _run("In the week to 19 February, police arrested 14 people at a blockade in La Joya, Arequipa.", date(2023, 2, 20))
    assert [(str(e.date.start), str(e.date.end), e.arrests.low) for e in out.events] == [("2023-02-13", "2023-02-19", 14)]


# An advisory's present passive tells a roadblock of the report's day (GUIDELINES §2 forms, date).

def test_roads_are_blocked_is_a_roadblock_today():
    out = _run("- Puno: roads linking Puno, Juliaca and the border crossing at Desaguadero are blocked.", date(2022, 12, 14))
    assert [(e.forms, e.place.admin1, str(e.date.start)) for e in out.events] == [(["roadblock"], "Puno", "2022-12-14")]


def test_access_blocked_by_police_is_no_roadblock():
    assert _run("Access to Plaza San Martín in Lima is blocked by police.", date(2022, 12, 14)).events == []


# Police clearing a road tells the blockade it removed (GUIDELINES §2 intervention).

def test_police_cleared_a_corridor_is_an_intervention():
    text = "Protests\n\n• Apurímac: Police cleared the Las Bambas corridor on Friday, detaining 9.\n• Puno: farmers marched in Ilave on Monday."
    out = _run(text, date(2023, 2, 20))
    assert ("intervention", "Apurímac", "2023-02-17", 9) in [
        (e.sub_type, e.place.admin1, str(e.date.start), e.arrests.low if e.arrests else None) for e in out.events
    ]


# A fact-check's tested claim is no running total (GUIDELINES §3; §2 "reports as fact").

def test_viral_claim_of_hundreds_killed_is_no_tally():
    text = (
        "Several posts shared thousands of times this week claim that hundreds of people have been killed in the protests "
        "that began on 7 December. The Ombudsman's Office counted 56 deaths as of 26 January."
    )
    out = _run(text, date(2023, 1, 27))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 56)]


# People a strike or blockade leaves on foot or stranded are no crowd of it (GUIDELINES §2 participants).

def test_people_who_walked_to_work_are_no_participants():
    text = (
        "On Thursday 3 October, most routes in Lima stopped running and tens of thousands of people walked to work; "
        "market vendors in San Juan de Lurigancho joined the strike by closing their stalls."
    )
    out = _run(text, date(2024, 11, 16))
    assert [(str(e.date.start), e.participants) for e in out.events] == [("2024-10-03", None)]


def test_stranded_people_are_no_participants():
    out = _run("About 400 people were stranded in Aguas Calientes after protesters blocked the railway on Saturday.", date(2023, 1, 23))
    assert [(e.forms, e.participants) for e in out.events] == [(["roadblock"], None)]


def test_vague_more_later_leaves_the_first_toll():
    text = "Two people were killed in clashes in Andahuaylas on Sunday, December 11, and several more died on Monday."
    out = _run(text, date(2022, 12, 14))
    assert [(str(e.date.start), _fat(e)) for e in out.events] == [("2022-12-11", (2, "exact"))]


def test_crowd_that_falsely_claimed_still_marched():
    out = _run("Supporters of the former president marched in Lima on Saturday and falsely claimed the vote was rigged.", date(2023, 1, 9))
    assert [(e.sub_type, str(e.date.start)) for e in out.events] == [("peaceful", "2023-01-07")]
