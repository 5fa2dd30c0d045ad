"""Firing less-lethal rounds is not live ammunition.

"La Policía disparó perdigones y bombas lacrimógenas", "un fotógrafo recibió un
disparo de bala de goma", "was shot with a rubber bullet": the firing word
("disparó", "disparo", "was shot") names how the pellets, the rubber bullet or
the gas canister were used, not gunfire with live rounds. A ``live_ammunition``
match followed, within ``FIRED_GAP`` characters and with no punctuation
between, by a ``rubber_bullets`` or ``tear_gas`` match is dropped, so the
protest is an intervention, not excessive force (GUIDELINES §2: excessive
force is lethal force, live ammunition or serious injuries). Live rounds named
beside them ("dispararon perdigones y balas") keep their own match, and so
does a live-ammunition word joined to the round by a conjunction ("impactos de
bala y perdigones": both kinds of wound; ``conjunctions`` of clauses.yaml).
The firing word may also follow the round it fired ("a tear gas canister fired at
close range", "una bomba lacrimógena disparada"), with only the round's own words
(``round_words`` of clauses.yaml) between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kipu.extract.lexicon import lang_words

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

FIRED_GAP = 12  # chars from a firing word to the less-lethal round it fired ("recibió un disparo de perdigón", "shot with a rubber bullet")
LESS_LETHAL = frozenset({"rubber_bullets", "tear_gas"})
_PUNCTUATION = ",;:.()\"«»"
_JOINERS = frozenset(w.lower() for w in lang_words("clauses", "before_incident", "conjunctions"))
_ROUND_WORDS = frozenset(w.lower() for w in lang_words("clauses", "round_words"))


def strip_less_lethal_fire(view: SentenceView) -> None:
    """Drop the live-ammunition words that only fire a less-lethal round."""
    if not view.has("state_response", "live_ammunition"):
        return  # (speed only: asked of every sentence)
    responses = sorted(view.of("state_response"), key=lambda m: m.start)
    if len(responses) < 2:
        return
    base = view.span.start
    dropped = set()
    for i, m in enumerate(responses):
        if m.label != "live_ammunition":
            continue
        before = next((n for n in reversed(responses[:i]) if n.end <= m.start), None)
        # ("tear gas and bullets": a second round joined to the first, no firing of it)
        if before is not None and before.label in LESS_LETHAL and m.start - before.end <= FIRED_GAP and m.term.split()[0] not in _JOINERS:
            # "killed by a tear gas canister fired at close range": the round, then how it was fired
            gap = view.text[before.end - base : m.start - base]
            if not any(ch in gap for ch in _PUNCTUATION) and set(gap.lower().split()) <= _ROUND_WORDS:
                dropped.add(id(m))
                continue
        after = next((n for n in responses[i + 1 :] if n.start >= m.end), None)
        if after is None or after.label not in LESS_LETHAL or after.start - m.end > FIRED_GAP:
            continue
        gap = view.text[m.end - base : after.start - base]
        if not any(ch in gap for ch in _PUNCTUATION) and not _JOINERS & set(gap.lower().split()):
            dropped.add(id(m))
    if dropped:
        view.matches[:] = [m for m in view.matches if id(m) not in dropped]
