"""English phrasings found by a seventh probe of self-written articles (wire
stories, anniversary and obituary pieces, rights-group report summaries, a
timeline, explainers and pieces with no protest, from Peru 2022-2024 and
elsewhere in Latin America): a commemoration that names the dead of another
day ("to mark one year since 17 were shot dead", "banners remembering the
dozens killed"), a strike "against a wave of extortion that has seen dozens of
drivers killed", a running-total cue that took "millions of commuters" for the
dead, drivers and vendors counted as a crowd, the same action "also reported
in" other regions, and one sentence giving each region its own day."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(body: str, published: date = date(2023, 1, 20)):
    return EX.extract("Headline\n\n" + body + "\n", published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# A commemoration names the dead of another day: what it remembers, in its own
# clause, is no force used at the gathering.

def test_a_march_marking_a_year_since_a_shooting_is_peaceful():
    out = _run("Several thousand people marched through Ilave on Thursday to mark one year since the day, when nine farmers "
               "were shot dead on the bridge.", published=date(2024, 3, 8))
    assert [(e.type, e.sub_type, e.fatalities, e.state_response) for e in out.events] == [("protest", "peaceful", None, [])]
    assert out.events[0].date.start == date(2024, 3, 7)


def test_banners_remembering_the_dead_are_no_toll_of_the_march():
    out = _run("Marchers filled the main square of Arequipa on Saturday waving banners remembering the dozens killed in "
               "last year's unrest.", published=date(2024, 2, 5))
    assert [(e.sub_type, e.fatalities, e.state_response) for e in out.events] == [("peaceful", None, [])]


def test_force_told_after_the_remembrance_is_still_told():
    out = _run("Students gathered in Huancayo on Friday to remember a classmate who was shot dead last year, and police "
               "fired tear gas to clear them from the square.", published=date(2024, 6, 8))
    assert [e.sub_type for e in out.events] == ["intervention"]
    assert "tear_gas" in out.events[0].state_response


# "a strike against a wave of extortion that has seen dozens of drivers
# killed": the killings are the grievance, and so are the drivers counted in
# it; "millions of commuters" after a running-total cue count commuters.

def test_a_strike_against_a_wave_of_killings_is_no_lethal_force():
    out = _run("Thousands of minibus drivers in Trujillo stopped work on Tuesday in a strike against a wave of extortion that "
               "has seen dozens of drivers killed this year, leaving millions of passengers stranded.",
               published=date(2024, 10, 16))
    assert [(e.sub_type, e.fatalities, e.state_response) for e in out.events] == [("peaceful", None, [])]
    assert _count(out.events[0].participants) == 2000


def test_drivers_and_vendors_counted_as_the_crowd():
    out = _run("Hundreds of minibus drivers parked their vehicles outside the town hall of Juliaca on Monday in protest.", published=date(2024, 5, 7))
    assert [_count(e.participants) for e in out.events] == [200]


# "Protests were also reported in Arequipa and Cusco": a general protest noun
# with places of its own, told as the same action elsewhere, is an event in
# each region, on the day of the incident just told (not the dateline's day).

def test_protests_also_reported_elsewhere_are_events_on_the_same_day():
    out = _run("Thousands marched in Lima on Wednesday against the government. Protests were also reported in Tacna and Piura.",
               published=date(2024, 11, 14))
    assert [(e.place.admin1, e.date.start) for e in out.events] == [
        ("Lima", date(2024, 11, 13)), ("Tacna", date(2024, 11, 13)), ("Piura", date(2024, 11, 13))]


def test_similar_marches_take_the_day_of_the_march_not_the_dateline():
    out = _run("LIMA, March 2 (Wire) - Thousands of teachers marched in Lima on Tuesday against the reform.\n\n"
               "Similar marches took place in Huancayo.", published=date(2023, 3, 2))
    assert [(e.place.admin1, e.date.start) for e in out.events] == [("Lima", date(2023, 2, 28)), ("Junín", date(2023, 2, 28))]


def test_a_general_protest_noun_alone_is_still_no_event():
    out = _run("The protests in Arequipa and Cusco have drawn wide support.", published=date(2024, 11, 14))
    assert out.events == []


# One sentence, two regions, each with its own day right after it.

def test_each_region_keeps_its_own_day():
    out = _run("Police fired tear gas at protesters in Moquegua on 12 January and in Tumbes on 14 January.",
               published=date(2023, 5, 25))
    assert sorted((e.place.admin1, e.date.start) for e in out.events) == [
        ("Moquegua", date(2023, 1, 12)), ("Tumbes", date(2023, 1, 14))]


def test_two_regions_sharing_one_day_keep_it():
    out = _run("Protesters blocked roads in Moquegua and Tumbes on Monday.", published=date(2023, 5, 25))
    assert sorted((e.place.admin1, e.date.start) for e in out.events) == [
        ("Moquegua", date(2023, 5, 22)), ("Tumbes", date(2023, 5, 22))]


# "to demand the detainees' release": the arrest word is the demand's wording,
# not arrests made at this gathering.

def test_the_detainees_release_is_a_demand_not_arrests():
    out = _run("Hundreds of people gathered outside the prefecture in Huaraz on Sunday to demand the detainees' release.",
               published=date(2023, 1, 17))
    assert [(e.sub_type, e.arrests, _count(e.participants), e.demands) for e in out.events] == [
        ("peaceful", None, 200, ["release_detainee"])]


# A measure the strikers want is not a measure taken.

def test_a_state_of_emergency_they_want_is_not_declared():
    out = _run("The drivers want the government to declare a state of emergency in Trujillo, and Congress to repeal the law.",
               published=date(2024, 10, 20))
    assert out.events == []


# "died in a Lima hospital, weeks after he was shot in Juliaca": the hospital's
# town is where he was treated; "died on Saturday after being shot ... on 9
# January": the incident is the shooting, on its own day.

def test_the_hospital_town_is_no_place_of_the_incident():
    out = _run("A farmer from Ilave died on Saturday in a Lima hospital, weeks after he was shot during clashes in Juliaca.",
               published=date(2023, 3, 13))
    assert [e.place.admin1 for e in out.events] == ["Puno"]


def test_a_death_after_a_shooting_on_an_earlier_day_dates_the_shooting():
    out = _run("A student died on Sunday in a hospital in Arequipa after being shot during clashes in Juliaca on 9 January.",
               published=date(2023, 2, 14))
    assert [(e.place.admin1, e.date.start, _count(e.fatalities)) for e in out.events] == [("Puno", date(2023, 1, 9), 1)]


# "lifted an indefinite strike on Saturday after 36 days": the day told ends a
# run of that many days (not "after three days of talks").

def test_a_strike_lifted_after_n_days_spans_the_run():
    out = _run("Civic leaders in Tarija lifted an indefinite strike on Saturday after 36 days.", published=date(2022, 11, 27))
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2022, 10, 22), date(2022, 11, 26))]


def test_a_blockade_lifted_after_days_of_talks_is_one_day():
    out = _run("Farmers in Ica lifted their blockade of the Panamericana Sur on Thursday after three days of talks.",
               published=date(2024, 5, 10))
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2024, 5, 9), date(2024, 5, 9))]


# An inquiry that names the dead with no day of their own reports the inquiry,
# not the protests they died at; a dated shooting told through it stays.

def test_an_inquiry_in_connection_with_the_deaths_is_no_event():
    out = _run("Prosecutors are investigating the former minister for alleged homicide in connection with the deaths of more "
               "than 50 people, including five soldiers who drowned in Puno and an officer killed in Juliaca.",
               published=date(2024, 12, 3))
    assert out.events == []


def test_a_dated_shooting_under_inquiry_is_still_told():
    out = _run("Prosecutors opened an inquiry in connection with the deaths of two protesters shot by police in Juliaca "
               "on Monday.", published=date(2023, 1, 12))
    assert [(e.place.admin1, e.date.start) for e in out.events] == [("Puno", date(2023, 1, 9))]


# "they removed demonstrators from outside the office": police clearing a crowd.

def test_police_removing_demonstrators_is_an_intervention():
    out = _run("In Huancayo police removed demonstrators from outside the prosecutor's office on Monday.",
               published=date(2023, 10, 17))
    assert [(e.sub_type, e.state_response) for e in out.events] == [("intervention", ["dispersal"])]


# "Similar marches took place in Córdoba, Rosario, Mendoza and La Plata": the
# names after the commas are the next items of a list, not glosses of the town
# before them (which would drop "Córdoba" as not in Rosario's province).

def test_a_list_of_one_countrys_towns_keeps_every_item():
    out = _run("BUENOS AIRES, April 24 (Wire) - Thousands of Argentines marched in Buenos Aires on Tuesday.\n\n"
               "Similar marches took place in Córdoba, Rosario and Mendoza.", published=date(2024, 4, 24))
    assert {e.place.admin1 for e in out.events} >= {"Cordoba", "Santa Fe", "Mendoza"}


# A remembered death told with its own day is a recalled incident, and the
# force that caused it stands ("in memory of her son, who was shot ... during
# the January 9 massacre at protests in Juliaca").

def test_a_remembered_day_told_with_its_date_keeps_its_force():
    out = _run("A mother holds a white rose in memory of her son, who was shot in the chest during the January 9 massacre at protests in Juliaca.",
               published=date(2023, 2, 11))
    days = [e for e in out.events if e.date is not None and e.date.start == date(2023, 1, 9)]
    assert days and "live_ammunition" in days[0].state_response
