"""English phrasings found by an eighth probe of self-written articles in
styles not probed before (a wire "UPDATE" with its "(Adds ...)" note, a story
ending in a correction, a newsletter digest of several countries, an NGO report
with numbered paragraphs and footnotes, a Q&A explainer, prosecutor and court
stories that recount the original incident, a police press release, a photo
gallery, a long feature moving through several incidents): a year read as a
toll ("over 2023 Juliaca killings"), an editor's note's paragraph numbers read
as counts, a court's or prosecutor's act dating the story, a measure "did not
amount to" a curfew or "could" be imposed, a blockade that had not begun, a
digest's measure put in the article's main country, a running total told as
"by the end of March ... had been killed", a chronology's yearless day read as
a plan's, a pluperfect backstory day taken for "that day", the dead told right
after a tear-gassed crowd, and a tear gas canister "fired" at close range."""

from __future__ import annotations

from datetime import date

from kipu.extract.numbers import find_quantities
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(body: str, published: date = date(2023, 1, 20)):
    return EX.extract("Headline\n\n" + body + "\n", published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# A year is no count, even after "over": the year of the incident a story is about.

def test_a_year_before_a_place_name_is_no_toll():
    assert [q.low for q in find_quantities("Officers charged over 2023 Ayacucho shootings.", "en")] == []


def test_a_year_before_an_incident_noun_is_no_toll():
    assert [q.low for q in find_quantities("A general was convicted over 2019 killings of students.", "en")] == []


def test_a_count_after_over_still_counts():
    assert [q.low for q in find_quantities("Over 2000 protesters marched.", "en")] == [2000]
    assert [q.low for q in find_quantities("More than 1500 people were hurt.", "en")] == [1500]


# An editor's note and a gallery's numbering are places in the text, not counts.

def test_an_update_note_counts_no_dead():
    out = _run("LIMA, Feb 3 (Reuters) - Three protesters were killed in clashes with police in Puno on Thursday.\n\n"
               "(Adds police statement, paragraphs 4-6; updates toll in paragraph 1)", published=date(2023, 2, 3))
    assert [t.value for t in out.tallies] == []
    assert [_count(e.fatalities) for e in out.events] == [3]


def test_a_photo_number_is_no_count():
    assert [q.low for q in find_quantities("Photo 4: police detain a man near the square.", "en")] == []


# A court's or prosecutor's act dates the story, not the old incident it is about.

def test_a_march_after_a_verdict_is_the_verdicts_day():
    out = _run("HUAMANGA, Peru - A judge in Huamanga on Tuesday jailed a former corporal for shooting a farmer during "
               "protests in December 2022.\n\nThe farmer was hit near the airport on December 15, 2022. Nine other "
               "people died in the city that day.\n\nSome 150 relatives then marched to the main square.",
               published=date(2024, 7, 10))
    assert [(e.type, e.date.start) for e in out.events] == [("protest", date(2024, 7, 9))]


def test_charges_filed_over_old_deaths_are_no_protest_today():
    out = _run("LIMA - Prosecutors on Wednesday filed charges against nine soldiers over the deaths of protesters in "
               "Huamanga in December 2022.", published=date(2024, 10, 3))
    assert out.events == []


# What was not done, or only could be, is no event.

def test_a_measure_that_did_not_amount_to_a_curfew_adds_no_measure():
    out = _run("LIMA, Dec 14 (Reuters) - Peru declared a state of emergency across the whole country on Wednesday.\n\n"
               "The prime minister said the emergency did not amount to a curfew.\n\n"
               "He said governors could impose curfews in their regions.", published=date(2022, 12, 14))
    assert [(e.sub_type, e.place.admin1) for e in out.events] == [("state_measure", None)]


def test_blockades_that_had_not_begun_are_no_event():
    out = _run("Farmers in Cochabamba marched on Monday. No blockades had started by Wednesday.", published=date(2024, 9, 5))
    assert [e.forms for e in out.events] == [["march"]]


def test_a_measure_declared_as_blockades_go_on_is_of_its_one_day():
    out = _run("The government declared a state of emergency on Friday as truckers kept up their blockades for a fifth day.",
               published=date(2023, 6, 10))
    measures = [e for e in out.events if e.sub_type == "state_measure"]
    assert [(e.date.start, e.date.end) for e in measures] == [(date(2023, 6, 9), date(2023, 6, 9))]


# A digest's item on another country is that country's.

def test_a_digest_item_measure_is_in_the_country_of_its_places():
    out = _run("CHILE. Thousands of students marched in Santiago on Tuesday.\n\nPERU. The government declared an emergency "
               "in five districts of Lima and in Callao on Wednesday.\n\nCHILE. Teachers marched in Valparaiso on Monday.",
               published=date(2024, 10, 4))
    measures = [e for e in out.events if e.type == "strategic_development"]
    assert [e.place.country for e in measures] == ["PE"]


# A count reached by the end of a period is a running total.

def test_by_the_end_of_a_month_the_dead_are_a_total():
    out = _run("Police fired on a march in Juliaca on January 9, killing 17.\n\nBy the end of February, 60 people had been "
               "killed in the unrest and more than 900 had been hurt.", published=date(2023, 6, 1))
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 60), ("injuries", 900)]
    assert [_count(e.fatalities) for e in out.events] == [17]


