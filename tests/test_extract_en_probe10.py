"""English phrasings found by a tenth probe of self-written stories in styles
not probed before (a short wire with a correction note, a markets story, a
live blog, an obituary, an op-ed, a court follow-up, a data piece, an
embassy security alert, a radio transcript): a charge "over the deaths" read
as deaths told today, a when-clause of a "since" date stretched to
publication, roadblocks "in 11 of the country's 24 regions" given the
paragraph's region, a call ("have called marches for Thursday") and an
alert's advice ("avoid demonstrations") read as protests, a generic "protests
can turn violent", "a year ago this week" read as this week, the toll of "The
death came two days after 17 people were killed" dropped, tear gas on a crowd
typed as the flight suspension after it, and a former president's arrest read
as an arrest at the protest."""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date = date(2024, 3, 20)):
    return EX.extract(text, published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# A charge names the deaths it is about: no incident of the report's day.

def test_a_charge_over_old_deaths_is_no_incident_of_today():
    text = (
        "Officers charged over Ilave deaths\n\n"
        "PUNO, Peru, March 20 (Reuters) - Prosecutors have charged two soldiers with homicide over the deaths of "
        "three farmers at a roadblock near Ilave more than a year ago, the prosecutor's office said on Wednesday.\n"
    )
    out = _run(text)
    assert not [e for e in out.events if e.date is not None and e.date.start == date(2024, 3, 20) and _count(e.fatalities)]


def test_deaths_told_before_the_inquiry_stay():
    text = (
        "Headline\n\n"
        "LIMA, March 20 (Reuters) - Police shot dead two protesters in Juliaca on Wednesday, and prosecutors opened "
        "an inquiry in connection with the deaths.\n"
    )
    out = _run(text)
    assert any(_count(e.fatalities) == 2 for e in out.events)


def test_ballistic_tests_on_the_dead_report_no_incident():
    text = (
        "Headline\n\nRelatives marched in Puno on Monday to demand justice.\n\n"
        "Ballistic tests showed that the bullets that killed the two farmers came from army rifles.\n"
    )
    out = _run(text)
    assert [(e.sub_type, e.date.start) for e in out.events] == [("peaceful", date(2024, 3, 18))]


# "since <day>, when <incident>": the incident is that day's.

def test_the_when_clause_of_a_since_date_is_that_day():
    text = (
        "Headline\n\n"
        "The copper mine has worked at half capacity since Jan. 20, when protesters broke into its camp and set "
        "fire to two trucks.\n"
    )
    out = _run(text, date(2023, 2, 8))
    riots = [e for e in out.events if e.type == "riot"]
    assert riots and riots[0].date.start == riots[0].date.end == date(2023, 1, 20)


def test_a_stay_since_a_day_still_runs_to_today():
    text = (
        "Headline\n\n"
        "The protesters had been camping in the square since Monday, when they arrived for a march.\n"
    )
    out = _run(text, date(2023, 1, 21))
    assert out.events and all(e.date.end == date(2023, 1, 21) for e in out.events)


def test_a_since_date_whose_clause_tells_the_onset_still_runs_to_today():
    text = (
        "Titular\n\n"
        "Los cierres de vías se repiten en todo el país desde el 23 de octubre, cuando comenzaron las protestas "
        "contra el contrato minero.\n"
    )
    out = EX.extract(text, published=date(2023, 11, 7), lang="es")
    assert out.events and all(e.date.end == date(2023, 11, 7) for e in out.events)


# Divisions counted by a figure, none named, are the whole country.

def test_roadblocks_in_counted_regions_are_nationwide():
    text = (
        "Headline\n\n"
        "Protesters blocked the highway near Abancay again on Tuesday.\n"
        "The ombudsman's office counted 87 roadblocks in 12 of the country's 25 regions on Tuesday.\n"
    )
    out = _run(text, date(2023, 1, 25))
    counted = [e for e in out.events if "87 roadblocks" in text[e.evidence.start : e.evidence.end]]
    assert counted and counted[0].place.admin1 is None


# Calls and advice are no protests.

def test_marches_called_for_a_weekday_are_a_plan():
    text = "Headline\n\nStudent groups have called marches against Congress for Friday.\n"
    assert _run(text, date(2024, 11, 12)).events == []


def test_advice_to_avoid_demonstrations_is_no_protest():
    text = (
        "Headline\n\nTransport unions have announced a strike on Wednesday.\n\n"
        "Visitors are advised to avoid demonstrations and large gatherings in the city centre.\n"
    )
    assert _run(text, date(2024, 11, 12)).events == []


def test_what_protests_can_do_is_no_incident():
    text = "Headline\n\nEven marches that start peacefully can turn violent within minutes.\n"
    assert _run(text, date(2024, 11, 12)).events == []


def test_a_counted_march_with_a_modal_later_stays():
    text = "Headline\n\nMarches took place in Cusco on Monday, and more could follow.\n"
    assert _run(text, date(2024, 11, 12)).events


# "a year ago this week" is that week a year back.

def test_a_year_ago_this_week():
    found = date_finder.find_dates("A year ago this week, soldiers fired on the crowd.", "en", date(2023, 12, 7))
    assert [(d.range.start, d.range.end) for d in found] == [(date(2022, 12, 5), date(2022, 12, 11))]


# A toll after "two days after", with nothing told before it, is the earlier day's incident.

def test_the_toll_of_the_day_before_is_told_when_nothing_else_happens():
    text = (
        "Headline\n\n"
        "CUSCO, Peru, Jan 12 (Reuters) - A farmer was shot dead in clashes with police in Cusco on Wednesday.\n\n"
        "The death came two days after 12 people were killed in the town of Ilave during protests.\n"
    )
    out = _run(text, date(2023, 1, 12))
    ilave = [e for e in out.events if e.place is not None and e.place.admin1 == "Puno"]
    assert ilave and _count(ilave[0].fatalities) == 12 and ilave[0].date.start == date(2023, 1, 9)


# Force on a crowd, then a suspension it caused: the force is the news.

def test_tear_gas_before_a_flight_suspension_is_an_intervention():
    text = (
        "Headline\n\n"
        "Police fired tear gas to drive back the crowd outside the airport, and the airline suspended flights "
        "for the afternoon.\n"
    )
    out = _run(text, date(2023, 1, 12))
    assert out.events and out.events[0].type == "protest" and "tear_gas" in out.events[0].state_response


# The turning point's arrest is no arrest at the protest.

def test_the_arrest_of_a_former_president_is_no_arrest_here():
    text = (
        "Headline\n\n"
        "Thousands marched in Puno on Monday in the protests that erupted after the ouster and arrest of former "
        "President Pedro Castillo.\n"
    )
    out = _run(text, date(2023, 1, 10))
    assert out.events and all("arrests" not in e.state_response and e.arrests is None for e in out.events)


# A strike begun today is not swallowed by the year of the total told after it.

def test_a_strike_begun_today_beside_a_total_of_the_year():
    text = (
        "Headline\n\n"
        "Bus drivers in Lima and Callao begin a 72-hour strike today, demanding that the government act against "
        "the gangs that have killed more than a dozen drivers this year.\n"
    )
    out = _run(text, date(2024, 11, 13))
    assert {e.place.admin1 for e in out.events} == {"Lima", "Callao"}
    assert all(e.date.start == date(2024, 11, 13) and e.fatalities is None for e in out.events)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 12)]


