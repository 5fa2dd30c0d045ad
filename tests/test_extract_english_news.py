"""English wire-style reports: patterns met in agency, newspaper and NGO copy.

Every sentence here is written for these tests.
"""

from datetime import date

import pytest



def _extract(extractor, text, published, lang="en"):
    return extractor.extract(text, published=published, lang=lang)


def test_a_report_that_no_clashes_happened_is_no_riot(extractor):
    text = "Farmers blocked the highway near Huanta on Tuesday. No clashes were reported."
    ex = _extract(extractor, text, date(2023, 6, 14))
    assert [e.type for e in ex.events] == ["protest"]
    assert ex.events[0].sub_type == "peaceful"


def test_a_crowd_marking_past_killings_is_not_a_death_toll(extractor):
    text = "About 3,000 people gathered in Huamanga on Monday to mark one year since the killings at the airport."
    ev = _extract(extractor, text, date(2023, 12, 13)).events[0]
    assert ev.fatalities is None
    assert ev.participants.low == 3000


def test_a_sentence_fronted_by_an_old_year_is_history(extractor):
    text = "Protesters blocked roads in Puno on Tuesday.\n\nIn 2000, vast marches helped topple the government of the day."
    ex = _extract(extractor, text, date(2023, 1, 25))
    assert [(e.place.admin1, e.forms) for e in ex.events] == [("Puno", ["roadblock"])]


def test_a_fronted_recent_year_still_dates_news(extractor):
    text = "In 2023, teachers marched in Cusco on 5 June to demand higher wages."
    ex = _extract(extractor, text, date(2023, 6, 6))
    assert [e.place.admin1 for e in ex.events] == ["Cusco"]


def test_counts_since_a_day_are_running_totals(extractor):
    text = (
        "Since March 3, more than 150 people have been hurt by police pellets, and at least 12 have died, "
        "according to official figures. On Monday, police fired tear gas at marchers in Arequipa and detained 9 people."
    )
    ex = _extract(extractor, text, date(2023, 4, 4))
    assert sorted((t.measure, t.value) for t in ex.tallies) == [("fatalities", 12), ("injuries", 150)]
    assert [(e.place.admin1, e.arrests.value) for e in ex.events] == [("Arequipa", 9)]
    assert ex.events[0].fatalities is None and ex.events[0].injuries is None


def test_force_on_a_crowd_in_another_region_is_its_own_incident(extractor):
    text = (
        "In Tacna, protesters tried to occupy the bus terminal on Friday and one man was killed. "
        "Meanwhile, in Moquegua, police used tear gas against a crowd, and at least 7 people were injured."
    )
    ex = _extract(extractor, text, date(2023, 1, 21))
    by_region = {e.place.admin1: e for e in ex.events}
    assert set(by_region) == {"Tacna", "Moquegua"}
    assert by_region["Moquegua"].injuries.value == 7
    assert by_region["Tacna"].injuries is None


def test_the_marchers_of_a_new_paragraph_are_the_crowd_just_told(extractor):
    text = (
        "Thousands marched through Huancayo on Thursday against the government.\n\n"
        "Police fired tear gas to stop the marchers from reaching the regional offices.\n\n"
        "Protesters also blocked roads in Puno, Cusco and Arequipa on Thursday."
    )
    ex = _extract(extractor, text, date(2023, 1, 20))
    regions = sorted(e.place.admin1 for e in ex.events)
    assert regions == ["Arequipa", "Cusco", "Junín", "Puno"]
    junin = next(e for e in ex.events if e.place.admin1 == "Junín")
    assert "tear_gas" in junin.state_response


def test_killings_by_gangs_that_a_strike_protests_are_no_state_response(extractor):
    text = (
        "Bus drivers went on strike in Trujillo on Monday to protest extortion and killings by criminal gangs, "
        "and police fired tear gas at them."
    )
    ev = _extract(extractor, text, date(2024, 10, 8)).events[0]
    assert ev.place.admin1 == "La Libertad"
    assert "killings" not in ev.state_response


def test_protest_leaders_calling_a_strike_report_no_protest(extractor):
    text = "Protest leaders in Tacna have called for an indefinite strike from next week and plan to travel to Lima."
    assert _extract(extractor, text, date(2023, 1, 10)).events == []


def test_protest_leaders_who_march_still_march(extractor):
    text = "Protest leaders marched with hundreds of farmers in Tacna on Monday."
    assert [e.place.admin1 for e in _extract(extractor, text, date(2023, 1, 10)).events] == ["Tacna"]


def test_people_treated_for_gunshot_wounds_are_the_last_incidents_injured(extractor):
    text = (
        "Police opened fire on farmers who blocked the bridge into Ilave on Monday. "
        "Doctors said 14 people were treated for gunshot wounds."
    )
    ev = _extract(extractor, text, date(2023, 1, 10)).events[0]
    assert ev.injuries.value == 14


def test_a_dateline_of_the_page_does_not_date_the_story(extractor):
    text = (
        "Andes Weekly — March 10, 2023\n\n"
        "Hundreds of teachers marched in Puno on Tuesday to demand higher wages.\n\n"
        "Police stopped the marchers near the regional government offices."
    )
    ex = _extract(extractor, text, date(2023, 3, 10))
    assert [(e.place.admin1, e.date.start) for e in ex.events] == [("Puno", date(2023, 3, 7))]


def test_what_the_news_came_a_day_after_happened_the_day_before(extractor):
    text = (
        "Troops fired on protesters at the airport in Ayacucho on Thursday. "
        "The shooting came a day after the government declared a nationwide state of emergency."
    )
    ex = _extract(extractor, text, date(2022, 12, 16))
    measure = next(e for e in ex.events if e.sub_type == "state_measure")
    assert measure.date.start == date(2022, 12, 14)


