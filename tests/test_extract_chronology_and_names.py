"""A chronology's entries dated by the day that opens them; the dead named
as the subject of their verb; a force that only tells the news."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import events, one_event
from kipu.extract.segment import sentences

FEB = date(2023, 2, 3)

CHRONOLOGY = (
    "9 de enero. La jornada más letal: 17 civiles mueren en los alrededores del aeropuerto de Juliaca. "
    "Al día siguiente, un policía es quemado dentro de su patrullero."
)


def test_a_day_alone_opens_the_sentence_it_dates() -> None:
    text = "Título\n\n" + CHRONOLOGY + "\n"
    said = [text[s.span.start : s.span.end] for s in sentences(text, "es")]
    assert said[1].startswith("9 de enero. La jornada más letal")
    # a sentence that only mentions a day keeps its own break
    text = "Título\n\nEl 9 de enero. Luego vino la calma.\n"
    assert len(sentences(text, "es")) == 3


def test_a_chronology_entry_and_the_next_day_stay_two_incidents() -> None:
    found = sorted((e.date.start, e.fatalities.high if e.fatalities else None) for e in events(CHRONOLOGY, "es", FEB))
    assert found == [(date(2023, 1, 9), 17), (date(2023, 1, 10), None)]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Jan 28 - Protester Victor Santisteban dies in Lima after being struck in the head by a tear gas canister.", "en"),
        ("On Jan. 10, police officer Jose Luis Soncco was killed by a mob in Juliaca.", "en"),
        ("El 10 de enero, el policía José Luis Soncco fue asesinado por una turba en Juliaca.", "es"),
    ],
)
def test_one_named_dead_is_a_toll_of_one(body: str, lang: str) -> None:
    e = one_event(body, lang, FEB)
    assert e.fatalities is not None and e.fatalities.high == 1


def test_police_telling_a_death_at_clashes_is_no_fighting_side() -> None:
    e = one_event("Police said a man was killed by a stray bullet during the clashes in Juliaca on Monday.", "en", FEB)
    assert (e.place.name, e.date.start, e.fatalities.high) == ("Juliaca", date(2023, 1, 30), 1)


def test_an_interviews_question_places_its_answer() -> None:
    body = (
        "What happened in Juliaca on January 9?\n\n"
        "It was a massacre. People had gone towards the airport to protest. Seventeen people were killed that afternoon."
    )
    (e,) = [e for e in events(body, "en", date(2023, 12, 5)) if e.fatalities]
    assert (e.place.name, e.date.start, e.fatalities.high) == ("Juliaca", date(2023, 1, 9), 17)


def test_dozens_more_injured_are_the_last_incidents_wounded() -> None:
    body = (
        "At least 17 people were killed Monday in clashes between police and protesters who tried to take over the airport in Juliaca.\n\n"
        "The dead included a 17-year-old, and dozens more were injured, according to the regional health directorate."
    )
    (e,) = events(body, "en", date(2023, 1, 9))
    assert (e.fatalities.high, e.injuries.low) == (17, 24)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Human rights groups accuse security forces of using excessive force, including firing live ammunition at protesters.", "en"),
        ("Los organismos de derechos humanos acusan a las fuerzas del orden de disparar contra los manifestantes.", "es"),
    ],
)
def test_force_charged_with_no_day_or_place_is_no_incident(body: str, lang: str) -> None:
    assert events(body, lang, FEB) == []


def test_force_charged_on_a_day_at_a_place_is_an_incident() -> None:
    e = one_event("Residents accused police of firing on protesters in Juliaca on Monday.", "en", FEB)
    assert (e.place.name, e.state_response) == ("Juliaca", ["live_ammunition"])


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Lo vimos en 2023, cuando las marchas de aimaras y quechuas fueron recibidas con balas.", "es"),
        ("In 2023, marches by Aymara and Quechua people were met with bullets.", "en"),
    ],
)
def test_a_protest_dated_only_by_a_past_year_is_no_news(body: str, lang: str) -> None:
    assert events(body, lang, date(2024, 1, 9)) == []


def test_a_past_year_after_the_protest_dates_its_grievance() -> None:
    e = one_event("Los trabajadores de la municipalidad de Puno cumplen el lunes su tercer día de huelga para reclamar el pago acordado en 2010.", "es", date(2024, 1, 9))
    assert e.forms == ["strike"]


def test_the_dead_named_with_their_ages_are_counted_one_each() -> None:
    body = (
        "El domingo 11 de diciembre de 2022, cientos de pobladores marcharon hacia el aeródromo de Andahuaylas. "
        "La Policía disparó contra la multitud desde un helicóptero. "
        "Ese día murieron David Atequipa Quispe, de 15 años, y Beckham Romario Quispe Garfias, de 18."
    )
    (e,) = events(body, "es", date(2023, 12, 11))
    assert (e.date.start, e.fatalities.high) == (date(2022, 12, 11), 2)
    # (live rounds fired at a crowd the sentence names are force at that protest)
    assert "live_ammunition" in e.state_response



@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("In Andahuaylas, where two teenagers were killed on Sunday, crowds set fire to the police station on Monday.", "en"),
        ("En Andahuaylas, donde dos adolescentes murieron el domingo, una turba incendió la comisaría el lunes.", "es"),
    ],
)
def test_a_toll_in_a_places_aside_is_its_own_days_even_a_day_before(body: str, lang: str) -> None:
    found = sorted((e.date.start, e.type, e.fatalities.high if e.fatalities else None) for e in events(body, lang, date(2022, 12, 13)))
    assert found == [(date(2022, 12, 11), "protest", 2), (date(2022, 12, 12), "riot", None)]


def test_police_firing_as_a_counted_crowd_advanced_is_force_at_a_protest() -> None:
    body = (
        "On the afternoon of 9 January, as thousands of people tried to reach the runway, police opened fire. "
        "By nightfall, 17 civilians were dead. Most shops have reopened, and on Thursday thousands marched again through Juliaca."
    )
    found = sorted((e.date.start, e.sub_type, e.fatalities.high if e.fatalities else None) for e in events(body, "en", date(2023, 2, 11)))
    assert found[0] == (date(2023, 1, 9), "excessive_force", 17)
    # shops reopening is no state measure: the march of Thursday stands
    assert found[1][:2] == (date(2023, 2, 9), "peaceful")


def test_killings_joined_to_another_grievance_are_protested_not_done() -> None:
    body = "Drivers in Lima went on strike Wednesday to protest a wave of extortion and killings that they say the government has failed to stop."
    e = one_event(body, "en", date(2024, 10, 23))
    assert (e.sub_type, e.state_response, e.fatalities) == ("peaceful", [], None)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("In Puno, where the Aymara communities have sustained an indefinite strike since January, the day was marked by rallies in Juliaca and Ilave.", "en"),
        ("En Puno, donde las comunidades aimaras mantienen un paro indefinido desde enero, la jornada estuvo marcada por mitines en Juliaca e Ilave.", "es"),
    ],
)
def test_a_since_date_in_a_places_aside_spans_the_asides_action_not_the_days(body: str, lang: str) -> None:
    (e,) = events(body, lang, date(2023, 3, 30))
    assert (e.date.start, e.date.end) == (date(2023, 3, 30), date(2023, 3, 30)) and "rally" in e.forms


# A live blog's entries, each a line opened by a bullet and its clock time, are
# paragraphs of their own: each entry's place and force stay its own.

def test_live_blog_lines_opened_by_a_clock_time_are_paragraphs():
    body = ("• 9:40 am: Protesters have blocked the highway in the Ica region, police said.\n"
            "• 11:15 am: In Arequipa, about 2,000 people are marching toward the regional government headquarters.\n"
            "• 1:30 pm: Police fire tear gas at protesters trying to reach the airport in Juliaca.")
    assert len({s.paragraph for s in sentences(body, "en")}) == 3
    got = sorted((e.place.admin1, e.sub_type) for e in events(body, "en", date(2023, 1, 18)))
    assert got == [("Arequipa", "peaceful"), ("Ica", "peaceful"), ("Puno", "intervention")]
