"""English phrasings found by a probe of self-written pieces in styles not
probed before (an Economist-style analysis, a regional weekly overview of six
countries, a New York Times-style scene feature, an Amnesty urgent action, a
Wikipedia-style timeline of the Peruvian protests, and wires on the Panama
mining protests of 2023, the CGT general strike of 24 January 2024 in
Argentina and a CNTE teachers' blockade in Mexico): "Across the country,
demonstrators tried to take the airport in Arequipa, where one man was killed"
made the man's death a countrywide running total; a timeline's present
("Police officer José Luis Soncco is killed and his patrol car burned by a
crowd in Juliaca") lost the mob killing and the named man's death; "staged
their second strike in a month" read as a footballer's strike; a roundup's
Argentine paragraph was set aside as a summary of Peruvian regions;
"protesters surrounded the National Palace" and "no arrests were reported"
made police interventions; "The shooting took place ... in Chame" did not
place the killing (nor its headline); "in Maiquetía, near Caracas" and
"Simón Bolívar International Airport" fell back to the country; "Since then,
roadblocks have cut the highway" kept one day; "groups of the Cauca region
marched to Cali" made a Cauca event; "announced that she had been arrested"
made a second arrest."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


def _by_admin1(out, admin1: str):
    return [e for e in out.events if e.place is not None and e.place.admin1 == admin1]


# §3: "Across the country, ..." opening a roundup turns to the regions it names: the count
# in "the airport in Arequipa, where one man was killed" is that incident's, not a tally.

def test_across_the_country_opening_a_roundup_keeps_the_regions_dead():
    out = _run(
        "Thousands marched in Lima on Thursday. Across the country, demonstrators tried to take the airport "
        "in Arequipa, where one man was killed in clashes with the police, according to the Ombudsman's Office.",
        date(2023, 1, 20),
    )
    (aqp,) = _by_admin1(out, "Arequipa")
    assert aqp.fatalities is not None and aqp.fatalities.low == 1
    assert aqp.date.start == date(2023, 1, 19)
    assert not [t for t in out.tallies if t.measure == "fatalities"]


def test_countrywide_count_with_no_opening_frame_stays_a_tally():
    out = _run("At least 1,200 people were injured across the country, the health ministry said.", date(2023, 1, 20))
    assert [t.value for t in out.tallies if t.measure == "injuries"] == [1200]


# §2 riot/mob_violence: a crowd that burned an officer's car, in the passive, and the
# timeline's historic present "is killed" of a named man (one dead).

def test_timeline_present_named_officer_killed_and_car_burned_by_a_crowd():
    out = _run(
        "- 10 January: Police officer José Luis Soncco is killed and his patrol car burned by a crowd in Juliaca.",
        date(2023, 2, 15),
    )
    (ev,) = out.events
    assert (ev.type, ev.sub_type) == ("riot", "mob_violence")
    assert ev.date.start == date(2023, 1, 10)
    assert ev.place.admin1 == "Puno"
    assert ev.fatalities is not None and ev.fatalities.low == 1


def test_timeline_present_named_protester_killed_counts_one():
    out = _run("- 28 January: Víctor Santisteban is killed by a tear-gas canister during a march in Lima.", date(2023, 2, 15))
    (ev,) = out.events
    assert ev.sub_type == "excessive_force"
    assert ev.fatalities is not None and ev.fatalities.low == 1


# §2: a protest strike counted in a series ("their second strike in a month") is a strike,
# not the footballer's "second strike".

def test_second_strike_in_a_month_is_a_strike():
    out = _run("Transport workers in Lima staged their second strike in a month on Wednesday 23 October.", date(2024, 10, 28))
    (ev,) = out.events
    assert (ev.type, ev.sub_type, ev.forms) == ("protest", "peaceful", ["strike"])
    assert ev.date.start == date(2024, 10, 23)
    assert ev.place.admin1 == "Lima"


# §2: a regional roundup's paragraph of another country, with no region named, is that
# country's nationwide event, not a summary of the first country's regions.

ROUNDUP = (
    "Peru\n\nTransport workers in Lima, Callao and Arequipa staged a strike on Wednesday 23 October.\n\n"
    "Argentina\n\nStudents occupied faculties at public universities after Congress upheld the veto of a "
    "university funding law."
)


def test_other_countrys_paragraph_is_not_a_summary_of_peruvian_regions():
    out = _run(ROUNDUP, date(2024, 10, 28))
    ar = [e for e in out.events if e.place is not None and e.place.country == "AR"]
    assert [(e.type, e.forms, e.place.admin1) for e in ar] == [("protest", ["occupation"], None)]
    assert {e.place.admin1 for e in out.events if e.place.country == "PE"} == {"Lima", "Callao", "Arequipa"}


# §2 sub_type: "protesters surrounded the National Palace" is where the crowd stood, no kettling.

def test_protesters_surrounding_a_palace_is_no_kettling():
    out = _run("Teachers protested on Tuesday and surrounded the National Palace in Mexico City.", date(2025, 5, 22))
    (ev,) = out.events
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")
    assert (ev.place.country, ev.place.admin1) == ("MX", "Ciudad de Mexico")


def test_police_surrounding_protesters_is_still_intervention():
    out = _run("Riot police surrounded the protesters in Plaza San Martín in Lima on Tuesday.", date(2025, 5, 22))
    (ev,) = out.events
    assert ev.sub_type == "intervention"


# §2 sub_type: "no arrests were reported" denies the arrests: a peaceful march.

def test_no_arrests_reported_is_peaceful():
    out = _run(
        "Tens of thousands marched to Congress in Buenos Aires on Wednesday. "
        "The demonstration was largely peaceful, and no arrests were reported.",
        date(2024, 1, 25),
    )
    (ev,) = out.events
    assert (ev.type, ev.sub_type, ev.forms) == ("protest", "peaceful", ["march"])
    assert ev.arrests is None
    assert ev.date.start == date(2024, 1, 24)


# §2 place: "The shooting took place ... in Chame, in the province of Panamá Oeste, where ..."
# places the killing just told (a town and its province are one place), even with a clause after it.

PANAMA = (
    "PANAMA CITY, Nov 8 (Wire) - Two men taking part in a roadblock against a mining contract were shot dead "
    "on Tuesday in western Panama, police said.\n\n"
    "The shooting took place on the Pan-American Highway in Chame, in the province of Panamá Oeste, where "
    "teachers had blocked traffic since the morning."
)


def test_the_shooting_took_place_in_places_the_killing_just_told():
    out = _run(PANAMA, date(2023, 11, 8))
    (ev,) = out.events
    assert (ev.type, ev.sub_type) == ("protest", "excessive_force")
    assert (ev.place.name, ev.place.country, ev.place.admin1) == ("Chame", "PA", "Panama Oeste")
    assert ev.fatalities is not None and ev.fatalities.low == 2
    assert ev.date.start == date(2023, 11, 7)


# §2 place: "in Maiquetía, near Caracas": the town set after a comma and "near" says where
# the first lies; the first is the place (another region: La Guaira, not the Capital District).

def test_town_near_a_city_in_another_region_is_the_place():
    out = _run("In Venezuela, she was detained by state agents in Maiquetía, near Caracas, on 9 February.", date(2024, 2, 16))
    (ev,) = out.events
    assert (ev.type, ev.sub_type) == ("strategic_development", "arrests")
    assert (ev.place.name, ev.place.country, ev.place.admin1) == ("Maiquetía", "VE", "La Guaira")
    assert ev.date.start == date(2024, 2, 9)


def test_place_named_only_after_near_is_kept():
    out = _run("Police fired tear gas at protesters near Juliaca on Monday.", date(2023, 1, 10))
    (ev,) = out.events
    assert ev.place.admin1 == "Puno"


# §2 place: "Simón Bolívar International Airport" names the Liberator, not Bolívar state.

def test_simon_bolivar_airport_is_no_bolivar_state():
    out = _run(
        "Venezuelan agents detained the activist at Simón Bolívar International Airport in Maiquetía on 9 February.",
        date(2024, 2, 16),
    )
    (ev,) = out.events
    assert (ev.place.country, ev.place.admin1) == ("VE", "La Guaira")


# §2 date: "Since then, roadblocks have cut the highway" runs from the day just told to the report.

def test_since_then_runs_from_the_day_told_to_the_report():
    out = _run(
        "Protests erupted after Congress approved the contract on 20 October. "
        "Since then, roadblocks have cut the Pan-American Highway in Chiriquí.",
        date(2023, 11, 8),
    )
    (ev,) = [e for e in out.events if e.place is not None and e.place.admin1 == "Chiriqui"]
    assert ev.forms == ["roadblock"]
    assert (ev.date.start, ev.date.end) == (date(2023, 10, 20), date(2023, 11, 8))


# §2 place: "Indigenous groups of the Cauca region marched to Cali": the groups' home is no
# place of the march; one event, in Cali (Valle del Cauca).

def test_groups_of_a_region_marching_to_a_city_is_one_event_in_the_city():
    out = _run("Indigenous groups of the Cauca region marched to Cali on Monday 21 October.", date(2024, 10, 28))
    (ev,) = out.events
    assert (ev.place.name, ev.place.country, ev.place.admin1) == ("Cali", "CO", "Valle del Cauca")
    assert ev.date.start == date(2024, 10, 21)


# §2: "is killed" joined the named-victim passive; a soldier "killed in action" is war, no protest's dead.

def test_killed_in_action_is_no_protest_death():
    out = _run("Colonel William Nolde is killed in action in Vietnam.", date(2023, 1, 27))
    assert not [e for e in out.events if e.fatalities is not None]


def test_the_headline_of_the_shooting_moves_with_it():
    out = _run("Two protesters shot dead at Panama roadblock\n\n" + PANAMA, date(2023, 11, 8))
    (ev,) = out.events
    assert (ev.place.name, ev.place.admin1) == ("Chame", "Panama Oeste")
    assert ev.fatalities is not None and ev.fatalities.low == 2


# §2 strategic/arrests: an authority's later announcement that "she had been arrested" reports
# the arrest already told, on its own day; no second arrest on the announcement's day.

def test_announcement_that_she_had_been_arrested_is_the_arrest_told():
    out = _run(
        "Rocío San Miguel, a human rights defender, was detained by state agents in Maiquetía on 9 February 2024.\n\n"
        "On 11 February the Attorney General announced that she had been arrested in connection with an alleged plot.",
        date(2024, 2, 16),
    )
    (ev,) = out.events
    assert (ev.type, ev.sub_type) == ("strategic_development", "arrests")
    assert ev.date.start == date(2024, 2, 9)
