"""English phrasings found by an eighteenth probe of self-written stories in
styles not probed before (a wire update, an explainer, a rights report excerpt,
a long-read, a markets note, a weekly roundup, a key-dates timeline, a podcast
transcript, a court follow-up, an obituary), about repression in Peru and
elsewhere in Latin America: a bare weekday set beside the day it names ("It
was Thursday, the fifteenth of December, 2022", "The next day, Friday, ...")
is no second day read from publication; "the next night" counts a day on; a
transcript's next speaker turn goes on with the day the talk was telling;
"A year ago" opening a long-read's paragraph takes that paragraph (and "the
next day" in it) back to the anniversary's day; a total told with how its dead died
("49 have died in the unrest, 41 of them in clashes") is no incident; and the
ousted president "removed from office and arrested", "who was arrested in
December", is no force used on a protest; a court that "orders trial ... over
deaths of two protesters" tells no incident; "in several parts of Bolivia" is
the whole country, not the town a heading named; and a count told with where
most of it fell ("19 killed, most of them in Cali") or "across the country"
beside a town is a total; so are "35 died in the crisis" and a register's
"counted 325 deaths in the crackdown" after an incident; and a strike that
"paralysed the country" is the whole country's, not the dateline city's; and
"in the days that followed" starts the day after the day told."""

from __future__ import annotations

from datetime import date

from kipu.extract.dates import find_dates
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


def _days(text: str, published: date) -> list[tuple[str, str]]:
    return [(text[m.span.start : m.span.end], str(m.range.start)) for m in find_dates(text, "en", published)]


# A weekday restating the day beside it dates nothing of its own (GUIDELINES §2 date).

def test_weekday_before_written_day_is_no_second_day():
    text = "It was Thursday, the fifteenth of December, 2022. Soldiers fired on the marchers in Ayacucho."
    assert _days(text, date(2023, 1, 10)) == [("fifteenth of December, 2022", "2022-12-15")]


def test_weekday_after_counted_day_is_no_second_day():
    text = "On 15 December 2022 soldiers fired on protesters in Ayacucho, killing ten. The next day, Friday, there was a general strike in the city."
    out = _run(text, date(2023, 1, 10))
    assert sorted((e.sub_type, str(e.date.start)) for e in out.events) == [("excessive_force", "2022-12-15"), ("peaceful", "2022-12-16")]


def test_weekday_that_disagrees_with_the_day_beside_it_is_kept():
    text = "It was Monday, the twelfth of January, 2023."
    assert ("Monday", "2023-01-09") in _days(text, date(2023, 1, 13))


# "the next night" is counted from the day told (GUIDELINES §2 date).

def test_the_next_night_counts_a_day_on():
    text = "The worst day came on Jan. 9 in Juliaca, where 17 civilians were killed. A police officer was burned to death by a crowd in the same city the next night."
    out = _run(text, date(2023, 1, 23))
    assert [(e.type, str(e.date.start)) for e in out.events] == [("protest", "2023-01-09"), ("riot", "2023-01-10")]


# A transcript's turns go on with the day told in the turn before (GUIDELINES §2 date).

def test_speaker_turn_keeps_the_day_the_talk_was_telling():
    text = (
        "MARIA: So what happened on Thursday, December 15, 2022?\n"
        "DANIEL: A few thousand people marched toward the airport in Ayacucho.\n"
        "MARIA: And the soldiers fired.\n"
        "DANIEL: They fired. By the evening there were eight people dead."
    )
    out = _run(text, date(2023, 1, 10))
    assert [(e.sub_type, str(e.date.start), e.place.admin1) for e in out.events] == [("excessive_force", "2022-12-15", "Ayacucho")]


# "A year ago" opening a paragraph dates it to the anniversary's day (GUIDELINES §2 date).

def test_a_year_ago_lead_dates_its_paragraph():
    text = (
        "On Tuesday, about 2,000 people marched silently to the airport in Juliaca.\n\n"
        "A year ago the mood was different. Thousands had converged on the airport. "
        "Police opened fire and 17 civilians were killed.\n\n"
        "In Lima, on the same day, relatives held a vigil outside the Palace of Justice."
    )
    out = _run(text, date(2024, 1, 10))
    got = sorted((e.sub_type, str(e.date.start), e.place.admin1) for e in out.events)
    assert got == [("excessive_force", "2023-01-10", "Puno"), ("peaceful", "2024-01-09", "Lima"), ("peaceful", "2024-01-09", "Puno")]


def test_a_year_ago_takes_the_written_anniversary_day():
    text = (
        "The families of those who died on 9 January 2023 still gather there.\n\n"
        "A year ago the mood was different. A police officer was set alight by a mob in the early hours of the next day."
    )
    assert ("the next day", "2023-01-10") in _days(text, date(2024, 1, 10))


# A total's breakdown by how they died is no incident (GUIDELINES §3 tallies); the part is a total
# of its own, as "Of these, 41 died in clashes" in the next sentence is (tests/test_extract_spanish_pronoun_share.py).

def test_total_with_breakdown_in_clashes_is_only_a_tally():
    out = _run("The Ombudsman's Office says 49 people have died in the unrest, 41 of them in clashes with security forces.", date(2023, 1, 23))
    assert out.events == []
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 49), ("fatalities", 41)]


# The ousted president's arrest, told as the movement's background, is no force on a protest (GUIDELINES §2 type).

