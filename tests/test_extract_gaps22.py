"""Probe gaps22: protesters killed at their own action by someone who is not
the state, and (see the other tests) counts told of a movement or an incident.

The probe found that "two teachers who were taking part in a roadblock were
shot dead by a man" kept the roadblock but deleted its toll (the killer was no
policeman, so the dead were read as a killing beside the protest), and that
"por sicarios" made the killings the protest's grievance.
"""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def events(text: str, lang: str, published: date = date(2023, 1, 12)):
    return EX.extract(text, published=published, lang=lang).events


# GUIDELINES §2: one incident is one event; people killed while taking part in
# the roadblock were killed in the crowd (not "a person not in a crowd"), so the
# dead are the roadblock's toll and lethal force against protesters is excessive_force.
@pytest.mark.parametrize(
    "text,lang",
    [
        ("Two teachers who were taking part in a roadblock in Chota were shot dead by a man on Tuesday.", "en"),
        ("Two farmers taking part in a roadblock in Chota were shot dead by gunmen on Tuesday.", "en"),
        ("Dos educadores que participaban en un cierre de calle en Chota fueron asesinados por un hombre el martes.", "es"),
        ("Dos maestros que participaban en un cierre de calle en Chota fueron asesinados por sicarios el martes.", "es"),
        ("Dos campesinos murieron baleados por sicarios mientras participaban en el bloqueo de la vía en Chota el martes.", "es"),
    ],
)
def test_protesters_killed_by_a_civilian_are_the_roadblocks_toll(text, lang):
    (e,) = events(text, lang)
    assert (e.type, e.sub_type, e.forms) == ("protest", "excessive_force", ["roadblock"])
    assert (e.place.admin1, str(e.date.start)) == ("Cajamarca", "2023-01-10")
    assert (e.fatalities.low, e.fatalities.qualifier) == (2, "exact")


# GUIDELINES §2 place: a toll told of "the protests" (the movement) with no town
# of its own is the country's (admin1 null), not the city the wire was filed from.
@pytest.mark.parametrize(
    "text,lang",
    [
        ("CARACAS, Venezuela — Rights group Foro Penal said 11 people died in the protests on Monday and Tuesday.", "en"),
        ("CARACAS — La ONG Foro Penal informó que murieron 11 personas en las protestas del lunes y el martes.", "es"),
        ("CARACAS — Las fuerzas de seguridad reprimieron las manifestaciones contra el resultado electoral.\n"
         "La ONG Foro Penal informó que murieron 11 personas en las protestas del lunes y el martes.", "es"),
    ],
)
def test_movement_toll_with_no_town_is_the_countrys(text, lang):
    dead = [e for e in events(text, lang, date(2024, 7, 31)) if e.fatalities]
    assert [(e.place.country, e.place.admin1, e.fatalities.low, str(e.date.start)) for e in dead] == [("VE", None, 11, "2024-07-29")]
    # GUIDELINES §2 date: "on Monday and Tuesday" (days joined by a conjunction alone) is the whole extent
    assert str(dead[0].date.end) == "2024-07-30"


# The same toll right after an incident of its paragraph is that incident's (GUIDELINES §2: one incident, one event).
def test_movement_word_after_an_incident_keeps_its_town():
    text = "JULIACA — La policía disparó contra los manifestantes en el aeropuerto el lunes. Diecisiete personas murieron en las protestas ese día."
    dead = [e for e in events(text, "es", date(2023, 1, 10)) if e.fatalities]
    assert [(e.place.admin1, e.fatalities.low) for e in dead] == [("Puno", 17)]


# GUIDELINES §2: police gunfire with no target of its own, in a protest article,
# is lethal force at the protest, even in a paragraph (a photo caption) that
# names no protest; the deaths "there that afternoon" after it are its toll.
def test_caption_gunfire_in_a_protest_article_is_excessive_force():
    text = (
        "AYACUCHO, Peru — Thousands marched in Ayacucho on Thursday to demand the resignation of President Dina Boluarte.\n"
        "Residents carry a wounded young man away from the airport perimeter after police opened fire. Two teenagers died there that afternoon."
    )
    (e,) = events(text, "en", date(2022, 12, 16))
    assert (e.type, e.sub_type, e.place.admin1, str(e.date.start)) == ("protest", "excessive_force", "Ayacucho", "2022-12-15")
    assert e.fatalities.low == 2


def test_caption_gunfire_in_a_protest_article_es():
    text = (
        "AYACUCHO — Miles de personas marcharon en Ayacucho el jueves para exigir la renuncia de la presidenta Dina Boluarte.\n"
        "Vecinos cargan a un joven herido lejos del perímetro del aeropuerto después de que la policía abrió fuego. Dos adolescentes murieron allí esa tarde."
    )
    (e,) = events(text, "es", date(2022, 12, 16))
    assert (e.type, e.sub_type, e.place.admin1, str(e.date.start)) == ("protest", "excessive_force", "Ayacucho", "2022-12-15")
    assert e.fatalities.low == 2


# GUIDELINES §2: "a police officer killed by a crowd" is riot/mob_violence, also
# when the officer is named by his rank after the verb; the part of a total
# told after it ("Of the 47 dead, one was a police officer") stays a tally.
@pytest.mark.parametrize(
    "text,lang,dead",
    [
        ("JULIACA, Peru — On the night of Jan. 9, a crowd in Juliaca attacked a police patrol car, killing officer José Luis Soncco "
         # (one dead since stop 27: the officer named after "killing" counts, as "mató al suboficial" does)
         "and burning his body inside it. Of the 47 dead, one was a police officer.", "en", 1),
        ("JULIACA — La noche del 9 de enero, una turba en Juliaca atacó un patrullero y mató al suboficial José Luis Soncco, "
         "cuyo cuerpo fue quemado. De los 47 muertos, uno era policía.", "es", 1),
    ],
)
def test_crowd_killing_a_named_officer_is_mob_violence(text, lang, dead):
    out = EX.extract(text, published=date(2023, 1, 10), lang=lang)
    (e,) = out.events
    assert (e.type, e.sub_type, e.place.admin1, str(e.date.start)) == ("riot", "mob_violence", "Puno", "2023-01-09")
    assert (e.fatalities.low if e.fatalities else None) == dead
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 47)]


# GUIDELINES §2 actors: kin named only as who tells it ("Families of the dead say
# soldiers fired ...") took no part; the gunfire is at the protest the article tells.
def test_kin_who_say_it_are_no_actors():
    text = (
        "Protesters tried to take the airport in Ayacucho on December 15.\n\n"
        "Families of the dead say soldiers fired live rounds at people who were unarmed."
    )
    (e,) = events(text, "en", date(2022, 12, 22))
    assert (e.type, e.sub_type, e.place.admin1) == ("protest", "excessive_force", "Ayacucho")
    assert "relatives_of_victims" not in e.actors and "military" in e.opponents


# GUIDELINES §2 state_response lists the state's force: a man who kills
# ("asesinados por un hombre", as "by a man") is no state killing.
def test_killing_by_a_man_is_no_state_response():
    (e,) = events("Dos educadores que participaban en un cierre de calle en Chota fueron asesinados por un hombre el martes.", "es")
    assert e.state_response == [] and e.fatalities.low == 2
