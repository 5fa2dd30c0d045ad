"""Killings told with no day in an article that looks back months on.

An analysis whose lead says "Six months after the crackdown" and then "Soldiers
and police killed 49 protesters, according to the ombudsman" dated those
killings to the publication day (protest / excessive_force with 49 dead, six
months after they happened). In a look back (recalled.yaml ``retrospective`` and
``looking_back`` in the headline or lead), killings told with no day of their
own nor of their paragraph are the movement's past, not an incident we can date
(GUIDELINES §2). A deadly day told with its date stays an event."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract

PUBLISHED = date(2023, 6, 20)


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("en", "Analysis", "Six months after the crackdown, Boluarte's approval stands at 15 percent. "
                       "Soldiers and police killed 49 protesters, according to the ombudsman."),
    ("es", "Análisis", "Seis meses después de la represión, la aprobación de Boluarte es de 15%. "
                       "Militares y policías mataron a 49 manifestantes, según la Defensoría del Pueblo."),
])
def test_undated_killings_in_a_look_back_are_not_the_reports_day(lang: str, headline: str, body: str) -> None:
    assert extract(body, lang, PUBLISHED, headline).events == []


def test_a_dated_deadly_day_in_a_look_back_stays() -> None:
    body = ("Six months after the crackdown, Boluarte's approval stands at 15 percent.\n\n"
            "On January 9, police shot dead 18 protesters in Juliaca.")
    found = extract(body, "en", PUBLISHED, "Analysis").events
    assert [(e.sub_type, e.date.start, e.place.admin1, e.fatalities.low) for e in found] == [
        ("excessive_force", date(2023, 1, 9), "Puno", 18)]


def test_undated_killings_in_a_news_report_keep_its_day() -> None:
    body = "Soldiers and police killed 17 protesters in Juliaca, according to the ombudsman."
    found = extract(body, "en", PUBLISHED, "Deadly day in southern Peru").events
    assert [(e.sub_type, e.date.start) for e in found] == [("excessive_force", PUBLISHED)]


def test_an_anniversary_as_the_occasion_of_todays_killings_is_no_look_back() -> None:
    body = ("At least 52 demonstrators were killed by soldiers and more than 1,200 injured as protesters "
            "marched on the border on the 70th anniversary of the founding.")
    found = extract(body, "en", PUBLISHED, "Deadly day at the border").events
    assert [(e.sub_type, e.date.start) for e in found] == [("excessive_force", PUBLISHED)]
