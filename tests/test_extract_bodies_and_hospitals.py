"""A body found, the wounded told by hospital, a region named twice across a
semicolon: each keeps the incident's own place and count."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str, published: date) -> list:
    return EX.extract("Titular\n\n" + text + "\n", published=published, lang=lang).events


def test_a_region_the_strike_clause_names_keeps_its_event_beside_a_district_detail():
    # Lima is named in the strike's clause; San Juan de Lurigancho, a district of
    # Lima, only gives a detail after the semicolon: Lima keeps its strike
    text = ("Este jueves, los transportistas de Lima y Callao acataron un paro contra la extorsión; "
            "en San Juan de Lurigancho casi no circularon combis.")
    got = sorted((e.place.admin1, e.type, e.forms[0] if e.forms else None) for e in _events(text, "es", date(2024, 10, 10)))
    assert got == [("Callao", "protest", "strike"), ("Lima", "protest", "strike")]


def test_a_region_only_the_other_clause_names_is_still_left_out():
    # Lima is named only in a clause that tells threats, not the strike
    text = "Transportistas de Huancayo y Arequipa acataron el paro; en Lima Norte denunciaron amenazas de extorsionadores."
    got = sorted(e.place.admin1 for e in _events(text, "es", date(2024, 10, 10)))
    assert got == ["Arequipa", "Junín"]


def test_a_charred_body_found_is_one_death_of_a_mob_killing():
    for text, lang in (
        ("The charred body of police officer José Luis Soncco was found on Tuesday in Juliaca, after protesters attacked his patrol car.", "en"),
        ("El cuerpo calcinado del policía fue hallado el martes en Juliaca, después de que manifestantes atacaran su patrullero.", "es"),
        ("Los restos calcinados del suboficial fueron hallados en Juliaca tras el ataque de una turba.", "es"),
    ):
        (event,) = _events(text, lang, date(2023, 1, 12))
        assert (event.type, event.sub_type, event.place.name) == ("riot", "mob_violence", "Juliaca"), text
        assert (event.fatalities.low, event.fatalities.high) == (1, 1), text


def test_the_hospital_the_wounded_were_taken_to_is_not_the_place_and_another_group_adds():
    for text, lang in (
        ("En los enfrentamientos del lunes en Juliaca, 12 heridos fueron llevados al hospital Carlos Monge Medrano "
         "y otros 8 al hospital Manuel Núñez Butrón.", "es"),
        ("In Monday's clashes in Juliaca, 12 injured people were taken to the Carlos Monge Medrano hospital "
         "and another 8 to the Manuel Núñez Butrón hospital.", "en"),
    ):
        (event,) = _events(text, lang, date(2023, 1, 10))
        assert (event.place.name, str(event.date.start)) == ("Juliaca", "2023-01-09"), text
        assert (event.injuries.low, event.injuries.high) == (20, 20), text


def test_another_group_after_a_different_toll_is_not_added():
    text = "In Monday's clashes in Juliaca, 12 people were injured and one was arrested, and another 8 were seen fleeing."
    (event,) = _events(text, "en", date(2023, 1, 10))
    assert (event.injuries.low, event.injuries.high) == (12, 12)


def test_the_wounded_counted_past_a_sentence_that_told_nothing_are_the_incidents_when_its_region_is_named():
    text = ("Lima\n\nOn Thursday, tens of thousands of protesters marched in Lima. Police fired tear gas and pellets at "
            "marchers near the Plaza San Martín. A fire destroyed an old mansion near the square. The Interior Ministry "
            "said 22 police officers and 16 civilians were injured in the capital.\n")
    got = [(e.place.admin1, e.sub_type, e.injuries.low if e.injuries else None) for e in EX.extract(text, published=date(2023, 1, 21), lang="en").events]
    assert got == [("Lima", "intervention", 38)]



def test_a_second_reported_clause_keeps_its_own_toll():
    for text, lang in (
        ("La Policía informó que más de 200 personas fueron detenidas y que decenas de agentes y manifestantes "
         "resultaron heridos en Asunción.", "es"),
        ("Police said more than 200 people were arrested and that dozens of officers and protesters were injured "
         "in Asunción.", "en"),
    ):
        (event,) = _events(text, lang, date(2017, 4, 1))
        assert (event.arrests.low, event.injuries.low if event.injuries else None) == (200, 24), text
