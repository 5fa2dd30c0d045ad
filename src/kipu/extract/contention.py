"""Contentious incidents the guideline does not call events.

GUIDELINES §2 counts demonstrations (and the state's and others' responses to
them); armed militancy, bombings, terror attacks and political assassinations
are dropped on purpose (``classify._armed_conflict``,
``readings.forces_fight``). Other datasets' classes take them in (GloCon's
armed militancy and political violence), so instead of bending the guideline
the extractor reports what it recognised and set aside as a diagnostic next to
its events, with the sentence that told it; a benchmark's own mapping decides
whether that counts (``kipu.evaluate.external``).

A sentence tells such an incident when it names the kind of violence (an armed
group, a bomb or blast, a terror attack, an assassination, an office holder
killed) *and* a violent act done ("killed", "exploded", "ambushed"), and is
not a plan or threat, a denial, a quote, history, an air war between armies,
a robbery, an industrial explosion or weapons made safe: a policy story that
mentions "militants" or "terrorism" names a topic, not an incident. The words
are in ``lang/<code>/cues.yaml`` (``armed``, ``political_violence``,
``violent_act``, ``political_office``, ``killing`` and the contexts that
cancel them).
"""

from __future__ import annotations

from kipu.extract.context import ArticleContext
from kipu.extract.counts import counts_in
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import Match
from kipu.model import SetAside, Span

#: The kind reported for a cue of the ``armed`` category (political armed groups only).
ARMED_KIND = "armed_militancy"
#: An explosion away from industry is reported as a bombing.
BLAST_KIND = "bombing"
#: Categories whose words, overlapping a cue, give it another sense ("petrol bomb"
#: is the crowd's own violence, told as a riot; "anti-Islamic State" its opponents).
_OTHER_READINGS = ("riot", "state_response", "form", "sense")


#: Categories a kind cue can come from (``_kind_cues``).
_KIND_CATEGORIES = frozenset({"armed", "political_violence", "political_office"})

OFFICE_REACH = 60  # chars between a killing word and the office holder it names as victim


def set_aside_in(view: SentenceView, ctx: ArticleContext) -> SetAside | None:
    """The contentious incident outside the guideline that ``view`` reports, if any."""
    if not view.has_any(_KIND_CATEGORIES):
        return None  # most sentences: one set test on a sealed view, no lists built (speed only)
    cues = _kind_cues(view)
    if not cues or view.has("background") or view.has("caption"):
        return None
    if view.has("sense", "military") or view.has("crime_scene") or view.has("modality", "negation"):
        return None  # an air war between armies, a robbery, a denial: not militancy told
    acts = view.of("violent_act") + view.of("killing") + view.of("riot", "clash")
    if not acts and any(c.measure == "fatalities" for c in counts_in(view)):
        acts = view.of("measure", "fatalities")  # "attacks that left more than 120 people dead"
    if not acts:
        return None  # a topic ("the threat of terrorism"), not an incident
    if all(view.quoted(m.start) for m in cues + acts):
        return None  # a voice ("'they will bomb us', he said"), not the report
    if ctx.is_modal(view):
        return None  # "the group threatened new attacks", "militants plan to strike"
    cue = min(cues, key=lambda m: m.start)
    kind = ARMED_KIND if cue.category == "armed" else BLAST_KIND if cue.label == "blast" else cue.label
    base = view.span.start
    return SetAside(kind=kind, evidence=view.span, cue=view.text[cue.start - base : cue.end - base])


def _kind_cues(view: SentenceView) -> list[Match]:
    """Words naming the kind of incident: a political armed group, a bomb or
    blast, a terror attack, an assassination, an office holder killed."""
    cues = [m for m in view.of("armed", "group") + view.of("political_violence") if not _read_otherwise(view, m)]
    if view.has("industrial"):
        cues = [m for m in cues if m.label != "blast"]  # "an explosion at a coal mine": an accident
    if view.has("disposal"):
        cues = [m for m in cues if m.label not in ("bombing", "blast")]  # "sappers defused the landmines"
    return cues + _political_killings(view)


def _political_killings(view: SentenceView) -> list[Match]:
    """Killing words whose victim is an office holder: "the councillor, X, was
    shot dead", "the murder of two party branch leaders" (not "the mayor said
    two people were killed": a reporting verb between them names a speaker)."""
    found = []
    for office in view.of("political_office"):
        for kill in view.of("killing"):
            gap = kill.start - office.end if kill.label == "verb" else office.start - kill.end
            if 0 <= gap <= OFFICE_REACH and not _speaker_between(view, office, kill):
                found.append(Match(kill.start, kill.end, "political_violence", "assassination", kill.term))
    return found


def _speaker_between(view: SentenceView, a: Match, b: Match) -> bool:
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return any(lo <= m.start < hi for m in view.of("attribution"))


def _read_otherwise(view: SentenceView, cue: Match) -> bool:
    return any(
        m.category in _OTHER_READINGS and m.start < cue.end and cue.start < m.end for m in view.matches
    )


def not_reported(found: list[SetAside], reported: set[Span]) -> list[SetAside]:
    """The incidents whose sentence gave no demonstration or violence event: a
    sentence that did is the guideline's own (militants firing on a march is
    force at a protest). ``reported`` holds those sentences' spans."""
    return [s for s in found if s.evidence not in reported]
