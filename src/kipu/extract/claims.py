"""Collective claims-making the guideline does not call an event.

GUIDELINES §2 counts demonstrations: people gathered to make a claim. A union
that issues a communiqué, neighbours who file a complaint with an authority,
farmers' leaders who meet a minister to press their demands, an assembly that
votes on its next steps or an online petition are the same actors making the
same claims without a crowd, and the guideline leaves them out. Other datasets
count them as protests (IIS-UCR's public statements, complaints filed with
authorities, meetings with authorities, assemblies, online actions), so as for
armed militancy (``kipu.extract.contention``) the extractor reports what it
recognised as a diagnostic next to its events, never as one, and a benchmark's
mapping decides whether it counts (``kipu.evaluate.external``).

A sentence tells claims-making when it names a collective actor (an
organisation, or people named by their group: neighbours, students, workers)
and a claims act (a statement, a denunciation, a demand, a legal step, a
meeting, an assembly, a campaign), outside direct speech. An announced
action or a threat is a public statement in itself, so plans are kept. The
words are in ``lang/<code>/cues.yaml`` (``claimant``, ``claim_act``; their
``other_sense`` label shadows phrases that only look like them, "frente a",
"the Legislative Assembly"). The actor vocabulary of ``actors.yaml`` is not
used: it is written to name who took part in a protest ("crowd", "citizens",
"agricultural", "companies"), wider than who makes a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kipu.extract.document import SentenceView, quote_spans
from kipu.extract.lexicon import Match
from kipu.model import SetAside

#: The kind reported for a sentence of collective claims-making.
CLAIMS_KIND = "claims_making"
#: The label a phrase gets when it only looks like a cue ("frente a", "asamblea legislativa").
_OTHER_SENSE = "other_sense"
#: Acts named as such, whose actor may come after them ("a meeting between the
#: minister and the unions").
_EITHER_SIDE = frozenset({"gathering"})
#: Acts aimed at someone (a denunciation, a demand, a legal step), which agencies
#: and companies rarely make in the news, unlike statements and meetings.
_POINTED = frozenset({"denounce", "demand", "legal"})
LICENCE_REACH = 2  # sentences before or after an organisation's kind in which its acronym may stand for it
SUBJECT_REACH = 30  # chars from an acronym to the pointed act it is the subject of
#: An organisation named by its acronym ("la ASOPEC", "el SITRAPORT"): three or more
#: capitals, maybe joined by a hyphen to a second one.
_ACRONYM = re.compile(r"(?<!\w)[A-ZÁÉÍÓÚÑ]{3,}(?:-[A-ZÁÉÍÓÚÑ]{2,})?(?!\w)")
#: A word in capitals right before or after an acronym: words shouted, not a name.
_SHOUTED_BEFORE = re.compile(r"(?<!\w)[A-ZÁÉÍÓÚÑ]{2,}[\s:,.-]+$")
_SHOUTED_AFTER = re.compile(r"[\s:,.-]+[A-ZÁÉÍÓÚÑ]{2,}(?!\w)")
#: A capitalised word: another name between an acronym and the act.
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÁÉÍÓÚÑ]\w")


def acronym_licence(sentences: Sequence[SentenceView]) -> set[int]:
    """Sentences near one that names a claimant organisation by its kind ("the
    union", "esta cámara", "la asociación"): there an acronym may stand for it
    ("la CAMPEX presentó ... Esta cámara sostiene"); elsewhere acronyms name
    agencies and companies as often as unions. By their ``sentence.index``
    (their place in the article's list, one per span): an int is looked up at
    C speed, a ``Span`` hashes through Python code (speed only)."""
    named = [i for i, v in enumerate(sentences) if v.has("claimant", "organisation")]
    return {sentences[j].sentence.index for i in named for j in range(max(0, i - LICENCE_REACH), min(len(sentences), i + LICENCE_REACH + 1))}


def claims_in(view: SentenceView, *, acronyms: bool = False) -> SetAside | None:
    """The collective claims-making ``view`` reports, if any. ``acronyms``: the
    sentence is in :func:`acronym_licence`, so an acronym before the act ("la
    ASOPEC rechaza") may be the claimant; elsewhere only one right before a
    pointed act is (:func:`_acronym_subject`)."""
    if not view.has("claim_act"):
        return None  # most sentences: a set lookup on a sealed view, not a pass over the matches (speed only)
    acts = [m for m in view.matches if m.category == "claim_act" and m.label != _OTHER_SENSE]
    if not acts:
        return None
    if view.has("caption"):
        return None
    base = view.span.start
    quotes = quote_spans(view.text)  # once, not per match (``view.quoted`` recomputes them)

    def said(offset: int) -> bool:
        return any(base + a <= offset < base + b for a, b in quotes)

    acts = [m for m in acts if not said(m.start)]
    if not acts:
        return None  # a claim in someone's words
    actors = [m.start for m in view.matches if _is_claimant(m) and not said(m.start)]
    # The actor makes the claim: it comes first ("neighbours filed a complaint",
    # not "police appealed to residents").
    made = [a for a in acts if any(start < a.start or a.label in _EITHER_SIDE for start in actors)]
    if not made:
        named = [(base + a, base + b) for a, b in _acronyms(view.text)]
        first = [start for start, _ in named] if acronyms else []
        made = [a for a in acts if any(start < a.start or a.label in _EITHER_SIDE for start in first) or _acronym_subject(view, a, named)]
    if not made:
        return None
    act = made[0]
    return SetAside(kind=CLAIMS_KIND, evidence=view.span, cue=view.text[act.start - base : act.end - base])


def _acronym_subject(view: SentenceView, act: Match, named: list[tuple[int, int]]) -> bool:
    """An acronym right before a pointed claim, with no other name between
    ("UNAPRO exige", "la CAMPEX presentó una acción de inconstitucionalidad"):
    an organisation as the subject, not "the ECB's Draghi urged"."""
    if act.label not in _POINTED:
        return False
    base = view.span.start
    return any(
        0 <= act.start - end <= SUBJECT_REACH and not _CAPITALISED.search(view.text[end - base : act.start - base]) for _, end in named
    )


def _acronyms(text: str) -> list[tuple[int, int]]:
    """Spans of acronyms in ``text``: alone, not a run of words in capitals
    (a headline, "DEPUTY PRESIDENT URGES")."""
    found = [(m.start(), m.end()) for m in _ACRONYM.finditer(text)]
    return [
        (a, b) for a, b in found
        if not _SHOUTED_BEFORE.search(text, 0, a) and not _SHOUTED_AFTER.match(text, b)
    ]


def _is_claimant(m: Match) -> bool:
    return m.category == "claimant" and m.label != _OTHER_SENSE
