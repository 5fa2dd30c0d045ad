"""Serious injuries told in the sentence after the force used.

"[... fueron repelidos por la Policía con perdigones.] Al menos una veintena
de personas resultaron heridas, entre ellas dos de gravedad": the wounded were
added to the protest, but it stayed an intervention, though serious injuries
against protesters are excessive force (GUIDELINES §2) when told in one
sentence. Officers hurt seriously are not the crowd's injuries and change
nothing. English "two of them seriously" was no severity cue at all."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Cientos de pobladores bloquearon ayer el puente Añashuayco, en Arequipa, y fueron repelidos por la Policía con perdigones. "
            "Al menos una veintena de personas resultaron heridas, entre ellas dos de gravedad.",
            "es",
        ),
        (
            "Hundreds of residents blocked the Añashuayco bridge in Arequipa on Monday, and police fired pellets to clear them. "
            "At least 20 people were injured, two of them seriously.",
            "en",
        ),
    ],
)
def test_serious_injuries_after_force_make_it_excessive(text, lang):
    [event] = EX.extract(text, published=date(2022, 12, 13), lang=lang).events
    assert (event.type, event.sub_type, event.injuries.value) == ("protest", "excessive_force", 20)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Cientos de pobladores bloquearon ayer el puente Añashuayco, en Arequipa, y la Policía los dispersó con gases lacrimógenos. "
            "Dos policías resultaron heridos de gravedad.",
            "es",
        ),
        (
            "Hundreds of residents blocked the Añashuayco bridge in Arequipa on Monday, and police fired tear gas to clear them. "
            "Two police officers were seriously injured.",
            "en",
        ),
        (
            "Hundreds of residents blocked the Añashuayco bridge in Arequipa on Monday, and police fired tear gas to clear them. "
            "At least 20 people were injured.",
            "en",
        ),
    ],
)
def test_officers_hurt_or_no_severity_leave_an_intervention(text, lang):
    [event] = EX.extract(text, published=date(2022, 12, 13), lang=lang).events
    assert (event.type, event.sub_type) == ("protest", "intervention")
