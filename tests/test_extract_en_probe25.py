"""English phrasings found by a twenty-fifth probe of self-written business and
wire stories on mining conflicts in Peru (MMG's Las Bambas occupation of 2022,
Southern Copper's Cuajone water cut-off, the informal miners' Panamericana Sur
blockade over REINFO, Antapaccay in Espinar, a conflict bulletin, an analysis
of the Las Bambas corridor over the years): a deadline's yearless day weeks
ahead ("due to expire on December 31") read a year back and taken as the day
"the same day" pointed to, "Grupo Mexico" (Southern Copper's owner) read as a
sign that the story is in Mexico (so a Moquegua community's "Tala" went to
Jalisco), a sentence's vague second count ("several officers injured") beating
its number ("at least 20 ... were hurt"), a measure told right after another
year's blockade dated by the report's day, and "stopped operations" missed as
a company halting its mine."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date):
    return EX.extract(text, published=published, lang="en")


# GUIDELINES §2 date: a deadline's day told ahead is no day an incident took, and
# "the same day" after it points back to the blockade's day.

DEADLINE_ARTICLE = (
    "Thousands of informal miners blocked the Panamericana Sur near Chala, in the Arequipa region, "
    "on November 4, demanding an extension of their permits.\n\n"
    "The registry, known as REINFO, is due to expire on December 31.\n\n"
    "In Lima, hundreds of miners marched to Congress the same day; police arrested five people.\n"
)


def test_same_day_after_a_deadline_points_back_to_the_blockade():
    out = _run(DEADLINE_ARTICLE, date(2024, 12, 10))
    lima = [e for e in out.events if e.place is not None and e.place.admin1 == "Lima"]
    assert len(lima) == 1
    assert lima[0].date.start == date(2024, 11, 4)
    assert lima[0].arrests is not None and lima[0].arrests.low == 5
    assert all(e.date is None or e.date.start.year == 2024 for e in out.events)


# GUIDELINES §2 place: a country inside a company's name ("a unit of Grupo Mexico")
# is no sign the story is abroad.

GRUPO_ARTICLE = (
    "Residents of Tala blocked the water supply to the mine on Friday, demanding payment for their land. "
    "The company, a unit of Grupo Mexico, said protesters also blocked the railway.\n"
)


def test_a_holding_named_after_a_country_does_not_move_the_story_abroad():
    out = _run(GRUPO_ARTICLE, date(2022, 3, 1))
    assert out.events
    assert all(e.place is None or e.place.country == "PE" for e in out.events)
    assert out.events[0].date.start == date(2022, 2, 25)


# GUIDELINES §2 counts: a number beats a vague word for one incident's hurt.

def test_a_number_of_hurt_beats_several_in_the_same_sentence():
    out = _run(
        "On April 28 police evicted the protesters from the mine site in Apurímac. Officers fired tear gas and "
        "at least 20 residents were hurt; police reported several officers injured.",
        date(2022, 6, 20),
    )
    ev = [e for e in out.events if e.type == "protest"]
    assert len(ev) == 1
    assert ev[0].sub_type == "intervention"
    assert ev[0].injuries is not None and ev[0].injuries.low == 20


# GUIDELINES §2: another year's blockade is background, and so is the measure
# told right after it with no day of its own (not a measure of the report's day).

def test_a_measure_after_an_old_years_blockade_is_of_that_year():
    out = _run(
        "In early 2019 the Fuerabamba community blocked the road in Apurímac for more than 50 days. "
        "The government declared a state of emergency along the corridor.",
        date(2023, 2, 10),
    )
    assert out.events == []  # (the measure of the report's day it had been is gone; 2019's blockade is background)


def test_a_measure_with_its_own_day_after_an_old_year_stays():
    out = _run(
        "In early 2019 the Fuerabamba community blocked the road in Apurímac for more than 50 days. "
        "On Monday the government declared a state of emergency along the corridor.",
        date(2023, 2, 10),
    )
    measures = [e for e in out.events if e.sub_type == "state_measure"]
    assert len(measures) == 1 and measures[0].date.start == date(2023, 2, 6)


# GUIDELINES §2 strategic_development/other: a company halting its mine.

def test_stopped_operations_is_a_company_halting_its_mine():
    out = _run(
        "\"It has become impossible to operate safely,\" MMG said in a statement, adding that it had stopped "
        "operations at Las Bambas on April 20.",
        date(2022, 6, 20),
    )
    assert [(e.type, e.sub_type, e.date.start, e.place.admin1) for e in out.events] == [
        ("strategic_development", "other", date(2022, 4, 20), "Apurímac")
    ]


# GUIDELINES §2: "General descriptions with no place or time" are no events; a run of
# years summed up is a habit, even with a year told for its consequence.

def test_blockades_for_most_of_its_years_is_no_event():
    out = _run(
        "Las Bambas has been disrupted by road blockades for most of its six years of operation, "
        "forcing it to cut its output guidance twice in 2021.",
        date(2022, 6, 20),
    )
    assert out.events == []


def test_the_occupation_keeps_its_one_form_beside_a_run_of_years():
    out = _run(
        "Residents of Fuerabamba occupied land inside the Las Bambas mine on April 14.\n\n"
        "The mine has been disrupted by road blockades for years.",
        date(2022, 6, 20),
    )
    assert [(e.forms, e.date.start) for e in out.events] == [(["occupation"], date(2022, 4, 14))]


# GUIDELINES §2: an action named by its month ("the April stoppage") is a reference
# point the reader knows, not a protest told in the sentence's month.

def test_a_stoppage_named_by_its_month_is_no_new_strike():
    out = _run(
        "Cuajone (Moquegua): The dialogue table created after the April stoppage met twice in October "
        "without an agreement on compensation.",
        date(2022, 11, 3),
    )
    assert out.events == []


def test_a_strike_with_its_own_day_still_counts():
    out = _run("Miners in Moquegua held a strike on Monday.", date(2022, 11, 3))
    assert [(e.type, e.forms, e.date.start, e.place.admin1) for e in out.events] == [
        ("protest", ["strike"], date(2022, 10, 31), "Moquegua")
    ]
