"""Deaths told with no figure, on a day and at a place, in a protest article.

"Los primeros muertos se registraron en Andahuaylas el 11 de diciembre" and
"The first deaths came in Andahuaylas on December 11" gave nothing: with no
protest or force word and no figure, the sentence typed as no event, and in
English "the first deaths" was even counted as one death (the ordinal's "one"
is for a singular noun: "the third death"). In an article about protests, deaths
told as happening on a day and at a place the sentence names are that day's
lethal force at the protests (GUIDELINES §2: protest / excessive_force); the
toll stays unknown. Deaths only named ("an inquiry over the deaths in Juliaca")
are no incident of that day."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Las protestas contra el gobierno de Dina Boluarte comenzaron el 7 de diciembre. "
           "Los primeros muertos se registraron en Andahuaylas el 11 de diciembre."),
    ("es", "Las protestas contra el gobierno de Dina Boluarte comenzaron el 7 de diciembre. "
           "Las primeras muertes ocurrieron en Andahuaylas el 11 de diciembre."),
    ("en", "Protests against Dina Boluarte's government began on December 7. "
           "The first deaths came in Andahuaylas on December 11."),
])
def test_deaths_told_on_a_day_at_a_place_are_an_event(lang: str, body: str) -> None:
    (event,) = events(body, lang, PUBLISHED)
    assert (event.type, event.sub_type) == ("protest", "excessive_force")
    assert (event.place.name, event.place.admin1) == ("Andahuaylas", "Apurímac")
    assert (event.date.start, event.date.end) == (date(2022, 12, 11), date(2022, 12, 11))
    assert event.fatalities is None  # "the first deaths" counts no one


def test_deaths_only_named_in_an_inquiry_are_no_event() -> None:
    body = ("Protests against Dina Boluarte's government began on December 7. "
            "On Tuesday, prosecutors opened an investigation into the president over the deaths in Juliaca.")
    assert [e for e in events(body, "en", PUBLISHED) if e.sub_type == "excessive_force"] == []


def test_deaths_outside_a_protest_article_stay_unread() -> None:
    body = "Los primeros muertos por el friaje se registraron en Puno el 11 de diciembre."
    assert events(body, "es", PUBLISHED) == []
