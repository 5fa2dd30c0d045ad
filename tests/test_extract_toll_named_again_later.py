"""A live blog of the 19 January 2023 march in Lima told, after entries on
Arequipa, "21:00 — La Defensoría del Pueblo informa de 22 civiles heridos y 16
policías heridos en Lima": the count had no incident word and no day of its own,
so it was nobody's (the rule that gives a count naming an incident's day and
region again needed a day written in the sentence, and one sentence only telling
that incident). The day a sentence inherits names the incident's day as well,
and several sentences of one day and region tell one incident
(kipu.extract.last_incident.incident_named_again)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events

PUBLISHED = date(2023, 1, 19)

BLOG = (
    "12:40 — Miles de manifestantes marchan en el centro de Lima y piden el cierre del Congreso.\n\n"
    "15:20 — La Policía lanza gases lacrimógenos contra los manifestantes en el jirón Lampa, en Lima.\n\n"
    "18:30 — En Arequipa, un grupo intenta tomar el aeropuerto y la Policía lo repele. Un manifestante muere por un disparo.\n\n"
    "21:00 — La Defensoría del Pueblo informa de 22 civiles heridos y 16 policías heridos en Lima."
)


def _by_region() -> dict[str | None, tuple[int | None, int | None]]:
    return {
        e.place.admin1 if e.place else None: (e.injuries.low if e.injuries else None, e.fatalities.low if e.fatalities else None)
        for e in events(BLOG, "es", PUBLISHED)
    }


def test_a_later_entrys_wounded_count_the_regions_incident() -> None:
    assert _by_region()["Lima"] == (38, None)


def test_the_other_regions_incident_keeps_its_own_toll() -> None:
    assert _by_region()["Arequipa"] == (None, 1)
