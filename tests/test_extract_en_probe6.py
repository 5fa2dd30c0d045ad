"""English phrasings found by a sixth probe of self-written articles (wire
stories from Bolivia, Ecuador, Panama and Chile, a Q&A explainer, a live blog
and pieces that report no protest): a strike averted, a winner's supporters
celebrating, a total set "at" a figure far from its verb, an explainer's
question that dates its answer, shots at "them", a gunman at a roadblock,
broken-off talks, a military convoy, provinces counted but not named, deaths
in looters' fires and a year set off by commas."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(body: str, published: date = date(2023, 1, 20)):
    return EX.extract("Headline\n\n" + body + "\n", published=published, lang="en")


# A strike a wage deal headed off did not happen.

def test_a_strike_averted_is_no_strike():
    out = _run("The Toquepala copper mine in Tacna agreed a two-year contract with its workers on Monday, averting a strike.",
               published=date(2024, 5, 14))
    assert out.events == []


# A winner's supporters gathered to cheer a result are no protest.

def test_supporters_celebrating_an_election_win_are_no_protest():
    out = _run("Thousands of supporters gathered outside her campaign headquarters in Guayaquil on Sunday night, singing and waving flags.",
               published=date(2023, 8, 21))
    assert out.events == []


# "put the number of ... at 45": the figure of a total set by a verb of
# estimating, with a date between; a count of another measure before the
# turn ("which put the") is the incident's own.

def test_total_put_at_a_far_figure_and_the_injured_before_it():
    out = _run("Police fired on demonstrators in Ilave on Tuesday, killing one man. Around twenty people were hurt, according to "
               "the health ministry, which put the number of people killed since the protests began in December at 51.")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 51)]
    assert [(e.fatalities and e.fatalities.value, e.injuries and e.injuries.value) for e in out.events] == [(1, 20)]


# An explainer's question dates the answer that follows it.

def test_question_dates_its_answer():
    out = _run("How did it begin? Unions called the stoppage on June 2 over fuel prices.\n\n"
               "What happened on Wednesday? Riot police fired tear gas at marchers in Sucre, and 14 people were detained.",
               published=date(2023, 6, 16))
    gassed = [e for e in out.events if "tear_gas" in e.state_response]
    assert [e.date.start for e in gassed] == [date(2023, 6, 14)]
    assert gassed[0].arrests is not None and gassed[0].arrests.value == 14


# Shots aimed at "them", the crowd the sentence before named, are lethal force.

def test_shots_at_them_after_a_crowd_is_excessive_force():
    out = _run("On Friday about two thousand farmers gathered on the bridge at Desaguadero. Soldiers shot at them from the riverbank.")
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "excessive_force")]
    assert "live_ammunition" in out.events[0].state_response


# A passer-by who opens fire on a roadblock is no state force, and his arrest
# is the policing of a crime, not a strategic development.

def test_gunman_at_a_roadblock_is_no_state_force_and_his_arrest_no_event():
    out = _run("Nurses were blocking a road in La Chorrera on Monday when a man got out of his car and opened fire. "
               "Police arrested the gunman an hour later.", published=date(2023, 11, 8))
    assert all(e.type != "strategic_development" for e in out.events)
    assert all("live_ammunition" not in e.state_response and "killings" not in e.state_response for e in out.events)


# Talks broken off are no accommodation; a military convoy is no caravan; a
# mining concession is no concession to protesters.

def test_broken_off_talks_convoy_and_mining_concessions():
    out = _run("Truckers kept up the national strike on Monday, demanding an end to new mining concessions. The president broke off "
               "talks with the unions after a crowd stoned a military convoy near Yacuiba.", published=date(2023, 3, 7))
    assert out.events
    assert all("accommodation" not in e.state_response for e in out.events)
    assert all("caravan" not in e.forms for e in out.events)


# Provinces counted but not named give the measure no region of the sentence before.

def test_emergency_in_counted_provinces_has_no_region():
    out = _run("Police detained a union leader in Imbabura on June 14. The president declared a state of emergency in four provinces on June 18.",
               published=date(2022, 6, 20))
    measures = [e for e in out.events if e.sub_type == "state_measure"]
    assert [e.place.admin1 if e.place else None for e in measures] == [None]


# Deaths in fires in looted shops died in the riot, not by state force.

def test_deaths_in_fires_of_looted_shops_are_no_excessive_force():
    out = _run("Crowds marched in Valparaiso on Sunday. Four people have died in fires in looted supermarkets since Saturday, officials say.",
               published=date(2019, 10, 21))
    assert all(e.sub_type != "excessive_force" for e in out.events)


# A year set off by commas after what it dates ("Its last strike, in 2017,
# ...") is that thing's year: an old one is history.

def test_old_year_set_off_by_commas_is_history():
    out = _run("The dockers' union in Callao signed a new contract on Tuesday. Its last strike, in 2016, closed the port for a week.",
               published=date(2024, 2, 7))
    assert all(e.sub_type == "other" or e.type != "protest" for e in out.events)


# A raid on one gang, named as such, is the policing of crime.

def test_raid_on_an_extortion_gang_is_no_event():
    out = _run("Police in Chiclayo detained nine suspected members of an extortion gang in dawn raids on Thursday.",
               published=date(2024, 4, 5))
    assert out.events == []


# A day told as passing without protests had none.

def test_a_day_without_protests_is_no_event():
    out = _run("Queues formed outside petrol stations in Cochabamba on Monday, but the day passed without protests, police said.",
               published=date(2024, 3, 5))
    assert out.events == []


# A court that "strikes down" a contract strikes nobody.

def test_court_striking_down_a_contract_is_no_strike():
    out = _run("The Constitutional Court struck down the concession contract for the Tia Maria mine in Arequipa on Thursday.",
               published=date(2024, 3, 8))
    assert out.events == []


# Suspects of extortion arrested in a strike week are policing of crime.

def test_extortion_suspects_arrested_are_no_protest_arrests():
    out = _run("Bus drivers in Lima stopped work on Thursday. Separately, police said 25 extortion suspects had been detained in the "
               "capital this week.", published=date(2024, 10, 11))
    assert all(e.arrests is None for e in out.events)


# People reported missing are no crowd: a total's sentence that adds them tells no incident.

def test_people_reported_missing_are_no_crowd():
    out = _run("Roadblocks went on in Cali on Monday. The ombudsman said 31 people had died since the strike began on April 28 and "
               "that 60 people had been reported missing.", published=date(2021, 5, 10))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 31)]
    assert all(e.participants is None for e in out.events)


# "two teachers" after ", including" are some of the dead, not a crowd.

def test_including_after_a_toll_counts_no_crowd():
    out = _run("Three people died in clashes at the Chame roadblock on Monday, including two teachers.", published=date(2023, 11, 8))
    assert [e.participants for e in out.events] == [None]
    assert [e.fatalities.value for e in out.events if e.fatalities] == [3]


# A casualty noun with its own number after it counts that number, not the
# people named before it.

def test_deaths_of_counts_the_number_after_it():
    out = _run("A judge ordered two former ministers to testify over the deaths of nine people, when soldiers fired on demonstrators "
               "in Huamanga on December 15.", published=date(2023, 6, 6))
    assert [e.fatalities.value for e in out.events if e.fatalities] == [9]


# The company that uses or owns a road or mine is named, not placed: "the road
# used by MMG's Las Bambas mine" does not put a blockade in the mine's region.

def test_road_used_by_a_mine_is_not_the_mines_place():
    out = _run("Farmers in Chumbivilcas, in the Cusco region, blocked the road used by MMG's Las Bambas copper mine on Monday.",
               published=date(2023, 4, 5))
    assert [e.place.admin1 for e in out.events if e.place] == ["Cusco"]


# The day a settlement or a sentence was reached dates that act, not the
# old incident it is about: no protest is put on the day of the settlement.

def test_day_of_a_settlement_does_not_date_the_old_protest():
    out = _run("The national police agreed on Friday to pay compensation to nine students who were hurt by pellets during a "
               "protest outside a school in Valparaiso in October 2019.", published=date(2023, 3, 4))
    assert all(e.date is None or e.date.start.year == 2019 for e in out.events)


# What a whole strike left is its running toll, not one incident's.

def test_toll_a_strike_left_is_a_tally():
    out = _run("Marchers began leaving Quito on Thursday after the deal. The strike left five people dead and more than 300 injured, "
               "rights groups said.", published=date(2022, 7, 1))
    assert sorted((t.measure, t.value) for t in out.tallies) == [("fatalities", 5), ("injuries", 300)]
    assert all(e.fatalities is None and e.injuries is None for e in out.events)


# Where a blockade's effect is felt is not where it stands.

def test_prices_in_a_city_do_not_place_the_blockade():
    out = _run("Farmers have blocked the highway at Parotani, in Cochabamba, since Monday, pushing up food prices in La Paz.",
               published=date(2024, 10, 24))
    assert [e.place.admin1 for e in out.events if e.place] == ["Cochabamba"]


# Eye trauma is an injury: the people who suffered it are casualties, not a crowd.

def test_eye_trauma_counts_injuries_not_a_crowd():
    out = _run("Protests went on in Santiago for weeks. Eye trauma: More than 300 people suffered eye trauma, most of them from "
               "police pellets, the institute said.", published=date(2019, 12, 20))
    assert all(e.participants is None or e.participants.low != 300 for e in out.events)
    assert ("injuries", 300) in [(t.measure, t.value) for t in out.tallies] or any(
        e.injuries is not None and e.injuries.value == 300 for e in out.events)


def test_protesters_counted_since_the_start_of_a_stoppage_are_its_total() -> None:
    # "protesters" names the people counted, not an action told here; the stoppage is the movement
    out = EX.extract("Headline\n\nRights groups say five protesters have died since the start of the stoppage.\n", published=date(2023, 1, 20), lang="en")
    assert out.events == [] and [(t.measure, t.value) for t in out.tallies] == [("fatalities", 5)]