def test_an_officer_burned_to_death_by_a_crowd_is_mob_violence(extractor):
    text = "Protesters marched in Juli on Monday. A day earlier, a police officer was burned to death by a crowd in the town of Ilave."
    ex = _extract(extractor, text, date(2023, 1, 10))
    mob = [e for e in ex.events if e.sub_type == "mob_violence"]
    assert len(mob) == 1 and mob[0].fatalities.value == 1


def test_mourning_an_authority_declares_is_no_vigil(extractor):
    text = "Cusco's regional government declared three days of mourning on Friday."
    assert _extract(extractor, text, date(2023, 2, 4)).events == []
    texto = "El gobierno regional de Cusco declaró tres días de duelo regional el viernes."
    assert _extract(extractor, texto, date(2023, 2, 4), lang="es").events == []


def test_relatives_holding_a_mourning_vigil_still_count(extractor):
    text = "Relatives held a candlelight vigil in Juliaca on Friday in mourning for the dead."
    assert [e.place.admin1 for e in _extract(extractor, text, date(2023, 2, 4)).events] == ["Puno"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Farmers blocked roads in Cusco on Monday.\n\nIn the capital on Tuesday, hundreds of students marched against the government.", "en"),
        ("Los campesinos bloquearon vías en Cusco el lunes.\n\nEn la capital no hubo bloqueos, pero cientos de estudiantes marcharon el martes.", "es"),
    ],
)
def test_the_capital_followed_by_a_yaml_keyword_is_still_the_capital(extractor, text, lang):
    # "on" and "no" are booleans to a YAML reader unless quoted in the word lists.
    ex = _extract(extractor, text, date(2023, 1, 20), lang=lang)
    assert sorted(e.place.admin1 for e in ex.events) == ["Cusco", "Lima"]


def test_a_country_named_with_its_capital_places_the_capital(extractor):
    text = "Thousands of farmers marched into Bolivia's capital on Monday, and police fired tear gas at them."
    ev = _extract(extractor, text, date(2019, 11, 19)).events[0]
    assert (ev.place.country, ev.place.admin1) == ("BO", "La Paz")


def test_marching_into_the_capital_is_in_it(extractor):
    text = "Protesters blocked roads in Puno on Monday.\n\nOn Tuesday, thousands of people marched into the capital and rallied outside Congress."
    ex = _extract(extractor, text, date(2023, 1, 18))
    assert sorted(e.place.admin1 for e in ex.events) == ["Lima", "Puno"]


def test_trying_to_take_over_or_occupy_an_airport_is_an_event_there_but_no_occupation(extractor):
    # The crowd never held the airport: the attempt is the event, not an occupation (the dev gold's reading).
    for verb in ("take over", "occupy"):
        text = f"On Tuesday, a crowd of several hundred people tried to {verb} the airport in the city of Cusco."
        ev = _extract(extractor, text, date(2023, 1, 11)).events[0]
        assert ev.place.admin1 == "Cusco" and "occupation" not in ev.forms


def test_to_take_over_as_minister_is_no_occupation(extractor):
    text = "The general will take over as interior minister in Lima on Monday."
    assert _extract(extractor, text, date(2023, 1, 11)).events == []


def test_a_strike_over_a_driver_shot_dead_by_gang_members_is_peaceful(extractor):
    text = "Mototaxi drivers went on strike in Trujillo on Monday after gang members shot dead a driver who refused to pay them."
    ev = _extract(extractor, text, date(2024, 10, 8)).events[0]
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")
    assert ev.fatalities is None or "killings" not in ev.state_response


def test_an_ngo_dateline_dates_the_report_not_the_incidents(extractor):
    text = (
        "(Geneva, May 3, 2023) – Police in Peru killed at least 12 protesters between December 2022 and February 2023, "
        "the group said today.\n\n"
        "In Puno, on 9 January, officers fired on a crowd that tried to take over the airport."
    )
    ex = _extract(extractor, text, date(2023, 5, 3))
    assert [(e.place.admin1, e.date.start) for e in ex.events] == [("Puno", date(2023, 1, 9))]


def test_officers_removing_barricades_act_on_the_roadblock(extractor):
    text = "Drivers blocked the highway in Ate on Thursday. Officers removed the barricades and detained 12 people."
    ev = _extract(extractor, text, date(2024, 10, 3)).events[0]
    assert (ev.sub_type, ev.arrests.value) == ("intervention", 12)
    assert "dispersal" in ev.state_response


def test_a_crowd_repelled_at_an_airport_met_state_force(extractor):
    text = "On Tuesday, several hundred people tried to take over the airport in Arequipa but were repelled by police."
    ev = _extract(extractor, text, date(2023, 1, 11)).events[0]
    assert ev.sub_type == "intervention"


def test_a_wire_dateline_still_dates_an_undated_lead(extractor):
    text = (
        "POPAYAN, Colombia, May 4 (AP) — Police and protesters clashed in Popayan, where three people were killed.\n\n"
        "In Bogota, thousands of people marched peacefully on Wednesday."
    )
    ex = _extract(extractor, text, date(2021, 5, 4))
    by_region = {e.place.admin1: e.date.start for e in ex.events}
    assert by_region["Cauca"] == date(2021, 5, 4)


def test_a_strike_committee_calling_for_marches_is_a_plan(extractor):
    text = "The regional strike committee has called for fresh marches in Tacna on Friday."
    assert _extract(extractor, text, date(2024, 5, 8)).events == []
