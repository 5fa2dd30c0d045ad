"""English phrasings found by a thirteenth probe of self-written stories in
styles not probed before (a rights report with a section per city, a metals
market wire, a travel story, a question-and-answer explainer, a numbered
thread, a mother's profile, an AP wire on the third march on Lima, an Andean
roundup): the toll of an earlier wave of unrest told beside today's march, the
wounded told as "received medical care", a total whose people are glossed
("eight of them children"), ages told after the victims ("aged 15 and 18"),
wounds a person died of, an explainer's answer that counts the wounded of a
day and region told paragraphs before, a comma and "and" that open a new
clause (no gloss of the place before them), and a wire filed from two cities
("LONDON/LIMA")."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date):
    return EX.extract(text, published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# The toll of an earlier wave of unrest is a total, not today's march's dead.

def test_the_toll_of_an_earlier_wave_is_a_total_not_the_marchs_dead():
    text = (
        "Thousands march in Lima\n\n"
        "LIMA, July 19 (AP) — Thousands of people marched through central Lima on Wednesday against the president. "
        "Officers fired tear gas at a group near the Congress building.\n\n"
        "The marches come eight months after the wave of unrest that followed the ouster of the former president, "
        "in which 50 civilians died in clashes with the security forces.\n"
    )
    out = _run(text, date(2023, 7, 19))
    lima = [e for e in out.events if e.place and e.place.admin1 == "Lima"]
    assert lima and all(e.fatalities is None for e in lima)
    assert all(e.sub_type != "excessive_force" for e in lima)
    assert any(t.measure == "fatalities" and t.value == 50 for t in out.tallies)


def test_a_wave_of_protests_told_today_keeps_its_own_wounded():
    text = "Unrest in Lima\n\nA wave of protests swept Lima on Thursday, and 12 people were injured when police fired tear gas.\n"
    out = _run(text, date(2023, 1, 23))
    assert any(_count(e.injuries) == 12 for e in out.events)
    assert not out.tallies


# Those who "received medical care" are wounded, not the size of the crowd.

def test_people_who_received_medical_care_are_wounded_not_the_crowd():
    text = (
        "March in Cusco\n\n"
        "On Monday, about three thousand farmers marched in Cusco and police fired tear gas at them near the main square. "
        "The ombudsman said at least seven marchers received medical care.\n"
    )
    out = _run(text, date(2024, 3, 5))
    cusco = [e for e in out.events if e.place and e.place.admin1 == "Cusco"]
    assert cusco and any(_count(e.injuries) == 7 for e in cusco)
    assert all(_count(e.participants) != 7 for e in cusco)


# A total whose people a gloss describes ("eight of them children") stays the total of the dead.

def test_a_glossed_total_of_the_dead_is_a_tally():
    text = (
        "Report on the crackdown\n\n"
        "Between December 2022 and March 2023, the police and the army answered the protests with lethal force. "
        "Fifty-one protesters and passers-by, nine of them minors, died in clashes with the security forces "
        "during that period, according to the report.\n"
    )
    out = _run(text, date(2023, 5, 2))
    assert any(t.measure == "fatalities" and t.value == 51 for t in out.tallies)
    assert not any(_count(e.fatalities) == 9 for e in out.events)


# Ages told after the victims are no number of people between them and their verb.

def test_ages_after_the_victims_do_not_sever_them_from_their_death():
    text = (
        "Shooting at the airfield\n\n"
        "On December 12, 2022, police shot at protesters near the airfield outside Andahuaylas. "
        "Three youths, aged 17, 19 and 22, died of their injuries that night, and dozens more were injured.\n"
    )
    out = _run(text, date(2023, 4, 26))
    apurimac = [e for e in out.events if e.place and e.place.admin1 == "Apurímac"]
    assert apurimac and any(_count(e.fatalities) == 3 for e in apurimac)


# The wounds someone died of are no count of the hurt; "several in the head" counts no one.

def test_wounds_a_victim_died_of_count_no_one():
    text = (
        "Report on the shootings\n\n"
        "On January 9, 2023, police fired live rounds at protesters near the airport in Juliaca. "
        "Forensic reports show that all of them died of gunshot wounds, several in the chest.\n"
    )
    out = _run(text, date(2023, 4, 26))
    assert not any(t.measure in ("fatalities", "injuries") and t.value == 3 for t in out.tallies)
    assert not any(_count(e.injuries) == 3 or _count(e.fatalities) == 3 for e in out.events)


# An explainer's answer that names again the day and region of an incident counts it.

def test_an_explainers_answer_counts_the_wounded_of_the_day_and_region_it_names():
    text = (
        "The march on Lima, explained\n\n"
        "What happened?\n\n"
        "On Thursday, March 2, columns of marchers tried to reach Congress and police pushed them back with tear gas "
        "near Abancay Avenue.\n\n"
        "Who took part?\n\n"
        "Farmers from Puno and Cusco, students and unions. Many slept in university halls.\n\n"
        "Was anyone hurt?\n\n"
        "The ombudsman's office said 14 police officers and 9 civilians were injured in Lima on Thursday.\n"
    )
    out = _run(text, date(2023, 3, 6))
    lima = [e for e in out.events if e.place and e.place.admin1 == "Lima"]
    assert lima and any(_count(e.injuries) == 23 for e in lima)


def test_an_answer_naming_another_day_adds_nothing_to_the_incident():
    text = (
        "The march on Lima, explained\n\n"
        "What happened?\n\n"
        "On Thursday, March 2, columns of marchers tried to reach Congress and police pushed them back with tear gas "
        "near Abancay Avenue.\n\n"
        "Who took part?\n\n"
        "Farmers from Puno and Cusco, students and unions. Many slept in university halls.\n\n"
        "Was anyone hurt?\n\n"
        "The ombudsman's office said 9 civilians were injured in Lima on Saturday.\n"
    )
    out = _run(text, date(2023, 3, 6))
    thursday = [e for e in out.events if e.date and e.date.start == date(2023, 3, 2)]
    assert thursday and all(_count(e.injuries) != 9 for e in thursday)


# A comma and "and" open a new clause: the place after them glosses nothing before.

def test_and_after_a_comma_opens_a_clause_not_a_gloss_of_the_place_before():
    text = (
        "Deaths in the south\n\n"
        "On Thursday, a protester was killed in clashes near the Cusco airport, and in Ilave, in Puno, "
        "two people had been shot dead the day before.\n"
    )
    out = _run(text, date(2023, 1, 23))
    regions = {e.place.admin1 for e in out.events if e.place}
    assert {"Cusco", "Puno"} <= regions


def test_a_place_glossed_by_its_region_still_reads_as_a_gloss():
    text = "Road blocked\n\nOn Monday, farmers blocked the road at Ilave, Puno, demanding lower fertiliser prices.\n"
    out = _run(text, date(2023, 1, 23))
    assert [e.place.admin1 for e in out.events if e.place] == ["Puno"]


# A wire filed from two cities: the second city is a dateline, not where the protests were.

def test_a_two_city_dateline_places_no_incident():
    text = (
        "Tin climbs as unrest hits supply\n\n"
        "SYDNEY/LIMA, Feb 3 (Reuters) - Tin prices rose on Friday to their highest since May as deadly protests in Peru, "
        "a big producer of the metal, threatened output at several mines in the south of the country.\n"
    )
    out = _run(text, date(2023, 2, 3))
    assert not any(e.place and e.place.admin1 == "Lima" for e in out.events)


def test_a_one_city_dateline_before_a_lima_march_keeps_the_march():
    text = "March in Lima\n\nLIMA, Feb 3 (Reuters) - Thousands of people marched in central Lima on Friday against the government.\n"
    out = _run(text, date(2023, 2, 3))
    assert any(e.place and e.place.admin1 == "Lima" for e in out.events)


# Relatives walking with photographs of their dead are a march; tourists walking are not.

def test_relatives_carrying_photographs_of_their_dead_march():
    text = (
        "A year on\n\n"
        "On December 15 last year, hundreds of relatives and neighbours walked from the main square of Huamanga "
        "to the cemetery, carrying photographs of the dead.\n"
    )
    out = _run(text, date(2024, 2, 20))
    assert any(e.type == "protest" and e.place and e.place.admin1 == "Ayacucho" and e.date and e.date.start == date(2023, 12, 15) for e in out.events)


def test_tourists_walking_through_the_streets_are_no_march():
    text = "Cusco reopens\n\nOn Sunday, hundreds of tourists walked through the streets of Cusco's old town as shops reopened.\n"
    out = _run(text, date(2023, 2, 20))
    assert out.events == []


# One person killed in one region's clause keeps that death, though another clause's figure counts the dead elsewhere.

def test_one_death_in_a_clause_of_its_own_is_that_regions_toll():
    text = (
        "Deaths in the south\n\n"
        "On Thursday, a protester was killed in clashes near the Cusco airport, and two people were shot dead in Ilave, in Puno.\n"
    )
    out = _run(text, date(2023, 1, 23))
    tolls = {e.place.admin1: _count(e.fatalities) for e in out.events if e.place}
    assert tolls.get("Cusco") == 1 and tolls.get("Puno") == 2
