"""Long features, wire updates with a running toll, timelines, NGO and press
freedom summaries, business copy and newsletters: patterns found by writing
Peru reports in those styles and reading what the extractor made of them.

Every sentence here is written for these tests.
"""

from datetime import date


def _extract(extractor, text, published, lang="en"):
    return extractor.extract("Headline\n\n" + text + "\n", published=published, lang=lang)


def _one(extractor, text, published, lang="en"):
    (ev,) = _extract(extractor, text, published, lang).events
    return ev


# -- plans that hold their own trigger word ----------------------------------


def test_will_march_is_a_plan_not_a_march(extractor):
    text = "On Saturday, the mothers of the dead from Huamanga and Juliaca will march in Lima to the Supreme Court."
    assert _extract(extractor, text, date(2023, 12, 5)).events == []


def test_will_strike_is_a_plan(extractor):
    text = "Bakers in Arequipa will strike on Monday against the price of flour."
    assert _extract(extractor, text, date(2023, 6, 8)).events == []


def test_a_march_told_before_a_planned_one_stands(extractor):
    text = "Hundreds of nurses marched in Cusco on Monday; they will march again on Friday."
    ev = _one(extractor, text, date(2023, 6, 8))
    assert (ev.type, ev.date.start) == ("protest", date(2023, 6, 5))


# -- running tolls ------------------------------------------------------------


def test_a_toll_from_weeks_of_unrest_is_a_tally_and_the_one_death_the_incident(extractor):
    text = (
        "A vendor died on Sunday after being hit during clashes between riot police and marchers in the centre of Lima, "
        "bringing the death toll from six weeks of unrest to 52, the ombudsman said Monday."
    )
    ex = _extract(extractor, text, date(2023, 1, 30))
    (ev,) = ex.events
    assert ev.fatalities is not None and ev.fatalities.value == 1
    assert [(t.measure, t.value) for t in ex.tallies] == [("fatalities", 52)]


def test_a_headline_toll_rising_in_the_present_tense_is_a_tally(extractor):
    text = "Peru extends curfew in Puno as protest deaths rise to 21"
    ex = _extract(extractor, text, date(2022, 12, 20))
    assert ("fatalities", 21) in [(t.measure, t.value) for t in ex.tallies]
    assert ex.events and all(e.fatalities is None for e in ex.events)


def test_the_deadliest_day_so_far_is_that_days_toll(extractor):
    text = "Police fired on protesters at the airport of Juliaca on Monday. Fourteen people were killed, the deadliest day so far."
    ex = _extract(extractor, text, date(2023, 1, 12))
    assert [e.fatalities.value for e in ex.events if e.fatalities] == [14]
    assert ex.tallies == []


def test_the_pages_of_a_report_count_nobody(extractor):
    text = "The 120-page report examines the deaths of 50 people during the unrest of the past year."
    ex = _extract(extractor, text, date(2023, 12, 1))
    assert [(t.measure, t.value) for t in ex.tallies] == [("fatalities", 50)]


def test_regions_counted_before_a_since_clause_are_no_arrests(extractor):
    text = "Farmers have blocked highways in 8 of the country's 24 provinces since their leader was arrested on Monday."
    ex = _extract(extractor, text, date(2023, 3, 9))
    assert all(t.measure != "arrests" for t in ex.tallies)
    assert ex.events and all(e.arrests is None for e in ex.events)


def test_attacks_against_reporters_are_press_aggressions(extractor):
    text = "The press association counted more than 150 attacks against reporters during the protests."
    ex = _extract(extractor, text, date(2023, 5, 3))
    assert [(t.measure, t.value) for t in ex.tallies] == [("press_aggressions", 150)]


# -- raids on leaders, and the gathering that answers them ---------------------


def test_leaders_of_a_protest_movement_held_in_raids_are_arrests(extractor):
    text = (
        "Six leaders of a regional protest movement were detained in raids in Huancavelica on Thursday, "
        "accused by prosecutors of organising violent demonstrations."
    )
    ev = _one(extractor, text, date(2023, 3, 3))
    assert (ev.type, ev.sub_type) == ("strategic_development", "arrests")


def test_a_rally_after_the_arrests_has_no_arrests_of_its_own(extractor):
    text = "Hours after the arrests, about 300 people gathered in the main square of Huancavelica to demand their release."
    ev = _one(extractor, text, date(2023, 3, 3))
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")
    assert ev.arrests is None


