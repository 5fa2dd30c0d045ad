"""English phrasings found by a fifteenth probe of self-written stories in
styles not probed before (a live page told newest first, a UN briefing note, a
regional outlet on a strike, a podcast transcript, a newsletter digest across
countries, a long read with flashbacks, a numbered explainer): a counted day
that the written date right after it restates ("The next day, 14 November"), a
day of the month spelled out as said aloud ("the fifteenth of December"), a
country of another item named after a Peruvian place ("In Bolivia, ..."), and
a toll since a day told with no place of its own ("seven people have died in
clashes since Sunday"), which is a running total, not one more incident."""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date):
    return EX.extract(text, published=published, lang="en")


def _days(text: str, published: date) -> list[tuple[str, date]]:
    return [(text[m.span.start : m.span.end], m.range.start) for m in date_finder.find_dates(text, "en", published)]


# A counted day restated by its written date: the written date wins (GUIDELINES §2 date).

def test_next_day_restated_by_its_date_after_a_flashback_is_that_date():
    text = (
        "Drivers stopped work again on 13 November.\n\n"
        "The first stoppage, on 2 October, emptied the avenues; on 19 October a march reached the square.\n\n"
        "The next day, 14 November, students marched from their campus in Lima to the square without incident.\n"
    )
    out = _run(text, date(2024, 11, 22))
    starts = sorted(str(e.date.start) for e in out.events if e.date)
    assert "2024-10-20" not in starts
    assert "2024-11-14" in starts


def test_next_day_that_agrees_with_its_date_is_unchanged():
    text = "Police broke up a sit-in in Cusco on 3 May. The following day, 4 May, hundreds marched in Cusco again."
    got = dict(_days(text, date(2024, 5, 10)))
    assert got.get("4 May") == date(2024, 5, 4)
    out = _run(text, date(2024, 5, 10))
    assert {str(e.date.start) for e in out.events if e.date} == {"2024-05-03", "2024-05-04"}


def test_next_day_alone_still_counts_from_the_day_told():
    got = _days("Farmers blocked the bridge on 8 March. The next day, police cleared it.", date(2024, 3, 15))
    assert ("The next day", date(2024, 3, 9)) in got


# A day of the month spelled out, as in a transcript.

def test_spelled_day_of_the_month_is_a_date():
    pub = date(2023, 4, 20)
    assert ("twentieth of February", date(2023, 2, 20)) in _days("Go back to the twentieth of February, please.", pub)
    assert ("February twenty-first", date(2023, 2, 21)) in _days("It began on February twenty-first.", pub)


def test_ordinal_word_without_a_month_is_no_date():
    assert _days("The first of the marchers reached the square; the second group waited.", date(2023, 4, 20)) == []


def test_transcript_incident_on_a_spelled_day_gets_that_day():
    text = (
        "Transcript: episode 7\n\n"
        "HOST: My guest covered the protests. Take us back to the ninth of January.\n\n"
        "GUEST: In the morning thousands of people marched to the airport in Juliaca. "
        "By night police had shot dead seventeen people.\n"
    )
    out = _run(text, date(2023, 4, 20))
    deadly = [e for e in out.events if e.fatalities is not None]
    assert deadly and all(str(e.date.start) == "2023-01-09" for e in deadly)


# A country named after a locative word, or heading a digest's item, is the item's place.

def test_digest_item_in_another_country_is_not_the_peruvian_place_told_before():
    text = (
        "The week in the Andes\n\n"
        "PERU — In Arequipa, several hundred farmers marched on Friday against the mining project.\n\n"
        "In Ecuador, taxi drivers blocked avenues on Thursday over fuel prices.\n\n"
        "CHILE — Students marched on Tuesday to demand free tuition.\n"
    )
    out = _run(text, date(2024, 5, 6))
    by_country = {(e.place.country, e.place.admin1) for e in out.events if e.place}
    assert ("PE", "Arequipa") in by_country
    assert ("EC", None) in by_country
    assert ("CL", None) in by_country


def test_a_foreign_backer_does_not_move_the_story():
    text = (
        "Protests grow in Puno as toll rises\n\n"
        "Police fired on protesters in Juliaca on Monday.\n\n"
        "The crackdown, praised by Washington, killed at least nine demonstrators that day.\n"
    )
    out = _run(text, date(2023, 1, 11))
    assert out.events and all(e.place is not None and e.place.country == "PE" for e in out.events)


# A toll since a day with no place of its own is a tally only (GUIDELINES §3).

def test_toll_since_a_day_with_no_place_is_a_tally_not_an_event():
    text = "Summary\n\n- At least five people have died in clashes in the north since Friday, officials say\n"
    out = _run(text, date(2023, 3, 6))
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 5)]
    assert not out.events


def test_toll_since_a_day_with_its_own_town_keeps_the_incident():
    text = "Five people have died in clashes in Juliaca since Friday, the health office said."
    out = _run(text, date(2023, 3, 6))
    assert any(e.place is not None and e.place.admin1 == "Puno" for e in out.events)


# "tried to occupy the <site>": a crowd at the site, with no occupation form (it never held it).

def test_a_crowd_that_tried_to_occupy_a_site_is_a_protest_without_occupation():
    out = _run("On Saturday, about 800 people tried to occupy the airstrip in Andahuaylas.", date(2023, 1, 16))
    assert [(e.type, e.place.admin1) for e in out.events] == [("protest", "Apurímac")]
    assert "occupation" not in out.events[0].forms


def test_a_plan_to_occupy_the_square_is_no_event():
    assert not _run("Miners plan to occupy the square in Puno on Friday.", date(2023, 1, 16)).events
