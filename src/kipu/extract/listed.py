"""A list of places under the sentence that names the action.

"La Defensoría reportó 87 puntos de bloqueo en ocho regiones. El detalle por
región es el siguiente: // - Puno: 41 puntos ... // - Cusco: 16 puntos ...":
each item names a region and a figure but not the action, which the sentence
before the list told once for all. An item with no incident word of its own
is read with the action of that lead, so the same action in each region it
lists is one event per region (GUIDELINES §2), not one for the country.
"""

from __future__ import annotations

from dataclasses import replace

from kipu.extract.classify import GENERIC_FORMS
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import Match

LEAD_REACH = 2  # sentences from the list's first item back to the one that names the action


def lead_of_list(sentences: list[SentenceView], first_item: SentenceView) -> SentenceView | None:
    """The sentence that names the action a list's items share: the list is
    introduced by a sentence ending in a colon, and that sentence or the one
    before it names a protest form (a roadblock, a strike, a march)."""
    at = first_item.sentence.index
    if at == 0 or not sentences[at - 1].text.rstrip().endswith(":"):
        return None
    for back in range(1, LEAD_REACH + 1):
        if at - back < 0:
            break
        view = sentences[at - back]
        if _named_forms(view):
            return view
    return None


def with_the_leads_action(item: SentenceView, lead: SentenceView) -> SentenceView:
    """``item`` read with its lead's protest forms, set where the item starts
    (so every offset stays inside the item: its evidence is its own line)."""
    at = item.span.start
    told = [Match(at, at, m.category, m.label, m.term) for m in _named_forms(lead)]
    return replace(item, matches=[*item.matches, *told])


def _named_forms(view: SentenceView) -> list[Match]:
    return [m for m in view.of("form") if m.label not in GENERIC_FORMS]
