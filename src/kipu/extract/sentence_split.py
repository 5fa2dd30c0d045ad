"""One sentence, several incidents: a crowd's killing joined to the state's
("17 civilians were shot dead in Juliaca, and a police officer was killed by
a mob"), a killing by gunmen told beside a strike ("Gunmen shot dead two bus
drivers during the transport strike"), or the clause that alone names the
incident's place.
"""

from __future__ import annotations

from kipu.extract.agents import killed_by_others
from kipu.extract.classify import KILLED_BY_OTHERS, Typing, classify
from kipu.extract.clauses import clause_view, incident_clause, split_mob_from_state
from kipu.extract.context import ArticleContext
from kipu.extract.counts import Count, counts_in
from kipu.extract.document import SentenceView
from kipu.extract.events import Frame, make_frames
from kipu.extract.last_incident import count_for_last, toll_of_last
from kipu.extract.readings import opened_by_the_last_action
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
    # (the earlier incident's dead, set aside for the sentence read whole, are its own clause's)
    earlier = parts is None and (parts := _mob_then_earlier_toll(view)) is not None
    if parts is None:
        return []
    told = {c.figure.span for c in counts}
    out: list[Frame] = []
    for i, clause in enumerate(parts):
        # a lone victim ("a police officer was killed by a mob") counts in its own clause
        own = [c for c in counts_in(clause) if c.figure.span in told or c.single or earlier and i == 1]
        got = make_frames(clause, own, clause_day(clause, view, when, ctx), where)
        if not got and i == 0 and frames and ctx is not None and toll_of_last(clause, frames[-1], ctx):
            count_for_last(frames, clause)
            continue
        if not got:
            return []
        out.extend(got)
    return out


def clause_day(clause: SentenceView, view: SentenceView, when: tuple[DateRange | None, bool], ctx: ArticleContext | None) -> tuple[DateRange | None, bool]:
    """The clause's own day when it names one of the sentence's days and not all
    ("on 9 January seventeen civilians were killed, and the next night a police
    officer was burned alive by a mob": the officer's is the 10th); else the sentence's."""
    if ctx is None or not clause.dates or len(clause.dates) >= len(view.dates):
        return when
    day = ctx.own_date(clause)
    return (day, True) if day is not None else when


def _mob_then_earlier_toll(view: SentenceView) -> list[SentenceView] | None:
    """ "A police officer was killed when a crowd set his patrol car on fire,
    hours after 17 civilians died in clashes there": the crowd's killing and,
    after ", hours after" / ", a day after", the earlier incident with its own
    dead; each clause is read alone (the earlier toll is not the crowd's, nor
    does it make the officer's death the state's). None unless the first
    clause alone reads as the crowd killing state forces."""
    if not view.has("earlier") or not view.has("riot"):
        return None  # (speed only: a crowd's act and an earlier day's phrase are both needed)
    base = view.span.start
    cue = next((m for m in view.of("earlier") if view.text[: m.start - base].rstrip().endswith(",")), None)
    if cue is None:
        return None
    comma = base + view.text.rindex(",", 0, cue.start - base)
    rest = view.text[cue.end - base :]
    first, second = clause_view(view, base, comma), clause_view(view, cue.end + len(rest) - len(rest.lstrip()), view.span.end)
    if not second.has("measure", "fatalities"):
        return None
    own = [c for c in counts_in(first) if c.measure == "fatalities"]
    typed = classify(first, next((c.figure.low for c in own), 0))
    return [first, second] if typed is not None and typed.sub_type == "mob_violence" else None


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
    if any(
        not span.start <= m.start < span.end and (m.category == "state_response" or m.category == "measure" and m.label in ("fatalities", "injuries"))
        for m in view.matches
    ):
        # "Peru's deadliest day of protest came on January 9, when security forces killed 17 civilians in
        # Juliaca": the force and the dead told in the later clause are the incident, and its place theirs
        return where
    own = [p for p in ctx.sentence_places(view) if p.span is not None and span.start <= p.span.start < span.end]
    return [(p, True) for p in own] or where



def killing_beside_a_protest(
    view: SentenceView, counts: list[Count], when: tuple[DateRange | None, bool], where: list[tuple[Place | None, bool]],
    folded: str | None = None,
) -> list[Frame]:
    """ "Gunmen shot dead two bus drivers in Lima during the transport strike",
    "Sicarios asesinaron a dos choferes durante el paro": a killing by armed men
    who are not the state, of people who are not the crowd, is an attack on
    civilians with its dead (GUIDELINES §2 violence_against_civilians), and the
    protest named beside it is an event of its own without that toll. Nothing
    (read the sentence whole) unless the sentence names a protest and counts
    the dead."""
    if not view.has("form") or not any(c.measure == "fatalities" for c in counts) or not killed_by_others(view):
        return []
    # (the killing's own dead: "the latest of more than a dozen transport workers killed in the city
    # this year" is the year's total, no count of this killing: with no other, the sentence is read whole)
    own = [c for c in counts if not _counted_over_a_period(view, c)]
    if not any(c.measure == "fatalities" for c in own):
        return []
    dead = [c for c in own if c.measure in ("fatalities", "injuries")]
    protest = classify(view, 0) or Typing("protest", "peaceful", ("form",))
    if protest.family != "demonstration":
        return []
    attack = make_frames(view, dead, _day_of_the_killing(view, dead, when), where, Typing("violence_against_civilians", "attack", (KILLED_BY_OTHERS,)))
    if folded is not None and opened_by_the_last_action(view, folded):
        # "The stoppage came after gunmen shot dead a bus driver on Monday": the strike is the one
        # just told (its day is not the killing's); the killing is the sentence's news
        return attack
    # (the protest's frame loses the dead: events.make_frames drops a toll killed by others)
    return make_frames(view, own, when, where, protest) + attack


def _day_of_the_killing(view: SentenceView, dead: list[Count], when: tuple[DateRange | None, bool]) -> tuple[DateRange | None, bool]:
    """ "A bus driver was shot dead by extortionists on Wednesday, and drivers went on
    strike on Thursday": the killing's day is the one day written in the stretch of
    its dead (no comma or semicolon between), when the sentence gives more than one;
    else the sentence's."""
    if len(view.dates) < 2:
        return when
    base = view.span.start
    text = view.text
    spans = [c.figure.span for c in dead if c.measure == "fatalities" and c.figure.span is not None]
    own = {
        (d.range.start, d.range.end): d.range for d in view.dates for s in spans
        if d.kind != "since" and d.range is not None and d.range.precision == "day"
        and not any(ch in text[min(s.end, d.span.end) - base : max(s.start, d.span.start) - base] for ch in ",;")
    }
    return (next(iter(own.values())), True) if len(own) == 1 else when


PERIOD_AFTER_COUNT = 60  # chars after a count in which "this year", "en lo que va del año" make it a period's total


def _counted_over_a_period(view: SentenceView, c: Count) -> bool:
    """A count followed, in its clause, by a date of a month or more ("more than a
    dozen transport workers killed in the city this year"): a total over that
    period, not one killing's dead."""
    if c.figure.span is None:
        return False
    end = c.figure.span.end
    return any(
        0 <= d.span.start - end <= PERIOD_AFTER_COUNT and d.range.precision in ("month", "year")
        and not any(ch in view.text[end - view.span.start : d.span.start - view.span.start] for ch in ",;.")
        for d in view.dates
    )
