"""Module-level helpers and constants that two or more of the reader's rule families
(the ``reader_*`` mixins of ``pipeline._ArticleReader``) use: kept here so that
no family module imports another one, nor pipeline.py.
"""

from __future__ import annotations

import re

from kipu.extract.classify import Typing, state_forces_are_the_dead
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import alternation, folded_words

FRAMES_BACK = 8  # frames looked back through for those of one paragraph (speed only)


def _typing_of_the_dead_after(view: SentenceView, typing: Typing) -> Typing:
    """The typing of a protest whose dead a later sentence counts: lethal force at it
    (GUIDELINES §2), unless the dead are police or soldiers only ("Officer José Luis Soncco
    died at the scene", after protesters intercepted his patrol): a crowd's killing of an
    officer is mob violence."""
    if state_forces_are_the_dead(view):
        return Typing("riot", "mob_violence", (*typing.cues, "state_forces_killed"))
    return Typing("protest", "excessive_force", (*typing.cues, "dead_after_protest"))


_RANKS_REGIONS_WORDS = alternation(folded_words("counts", "ranks_regions"), r"\s+")
_RANKS_REGIONS = re.compile(rf"(?<!\w){_RANKS_REGIONS_WORDS}(?!\w)")  # ("Puno concentra 18 de los fallecidos": a share of the total)