def test_a_man_suspected_of_a_crime_beaten_by_residents_is_still_mob_violence(extractor):
    text = "In Tumbes on Sunday, a man suspected of robbing a shop was beaten to death by residents."
    ev = _one(extractor, text, date(2023, 8, 7))
    assert (ev.type, ev.sub_type) == ("riot", "mob_violence")


# -- two regions, two tolls, two days in one sentence ------------------------------


def test_two_tolls_in_two_clauses_keep_their_own_town_day_and_count(extractor):
    text = (
        "Protesters were shot by soldiers in Huanta on Dec. 16, 2022, where four people were killed, "
        "and 12 died in Juliaca on Jan. 9, 2023, in the worst day of the crisis."
    )
    ex = _extract(extractor, text, date(2023, 3, 1))
    got = sorted((e.place.admin1, e.date.start, e.fatalities.value) for e in ex.events if e.fatalities)
    assert got == [("Ayacucho", date(2022, 12, 16), 4), ("Puno", date(2023, 1, 9), 12)]


def test_a_where_clause_closing_a_clash_dates_the_clash(extractor):
    text = "Demonstrators clash with police outside the airport of Cusco, where a man was killed and eight others were injured on Thursday."
    ev = _one(extractor, text, date(2023, 1, 13))
    assert ev.date.start == date(2023, 1, 12)
    assert (ev.fatalities.value, ev.injuries.value) == (1, 8)


# -- attacks on the press -------------------------------------------------------


def test_protesters_who_hit_a_cameraman_attack_a_civilian(extractor):
    text = "In Puno, on March 2, a group of protesters surrounded a camera crew from a local channel and hit the cameraman."
    ev = _one(extractor, text, date(2023, 3, 6))
    assert (ev.type, ev.sub_type) == ("violence_against_civilians", "attack")


def test_a_radio_presenter_shot_dead_is_an_attack_with_one_death(extractor):
    text = "In February, a radio presenter was shot dead outside his studio in the jungle city of Tarapoto."
    ev = _one(extractor, text, date(2024, 5, 3))
    assert (ev.type, ev.sub_type) == ("violence_against_civilians", "attack")
    assert ev.fatalities is not None and ev.fatalities.value == 1


# -- days of a strike, and markets closed for it ------------------------------------


def test_the_nth_day_of_a_strike_counts_from_the_day_it_began(extractor):
    text = (
        "Bus drivers in Lima began a three-day strike on Monday against extortion.\n\n"
        "On the first day, hundreds of drivers marched to Congress.\n\n"
        "On the second day, traders in Huancayo closed the main market."
    )
    ex = _extract(extractor, text, date(2024, 10, 10))
    got = {e.place.admin1: (e.date.start, e.date.end) for e in ex.events}
    assert got["Lima"][0] == date(2024, 10, 7)
    assert got["Junín"] == (date(2024, 10, 8), date(2024, 10, 8))


def test_traders_closing_the_market_is_a_market_closure(extractor):
    ev = _one(extractor, "Traders in Juliaca closed the central market on Tuesday to back the transport strike.", date(2024, 10, 10))
    assert "market_closure" in ev.forms


def test_deaths_after_a_week_of_protests_are_a_total_not_the_measures(extractor):
    text = (
        "The government declared a state of emergency across the country on Wednesday, "
        "after a week of protests over the removal of the president left nine people dead."
    )
    ex = _extract(extractor, text, date(2022, 12, 14))
    (ev,) = ex.events
    assert (ev.type, ev.sub_type, ev.fatalities) == ("strategic_development", "state_measure", None)
    assert [(t.measure, t.value) for t in ex.tallies] == [("fatalities", 9)]


# -- where a victim comes from ------------------------------------------------------


def test_the_town_a_victim_came_from_is_not_where_he_was_hit(extractor):
    text = (
        "The dead man, a 40-year-old farmer from the highland town of Ilave, was struck near the Plaza San Martín "
        "as police pushed back hundreds of marchers on Saturday."
    )
    ex = _extract(extractor, text, date(2023, 1, 30))
    assert {e.place.admin1 for e in ex.events} == {"Lima"}


def test_a_road_from_one_region_to_another_keeps_its_places(extractor):
    text = "Roadblocks spread on Monday from the Puno region to the rest of the south, reaching Tacna."
    ex = _extract(extractor, text, date(2023, 1, 10))
    assert "Puno" in {e.place.admin1 for e in ex.events}


