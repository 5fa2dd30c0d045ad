""""El suboficial José Luis Soncco murió en el lugar": an officer's death is no force on protesters.

An officer named by his rank as the one who died, with no number and no killer named,
made the protest told before it (a patrol intercepted by protesters) lethal force against
protesters (protest / excessive_force). GUIDELINES §2 types a police officer killed by a
crowd as riot / mob_violence; excessive force is lethal force against protesters. A
protester who died so stays excessive force."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 11)  # a Wednesday


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "La noche del lunes, una patrulla fue interceptada por manifestantes en Juliaca. El suboficial José Luis Soncco murió en el lugar."),
    ("en", "On Monday night, a police patrol was intercepted by protesters in Juliaca. Officer José Luis Soncco died at the scene."),
])
def test_an_officer_dead_at_the_scene(lang: str, body: str) -> None:
    e = one_event(body, lang, PUBLISHED)
    assert (e.type, e.sub_type, e.place.name, e.fatalities.value if e.fatalities else None) == ("riot", "mob_violence", "Juliaca", 1)


def test_a_protester_dead_at_the_scene_stays_excessive_force() -> None:
    e = one_event("El lunes, en Juliaca, el manifestante Marco Samillán murió en el lugar.", "es", PUBLISHED)
    assert (e.type, e.sub_type, e.fatalities.value if e.fatalities else None) == ("protest", "excessive_force", 1)
