"""English phrasings found by a probe of self-written pieces in styles not
probed before (a Human Rights Watch report chapter on the Ayacucho killings of
15 December 2022, a Reuters factbox on the Boluarte government's crises, an Al
Jazeera live blog of the "Toma de Lima", a 2024 court story on the Juliaca
charges, a profile of Víctor Santisteban, a press-freedom roundup, the Lima
transport strike of 10 October 2024 and a five-years-on wire on Sacaba and
Senkata): in a factbox whose later bullet names extortion gangs, "The deadliest
day was Jan. 9, 2023, when 17 people were killed in Juliaca" was read as a gang
killing; "* STATE OF EMERGENCY: On Dec. 14, 2022 the government declared ..."
was not read as a chronology entry (its label and "On" before the day) and fell
as background; "By March 2023, 49 civilians had died" was not a total reached
by a month; "the crackdown, in which 50 people died" gave its 50 dead to a
vigil; "prosecutors have formally charged officers over the deaths of 17"
made an incident of the charge's day, and "The officers' lawyers said they
acted in self-defense after protesters attacked the airport" a riot; "carried
him to a hospital, where he died" (and four sentences after the march, in its
paragraph) lost the death; "was hit by pellets ... while he covered the
clashes" made the journalist's wounding a riot, and "were struck by tear gas
canisters" was no attack (nor were those hit counted as injured); "a day after
the government of Dina Boluarte declared a nationwide state of emergency and
authorized the armed forces ..., several hundred demonstrators gathered in
Huamanga" made a state measure of the gathering; a five-years-on wire lost the
Sacaba and Senkata killings as background; "In Lima, on January 19, ... near
Plaza San Martín" took the paragraph's earlier town (Juliaca); "on Saturday
afternoon, January 28" read the last Saturday; an undated headline of a
roundup a week on and "Most of the aggressions were committed by police
officers" after the register's total made incidents of the publication day;
"By March 2023, 49 civilians had died", in a factbox of October 2024, was
dropped as another era's toll; "..., a report said on Wednesday" split off an
undated second incident; and "Peruvian police detained 193 people after
storming the San Marcos university" made a riot of the police raid."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


def _by_admin1(out, admin1: str):
    return [e for e in out.events if e.place is not None and e.place.admin1 == admin1]


_STRIKE_BULLET = (
    "* EXTORTION AND STRIKES: Thousands of bus drivers in Lima stopped work on Oct. 10, 2024 "
    "to protest against extortion by criminal gangs."
)


# §2: a killing told in a paragraph about protests, with no gang named in it, is the
# protests' toll even when another paragraph of the article is about extortion gangs.

def test_killing_in_a_protest_paragraph_is_no_gang_killing():
    out = _run(
        "* PROTEST DEATHS: Protests demanding her resignation swept the south of the country. "
        "The deadliest day was Jan. 9, 2023, when 17 people were killed in Juliaca, in the Puno region.\n\n" + _STRIKE_BULLET,
        date(2024, 10, 15),
    )
    (puno,) = _by_admin1(out, "Puno")
    assert (puno.type, puno.sub_type) == ("protest", "excessive_force")
    assert puno.date.start == date(2023, 1, 9)
    assert puno.fatalities is not None and puno.fatalities.low == 17


def test_killing_in_a_paragraph_naming_gangs_stays_theirs():
    out = _run(
        "Drivers in Lima have staged two strikes this month. Extortion gangs have targeted them for years. "
        "On 7 October a driver was shot dead in San Juan de Lurigancho.",
        date(2024, 11, 16),
    )
    # (the strikes stay, with no dead; the gangs' killing is no force on them)
    assert [(e.sub_type, e.place.admin1, e.fatalities) for e in out.events] == [("peaceful", "Lima", None)]


# §2 date: a factbox's bullet "LABEL: On <full date> ..." is an entry of its chronology, an
# event of that day, not background; running text before the day is not an entry's head.

def test_labelled_bullet_opened_by_on_and_a_full_date_is_a_chronology_entry():
    out = _run(
        "* STATE OF EMERGENCY: On Dec. 14, 2022 the government declared a 30-day state of emergency "
        "across the country, suspending the right of assembly.\n\n" + _STRIKE_BULLET,
        date(2024, 10, 15),
    )
    measures = [e for e in out.events if e.sub_type == "state_measure"]
    assert [(str(e.date.start), e.place.admin1) for e in measures] == [("2022-12-14", None)]


def test_running_text_before_the_day_is_no_entry_head():
    out = _run(
        "* The minister recalled that on Dec. 14, 2022 the government declared a state of emergency "
        "across the country.\n\n" + _STRIKE_BULLET,
        date(2024, 10, 15),
    )
    assert not [e for e in out.events if e.sub_type == "state_measure"]


# §3: "By March 2023, N had died": a total reached by a month, no incident of that month.

def test_count_reached_by_a_month_is_no_incident():
    out = _run(
        "Protests swept the south. By March 2023, 49 civilians had died in clashes with security forces, "
        "according to the Ombudsman's Office.",
        date(2023, 4, 20),
    )
    assert not [e for e in out.events if e.fatalities is not None and e.fatalities.low == 49]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 49)]


def test_toll_reached_by_a_month_stays_a_tally_in_a_later_factbox():
    out = _run(
        "* PROTEST DEATHS: Protests swept the south. By March 2023, 49 civilians had died in clashes with security "
        "forces, according to the Ombudsman's Office.\n\n" + _STRIKE_BULLET,
        date(2024, 10, 15),
    )
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 49)]


def test_another_eras_toll_reached_by_a_year_is_still_recalled():
    out = _run(
        "Protests swept the country. By 2015, 12 people had died in clashes with the police.\n\n" + _STRIKE_BULLET,
        date(2024, 10, 15),
    )
    assert not out.tallies


# §3: "the crackdown, in which 50 people died": the crackdown's toll is a tally, not the
# toll of the relatives' gathering told before it.

def test_crackdown_in_which_n_died_is_a_tally():
    out = _run(
        "On Wednesday, about 50 relatives of the victims gathered outside the courthouse in Juliaca holding "
        "portraits of their dead. There were no incidents.\n\nThe Puno deaths have become the symbol of the "
        "crackdown, in which 50 people died, including one police officer, according to the Ombudsman's Office.",
        date(2024, 6, 12),
    )
    (puno,) = _by_admin1(out, "Puno")
    assert (puno.type, puno.sub_type) == ("protest", "peaceful")
    assert puno.fatalities is None
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 50)]


# §2: a charge filed over deaths is the prosecution's news, not an incident of its day;
# the accused's lawyers' account of the crowd's violence is their case, not a new riot.

def test_formal_charge_over_deaths_is_no_incident():
    out = _run(
        "LIMA, June 12, 2024 - Peruvian prosecutors have formally charged a group of police officers over the "
        "deaths of 17 civilians in the southern city of Juliaca, the Attorney General's Office said on Wednesday.\n\n"
        "On Wednesday, about 50 relatives of the victims gathered outside the courthouse in Juliaca.",
        date(2024, 6, 12),
    )
    (puno,) = _by_admin1(out, "Puno")
    assert (puno.sub_type, puno.fatalities) == ("peaceful", None)


def test_the_accused_lawyers_account_is_no_riot():
    out = _run(
        "Prosecutors charged the officers with aggravated homicide. The officers' lawyers said they acted in "
        "self-defense after protesters attacked the airport in Juliaca with stones and slingshots.",
        date(2024, 6, 12),
    )
    assert not [e for e in out.events if e.type == "riot"]


# §2 counts: "carried him to a hospital, where he died" is the death of the one person the
# paragraph tells of, the march's death even sentences after it in its paragraph.

def test_where_he_died_counts_the_marchs_death():
    out = _run(
        "On Saturday, thousands of people marched through the centre of Lima. Near the Abancay Avenue, police "
        "fired tear gas to break up the crowd. Santisteban fell to the ground. Witnesses said a canister had hit "
        "him in the head. Volunteers carried him to a nearby hospital, where he died shortly afterwards.",
        date(2023, 1, 30),
    )
    (lima,) = _by_admin1(out, "Lima")
    assert (lima.sub_type, str(lima.date.start)) == ("excessive_force", "2023-01-28")
    assert lima.fatalities is not None and lima.fatalities.low == 1


def test_he_died_in_the_next_paragraph_far_on_is_not_the_marchs():
    out = _run(
        "On Saturday, thousands of people marched in Lima. Police fired tear gas to break up the crowd.\n\n"
        "The government said the march was political. Its ministers met on Sunday. "
        "Critics said nothing changed. His father, a farmer, lived in Puno, where he died in 2010.",
        date(2023, 1, 30),
    )
    assert [(e.sub_type, e.place.admin1, e.fatalities) for e in out.events] == [("intervention", "Lima", None)]


# §2 violence_against_civilians: a journalist hit while he covered clashes is attacked, not
# a rioter; "were struck by tear gas canisters" is an attack on the journalists struck.

def test_photographer_hit_while_he_covered_the_clashes_is_attacked():
    out = _run(
        "On January 9 in Juliaca, photographer Aldair Mejía was hit by pellets in the leg while he covered "
        "the clashes near the airport.",
        date(2023, 2, 10),
    )
    assert [(e.type, e.sub_type, str(e.date.start)) for e in out.events] == [
        ("violence_against_civilians", "attack", "2023-01-09")
    ]
    assert out.events[0].injuries is not None and out.events[0].injuries.low == 1  # the named man hit (§2 counts)


def test_journalists_struck_by_canisters_are_attacked():
    out = _run(
        "In Lima, on January 19, several journalists were struck by tear gas canisters near Plaza San Martín.",
        date(2023, 2, 10),
    )
    (lima,) = out.events
    assert (lima.type, lima.place.admin1) == ("violence_against_civilians", "Lima")
    assert (lima.injuries.low, lima.injuries.qualifier) == (3, "at_least")  # "several" (§2 counts)


# §2 type: a measure in the clause "a day after the government ... declared a nationwide state
# of emergency and authorized the armed forces ..." is the gathering's backdrop, however long
# the clause runs up to its comma; the gathering is the sentence's news.

def test_long_a_day_after_clause_is_the_gatherings_backdrop():
    out = _run(
        "On the morning of December 15, 2022, a day after the government of Dina Boluarte declared a nationwide "
        "state of emergency and authorized the armed forces to help the police keep order, several hundred "
        "demonstrators gathered in Huamanga, the capital of the Ayacucho region.",
        date(2023, 4, 26),
    )
    assert [(e.type, e.sub_type, str(e.date.start), e.place.admin1) for e in out.events] == [
        ("protest", "peaceful", "2022-12-15", "Ayacucho")
    ]


# §2: an article that looks back years ("Five years after ...") tells the deadly days it dates
# in full as its events, in their country and first-level division; without the look back,
# a five-year-old day told in passing stays background.

_SACABA = (
    "On November 15, 2019, police and soldiers fired on a march of coca growers who were trying to cross a "
    "bridge in Sacaba, near the city of Cochabamba. Ten people were killed."
)


def test_a_look_back_years_on_keeps_its_deadly_days():
    out = _run(
        "Five years after the killings at Sacaba, relatives of the dead marched on Friday in Cochabamba.\n\n" + _SACABA,
        date(2024, 11, 15),
    )
    old = [e for e in out.events if e.date.start == date(2019, 11, 15)]
    assert [(e.sub_type, e.place.country, e.place.admin1, e.fatalities.low) for e in old] == [
        ("excessive_force", "BO", "Cochabamba", 10)
    ]


def test_five_year_old_day_in_passing_stays_background():
    out = _run(
        "Relatives of the dead marched on Friday in Cochabamba to demand a trial.\n\n" + _SACABA,
        date(2024, 11, 15),
    )
    assert not [e for e in out.events if e.date.start.year == 2019]


# §2 place: "In Lima, ... near Plaza San Martín" after a sentence on Juliaca: the sentence
# names the square's own town, so the square is Lima's, not the paragraph's earlier town's.

def test_square_with_its_town_named_in_the_sentence_stays_in_that_town():
    out = _run(
        "On January 9 in Juliaca, police fired tear gas at protesters. In Lima, on January 19, police fired "
        "tear gas at protesters near Plaza San Martín.",
        date(2023, 2, 10),
    )
    assert [(str(e.date.start), e.place.admin1) for e in out.events] == [("2023-01-09", "Puno"), ("2023-01-19", "Lima")]


def test_square_alone_after_another_town_stays_that_towns():
    out = _run(
        "On January 9 in Juliaca, police fired tear gas at protesters. The march set off from Plaza San Martín.",
        date(2023, 2, 10),
    )
    assert [e.place.admin1 for e in out.events] == ["Puno"]


# §2 date: "on Saturday afternoon, January 28" is January 28 (the weekday, a part of the day,
# then the date), not the Saturday before publication.

def test_weekday_and_part_of_day_before_the_date_is_that_date():
    out = _run(
        "On Saturday afternoon, January 28, thousands of people marched through central Lima.",
        date(2023, 2, 5),
    )
    assert [str(e.date.start) for e in out.events] == ["2023-01-28"]


# §2: an undated headline of a piece written a week on or more ("Press under fire: journalists
# attacked while covering Peru's protests") restates the body's incident of its kind and region,
# when the body tells none on the publication day; a register's breakdown ("Most of the
# aggressions were committed by police officers") opening the paragraph after the total is
# the total's kinds, not an incident of the day.

def test_stale_headline_and_the_totals_breakdown_add_no_incident():
    out = _run(
        "Press under fire: journalists attacked while covering Peru's protests\n\n"
        "Peru's National Association of Journalists has recorded 153 attacks on journalists since protests "
        "began on December 7, 2022, the group said on Friday.\n\n"
        "Most of the aggressions were committed by police officers, according to the group, which counted "
        "beatings, arrests and shots fired at reporters.\n\n"
        "On January 28, a reporter was beaten by police officers while he filmed arrests in central Lima.",
        date(2023, 2, 10),
    )
    assert [(e.type, str(e.date.start), e.place.admin1) for e in out.events] == [
        ("violence_against_civilians", "2023-01-28", "Lima")
    ]
    assert [(t.measure, t.value) for t in out.tallies] == [("press_aggressions", 153)]


# §2 date: "..., when soldiers opened fire on protesters near the airport, a report said on
# Wednesday": the day of the report is no day of a second incident (no undated duplicate).

def test_report_day_after_a_when_clause_makes_no_second_incident():
    out = _run(
        "Ten people were killed in Ayacucho on Dec. 15, 2022, when soldiers opened fire on protesters near the "
        "airport, a report said on Wednesday.",
        date(2023, 4, 26),
    )
    assert [(e.sub_type, str(e.date.start), e.fatalities.low) for e in out.events] == [("excessive_force", "2022-12-15", 10)]


# §2 strategic_development/arrests: "Police detained 193 people after storming the university,
# where protesters had been staying": the police's raid on a lodging, not a riot; a crowd
# that stormed it stays a riot.

def test_police_detaining_after_storming_a_lodging_is_a_raid():
    out = _run(
        "Peruvian police detained 193 people on Saturday after storming the San Marcos university in Lima, "
        "where protesters from the south had been staying.",
        date(2023, 1, 23),
    )
    assert [(e.type, e.sub_type, e.arrests.low) for e in out.events] == [("strategic_development", "arrests", 193)]


def test_protesters_detained_after_storming_stay_rioters():
    out = _run(
        "Protesters were detained on Saturday after storming the San Marcos university in Lima, where they had been staying.",
        date(2023, 1, 23),
    )
    assert [e.type for e in out.events] == ["riot"]