# -- counts with an aside, tolls told in the next sentence, other eras ----------------


def test_an_including_aside_does_not_part_a_number_from_its_casualty_verb(extractor):
    text = "At least 14 people, including three firefighters, were injured in clashes in Tacna on Friday."
    ev = _one(extractor, text, date(2023, 2, 4))
    assert ev.injuries is not None and ev.injuries.value == 14


def test_a_spanish_count_with_an_aside_keeps_its_casualty_noun(extractor):
    text = "Decenas de heridos, entre ellos tres bomberos, dejaron los enfrentamientos en Tacna el viernes."
    ev = _one(extractor, text, date(2023, 2, 4), lang="es")
    assert ev.injuries is not None and ev.injuries.value == 24


def test_police_who_detain_people_count_arrests(extractor):
    ev = _one(extractor, "Police storm the campus of a university in Arequipa and detain more than 80 students.", date(2023, 1, 25))
    assert ev.arrests is not None and ev.arrests.value == 80


def test_the_toll_in_the_sentence_after_the_shooting_is_its_toll(extractor):
    text = (
        "On 9 January 2023, police opened fire on protesters near the airport of Juliaca. "
        "Seventeen people died and dozens were wounded."
    )
    ev = _one(extractor, text, date(2023, 12, 9))
    assert (ev.fatalities.value, ev.injuries.value) == (17, 24)


def test_walking_in_silence_with_candles_is_a_vigil(extractor):
    text = "On Thursday evening, several hundred people walked in silence through the centre of Huamanga carrying candles."
    ev = _one(extractor, text, date(2023, 12, 16))
    assert "vigil" in ev.forms


def test_another_eras_toll_is_no_tally(extractor):
    text = "Between 1980 and 2000, nearly 70,000 people were killed in the internal conflict. Hundreds marched in Huamanga on Friday."
    ex = _extract(extractor, text, date(2023, 12, 16))
    assert ex.tallies == []


# -- force on a crowd, blockades broken up, totals after totals ---------------------


def test_police_breaking_up_a_blockade_intervene_at_it(extractor):
    text = "On Thursday, police used tear gas to break up a road blockade on the bridge at Desaguadero, injuring at least four people."
    ev = _one(extractor, text, date(2023, 3, 5))
    assert (ev.type, ev.sub_type, ev.place.admin1) == ("protest", "intervention", "Puno")
    assert ev.injuries is not None and ev.injuries.value == 4


def test_tear_gas_on_a_crowd_is_a_demonstration_met_with_force(extractor):
    text = "Last Thursday I watched the police fire tear gas at a crowd of nurses outside the health ministry in Lima."
    ev = _one(extractor, text, date(2023, 2, 14))
    assert (ev.type, ev.sub_type, ev.date.start) == ("protest", "intervention", date(2023, 2, 9))


def test_a_count_of_wounded_after_a_death_toll_is_another_total(extractor):
    text = (
        "HOW MANY HAVE DIED? At least 40 protesters have been killed in clashes with security forces, according to the ombudsman. "
        "More than 900 people have been injured."
    )
    ex = _extract(extractor, text, date(2023, 1, 20))
    assert ("injuries", 900) in [(t.measure, t.value) for t in ex.tallies]


def test_police_storming_a_campus_and_detaining_people_is_a_raid_with_arrests(extractor):
    text = "Police storm the San Marcos university campus in Lima and detain more than 150 people."
    ev = _one(extractor, text, date(2023, 1, 22))
    assert (ev.type, ev.sub_type, ev.place.admin1) == ("strategic_development", "arrests", "Lima")
    assert ev.arrests is not None and ev.arrests.value == 150


def test_protesters_who_attack_officers_riot(extractor):
    text = "Police said nine officers were injured when protesters attacked them with stones in Azángaro on Tuesday."
    ev = _one(extractor, text, date(2023, 1, 12))
    assert (ev.type, ev.sub_type) == ("riot", "violent_demonstration")
    assert ev.injuries is not None and ev.injuries.value == 9


def test_police_removing_a_blockade_and_detaining_people_intervene(extractor):
    text = "Police removed one blockade near Sicuani on Tuesday and detained 14 people."
    ev = _one(extractor, text, date(2023, 7, 21))
    assert (ev.type, ev.sub_type) == ("protest", "intervention")
    assert ev.arrests is not None and ev.arrests.value == 14
