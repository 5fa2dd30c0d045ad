"""English phrasings found by a twelfth probe of self-written stories in
styles not probed before (an anniversary march, a press-freedom count, a
fact-check, a newsletter digest, a funeral that became a march, an
"overnight Monday into Tuesday" wire): a riot word the sentence denies ("but
no clashes were reported"), a call for a later day whose purpose names a past
movement, force words that describe what a running total counts, a night
told across two days, a weekday range told before its end, a crowd's killing
of an officer joined by "hours after" to an earlier day's dead, and the day
of the deaths a funeral follows read as the funeral's day."""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date):
    return EX.extract(text, published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# A denied riot word types nothing (GUIDELINES: peaceful when no violence is reported).

def test_no_clashes_reported_keeps_the_march_peaceful():
    text = (
        "Teachers march in Cusco\n\n"
        "On Thursday about two thousand teachers marched through Cusco towards the regional government; "
        "police lined the square with fences but no clashes were reported.\n"
    )
    out = _run(text, date(2024, 6, 14))
    assert out.events
    assert all(e.type == "protest" and e.sub_type == "peaceful" for e in out.events)


def test_clashes_told_as_done_stay_a_riot():
    text = "Teachers clash with police in Cusco\n\nOn Thursday teachers marched through Cusco and clashed with police near the square.\n"
    out = _run(text, date(2024, 6, 14))
    assert any(e.type == "riot" for e in out.events)


# A call for a later day is no event, though its purpose names a past movement.

def test_a_called_strike_whose_purpose_names_past_protests_is_no_event():
    text = (
        "Weekly digest\n\n"
        "Farmers' unions in Cusco have called a regional strike for 20 December to demand compensation "
        "for the families of those who died during the protests of 2023.\n"
    )
    out = _run(text, date(2024, 11, 25))
    assert out.events == []


# Force words that describe what a running total counts are no incident.

def test_force_describing_a_counted_total_is_no_incident():
    text = (
        "Attacks on reporters\n\n"
        "LIMA, April 5 — Reporters covering the protests have faced repeated attacks, a press union said on Wednesday.\n\n"
        "The union said it had recorded 120 aggressions against journalists between December and March. "
        "Police officers were behind most of them, from kicks and baton blows to pellets fired at cameras.\n"
    )
    out = _run(text, date(2023, 4, 5))
    assert out.events == []
    assert any(t.measure == "press_aggressions" and t.value == 120 for t in out.tallies)


def test_force_after_a_total_with_its_own_day_and_place_is_an_incident():
    text = (
        "Attacks on reporters\n\n"
        "A press union said it had recorded 120 aggressions against journalists between December and March. "
        "On Tuesday police fired pellets at reporters covering a march in Puno.\n"
    )
    out = _run(text, date(2023, 4, 5))
    assert any(e.place is not None and e.place.admin1 == "Puno" for e in out.events)


# A night told across two days, and a weekday range told before its end.

def _dates(text: str, published: date):
    return [(str(m.range.start), str(m.range.end)) for m in date_finder.find_dates(text, "en", published)]


def test_overnight_one_weekday_into_the_next_is_both_days():
    assert _dates("Shops were looted overnight Sunday into Monday in the port.", date(2023, 2, 14)) == [("2023-02-12", "2023-02-13")]


def test_a_weekday_range_ending_after_the_report_day_is_the_week_before():
    # told on a Tuesday: Wednesday past is before Monday past, so the run is the week before (not a year)
    assert _dates("Drivers stopped work from Monday to Wednesday.", date(2023, 1, 10)) == [("2023-01-02", "2023-01-04")]


def test_into_without_an_opener_joins_nothing():
    assert _dates("The talks ran on Monday into the night.", date(2023, 1, 10)) == [("2023-01-09", "2023-01-09")]


# A crowd's killing of an officer, joined to an earlier day's dead by "hours after".

def test_an_officer_killed_by_a_crowd_hours_after_civilians_died_is_two_incidents():
    text = (
        "Officer killed in Ilave\n\n"
        "ILAVE, Peru (AP) — A police officer was killed overnight Saturday into Sunday in Ilave when a crowd "
        "stopped his car and set it on fire, officials said, hours after nine villagers died in clashes with troops there.\n"
    )
    out = _run(text, date(2023, 3, 5))
    kinds = {(e.type, e.sub_type): e for e in out.events}
    assert ("riot", "mob_violence") in kinds
    assert _count(kinds[("riot", "mob_violence")].fatalities) == 1
    state = [e for e in out.events if e.type == "protest" and e.sub_type == "excessive_force"]
    assert state and _count(state[0].fatalities) == 9


# A funeral turned march is dated by its own day, not the day of the deaths it follows.

def test_a_funeral_march_is_dated_by_its_day_not_the_deaths():
    text = (
        "Funeral becomes a march in Ayaviri\n\n"
        "AYAVIRI, Peru — Thousands of people followed the coffins of those killed in Friday's clashes through "
        "Ayaviri on Sunday and marched to the main square, chanting against the government.\n"
    )
    out = _run(text, date(2023, 2, 6))
    marches = [e for e in out.events if "march" in e.forms or e.sub_type == "peaceful"]
    assert marches and str(marches[0].date.start) == "2023-02-05"
    assert marches[0].type == "protest" and marches[0].sub_type == "peaceful"


# ", most of them that afternoon" right after the count splits this incident's dead: no share of a total.

def test_an_appositive_share_after_a_toll_keeps_it_the_incidents():
    text = (
        "Troops fire on marchers in Andahuaylas\n\n"
        "On Sunday, a crowd marched to the airfield of Andahuaylas. Troops fired on them near the runway. "
        "Four people died, most of them that evening, and dozens were hurt.\n"
    )
    out = _run(text, date(2022, 12, 13))
    assert not any(t.measure == "fatalities" for t in out.tallies)
    assert any(_count(e.fatalities) == 4 for e in out.events)


# A measure told in "a day after ..." is the backdrop of the sentence's march, not its news.

def test_a_measure_of_the_day_before_does_not_lead_the_march():
    text = (
        "Marchers head for the airport\n\n"
        "On Thursday, a day after the government declared a state of emergency, a crowd marched towards the airport of Huamanga.\n"
    )
    out = _run(text, date(2022, 12, 16))
    assert any(e.type == "protest" and e.place is not None and e.place.admin1 == "Ayacucho" for e in out.events)
    assert not any(e.type == "strategic_development" and str(e.date.start) == "2022-12-15" for e in out.events)


def test_a_measure_told_first_still_leads():
    text = "Emergency declared\n\nThe government declared a state of emergency in Puno on Friday, a day after protesters blocked the roads.\n"
    out = _run(text, date(2023, 1, 14))
    assert any(e.type == "strategic_development" for e in out.events)


# A report's findings: deaths it reviewed are its total; shots from a helicopter are live fire on the crowd.

def test_deaths_a_report_reviewed_are_a_total():
    text = (
        "Rights group's findings on the protests\n\n"
        "A rights group published on Thursday its research into the repression of the protests.\n\n"
        "1. The group reviewed 30 deaths and found that in at least 15 of them the victims were killed by bullets fired by police or soldiers.\n"
    )
    out = _run(text, date(2023, 3, 2))
    assert not any(e.type == "protest" for e in out.events)
    assert any(t.measure == "fatalities" and t.value == 30 for t in out.tallies)


def test_police_firing_from_a_helicopter_at_protesters_is_live_fire():
    text = "Findings\n\nIn Juliaca, police fired from a helicopter at protesters near the bridge on 7 January, witnesses said.\n"
    out = _run(text, date(2023, 2, 1))
    hits = [e for e in out.events if e.place is not None and e.place.admin1 == "Puno"]
    assert hits and hits[0].sub_type == "excessive_force" and "live_ammunition" in hits[0].state_response


# Charges asked against those who fired are a demand of justice for the victims.

def test_demanding_charges_against_the_officers_is_justice_for_victims():
    text = (
        "Relatives march in Ayacucho\n\n"
        "Hundreds of relatives marched through Ayacucho on Friday and demanded that prosecutors bring charges against the soldiers who fired.\n"
    )
    out = _run(text, date(2023, 12, 15))
    assert any("justice_for_victims" in e.demands for e in out.events)
