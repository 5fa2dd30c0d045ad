"""English phrasings found by a probe of self-written pieces in new styles (an
NGO report chapter by region, an obituary, a wire factbox, a mining-output
story, a travel advisory, a UN briefing note, a photo gallery, a correction
notice and a podcast transcript): a podcast's episode number read as a crowd
("episode 112 - Why Lima's bus drivers keep striking"), and a briefing's
reminder of what any state of emergency allows ("a state of emergency does
not suspend the right to life") taken for a measure, placed at the briefing's
Geneva location line. Also: "police arrest" in a factbox's present, a toll of
"that day" given to the next day's shooting, "most of them with gunshot wounds"
making the wounded a running total, "over two weeks of marches, clashes and
vigils" read as a riot, "closed the Inca citadel" as a protest, a rally "to back
the arrest" as an intervention, "was briefly occupied by" missed, and the dead
of "clashes between strikers and government supporters" typed excessive force."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


# §2 counts: a series' number ("episode 112") numbers the show, it counts no one.

PODCAST = (
    'Transcript: "The Lima Dispatch", episode 112 - Why bus drivers keep striking\n\n'
    "Q: What happened on Thursday?\n\n"
    "A: On Thursday bus drivers in Lima parked their vehicles and joined a strike against extortion.\n"
)


def test_an_episode_number_is_no_crowd():
    out = _run(PODCAST, date(2024, 10, 12))
    assert out.events, "the strike is an event"
    assert all(e.participants is None or e.participants.low != 112 for e in out.events)
    lima = [e for e in out.events if e.place is not None and e.place.admin1 == "Lima"]
    assert lima and lima[0].type == "protest" and "strike" in lima[0].forms


# §2: a rule for any state of emergency is no measure taken (and no event at the
# briefing's location line).

BRIEFING = (
    "Press briefing notes on Peru\n\n"
    "Location: Geneva\n\n"
    "We remind the authorities that a state of emergency does not suspend the obligation to respect the right to life.\n"
)


def test_a_rule_for_any_state_of_emergency_is_no_measure():
    out = _run(BRIEFING, date(2023, 1, 17))
    assert out.events == []


def test_a_measure_declared_still_stands_beside_the_rule():
    text = (
        "The government declared a state of emergency in Puno on Sunday. "
        "A state of emergency does not suspend the right to life.\n"
    )
    out = _run(text, date(2023, 1, 17))
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start) for e in out.events] == [
        ("strategic_development", "state_measure", "Puno", date(2023, 1, 15))
    ]


def test_a_rule_for_any_state_of_emergency_in_spanish():
    text = "La ONU recordó al Gobierno que un estado de emergencia no suspende el derecho a la vida.\n"
    out = _run(text, date(2023, 1, 17), "es")
    assert out.events == []


# §2 type strategic_development/arrests: a factbox line in the historical present.


def test_a_factbox_line_police_arrest_is_an_arrest():
    text = "* June 14 - Police arrest CONAIE leader Leonidas Iza in Cotopaxi province. He is released the next day.\n"
    out = _run(text, date(2022, 6, 30))
    assert [(e.type, e.sub_type, e.place.country, e.place.admin1, e.date.start) for e in out.events] == [
        ("strategic_development", "arrests", "EC", "Cotopaxi", date(2022, 6, 14))
    ]


# §2 counts: a toll dated "that day" (the day told before) is not the toll of the
# next day's incident.

REGION_CHAPTER = (
    "The first deaths occurred in Andahuaylas on 11 December 2022, when police fired on people who had "
    "gathered near the airport. Two teenagers died that day. The following day the violence spread to "
    "Chincheros, where further demonstrators were shot.\n"
)


def test_a_toll_of_that_day_stays_with_that_day():
    out = _run(REGION_CHAPTER, date(2023, 6, 1))
    by_day = {e.date.start: e for e in out.events}
    assert by_day[date(2022, 12, 11)].fatalities.value == 2
    assert by_day[date(2022, 12, 12)].place.name == "Chincheros"
    assert by_day[date(2022, 12, 12)].fatalities is None


# §2 counts: "most of them with gunshot wounds" right after the count describes
# some of the wounded; it is no running total.


def test_wounded_described_by_an_appositive_join_the_shooting():
    text = (
        "Ten people died in Ayacucho on Thursday when soldiers fired on protesters. "
        "Hospital officials said 52 people were admitted with injuries, most of them with gunshot wounds.\n"
    )
    out = _run(text, date(2022, 12, 16))
    assert [(e.sub_type, e.place.admin1, e.date.start, e.fatalities.value, e.injuries.value) for e in out.events] == [
        ("excessive_force", "Ayacucho", date(2022, 12, 15), 10, 52)
    ]
    assert out.tallies == []


# §2: "over two weeks of marches, clashes and vigils" sums up a period; it is no
# incident (and does not turn the day's tear-gassed march into a riot).

GALLERY = (
    "In pictures: the march on Lima\n\n"
    "Our photographers followed them over two weeks of marches, clashes and vigils in the capital.\n\n"
    "1. Police fire tear gas at protesters trying to reach Congress in downtown Lima, 19 January 2023.\n"
)


def test_weeks_of_marches_clashes_and_vigils_is_no_incident():
    out = _run(GALLERY, date(2023, 2, 2))
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start) for e in out.events] == [
        ("protest", "intervention", "Lima", date(2023, 1, 19))
    ]


def test_weeks_of_one_action_may_still_be_on():
    out = _run("After nearly three weeks of roadblocks, fuel ran short in Puno.\n", date(2023, 2, 2))
    assert [(e.type, "roadblock" in e.forms, e.place.admin1) for e in out.events] == [("protest", True, "Puno")]


# §2 strategic_development/other: closing the citadel is the state's news, not a protest.


def test_closing_the_inca_citadel_is_a_closure():
    text = (
        "Peru closed the Inca citadel of Machu Picchu indefinitely on Saturday and nearly 420 visitors were "
        "stranded as anti-government protests cut the rail line.\n"
    )
    out = _run(text, date(2023, 1, 22))
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start) for e in out.events] == [
        ("strategic_development", "other", "Cusco", date(2023, 1, 21))
    ]


# §2 sub_type: an arrest a rally backs or protests is its cause, not force used
# at it: a peaceful rally.


def test_a_rally_to_back_the_arrest_is_peaceful():
    text = "In El Alto, supporters of the government held a rally on Friday to back the arrest.\n"
    out = _run(text, date(2022, 12, 30))
    assert [(e.type, e.sub_type, e.place.country, e.place.admin1, e.arrests) for e in out.events] == [
        ("protest", "peaceful", "BO", "La Paz", None)
    ]


def test_a_rally_against_the_arrest_is_peaceful():
    text = "In El Alto, supporters of the governor held a rally on Friday against the arrest.\n"
    out = _run(text, date(2022, 12, 30))
    assert [(e.sub_type, e.place.admin1) for e in out.events] == [("peaceful", "La Paz")]


def test_force_after_the_grievance_still_counts():
    text = "Students marched in Lima on Friday to demand the release of their leaders, and police arrested 20.\n"
    out = _run(text, date(2022, 12, 30))
    assert [(e.sub_type, e.arrests.value) for e in out.events] == [("intervention", 20)]


# §2 forms occupation: a site taken told in the passive ("was briefly occupied by"),
# past the "occupied by" of a dwelling's residents.


def test_an_airport_briefly_occupied_by_supporters_is_an_occupation():
    text = "The airport of Viru Viru in Santa Cruz, Bolivia, was briefly occupied by Camacho supporters on Wednesday evening.\n"
    out = _run(text, date(2022, 12, 30))
    assert [(e.type, e.forms, e.place.country, e.place.admin1, e.date.start) for e in out.events] == [
        ("protest", ["occupation"], "BO", "Santa Cruz", date(2022, 12, 28))
    ]


def test_a_house_occupied_by_a_family_is_no_protest():
    assert _run("The house was occupied by a family on Wednesday.\n", date(2022, 12, 30)).events == []


# §2 riot/violent_demonstration: the dead of a clash between two crowds, with no
# state force told, died in a riot, not by excessive force.


def test_deaths_in_clashes_between_strikers_and_supporters_are_a_riot():
    text = "Four people died in Santa Cruz, Bolivia, on Friday in clashes between strikers and government supporters.\n"
    out = _run(text, date(2022, 12, 30))
    assert [(e.type, e.sub_type, e.place.country, e.fatalities.value) for e in out.events] == [
        ("riot", "violent_demonstration", "BO", 4)
    ]


def test_deaths_in_clashes_between_protesters_and_police_stay_excessive_force():
    text = "Four people died in Juliaca on Friday in clashes between protesters and police.\n"
    out = _run(text, date(2022, 12, 30))
    assert [(e.type, e.sub_type, e.place.admin1) for e in out.events] == [("protest", "excessive_force", "Puno")]
