"""The wounded counted in a sentence of their own, after the incident that wounded them."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract import dates as date_finder
from kipu.extract import numbers as number_finder
from kipu.extract.context import ArticleContext
from kipu.extract.counts import counts_in
from kipu.extract.document import AnalysedDocument
from kipu.extract.lexicon import Lexicon
from kipu.extract.pipeline import Extractor

EX = Extractor()


def injuries(text: str, lang: str) -> list[int | None]:
    out = EX.extract(text, published=date(2022, 12, 12), lang=lang)
    return [e.injuries.low if e.injuries else None for e in out.events]


#: A deadly clash the next sentence's wounded belong to.
LEDE = {
    "es": "Dos comuneros murieron el domingo en Andahuaylas cuando la policía disparó contra los manifestantes.",
    "en": "Two farmers were killed on Sunday in Andahuaylas when police fired on protesters.",
}


@pytest.mark.parametrize(
    "follow,lang,wounded",
    [
        ("Decenas de heridos siguen internados en el hospital regional, según la dirección de salud.", "es", 24),
        ("El hospital provincial atendió a decenas de heridos, entre ellos varios agentes policiales.", "es", 24),
        ("Hospitals in the province reported dozens of wounded, several with gunshot injuries.", "en", 24),
        # "treated for wounds" counts the wounded
        ("Otras dieciséis personas fueron atendidas por heridas de perdigones.", "es", 16),
        ("Sixteen other people were treated for injuries at the local clinic.", "en", 16),
    ],
)
def test_wounded_in_their_own_sentence_are_the_clash_s(follow, lang, wounded):
    assert injuries(f"Titular\n\n{LEDE[lang]} {follow}\n", lang) == [wounded]


@pytest.mark.parametrize(
    "text",
    [
        # a peaceful march: the wounded are not told of it
        "Titular\n\nMiles de docentes marcharon el lunes en Cusco. Decenas de heridos siguen internados.\n",
        # forces named as who wounded them: another incident
        "Titular\n\nDos comuneros murieron el domingo en Andahuaylas cuando la policía disparó contra los "
        "manifestantes. Hubo además dos heridos de gravedad durante un patrullaje militar nocturno.\n",
        # a running total keeps its tally cue
        "Titular\n\nDos comuneros murieron el domingo en Andahuaylas cuando la policía disparó contra los "
        "manifestantes. Desde el inicio de las protestas suman más de 500 heridos en el país.\n",
    ],
)
def test_other_wounded_stay_apart(text):
    assert all(v is None for v in injuries(text, "es"))


def counts(sentence: str, lang: str) -> dict[str, int]:
    text = f"Titular\n\n{sentence}\n"
    doc = AnalysedDocument.build(
        text, lang, date(2023, 1, 10), Lexicon.for_lang(lang),
        dates=date_finder.find_dates(text, lang, date(2023, 1, 10)),
        quantities=lambda spans: number_finder.find_quantities(text, lang, within=spans),
        places=ArticleContext.place_hits(text),
    )
    return {c.measure: c.figure.low for v in doc.sentences for c in counts_in(v)}


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        # the number closes the first verb's clause: "killed two | and injured 30"
        ("Police killed two and injured 30 protesters on Monday in Juliaca.", "en", {"fatalities": 2, "injuries": 30}),
        # a number in words between a crowd and the dead takes the death word itself
        # (the relatives, a crowd noun of their own, are the participants)
        ("Cientos de familiares de las diez personas que murieron recorrieron Huamanga.", "es", {"participants": 200, "fatalities": 10}),
    ],
)
def test_each_number_keeps_its_own_measure(sentence, lang, expected):
    assert counts(sentence, lang) == expected


def test_police_clearing_a_blockade_is_an_intervention():
    text = "Headline\n\nPolice and soldiers on Saturday cleared a blockade that farmers had kept for weeks near Ilave.\n"
    [event] = EX.extract(text, published=date(2023, 1, 29), lang="en").events
    assert (event.sub_type, event.state_response) == ("intervention", ["dispersal"])


def test_more_wounded_on_a_later_day_are_not_the_first_days_victims():
    text = ("In Huanta, farmers marched to the square on 3 March and police killed one of them. "
            "On 5 March, police again opened fire near the bridge and four more people were wounded.")
    events = Extractor().extract(text, published=date(2024, 3, 20), lang="en").events
    first = [e for e in events if e.date and e.date.start == date(2024, 3, 3)]
    assert first and first[0].injuries is None


def _typed(text: str, lang: str) -> list[tuple]:
    out = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 17), lang=lang)
    return [(e.type, e.sub_type, e.place.admin1 if e.place else None, e.fatalities.low if e.fatalities else None, e.injuries.low if e.injuries else None) for e in out.events]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El estudiante recibió un perdigón en el ojo durante la marcha en Lima este lunes.", "es"),
        ("A student lost an eye after being hit by a pellet during the march in Lima on Monday.", "en"),
    ],
)
def test_an_eye_lost_to_a_pellet_is_a_serious_injury(text, lang):
    assert _typed(text, lang) == [("protest", "excessive_force", "Lima", None, None)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dos policías resultaron heridos de gravedad por pedradas durante el desalojo del puente en Ilave este lunes.", "es"),
        ("Two police officers were seriously injured by rocks when officers cleared the bridge in Ilave on Monday.", "en"),
    ],
)
def test_police_hurt_by_stones_is_a_riot(text, lang):
    assert _typed(text, lang) == [("riot", "violent_demonstration", "Puno", None, 2)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un manifestante herido el 9 de enero en Juliaca falleció este lunes en un hospital de Arequipa.", "es"),
        ("A protester wounded on January 9 in Juliaca died in hospital in Arequipa on Monday.", "en"),
    ],
)
def test_the_hospital_where_a_wounded_protester_died_is_not_the_incidents_place(text, lang):
    assert [t[2] for t in _typed(text, lang)] == ["Puno"]
