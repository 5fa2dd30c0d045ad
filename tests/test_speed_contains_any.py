"""The word gates' ``contains_any`` answers as the generator it replaced.

The cheap word gates asked of every sentence (a travel word before any
destination is read, a concessive word, "came after", a period's unit, a
reference cue after a comma) tested their words with ``any(w in text for w
in words)``, one generator step per word: over 100,000 steps per 400
generated articles. ``textnorm.contains_any`` runs the same substring tests
from ``map``; it must give the same answer for every text and word list,
empty words and empty lists included.
"""

from __future__ import annotations

import random

from kipu.textnorm import contains_any


def test_contains_any_is_the_generator_test() -> None:
    rng = random.Random(28)
    words = ["que se dirigían a ", "aunque ", " came ", "semanas", "weeks", "", "a", "Juliaca"]
    for _ in range(500):
        text = "".join(rng.choice(words + [" ", ", ", "x"]) for _ in range(rng.randint(0, 12)))
        needles = rng.sample(words, rng.randint(0, len(words)))
        assert contains_any(text, needles) == any(n in text for n in needles)
        assert contains_any(text, tuple(needles)) == any(n in text for n in needles)