def test_by_the_end_of_the_day_the_arrests_are_the_incidents():
    out = _run("Hundreds of students marched in Cusco on Monday. By the end of the day, 14 people had been arrested.",
               published=date(2023, 1, 31))
    assert out.tallies == []
    assert [_count(e.arrests) for e in out.events] == [14]


# Dates in a chronology.

def test_a_chronologys_yearless_day_is_of_the_year_told():
    out = _run("Protests spread after the president's removal on December 7, 2022.\n\nOn December 14, soldiers fired on "
               "protesters in Pichanaki, killing three.", published=date(2023, 12, 8))
    assert [(e.date.start, e.place.admin1) for e in out.events] == [(date(2022, 12, 14), "Junín")]


def test_that_day_is_the_sentences_day_not_its_backstory():
    out = _run("On 12 January, thousands gathered in Macusani as part of a regional strike that had begun on 4 January.\n\n"
               "Police fired on them. Two men died that day.", published=date(2023, 5, 1))
    assert [(e.sub_type, e.date.start, _count(e.fatalities)) for e in out.events] == [
        ("excessive_force", date(2023, 1, 12), 2)
    ]


def test_a_plan_for_a_day_just_ahead_is_still_no_event():
    out = _run("Unions said they would march in Lima on December 15.", published=date(2023, 12, 8))
    assert out.events == []


# The dead told right after force at a crowd, and a canister fired at someone.

def test_dead_told_that_afternoon_after_tear_gas_are_its_toll():
    out = _run("On Sunday, police fired tear gas at protesters at the airport of Andahuaylas. Two young men died that "
               "afternoon.", published=date(2022, 12, 13))
    assert [(e.sub_type, _count(e.fatalities)) for e in out.events] == [("excessive_force", 2)]


def test_a_tear_gas_canister_fired_at_close_range_is_no_live_fire():
    out = _run("A man was killed by a tear gas canister fired at close range during a march in Lima on Saturday.",
               published=date(2023, 1, 30))
    assert [e.sub_type for e in out.events] == ["excessive_force"]
    assert "live_ammunition" not in out.events[0].state_response
    assert "tear_gas" in out.events[0].state_response


def test_tear_gas_and_live_rounds_fired_keep_both():
    out = _run("Police fired tear gas and then fired live rounds at marchers in Juliaca on Monday.", published=date(2023, 1, 10))
    assert {"tear_gas", "live_ammunition"} <= set(out.events[0].state_response)


# A recap joins a movement's dated actions in one sentence: one incident per day.

def test_a_first_and_a_second_stoppage_on_two_days_are_two_incidents():
    out = _run("The walkout follows a first strike on March 4, when most minibuses stayed off the roads of Trujillo, and a "
               "second on March 18, when thousands of drivers marched through the city.", published=date(2024, 3, 25))
    assert sorted((e.date.start, e.place.admin1) for e in out.events) == [
        (date(2024, 3, 4), "La Libertad"), (date(2024, 3, 18), "La Libertad")
    ]


def test_the_paragraph_runs_on_from_the_last_day_told():
    out = _run("Drivers held a first strike on March 4, when buses stayed off the roads of Trujillo, and a second on "
               "March 18, when thousands marched through the city. That march ended in clashes in which police fired "
               "tear gas.", published=date(2024, 3, 25))
    gassed = [e for e in out.events if "tear_gas" in e.state_response]
    assert [e.date.start for e in gassed] == [date(2024, 3, 18)]


def test_a_day_and_its_backstory_stay_one_incident():
    out = _run("On 12 January, thousands marched in Ilave as part of a strike that had begun on 4 January.",
               published=date(2023, 5, 1))
    assert [e.date.start for e in out.events] == [date(2023, 1, 12)]


def test_force_on_the_second_day_alone_does_not_split():
    out = _run("Farmers blocked the road at Virú on Monday, and on Tuesday police cleared it.", published=date(2024, 5, 9))
    assert len(out.events) == 1


# An explainer's question between a blockade and the force used at it.

def test_force_answering_a_question_is_at_the_blockade_before_it():
    out = _run("Where are the blockades?\n\nMiners have blocked the highway at Ocoña, in Arequipa, and at Palpa, in Ica, "
               "since Monday.\n\nHas there been violence?\n\nOn Wednesday police fired tear gas to clear the road at Ocoña.",
               published=date(2024, 11, 20))
    by_region = {e.place.admin1: e for e in out.events}
    assert "tear_gas" in by_region["Arequipa"].state_response
    assert by_region["Ica"].state_response == []


# A blockade's crowd letting traffic through, and arrests at a riot told with its day.

def test_miners_reopening_one_lane_is_no_strategic_development():
    out = _run("Miners blocked the highway at Ocoña on Monday. They reopened one lane in the evening.", published=date(2024, 11, 20))
    assert [e.type for e in out.events] == ["protest"]


def test_arrests_after_a_riot_with_its_day_are_the_riots():
    out = _run("In Camaná, miners hurled stones at police on Tuesday night and three of them were detained.",
               published=date(2024, 11, 21))
    assert [(e.type, e.sub_type, _count(e.arrests)) for e in out.events] == [("riot", "violent_demonstration", 3)]
