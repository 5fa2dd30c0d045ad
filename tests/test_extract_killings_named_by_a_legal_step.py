"""Past killings named as the cause of a legal step, with no day of their own.

In an analysis six months on, "nobody has been charged for the killings of 49
protesters" / "nadie ha sido acusado por los asesinatos de 49 manifestantes"
made a protest / excessive_force event with 49 dead on the publication day, at
the last town named. The deaths named as what a charge, an inquiry or a trial is
for are past killings the step is about, not an incident of the report's day
(GUIDELINES §2: a date we can bound; the killings are events where the article
tells them with their day). Spanish had no passive step word ("ha sido acusado").
A riot named as a step's cause was already dropped this way (test_extract_gaps27)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events

PUBLISHED = date(2023, 6, 20)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The killings in Juliaca and Ayacucho have gone unpunished. "
           "Six months later, nobody has been charged for the killings of 49 protesters."),
    ("es", "Las muertes de Juliaca y Ayacucho siguen impunes. "
           "Seis meses después, nadie ha sido acusado por los asesinatos de 49 manifestantes."),
])
def test_killings_a_charge_is_for_are_no_event_of_the_report(lang: str, body: str) -> None:
    assert events(body, lang, PUBLISHED) == []


def test_the_killings_told_with_their_day_stay_that_days() -> None:
    body = ("On January 9, police shot dead 18 protesters in Juliaca. "
            "Six months later, nobody has been charged for the killings.")
    found = events(body, "en", PUBLISHED)
    assert [(e.sub_type, e.date.start, e.fatalities.low if e.fatalities else None) for e in found] == [
        ("excessive_force", date(2023, 1, 9), 18)]
