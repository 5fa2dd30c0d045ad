"""A protest that spread to a new place stays where it was too.

"[Ica, 2 de diciembre.] Miles de trabajadores mantienen desde el lunes el
bloqueo de la vía. La protesta se extendió a Virú, en La Libertad": the Ica
blockade, placed only by inheritance, was folded into Virú's and its region
lost. Spreading to a place says the first place stays: its place is marked
as told, and the two regions are two events (GUIDELINES §2: one event per
region). English "workers also closed the road" was no roadblock at all, as Spanish "cerraron la
carretera" was: the Virú sentence made no event."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un trabajador agrario murió anoche baleado durante el desbloqueo de la Panamericana Sur en Ica.\n\n"
            "Miles de trabajadores mantienen desde el lunes el bloqueo de la vía en rechazo a la Ley de Promoción Agraria. "
            "La protesta se extendió a Virú, en La Libertad, donde los trabajadores también cerraron la carretera.",
            "es",
        ),
        (
            "A farm worker was shot dead on Tuesday night as police cleared the Pan-American Highway in Ica.\n\n"
            "Thousands of workers have kept the highway blocked since Monday against the agrarian law. "
            "The protest spread to Virú, in La Libertad, where workers also closed the road.",
            "en",
        ),
    ],
)
def test_both_regions_keep_their_blockade(text, lang):
    out = EX.extract(text, published=date(2020, 12, 2), lang=lang)
    assert {e.place.admin1 for e in out.events} == {"Ica", "La Libertad"}
