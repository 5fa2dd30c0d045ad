"""A general protest noun with its own day and place, in an article of unknown date or at a place
the gazetteer lacks.

"Protests erupted in Guwahati on Thursday" names protest only by its noun, which is an event when
the sentence gives its own day and place (readings.anchored). Two things kept it out: in an article
whose date is unknown (a scraped page, a dataset row with no date) "on Thursday" resolves to no
day, so it was not the sentence's own; and Guwahati, Delhi or Assam, which the gazetteer lacks,
were no place of its own. A weekday or "yesterday" the sentence writes is its own day though
unresolved, and a capitalised name after "in", "at", "across", "outside" is its own place
(not a month or weekday, nor a name the place reader already read: "in Peru")."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract

PUBLISHED = date(2023, 3, 10)


@pytest.mark.parametrize("body", [
    "Protests erupted in Guwahati on Thursday.",
    "Protests broke out across Assam on Thursday.",
    "A protest was held outside the Press Club on Thursday.",
])
def test_a_protest_noun_at_an_unknown_place_with_its_day_is_an_event(body: str) -> None:
    found = extract(body, "en", PUBLISHED).events
    assert [(e.type, e.sub_type, e.date.start) for e in found] == [("protest", "peaceful", date(2023, 3, 9))]


@pytest.mark.parametrize("body", [
    "Protests erupted in Lima on Thursday.",
    "Protests erupted in Guwahati yesterday.",
])
def test_in_an_undated_article_the_written_day_is_its_own(body: str) -> None:
    found = extract(body, "en", None).events
    assert [(e.type, e.sub_type, e.date) for e in found] == [("protest", "peaceful", None)]


@pytest.mark.parametrize("body", [
    "Protests erupted in the city on Thursday.",
    "The protests in December shook the government, the minister said on Thursday.",
])
def test_no_own_place_no_event(body: str) -> None:
    assert extract(body, "en", PUBLISHED).events == []
