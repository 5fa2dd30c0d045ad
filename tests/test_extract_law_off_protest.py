"""A law passed on a matter that has nothing to do with protest ("Congress
has passed a law that lets crimes against humanity committed before 2002 go
unpunished") came out as a state measure on the publication day. GUIDELINES
§2 counts as a state measure only a law or decree that bears on protest: the
law's own subject, told after "passed a law", must name protest, assembly,
an emergency, policing or a protest tactic ("a law that raises penalties for
blocking roads"), or the article's protesters must demand its repeal."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _measures(text: str, lang: str = "en") -> list:
    out = EX.extract(text, published=date(2024, 8, 10), lang=lang)
    return [e for e in out.events if e.sub_type == "state_measure"]


def test_a_law_on_another_matter_is_no_measure():
    text = (
        "Relatives of the dead marched in Ayacucho on Thursday. Congress, for its part, has passed "
        "a law that lets crimes against humanity committed before 2002 go unpunished."
    )
    out = EX.extract(text, published=date(2024, 8, 10), lang="en")
    assert [(e.type, e.place.admin1) for e in out.events] == [("protest", "Ayacucho")]


def test_a_law_that_punishes_blocking_roads_is_a_measure():
    text = "Farmers blocked roads in Ica on Monday. Congress passed a law that raises penalties for blocking roads."
    (measure,) = _measures(text)
    assert measure.type == "strategic_development"


def test_a_spanish_law_on_another_matter_is_no_measure():
    text = (
        "Los deudos marcharon en Ayacucho el jueves. El Congreso aprobó una ley que declara de "
        "interés nacional la producción de quinua en el altiplano."
    )
    assert _measures(text, "es") == []


def test_a_law_the_protesters_want_repealed_stays_a_measure():
    text = (
        "Transport workers went on strike in Lima on Thursday to demand the repeal of Law 32108. "
        "Law 32108, approved by Congress in August, changed the definition of organised crime in the criminal code."
    )
    (measure,) = _measures(text)
    assert measure.date.start.month == 8
