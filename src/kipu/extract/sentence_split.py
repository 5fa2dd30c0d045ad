"""One sentence, several incidents: a crowd's killing joined to the state's
("17 civilians were shot dead in Juliaca, and a police officer was killed by
a mob"), or the clause that alone names the incident's place.
"""

from __future__ import annotations

from kipu.extract.classify import Typing, classify
from kipu.extract.clauses import incident_clause, split_mob_from_state
from kipu.extract.context import ArticleContext
from kipu.extract.counts import Count, counts_in
from kipu.extract.document import SentenceView
from kipu.extract.events import Frame, make_frames
from kipu.extract.last_incident import count_for_last, toll_of_last
from kipu.model import DateRange, Place


def typing_of_whole(view: SentenceView, own: list[Count]) -> Typing | None:
    """The sentence's own reading, for a clause of it that only counts casualties."""
    fat = next((c.figure.low for c in own if c.measure == "fatalities"), 0)
    return classify(view, fat)


def mob_and_state_frames(
    view: SentenceView, counts: list[Count], when: tuple[DateRange | None, bool], where: list[tuple[Place | None, bool]],
    frames: list[Frame] | None = None, ctx: ArticleContext | None = None,
) -> list[Frame]:
    """Frames of each clause when a sentence joins a crowd's killing to another
    incident (``clauses.split_mob_from_state``) and each clause is an incident
    read alone; nothing (read the sentence whole) otherwise. A first clause
    that only counts wounded or dead right after force at a demonstration
    ("68 people were injured, and a police officer was later burned to death")
    counts that incident (``frames``, the article's so far)."""
    parts = split_mob_from_state(view)
    if parts is None:
        return []
    told = {c.figure.span for c in counts}
    out: list[Frame] = []
    for i, clause in enumerate(parts):
        # a lone victim ("a police officer was killed by a mob") counts in its own clause
        own = [c for c in counts_in(clause) if c.figure.span in told or c.single]
        got = make_frames(clause, own, when, where)
        if not got and i == 0 and frames and ctx is not None and toll_of_last(clause, frames[-1], ctx):
            count_for_last(frames, clause)
            continue
        if not got:
            return []
        out.extend(got)
    return out


def places_of_the_incident(view: SentenceView, where: list[tuple[Place | None, bool]], ctx: ArticleContext) -> list[tuple[Place | None, bool]]:
    """ "Demonstrators blocked highways in eight of Peru's regions, and 5,000
    tourists were stranded in Cusco": when every incident word is in one
    clause that names a place of its own, and the places read for the
    sentence all lie in clauses after it, the incident clause's own places
    stand (there, Peru as a whole)."""
    if len(view.places) < 2 or not where or any(p is None or p.span is None for p, _ in where):
        return where  # (one place named: nothing to choose between; the usual case)
    clause = incident_clause(view)
    if clause is None or not clause.places:
        return where
    span = clause.span
    if any(p.span.start < span.end for p, _ in where):  # type: ignore[union-attr]
        return where  # (a place before the incident's clause, "In San Juan, workers ...", is the whole sentence's)
    own = [p for p in ctx.sentence_places(view) if p.span is not None and span.start <= p.span.start < span.end]
    return [(p, True) for p in own] or where
