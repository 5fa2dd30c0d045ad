"""Force told in passing of another day with its toll in the clause right after that
day ("permanece cerrado tras los enfrentamientos del domingo, en los que murieron dos
jóvenes") is that day's incident, dead and all (GUIDELINES §2), not a phase of the
strike the sentence tells: the strike stays peaceful over its run, the Sunday clash is
an event of its own with its two dead."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_sunday_clash_and_the_strike() -> None:
    body = (
        "El paro indefinido en Andahuaylas cumplió este lunes su tercer día. Los pobladores mantienen bloqueados los accesos "
        "a la ciudad y el aeropuerto permanece cerrado tras los enfrentamientos del domingo, en los que murieron dos jóvenes."
    )
    rows = [(e.type, e.sub_type, e.date.start, e.date.end, e.place.admin1, e.fatalities and e.fatalities.value) for e in events(body, "es", date(2022, 12, 12))]
    assert rows == [
        ("protest", "peaceful", date(2022, 12, 10), date(2022, 12, 12), "Apurímac", None),
        ("protest", "excessive_force", date(2022, 12, 11), date(2022, 12, 11), "Apurímac", 2),
    ]


def test_a_toll_of_the_sentences_own_day_stays_its_news() -> None:
    body = "Tras los enfrentamientos del domingo, el lunes murieron dos jóvenes en Andahuaylas durante un nuevo bloqueo."
    rows = [(e.date.start, e.fatalities and e.fatalities.value) for e in events(body, "es", date(2022, 12, 13))]
    assert (date(2022, 12, 12), 2) in rows
