"""State gunfire with no target named, in a paragraph of its own of a protest story, is an event.

"Soldados dispararon en Ayacucho el 15 de diciembre" gave an event only in the paragraph that
told the protests: in a paragraph of its own the sentence, with no protest word, was not read at
all. Gunfire by police or soldiers at no one named is fired on a crowd in a story of protests
(classify.state_fire_at_no_one_named; GUIDELINES §2: live ammunition is excessive force), in
either language and wherever its paragraph falls.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 16), lang=lang)
    return [(e.type, e.sub_type, str(e.date.start), e.place.admin1, list(e.state_response)) for e in r.events]


def test_soldiers_fired_in_ayacucho() -> None:
    text = (
        "Las protestas tras la destitución de Pedro Castillo son las más letales en décadas.\n\n"
        "El 15 de diciembre, soldados dispararon en Ayacucho, según la Defensoría del Pueblo."
    )
    assert _events(text, "es") == [("protest", "excessive_force", "2022-12-15", "Ayacucho", ["live_ammunition"])]


def test_police_fired_live_rounds_in_a_paragraph_of_its_own() -> None:
    text = (
        "The protests that followed the ouster of Pedro Castillo have been the deadliest in decades.\n\n"
        "Police fired live rounds in Ayacucho on 15 December, the ombudsman said."
    )
    assert _events(text, "en") == [("protest", "excessive_force", "2022-12-15", "Ayacucho", ["live_ammunition"])]


def test_gunfire_at_a_named_target_stays_no_protest() -> None:
    text = "Las protestas dejaron 50 muertos desde diciembre.\n\nLa policía disparó contra un asaltante en Ayacucho el viernes."
    assert _events(text, "es") == []
