"""Roads a crowd keeps closed: "the strikers have kept the Panamericana Sur closed".

A blockade told as a road held shut names no blockade word ("blocked", "roadblock"):
the holding verb, the road and the closed state are apart, with the road's own name
between them. Such a sentence tells a roadblock (GUIDELINES §2 forms), unless the
state is who keeps the road shut ("police kept the bridge closed" is a closure, not
a protest).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kipu.extract.agents import STATE_FORCES
from kipu.extract.lexicon import Match, alternation, lang_data
from kipu.extract.warmup import per_language
from kipu.textnorm import fold

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

HELD_REACH = 60  # chars from the holding verb to the closed state ("kept the Panamericana Sur closed")


@per_language
def _words(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The closed-state pattern after the object (or before it, Spanish "mantienen
    cerrada la vía") and the road nouns of ``roads`` in scope.yaml."""
    roads = (lang_data(lang, "scope").get("roads") or {})
    states, nouns = roads.get("held_states") or [], roads.get("held_nouns") or []
    if not states or not nouns:
        return None
    word = r"[\w\u00c0-\u017f'’.-]+"
    pattern = re.compile(rf"\s+(?:(?P<obj>(?:{word}\s+){{1,5}}?)(?:{alternation(states)})|(?:{alternation(states)})\s+(?P<after>(?:{word}\s*){{1,4}}))\b", re.IGNORECASE)
    return pattern, frozenset(fold(n).lower() for n in nouns)


def held_road_closed(view: SentenceView, lang: str) -> None:
    """Add a ``roadblock`` form at a holding verb ("kept", "mantienen") followed,
    within ``HELD_REACH``, by a road and a closed state, when the sentence names no
    roadblock of its own and no state force before the verb."""
    if view.has("form", "roadblock"):
        return
    words = _words(lang)
    if words is None:
        return
    pattern, nouns = words
    base = view.span.start
    for verb in view.of("held_road", "verb"):
        if any(a.end <= verb.start and a.label in STATE_FORCES for a in view.of("actor")):
            continue
        m = pattern.match(view.text[: verb.end - base + HELD_REACH], verb.end - base)
        if m is None:
            continue
        obj = m.group("obj") or m.group("after") or ""
        if not any(w in nouns for w in fold(obj).lower().split()):
            continue
        view.matches.append(Match(verb.start, base + m.end(), "form", "roadblock", view.text[verb.start - base : m.end()]))
        view.matches.sort()
        return
