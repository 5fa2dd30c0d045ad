"""English phrasings found by a probe of self-written pieces in the styles of
the outlets that most cover Peru in English (an explainer with many dates, a
long read from Puno, a WSWS-style piece, a Democracy Now! and an NPR
transcript, a Peru Reports story, a BBC "what we know", an HRW dispatch, a
markets story and an EFE wire): a comparison "The deaths in Macusani came nine
days after the massacre in Juliaca, where 17 civilians were killed" put the
earlier massacre in the town of the subject and nine days later; "The killings
in Pichanaki came one day after soldiers killed 10 people in Ayacucho" made a
second Pichanaki event and lost Ayacucho's dead; "Remo Candia, a leader of a
farming community in Anta province, was shot in the chest and died" did not
count the named man's death ("of a community" read as another victim). Running
totals read as incidents: "at least 32 people have died in the conflict since
the October 20 election, most of them since Morales resigned on November 10"
(the second "since" clause's day taken for an incident's), "has documented the
deaths of at least 22 people between December 7 and December 17", and "had
risen to seven by Monday night, most of them in Apurímac" (an Apurímac event
beside the total). "The bloodbath in Puno this week ... exposes the government
of Dina Boluarte, installed on December 7" dated the bloodbath December 7."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


def _by_admin1(out, admin1: str):
    return [e for e in out.events if e.place is not None and e.place.admin1 == admin1]


# §2 date/place: "X came N days after Y": Y happened N days before X, at Y's own place.

MACUSANI = (
    "On 18 January, police shot dead two protesters in Macusani. "
    "The deaths in Macusani came nine days after the massacre in Juliaca, three hours to the south, "
    "where 17 civilians were killed on 9 January."
)


def test_came_days_after_dates_the_earlier_incident_before():
    out = _run("On 18 January, police shot dead two protesters in Macusani. The deaths came nine days after the massacre in Juliaca, "
               "where 17 civilians were killed.", date(2023, 2, 2))
    juliaca = [e for e in out.events if e.fatalities is not None and e.fatalities.low == 17]
    assert len(juliaca) == 1
    assert juliaca[0].date.start == date(2023, 1, 9)


def test_the_back_referenced_town_is_not_the_earlier_incidents_place():
    out = _run(MACUSANI, date(2023, 2, 2))
    juliaca = [e for e in out.events if e.fatalities is not None and e.fatalities.low == 17]
    assert len(juliaca) == 1
    assert juliaca[0].place.name == "Juliaca" and juliaca[0].place.admin1 == "Puno"
    assert juliaca[0].date.start == date(2023, 1, 9)
    macusani = [e for e in out.events if e.place.name == "Macusani"]
    assert len(macusani) == 1 and macusani[0].fatalities.low == 2


PICHANAKI = (
    "On December 16, police opened fire on demonstrators in Pichanaki, killing three people. "
    "The killings in Pichanaki came one day after soldiers killed 10 people in Ayacucho."
)


def test_came_a_day_after_soldiers_killed_is_the_other_regions_incident():
    out = _run(PICHANAKI, date(2022, 12, 21))
    assert len(_by_admin1(out, "Junín")) == 1
    ayacucho = _by_admin1(out, "Ayacucho")
    assert len(ayacucho) == 1
    assert ayacucho[0].type == "protest" and ayacucho[0].sub_type == "excessive_force"
    assert ayacucho[0].date.start == date(2022, 12, 15)
    assert ayacucho[0].fatalities.low == 10


# §2 counts: a named man's apposition ("a leader of a farming community in Anta") describes him;
# the casualty verb after its closing comma is his death.

CUSCO = (
    "On Wednesday afternoon, several thousand protesters marched toward the airport in Cusco. "
    "Police fired tear gas and pellets. "
    "Remo Candia, a leader of a farming community in Anta province, was shot in the chest and died."
)


def test_a_named_mans_apposition_nests_no_other_victim():
    out = _run(CUSCO, date(2023, 1, 12))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "excessive_force")
    assert e.fatalities is not None and e.fatalities.low == 1
    assert e.place.admin1 == "Cusco" and e.date.start == date(2023, 1, 11)


def test_relatives_of_a_man_who_died_still_nest_the_victim():
    out = _run("On Wednesday, relatives of a man who died marched in Cusco.", date(2023, 1, 12))
    assert all(e.fatalities is None for e in out.events)


# §3 tallies: "since <someone> <did> on <day>" opens a run as "since <day>" does.

BOLIVIA = (
    "On November 15, security forces killed nine protesters in Sacaba. "
    "According to the Ombudsman, at least 32 people have died in the conflict since the October 20 election, "
    "most of them since Morales resigned on November 10."
)


def test_a_since_clause_with_its_day_is_a_total_not_an_incident():
    out = _run(BOLIVIA, date(2019, 11, 25))
    assert [(e.place.name, e.date.start, e.fatalities.value) for e in out.events] == [("Sacaba", date(2019, 11, 15), 9)]
    assert [(t.measure, t.value, t.qualifier, t.country) for t in out.tallies] == [("fatalities", 32, "at_least", "BO")]
    assert out.tallies[0].period.start == date(2019, 10, 20)


# §3 tallies: a count a register kept over a written span of days is that span's total.

HRW = (
    "On December 16, police opened fire on demonstrators in Pichanaki, killing three people. "
    "Human Rights Watch has documented the deaths of at least 22 people between December 7 and December 17, "
    "most of them by gunshot wounds."
)


def test_a_count_documented_between_two_days_is_a_total():
    out = _run(HRW, date(2022, 12, 21))
    assert [(e.place.admin1, e.fatalities.value) for e in out.events] == [("Junín", 3)]
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("fatalities", 22, "at_least")]
    assert (out.tallies[0].period.start, out.tallies[0].period.end) == (date(2022, 12, 7), date(2022, 12, 17))


def test_a_blockade_between_two_days_keeps_its_arrests():
    out = _run("Protesters blocked the road between Monday and Wednesday in Juliaca, and 12 people were arrested.", date(2023, 1, 12))
    assert [(e.place.admin1, e.arrests.value) for e in out.events] == [("Puno", 12)]
    assert out.tallies == []


# §3 tallies: "most of them in Apurímac" after a total says where its share fell; no Apurímac incident.

CHALA = (
    "On Monday, a protester was shot dead in Chala. "
    "The ombudsman's office reported that the number of people killed in the protests had risen to seven by Monday night, "
    "most of them in Apurímac."
)


def test_the_region_of_a_totals_share_is_no_incident():
    out = _run(CHALA, date(2022, 12, 13))
    assert [(e.place.name, e.place.admin1, e.fatalities.value) for e in out.events] == [("Chala", "Arequipa", 1)]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 7)]


# §2 date: a closing aside opened by a participle ("installed on December 7") dates the noun it describes.

WSWS = (
    "The bloodbath carried out by the police in Puno this week, which has claimed the lives of at least 18 people in Juliaca, "
    "exposes the criminal character of the government of Dina Boluarte, installed on December 7 with the backing of Congress. "
    "On Monday, thousands of protesters marched on the airport in Juliaca and police fired live rounds, killing 17."
)


def test_a_trailing_participles_day_is_not_the_incidents():
    out = _run(WSWS, date(2023, 1, 11))
    assert out.events
    assert all(e.date.start >= date(2023, 1, 9) for e in out.events)


def test_un_paro_anunciado_hasta_keeps_its_end():
    out = _run("Los transportistas de Lima acatan este miércoles un paro, anunciado hasta el viernes 25 de octubre.", date(2024, 10, 23), "es")
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2024, 10, 23), date(2024, 10, 25))]


# §2 strategic_development: "Under the decree, the army can ..." tells what the measure just told allows.

def test_under_the_decree_is_no_second_measure():
    text = (
        "On Wednesday, thousands marched in Cusco. The government has extended a state of emergency in Cusco for another 30 days. "
        "Under the decree, the army can help police patrol roads and airports."
    )
    out = _run(text, date(2023, 1, 12))
    measures = [e for e in out.events if e.sub_type == "state_measure"]
    assert [(e.place.admin1, e.date.start) for e in measures] == [("Cusco", date(2023, 1, 12))]


# §3 tallies: "killed at least 18 people in two massacres last week" sums two incidents; neither takes it.

def test_a_toll_of_two_massacres_is_a_total_not_one_incidents():
    text = (
        "We turn now to Bolivia, where the interim government is facing accusations of abuses after security forces "
        "killed at least 18 people in two massacres last week. On Friday, November 15, thousands of coca growers marched "
        "towards Cochabamba. At the bridge in Sacaba, soldiers opened fire. Nine people were killed."
    )
    out = _run(text, date(2019, 11, 25))
    assert [(e.place.name, e.date.start, e.fatalities.value) for e in out.events] == [("Sacaba", date(2019, 11, 15), 9)]
    assert [(t.measure, t.value, t.qualifier, t.country) for t in out.tallies] == [("fatalities", 18, "at_least", "BO")]


# §2 riot/mob_violence: the officer a crowd burned that night is an incident of its own beside the
# police's killings that day, even when his sentence only inherits their day and town.

def test_a_mobs_killing_that_night_stays_apart_from_the_massacre():
    text = (
        "On Monday, January 9, police killed 17 protesters at the airport in Juliaca. That same night, a police patrol car "
        "was attacked by a crowd in Juliaca and the officer José Luis Soncco Quispe was burned to death inside it."
    )
    out = _run(text, date(2023, 1, 11))
    got = sorted((e.type, e.sub_type, e.place.admin1, e.date.start, e.fatalities.value) for e in out.events)
    assert got == [
        ("protest", "excessive_force", "Puno", date(2023, 1, 9), 17),
        ("riot", "mob_violence", "Puno", date(2023, 1, 9), 1),
    ]


# §2 sub_type: "declaring that they would not lift the blockade" is the crowd's word; no clearing by the state.

def test_a_crowd_refusing_to_lift_its_blockade_is_no_intervention():
    text = ("On Tuesday, in the town of Ilave, around 10,000 people marched through the streets, blocking the road with rocks "
            "and declaring that they would not lift the blockade until Boluarte resigned.")
    out = _run(text, date(2023, 1, 11))
    assert [(e.sub_type, e.place.admin1, e.date.start) for e in out.events] == [("peaceful", "Puno", date(2023, 1, 10))]


def test_police_moving_in_to_lift_the_blockade_still_intervene():
    out = _run("On Tuesday police moved in to lift the blockade on the bridge in Ilave.", date(2023, 1, 11))
    assert [e.sub_type for e in out.events] == ["intervention"]


# §2 sub_type: volunteers who "cleared the debris" after a march cleaned up; they cleared no crowd.

def test_clearing_debris_after_a_march_is_no_dispersal():
    text = "On Monday, thousands marched through Quito, and volunteers later cleared the debris from the park."
    out = _run(text, date(2019, 10, 14))
    assert [(e.sub_type, e.forms, e.place.admin1) for e in out.events] == [("peaceful", ["march"], "Pichincha")]


# §2 date / one incident per place: a lead that dates the massacre only by "this week" takes the
# day the body writes; it is no stretch of days into which another town's march folds.

PUNO_WEEK = (
    "The bloodbath carried out by the police in Puno this week, which has claimed the lives of at least 18 people in Juliaca, "
    "exposes the criminal character of the government.\n\n"
    "On Monday, January 9, thousands of protesters marched on the airport in Juliaca and police fired live rounds, killing 17.\n\n"
    "The next day, in the town of Ilave, around 10,000 people marched through the streets, blocking the road with rocks."
)


def test_a_week_lead_takes_the_bodys_day():
    out = _run(PUNO_WEEK, date(2023, 1, 11))
    juliaca = [e for e in out.events if e.sub_type == "excessive_force" and e.place.admin1 == "Puno"]
    assert len(juliaca) == 1
    assert (juliaca[0].date.start, juliaca[0].date.end) == (date(2023, 1, 9), date(2023, 1, 9))


def test_a_march_the_next_day_elsewhere_is_no_day_of_a_week_lead():
    out = _run(PUNO_WEEK, date(2023, 1, 11))
    ilave = [e for e in out.events if e.place.name == "Ilave"]
    assert [(e.sub_type, e.date.start, e.participants.low) for e in ilave] == [("peaceful", date(2023, 1, 10), 10000)]
