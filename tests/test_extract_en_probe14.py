"""English phrasings found by a fourteenth probe of self-written stories in
styles not probed before (a rights group's press release with a paragraph per
region, a prosecutor's exhumation story, a live blog with time stamps, a
fact-check, an obituary, a wire with a correction line, a security bulletin):
a deadly day of the movement recalled more than a year later, a state measure
told in a "a day after" aside before force on a crowd, a heading that names
only the country, a plan's day ahead that must not date the story, a
fact-check's claim and a denied shooting, and "the city centre" after the
story moved to another region."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date):
    return EX.extract(text, published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# A deadly day recalled long after (a trial, an exhumation, a second anniversary) is still an event.

def test_a_deadly_day_recalled_fifteen_months_later_is_an_event():
    text = (
        "Forensic teams open graves in Ayacucho\n\n"
        "Prosecutors began on Monday to exhume the remains of protesters buried in Huamanga, as part of the inquiry into the crackdown.\n\n"
        "On 15 December 2022, eight people were killed in Ayacucho when soldiers opened fire on a crowd near the airport.\n"
    )
    out = _run(text, date(2024, 3, 12))
    old = [e for e in out.events if e.date and e.date.start == date(2022, 12, 15)]
    assert old and old[0].place.admin1 == "Ayacucho" and _count(old[0].fatalities) == 8
    assert old[0].sub_type == "excessive_force"


def test_a_strike_recalled_two_years_later_is_still_background():
    text = (
        "Teachers announce a new strike\n\n"
        "The teachers' union said on Monday that it will strike again in June. "
        "Many of its members joined the strike of 3 March 2022 in Cusco, which closed the schools of the region.\n"
    )
    out = _run(text, date(2024, 4, 15))
    assert not [e for e in out.events if e.date and e.date.start.year == 2022]


def test_a_mob_killing_recalled_in_its_paragraph_long_after_is_kept():
    text = (
        "Trial of Juliaca deaths opens\n\n"
        "A court in Puno opened on Tuesday the trial of two officers over the deaths of protesters.\n\n"
        "On 9 January 2023, police shot dead 17 people near the Juliaca airport. "
        "That night an officer was beaten by a mob and burned inside his patrol car.\n"
    )
    out = _run(text, date(2024, 4, 16))
    assert any(e.type == "riot" and e.sub_type == "mob_violence" and e.date and e.date.start == date(2023, 1, 9) for e in out.events)


# A measure told in a "a day after" aside does not make the force on a crowd after it a state measure.

def test_force_after_a_day_after_aside_is_force_on_the_crowd():
    text = (
        "Peru: rights group documents deaths at protests\n\n"
        "The report covers the protests of December and January.\n\n"
        "On 15 December 2022, a day after the government declared a nationwide state of emergency, soldiers "
        "sent to the Ayacucho airport shot at crowds on its runway.\n"
    )
    out = _run(text, date(2023, 2, 20))
    day = [e for e in out.events if e.date and e.date.start == date(2022, 12, 15)]
    assert day and all(e.type == "protest" and e.sub_type == "excessive_force" and e.place.admin1 == "Ayacucho" for e in day)


# A heading that names only the country says less than the paragraph's region.

def test_a_bare_toll_after_a_shooting_is_its_toll_under_a_country_heading():
    text = (
        "Protests in Peru\n\n"
        "On 15 December 2022, soldiers opened fire on protesters near the airport in Ayacucho. Ten people were killed.\n"
    )
    out = _run(text, date(2023, 1, 5))
    assert len(out.events) == 1
    (event,) = out.events
    assert event.place.admin1 == "Ayacucho" and _count(event.fatalities) == 10


# A day ahead in a plan does not date the story's other sentences.

def test_a_plans_day_ahead_does_not_date_the_bulletin():
    text = (
        "TRAVEL ADVISORY - PERU - 12 November 2024\n\n"
        "Transport unions have called a three-day strike in Lima from 13 to 15 November 2024.\n\n"
        "WHERE: Lima and Callao; marches expected in the historic centre.\n\n"
        "On 23 October, police fired tear gas at marchers near the Congress building.\n"
    )
    out = _run(text, date(2024, 11, 12))
    assert not [e for e in out.events if e.date and e.date.start > date(2024, 11, 12)]
    assert any(e.date and e.date.start == date(2024, 10, 23) and e.sub_type == "intervention" for e in out.events)


# A fact-check's claim is not its finding; a shooting it found no report of did not happen.

def test_a_fact_checks_claim_and_a_denied_shooting_are_no_force():
    text = (
        "Fact check: this video is not from the Lima strike\n\n"
        "Claim: A clip shows police shooting at protesters in Lima during Wednesday's strike.\n\n"
        "The strike in Lima was real: bus drivers stopped work on Wednesday and marched to the city centre. "
        "We found no report of gunfire against protesters in the capital.\n"
    )
    out = _run(text, date(2024, 11, 15))
    lima = [e for e in out.events if e.place and e.place.admin1 == "Lima"]
    assert lima and all(e.sub_type == "peaceful" for e in lima)
    assert all("live_ammunition" not in e.state_response for e in lima)


# "The city centre" after the story moved to another region is that region's.

def test_the_city_centre_after_a_new_region_is_not_the_old_town():
    text = (
        "Video check\n\n"
        "The footage was filmed near the Juliaca airport in January 2023.\n\n"
        "The strike in Lima was real. Marches took place in the city centre on Wednesday.\n"
    )
    out = _run(text, date(2024, 11, 15))
    assert out.events and all(e.place.admin1 == "Lima" for e in out.events)
