"""English wire phrasings found by a fifth probe of self-written articles:
running totals worded with "stands at", "puts ... at" and a bare "toll", a
date inside a total's phrase, and a crowd whose sentence goes on to name
someone else's victims."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(body: str, published: date = date(2023, 1, 20)):
    return EX.extract("Headline\n\n" + body + "\n", published=published, lang="en")


# "at" usually opens an hour ("at 5"), but after a total or a casualty word
# it states the figure of a running total.

@pytest.mark.parametrize(
    "body,value",
    [
        ("Roadblocks continued in the south. The total number of deaths in the protests since December now stands at 52.", 52),
        ("Roadblocks continued in the south. The ombudsman puts the number of dead in the unrest at 63.", 63),
    ],
)
def test_total_stated_with_at_is_a_tally(body, value):
    out = _run(body)
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", value)]


# A date inside the phrase of a total does not stand between the casualty
# word and the figure.

def test_date_between_toll_and_figure_does_not_sever_them():
    out = _run("Marches were held in Cusco. Nationwide, officials said, the death toll since the crisis began on "
               "December 7 had climbed to 31.")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 31)]


# A bare "toll" given a figure is a toll of the dead; after "bringing the",
# the figure is the running total, the one death before it the incident's.

def test_bare_toll_after_a_death_is_the_running_total():
    out = _run("Farmers kept a blockade on the highway near Ilave. A farmer wounded at the blockade in Ilave on "
               "Tuesday died in hospital, bringing the toll to 44.")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 44)]
    assert all(e.injuries is None for e in out.events)
    assert any(e.fatalities is not None and e.fatalities.low == 1 for e in out.events)


# A crowd's sentence that goes on to name a casualty verb with its own
# object ("gangs that have killed several drivers") does not make the crowd
# the dead.

def test_crowd_is_not_counted_as_the_victims_of_a_later_clause():
    out = _run("Bus drivers in Trujillo stopped work on Tuesday and hundreds marched to the regional government "
               "to protest against gangs that have shot several drivers this year.", date(2024, 10, 10))
    assert all(e.fatalities is None for e in out.events)
    assert all(t.value < 200 for t in out.tallies if t.measure == "fatalities")


# Wire copy and timelines write month abbreviations without a point
# ("Dec 12", "Nov 7:"); they date the line they open.

def test_month_abbreviation_without_a_point_dates_a_timeline_entry():
    text = ("Timeline of the mine protests\n\nSept 30: Lawmakers approve the mining contract.\n\n"
            "Nov 6: Two marchers are shot dead at a roadblock on the highway in Chame.\n")
    out = EX.extract(text, published=date(2023, 11, 30), lang="en")
    starts = [e.date.start for e in out.events if e.fatalities is not None]
    assert starts == [date(2023, 11, 6)]


def test_name_jan_is_not_a_month():
    from kipu.extract import dates as df
    found = df.find_dates("Jan Novak, a lawyer, spoke to reporters.", "en", date(2023, 11, 30))
    assert found == []


# "The march was peaceful.": a sentence opened by the action just told, with
# nothing of its own, is a remark on it, not a second (nationwide) action.

def test_remark_on_the_action_just_told_is_not_another_event():
    text = ("Peru protests, live\n\n17:20 Protesters in Puno have blocked the bridge to Bolivia at Desaguadero, a correspondent says.\n\n"
            "16:05 Police in Cusco fired tear gas at students who tried to reach the airport. Two people were hurt.\n\n"
            "15:30 In Lima, some 2,000 people marched from the Plaza Dos de Mayo toward Congress, chanting slogans. The march was peaceful.\n")
    out = EX.extract(text, published=date(2023, 1, 19), lang="en")
    assert None not in [e.place.admin1 if e.place else None for e in out.events]
    assert "Lima" in [e.place.admin1 for e in out.events if e.place]


# A province and its capital district share a name in one region
# (Andahuaylas, Apurímac): that is no homonym to move into the region the
# article dwells on.

def test_province_and_its_capital_are_not_homonyms_of_another_region():
    text = ("Report on the crackdown\n\nA rights group said on Monday that soldiers fired live rounds at protesters "
            "in Cusco, Andahuaylas and Juliaca.\n\nThe group said that in Juliaca, 18 people died on 9 January.\n\n"
            "Residents of Juliaca marched again on Sunday.\n")
    out = EX.extract(text, published=date(2023, 2, 20), lang="en")
    assert all(e.place.admin1 == "Apurímac" for e in out.events if e.place and e.place.name == "Andahuaylas")
    assert any(e.place and e.place.name == "Andahuaylas" for e in out.events)


# "since protests erupted over Sunday's vote": the day opens the period the
# figure covers; the figure is a running total.

def test_killed_since_protests_erupted_is_a_tally():
    out = _run("At least nine people have been killed in Bolivia since protests erupted over Sunday's vote, "
               "a rights group said on Wednesday.", date(2019, 10, 23))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 9)]


# "A year ago today" is that very day a year back, not the whole year.

def test_a_year_ago_today_is_one_day():
    from kipu.extract import dates as df
    found = df.find_dates("Two years ago to the day, troops fired on the march.", "en", date(2021, 11, 19))
    assert [(d.range.start, d.range.end) for d in found] == [(date(2019, 11, 19), date(2019, 11, 19))]


# "The clashes followed a general strike on Jan. 24": the opening subject is
# the incident just told; the strike it followed is no riot.

def test_recap_subject_does_not_type_what_it_followed():
    out = _run("Police fired tear gas at protesters outside the legislature in Asuncion on Thursday night. "
               "The clashes came two weeks after a general strike on March 3, when unions said thousands "
               "joined marches across the country.", date(2023, 3, 17))
    strike = [e for e in out.events if e.date and e.date.start == date(2023, 3, 3)]
    assert strike and all(e.type == "protest" for e in strike)


# The wounded counted right after the force used at a protest, naming a
# place of that protest's own region, are that protest's wounded.

def test_wounded_counted_in_the_same_region_belong_to_the_protest():
    out = _run("Police fired tear gas at marchers who tried to reach the regional government in Cusco on Thursday. "
               "Hospital officials said 14 police officers and 9 civilians were injured in the city of Cusco.",
               date(2023, 1, 20))
    assert [(e.place.admin1, e.injuries.low if e.injuries else None) for e in out.events] == [("Cusco", 23)]


# "several of them with gunshot wounds": a part of the count just given.

def test_part_of_a_count_is_not_the_count():
    out = _run("At least 21 people were injured in Ayacucho on Thursday, a few of them with bullet wounds, when soldiers "
               "fired on protesters near the airport.", date(2022, 12, 17))
    assert [e.injuries.low for e in out.events if e.injuries] == [21]


# A span of months written with its days ("between December 7 and March 7")
# dates a campaign's figure, not one incident: the figures are tallies.

def test_figures_for_a_span_of_months_are_tallies():
    out = _run("Roadblocks went on in Puno. The ombudsman says 58 people died in connection with the unrest "
               "between December 7 and February 20, of whom 46 died in clashes with security forces.", date(2023, 2, 24))
    assert sorted(t.value for t in out.tallies if t.measure == "fatalities") == [46, 58]
    assert all(e.fatalities is None for e in out.events)


# A source's present-tense count ("counts 48 deaths", "lists 1,301 injured")
# and a figure for the whole country are running totals, not one incident's.

def test_source_counts_and_countrywide_figures_are_tallies():
    out = _run("Soldiers fired on protesters in Ayacucho on December 15, killing ten. A rights group counts 44 deaths "
               "caused by the security forces. About 900 people were injured across the country, the health ministry said.",
               date(2023, 2, 1))
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 44), ("injuries", 900)]
    assert [e.injuries for e in out.events] == [None]


# Damage done to a railway by protesters is a violent demonstration.

def test_protesters_damaging_the_railway_is_a_riot():
    out = _run("Rail service to Aguas Calientes was halted on Tuesday after protesters tore up sections of the line "
               "near Ollantaytambo.", date(2023, 1, 19))
    assert [(e.type, e.place.admin1) for e in out.events] == [("riot", "Cusco")]


# A court follow-up names the deed it punishes; that deed is not an event of
# the verdict's day.

def test_verdict_months_later_is_no_riot_on_the_verdict_day():
    text = ("Court jails protester\n\nA federal court on Tuesday sentenced a woman to 14 years in prison for taking "
            "part in the storming of the electoral tribunal on March 2, the third conviction over the riots.\n")
    out = EX.extract(text, published=date(2023, 10, 11), lang="en")
    assert all(e.date is None or e.date.start != date(2023, 10, 10) for e in out.events)


# "victims of sexual violence" are victims of a harm other than death.

def test_victims_of_sexual_violence_are_not_dead():
    out = _run("Marches continued in Bogota. A rights group said it had registered 25 deaths, 9 victims of sexual "
               "violence and 420 arbitrary detentions since the strike began.", date(2021, 5, 10))
    assert sorted(t.value for t in out.tallies if t.measure == "fatalities") == [25]
