"""Known gaps closed by the gaps18 probe: a list of regions' counts of one
measure ("20 in Lima, 15 in Cusco and 4 in Puno") gave no region its count, or
one nationwide arrests event; a part of the shot said to have died ("three of
them fatally") was left out, leaving all the shot as wounded."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
JAN21 = date(2023, 1, 21)


def _events(text: str, lang: str, published: date) -> list:
    return EX.extract(text, published=published, lang=lang).events


def _value(count) -> int | None:
    return None if count is None else count.low


# --- GUIDELINES §2: the same kind of action in several named regions is one event per region,
# each with its own count ---

@pytest.mark.parametrize(
    "text,lang,typing",
    [
        ("Police detained 20 people in Lima, 15 in Cusco and 4 in Puno on Thursday.", "en", ("strategic_development", "arrests")),
        ("La Policía detuvo a 20 personas en Lima, 15 en Cusco y 4 en Puno el jueves.", "es", ("strategic_development", "arrests")),
        ("Police detained 20 people in Lima, 15 in Cusco and 4 in Puno on Thursday during the protests.", "en", ("protest", "intervention")),
        ("La Policía detuvo a 20 personas en Lima, 15 en Cusco y 4 en Puno durante las protestas del jueves.", "es", ("protest", "intervention")),
    ],
)
def test_each_region_of_a_list_has_its_own_arrests(text: str, lang: str, typing: tuple[str, str]) -> None:
    events = _events(text, lang, JAN21)
    got = sorted((e.place.admin1, _value(e.arrests), e.type, e.sub_type, e.date.start) for e in events)
    assert got == [
        ("Cusco", 15, *typing, date(2023, 1, 19)),
        ("Lima", 20, *typing, date(2023, 1, 19)),
        ("Puno", 4, *typing, date(2023, 1, 19)),
    ]


def test_each_region_of_a_list_has_its_own_dead() -> None:
    # GUIDELINES §2: one event per region
    text = "El sábado murieron seis personas en Ayacucho, dos en Apurímac y tres en Junín durante los enfrentamientos con la Policía."
    events = _events(text, "es", date(2022, 12, 20))
    assert sorted((e.place.admin1, _value(e.fatalities)) for e in events) == [("Apurímac", 2), ("Ayacucho", 6), ("Junín", 3)]


# --- GUIDELINES §2 counts: the dead among the shot are the dead; the rest are the wounded ---

@pytest.mark.parametrize(
    "text,lang,dead,hurt",
    [
        ("Protesters tried to take the Juliaca airport on Monday and police responded with gunfire. "
         "Ten civilians were shot near the airport, three of them fatally.", "en", 3, 7),
        ("Los manifestantes intentaron tomar el aeropuerto de Juliaca el lunes y la Policía respondió con disparos. "
         "Diez civiles fueron baleados cerca del aeropuerto, tres de ellos murieron.", "es", 3, 7),
        ("Police opened fire on a march in Ayacucho on Monday. Eight people were hit by bullets, two of whom died.", "en", 2, 6),
        ("La Policía disparó contra una marcha en Ayacucho el lunes. Ocho personas resultaron heridas de bala, dos de las cuales fallecieron.", "es", 2, 6),
    ],
)
def test_the_part_that_died_of_the_shot(text: str, lang: str, dead: int, hurt: int) -> None:
    events = _events(text, lang, date(2023, 1, 11))
    assert [(e.type, e.sub_type, _value(e.fatalities), _value(e.injuries)) for e in events] == [("protest", "excessive_force", dead, hurt)]
    assert events[0].date.start == date(2023, 1, 9)
