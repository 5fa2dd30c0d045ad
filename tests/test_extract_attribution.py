"""The source a count is attributed to, as the sentence names it."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _sources(text: str, lang: str) -> list[tuple[int, str | None]]:
    out = EX.extract("Protestas\n\n" + text + "\n", published=date(2023, 1, 20), lang=lang)
    figures = [f for e in out.events for f in (e.fatalities, e.injuries, e.arrests) if f is not None]
    return [(f.low, f.attributed_to) for f in figures] + [(t.value, t.attributed_to) for t in out.tallies]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Más de un centenar de manifestantes fueron detenidos el sábado en Lima, de acuerdo con la Policía.", "es", [(100, "Policía")]),
    ("Un manifestante murió el martes en Juliaca, informó el miércoles la Defensoría del Pueblo.", "es", [(1, "Defensoría del Pueblo")]),
    ("Dos personas murieron el lunes en Arequipa, según informó la Región Policial Arequipa.", "es", [(2, "Región Policial Arequipa")]),
    ("Police said on Wednesday they had arrested 12 people during Tuesday's protests in Cusco.", "en", [(12, "Police")]),
    ("Between 15 and 20 protesters were arrested in Cusco on Monday, according to the ombudsman.", "en", [(15, "ombudsman")]),
    ("The death toll from the protests has risen to 46, the ombudsman's office said on Tuesday.", "en", [(46, "ombudsman's office")]),
])
def test_the_source_named_in_the_sentence(text, lang, want):
    assert _sources(text, lang) == want


def test_a_pronoun_names_no_source_and_the_object_of_a_verb_is_none():
    assert _sources("He said 30 protesters were arrested in Puno on Monday.", "en") == [(30, None)]
    # "confirmó la muerte de un hombre": the subject before the verb, not its object after it
    text = "La Policía confirmó la muerte de un hombre el lunes en Juliaca durante las protestas."
    assert _sources(text, "es") == [(1, "Policía")]
