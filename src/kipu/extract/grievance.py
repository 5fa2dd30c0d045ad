"""Force and deaths a protest is *about*, told inside the sentence that reports it.

"relatives marched to demand justice for a man who died after being detained
and beaten by the police in 2012", "teachers protested the arrests of two
colleagues": the beating, the death and the arrests are the grievance, not
force used at this march. A sentence-level reader that sees "beaten" and
"arrests" would type the march as an intervention (or worse), so this step
removes such words from the sentence's matches before anything reads them.

A word is the grievance only when both hold:
- a grievance opener ("to demand", "protested", "justice for", "para
  exigir", "en rechazo a"; the ``grievance`` cues of each language) or a
  demand about victims or detainees comes before it in the sentence, and
- it describes someone else's past: it sits in a relative or "after being"
  clause ("who was arrested", "que fue asesinado", "tras ser detenido") that
  does not describe the protesters themselves, or it is a noun naming the act
  and its victim ("the beating of a student", "asesinatos de choferes").

Violence named by a noun after a preposition there ("to protest against
thefts and vandalism", "en rechazo a los saqueos") is the grievance too.

Everything else stays: "marchers demanding justice were tear-gassed" keeps
its tear gas, "protesters who were beaten by police" keeps the beating.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kipu.extract.lexicon import Match

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

#: Demands whose object is a victim or a detainee.
_VICTIM_DEMANDS = frozenset({"justice_for_victims", "release_detainee", "police_brutality"})
#: What may be the grievance: state force words and casualty words.
_FORCE_CATEGORIES = frozenset({"state_response", "measure"})
_CASUALTY_LABELS = frozenset({"fatalities", "injuries", "arrests"})

# Folded text (lowercase, no accents) before the word, up to the word.
_RELATIVE = re.compile(
    r"\b(\w+)\s+(?:who|whom|that|quien|quienes|que)\s+(?:had\s+been|has\s+been|have\s+been|was|were|died|"
    r"habia\s+sido|habian\s+sido|ha\s+sido|han\s+sido|fue|fueron|murio|murieron|resulto|resultaron)\b[^,;:()]*$"
)
_AFTER_BEING = re.compile(r"\b(?:after|before|tras|luego\s+de|despues\s+de)\s+(?:being|ser|haber\s+sido)\b[^,;:()]*$")
_OF_AFTER = re.compile(r"\s+(?:of|de|del)\b")
#: Riot words that are nouns: after a preposition they name a grievance.
_RIOT_NOUNS = frozenset({
    "vandalism", "violence", "riots", "clashes", "confrontations", "looting", "arson",
    "vandalismo", "violencia", "disturbios", "enfrentamientos", "saqueos", "saqueo", "destrozos",
})
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:against|over|about|regarding|of|in|on|to|contra|por|sobre|de|del|ante|a|al)\s+(?:\w+\s+){0,2}$"
)
#: Antecedents that are the crowd itself: their beating is this protest's.
_CROWD = frozenset({
    "protesters", "protestors", "demonstrators", "marchers", "strikers", "students", "manifestantes",
    "protestantes", "huelguistas", "marchantes", "estudiantes", "they", "ellos",
})


def strip_grievance(view: SentenceView, folded: str) -> None:
    """Drop from ``view`` the force and casualty words that name its grievance,
    and the protest words that name a charge ("detained leaders accused of
    organising the roadblocks": no roadblock is told)."""
    charges = [m.end for m in view.matches if m.category == "grievance" and m.label == "charge"]
    if charges:
        first_charge = min(charges)
        view.matches[:] = [m for m in view.matches if not (m.start >= first_charge and m.category == "form")]
    openers = [
        m.end for m in view.matches
        if m.category == "grievance" and m.label == "opener" or (m.category == "demand" and m.label in _VICTIM_DEMANDS)
    ]
    if not openers or not any(m.category == "form" for m in view.matches):
        return
    first = min(openers)
    base = view.span.start
    kept: list[Match] = []
    for m in view.matches:
        if m.start >= first and _is_force(m) and _told_of_someone_else(folded, base, first, m):
            continue
        if m.start >= first and m.category == "riot" and _violence_protested(folded, base, first, m):
            continue
        kept.append(m)
    view.matches[:] = kept


def _violence_protested(folded: str, base: int, opener_end: int, m: Match) -> bool:
    """ "blocked the road to protest against thefts and vandalism": violence
    named by a noun after a preposition is what the protest is against."""
    if folded[m.start : m.end] not in _RIOT_NOUNS:
        return False
    return bool(_PREPOSITION_BEFORE.search(folded[max(opener_end, base) : m.start]))


def _is_force(m: Match) -> bool:
    return m.category == "state_response" or (m.category == "measure" and m.label in _CASUALTY_LABELS)


def _told_of_someone_else(folded: str, base: int, opener_end: int, m: Match) -> bool:
    before = folded[max(opener_end, base) : m.start]
    rel = _RELATIVE.search(before)
    if rel is not None:
        return rel.group(1) not in _CROWD
    if _AFTER_BEING.search(before):
        return True
    return bool(_OF_AFTER.match(folded, m.end))