# What a crowd sets on fire is named before "on fire".

def test_a_building_set_on_fire_is_a_riot():
    text = "Headline\n\nOn Tuesday demonstrators set the police station and the courthouse on fire in Juli.\n"
    out = _run(text, date(2023, 3, 8))
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")]


# "starting on Tuesday" is a day still to come: a strike called for it is a plan.

def test_a_weekday_after_starting_on_is_ahead():
    found = date_finder.find_dates("an indefinite strike starting on Tuesday", "en", date(2022, 12, 12))
    assert [d.range.start for d in found] == [date(2022, 12, 13)]


def test_a_strike_called_to_start_on_a_weekday_is_a_plan_despite_the_dateline():
    text = (
        "Headline\n\n"
        "ABANCAY, Peru, Dec 12 (Reuters) - Farmers' groups in Apurimac called an indefinite regional strike "
        "starting on Wednesday.\n"
    )
    assert _run(text, date(2022, 12, 12)).events == []


def test_a_strike_on_a_past_weekday_stays():
    text = "Headline\n\nABANCAY, Peru, Dec 12 (Reuters) - Farmers in Apurimac went on strike on Wednesday.\n"
    out = _run(text, date(2022, 12, 12))
    assert [e.date.start for e in out.events] == [date(2022, 12, 7)]


# A forecast is no event, for every protest word joined before it.

def test_protests_and_roadblocks_likely_to_continue_are_a_forecast():
    text = "Headline\n\nStrikes and roadblocks are likely to continue across the south through late January.\n"
    assert _run(text, date(2023, 1, 12)).events == []


def test_a_march_expected_to_begin_is_a_plan():
    text = "Headline\n\nA national march on Lima is expected to begin around 18 January.\n"
    assert _run(text, date(2023, 1, 12)).events == []


def test_a_march_held_beside_a_forecast_stays():
    text = "Headline\n\nFarmers marched in Abancay on Tuesday, and more roadblocks are likely to follow.\n"
    assert [e.date.start for e in _run(text, date(2023, 1, 12)).events] == [date(2023, 1, 10)]


# "It started yesterday afternoon": the incident asked about began then, and the paragraph runs on from that day.

def test_it_started_yesterday_dates_the_answer():
    text = (
        "TRANSCRIPT: Morning Report\n\n"
        "HOST: Our correspondent is in Ilave. What happened?\n\n"
        "REPORTER: It started yesterday afternoon. Hundreds of people marched to the bridge, and police fired "
        "tear gas at them.\n"
    )
    out = _run(text, date(2023, 1, 10))
    assert [e.date.start for e in out.events] == [date(2023, 1, 9)]


def test_the_protests_that_started_on_a_day_still_date_the_movement():
    text = (
        "Headline\n\n"
        "The protests started on December 7. On Monday, hundreds of people marched in Ilave.\n"
    )
    out = _run(text, date(2023, 1, 10))
    assert [e.date.start for e in out.events] == [date(2023, 1, 9)]