def test_castillo_removed_and_arrested_is_no_intervention():
    text = "Protesters marched in Puno on Monday, more than a month after Pedro Castillo was removed from office and arrested."
    out = _run(text, date(2023, 1, 23))
    assert [(e.sub_type, str(e.date.start), e.place.admin1) for e in out.events] == [("peaceful", "2023-01-23", "Puno")]


def test_release_of_castillo_who_was_arrested_is_no_intervention():
    text = "Protesters marched in Puno on Monday demanding the release of Pedro Castillo, who was arrested in December."
    out = _run(text, date(2023, 1, 23))
    assert [(e.sub_type, e.arrests) for e in out.events] == [("peaceful", None)]


# A court's trial order over deaths is no incident of its day (GUIDELINES §2).

def test_court_orders_trial_over_deaths_is_no_incident():
    out = _run("Four years on, a Peruvian court orders trial of former president Merino over deaths of two protesters", date(2024, 11, 25))
    assert out.events == []


# "in several parts of Bolivia": the whole country, not the town a heading named (GUIDELINES §2 place).

def test_several_parts_of_the_country_is_nationwide():
    text = (
        "Bolivia: Security Forces Killed Protesters in Sacaba\n\n"
        "After the resignation of Evo Morales on November 10, 2019, his supporters staged protests in several parts of Bolivia, blocking roads."
    )
    out = _run(text, date(2019, 12, 10))
    assert [(e.place.country, e.place.admin1, str(e.date.start)) for e in out.events] == [("BO", None, "2019-11-10")]


# A count told with where most of it fell is a total, not the town's toll (GUIDELINES §3).

def test_most_of_them_in_a_town_makes_the_count_a_total():
    text = "Human rights group Temblores said at least 19 people had been killed, most of them in Cali, where police clashed with protesters on Friday night."
    out = _run(text, date(2021, 5, 3))
    assert [(e.place.admin1, str(e.date.start), e.fatalities) for e in out.events] == [("Valle del Cauca", "2021-04-30", None)]
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("fatalities", 19, "at_least")]


def test_la_mayoria_en_makes_the_count_a_total():
    text = "Al menos 19 personas murieron, la mayoría en Cali, donde la policía se enfrentó con manifestantes el viernes por la noche."
    out = _run(text, date(2021, 5, 3), "es")
    assert [e.fatalities for e in out.events] == [None]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 19)]


# A count "across the country" beside a town, and a register's count "in the crackdown", are totals (GUIDELINES §3).

def test_killed_across_the_country_among_them_a_town_is_a_total():
    text = "More than 20 people had been killed across the country, among them a journalist in Bluefields who was shot on April 21."
    out = _run(text, date(2018, 4, 25))
    assert [(t.measure, t.value, t.qualifier) for t in out.tallies] == [("fatalities", 20, "more_than")]
    assert all(e.fatalities is None or e.fatalities.low != 20 for e in out.events)


def test_register_count_in_the_crackdown_after_an_incident_is_a_total():
    text = (
        "On Monday police fired live rounds at protesters in Managua, killing two.\n\n"
        "The commission later counted 325 deaths in the crackdown in the months that followed."
    )
    out = _run(text, date(2018, 6, 20))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 325)]
    assert [e.fatalities.low for e in out.events] == [2]


def test_died_in_the_crisis_between_two_days_is_a_total():
    text = (
        "On November 15 police fired on a march in Sacaba, killing nine.\n\n"
        "The ombudsman reported that 35 people died in the post-election crisis between October 20 and the end of November."
    )
    out = _run(text, date(2019, 12, 10))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 35)]


# A strike that "paralysed the country" is the whole country's, not the dateline city's (GUIDELINES §2 place).

def test_strike_that_paralysed_the_country_is_nationwide():
    out = _run("QUITO, Oct 12 - On Oct. 3 a strike by transport workers paralysed the country.", date(2019, 10, 12))
    assert [(e.place.country, e.place.admin1, str(e.date.start)) for e in out.events] == [("EC", None, "2019-10-03")]


def test_paro_que_paralizo_el_pais_es_nacional():
    out = _run("QUITO. El 3 de octubre, un paro de transportistas paralizó el país.", date(2019, 10, 12), "es")
    assert [(e.place.country, e.place.admin1) for e in out.events] == [("EC", None)]


# "in the days that followed" starts the day after the day told (GUIDELINES §2 date).

def test_in_the_days_that_followed_starts_the_next_day():
    text = "On Dec. 7, 2022, Castillo tried to dissolve Congress. His supporters took to the streets in the days that followed, blocking highways in Puno."
    out = _run(text, date(2023, 1, 23))
    assert [(e.sub_type, str(e.date.start), e.place.admin1) for e in out.events if e.type == "protest"] == [("peaceful", "2022-12-08", "Puno")]


def test_en_los_dias_siguientes_empieza_al_dia_siguiente():
    text = "El 7 de diciembre de 2022, Castillo intentó disolver el Congreso. Sus seguidores bloquearon carreteras en Puno en los días siguientes."
    out = _run(text, date(2023, 1, 23), "es")
    assert [str(e.date.start) for e in out.events if e.type == "protest"] == ["2022-12-08"]


def test_more_protesters_killed_during_demonstrations_stays_an_incident():
    out = _run("Four more protesters have been killed during anti-government demonstrations and clashes in Juliaca.", date(2023, 1, 10))
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "excessive_force")]
