"""English phrasings found by a ninth probe of self-written wire stories
(Reuters, AP, AFP, Al Jazeera) on the Andahuaylas and Ayacucho killings, the
southern airport seizures, the Toma de Lima, the San Marcos raid, the Ilave
drownings and the Lima transport strikes: a present-tense headline dated by
publication instead of by its lead (so it joined a later incident and carried
the lead's dead there), a crowd word and a casualty phrase sharing "people"
("two young people were killed" read as a crowd of two), a headline's "drown",
a strike "called" with "an", the toll of "a day after two people were killed"
given to the incident of the day after, and one named victim's wound beating
"dozens injured"."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date = date(2022, 12, 12)):
    return EX.extract(text, published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# A wire headline restates its lead: it takes the lead's day, not publication's.

HEADLINE_ARTICLE = (
    "Three farmers killed as protesters clash with police in Abancay\n\n"
    "ABANCAY, Peru, Dec 12 (Reuters) - Three farmers were shot dead on Saturday when police confronted "
    "protesters who had blocked a bridge outside Abancay, hospital officials said.\n\n"
    "On Monday, demonstrators blocked the roads into Abancay again and markets stayed closed.\n"
)


def test_a_headline_takes_the_day_of_its_lead():
    out = _run(HEADLINE_ARTICLE)
    deadly = [e for e in out.events if _count(e.fatalities) == 3]
    assert len(deadly) == 1
    assert deadly[0].date.start == date(2022, 12, 10)


def test_the_lead_dead_do_not_move_to_a_later_blockade():
    out = _run(HEADLINE_ARTICLE)
    monday = [e for e in out.events if e.date is not None and e.date.start == date(2022, 12, 12)]
    assert monday and all(e.fatalities is None for e in monday)


def test_a_headline_of_today_stays_today():
    text = (
        "Protesters block highway in Puno\n\n"
        "PUNO, Peru, Dec 12 (Reuters) - Hundreds of farmers blocked the main highway near Juliaca on Monday.\n"
    )
    out = _run(text)
    assert [e.date.start for e in out.events] == [date(2022, 12, 12)]


# "young people" (a crowd word) and "people were killed" (a casualty phrase) overlap.

def test_young_people_killed_are_dead_not_a_crowd():
    out = _run("Headline\n\nTwo young people were killed on Sunday when police fired on protesters in Ayacucho.\n")
    assert [_count(e.fatalities) for e in out.events] == [2]
    assert all(e.participants is None for e in out.events)


def test_a_headline_drown_is_a_death():
    out = _run("Five soldiers drown fleeing protesters in Puno\n\nBody text about the region follows here.\n", date(2023, 3, 6))
    assert any(_count(e.fatalities) == 5 for e in out.events)
    assert all(_count(e.participants) != 5 for e in out.events)


# A strike "called" with "an" is still a call.

def test_a_called_indefinite_strike_is_a_plan():
    out = _run("Headline\n\nThe farmers' federation of Cusco has called an indefinite strike.\n")
    assert out.events == []


# "a day after two people were killed there": that toll is the day before's.

def test_a_toll_after_a_day_after_belongs_to_the_earlier_day():
    out = _run("Headline\n\nIn Ilave, demonstrators burned the courthouse on Thursday a day after three people were killed there.\n", date(2023, 1, 20))
    assert out.events and all(e.fatalities is None for e in out.events)


def test_a_comma_closes_the_day_after_clause():
    out = _run("Headline\n\nA day after the march in Ilave, three protesters were killed by police on Thursday.\n", date(2023, 1, 20))
    assert any(_count(e.fatalities) == 3 for e in out.events)


# One named victim is one of a toll told as a size.

def test_one_named_victim_does_not_replace_dozens_injured():
    text = (
        "Headline\n\n"
        "At least five people were killed and dozens injured in Huamanga on Thursday when soldiers fired on protesters.\n\n"
        "Hundreds of people marched to the main square on Thursday morning. Witnesses said troops fired tear gas and then live rounds.\n\n"
        "\"They shot at us,\" said Mario Quispe, a farmer whose nephew was wounded in the leg.\n"
    )
    out = _run(text, date(2022, 12, 16))
    hit = [e for e in out.events if _count(e.fatalities) == 5]
    assert hit and _count(hit[0].injuries) == 24


# Once the headline goes to the lead's day, a follow-on sentence with neither day nor place
# ("The march was largely peaceful.") still belongs to the lead, not to the publication day.

def test_a_follow_on_sentence_stays_with_the_lead():
    text = (
        "Thousands march in Arequipa\n\n"
        "AREQUIPA, Peru, Dec 13 (AP) - Thousands of people marched through Arequipa on Monday to demand new elections.\n\n"
        "The march was largely peaceful. On Tuesday, the regional governor asked his cabinet to resign.\n"
    )
    out = _run(text, date(2022, 12, 13))
    assert [e.date.start for e in out.events if e.type == "protest"] == [date(2022, 12, 12)]


# Wire style puts a title before the detainee's name: "the release of ousted President ...".

def test_release_of_a_titled_former_president_is_a_release_demand():
    out = _run("Headline\n\nThousands marched in Cusco on Sunday demanding the release of ousted President Pedro Castillo.\n")
    assert out.events and "release_detainee" in out.events[0].demands
