"""Sentence frames -> events: one event per incident per region.

A *frame* is what one sentence says about one incident: its typing, figures,
actors and the context it inherits (date, place) from the sentences around it.
Frames of one article that describe the same incident (same family, region and
overlapping dates) are merged; a sentence naming several regions ("marches in
Piura, Cusco and Puno") yields one frame per region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from kipu.extract.agents import NOT_A_CROWD, STATE_ACTORS, STATE_FORCES, killed_by_others, killers_not_state
from kipu.extract.classify import (
    CROWD_STRUCK,
    FORCES_STRUCK,
    KILLED_BY_OTHERS,
    Typing,
    classify,
    forms_of,
    SEVERITY,
    more_severe,
    people_heads,
    state_responses,
)
from kipu.extract.clauses import trailing_where_clauses
from kipu.extract.context import SPAN_DAYS, dates_prior_event, in_mourned_clause, place_rank
from kipu.extract.counts import CASUALTY_MEASURES, Count
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import alternation, lang_words
from kipu.extract.readings import hurt_by_the_forces
from kipu.model import DateRange, EventMention, Figure, Place, Span
from kipu.textnorm import fold

ATTACKERS = frozenset({*STATE_FORCES, "criminal_groups", "protesters"})  # who attacks civilians, in the actor vocabulary
# Named beside a protest, these are what it targets (a mine, a bus company,
# the gangs extorting drivers), not who protests.
TARGETS = ("companies", "criminal_groups")
DEFAULT_ACTOR = "protesters"  # the guideline's actor when a crowd is not described
BACKGROUND_DAYS = 400  # events dated further back than this are background, not news
# A deadly day told with its date ("on 15 December 2022, ten people were killed") stays the
# article's news for longer: trials, exhumations and second anniversaries recall the dead of
# the movement they follow, which the guideline codes (only other decades are background).
DEADLY_RECALL_DAYS = 800
LONG_ACTION_DAYS = 31  # the longest stretch one named action (a national strike) is told over


@dataclass
class Frame:
    view: SentenceView
    typing: Typing
    date: DateRange | None
    date_explicit: bool
    place: Place | None
    place_explicit: bool
    counts: dict[str, Count] = field(default_factory=dict)
    cues: list[str] = field(default_factory=list)
    #: The group ("forces" or "civilians") a count added from a later sentence counts, by measure
    #: (``kipu.extract.last_incident.count_for_last``); counts of the frame's own sentence are read off it.
    count_groups: dict[str, str | None] = field(default_factory=dict)

    @property
    def admin_key(self) -> tuple[str, str | None]:
        p = self.place
        return (p.country if p else "PE", p.admin1 if p else None)


SOURCE_GAP = 3  # chars from a group's name to the verb that makes it the source told ("local reporters said")


def _actor_labels(view: SentenceView) -> list[str]:
    """The actor labels of a sentence, in order, without groups named only as
    the source of the report ("Witnesses and local reporters said troops
    fired", "según periodistas de la zona"): who told it did not take part."""
    sources = view.of("attribution", "source")
    if not sources:
        return view.labels("actor")
    base = view.span.start
    out: list[str] = []
    dead = view.of("victims_ref")
    for m in view.of("actor"):
        if m.label in out:
            continue
        # "Families of the dead say ...": the group's name runs on over the dead it is kin of
        end = next((d.end for d in dead if 0 <= d.start - m.end <= 1), m.end)
        told = any(0 <= s.start - end <= SOURCE_GAP for s in sources) or any(
            0 <= m.start - s.end <= SOURCE_REACH and not any(ch in view.text[s.end - base : m.start - base] for ch in ",;:")
            for s in sources if s.term in _ACCORDING_TO
        )
        if not told or m.label in STATE_ACTORS:
            out.append(m.label)
    return out


SOURCE_REACH = 30  # chars from "according to" to the group it names
_ACCORDING_TO = frozenset(lang_words("readings", "source_openers"))


def _day_within_the_week(frames: list[Frame], date_frame: Frame) -> Frame:
    """ "The bloodbath in Puno this week has claimed 18 lives in Juliaca" then
    "On Monday, January 9, ... police fired on the crowd": a lead that dates
    the incident only by its week yields to the day the body writes within
    that week."""
    week = date_frame.date
    if week is None or week.precision != "week":
        return date_frame
    return next(
        (f for f in frames if f.date_explicit and f.date is not None and f.date.precision == "day" and week.start <= f.date.start and f.date.end <= week.end),
        date_frame,
    )


def build_event(frames: list[Frame]) -> EventMention:
    """Merge the frames of one incident into an event with per-field evidence."""
    first = frames[0]
    typing = _typing_of(frames)
    if typing.type == "protest" and typing.sub_type == "peaceful" and any("arrests" in f.counts for f in frames):
        # "La Policía intervino a 25 personas durante la marcha": arrests at a
        # protest are the state intervening (GUIDELINES §2)
        typing = Typing("protest", "intervention", (*typing.cues, "arrests_counted"))
    elif typing.type == "protest" and typing.sub_type == "peaceful" and any("injuries" in f.counts and hurt_by_the_forces(f.view) for f in frames):
        # "Police wounded 15 protesters in Cusco": the state's force on the crowd, whatever weapon it used
        typing = Typing("protest", "intervention", (*typing.cues, "hurt_by_forces"))
    views = _unique_views(frames)
    forms: list[str] = []
    actors: list[str] = []
    opponents: list[str] = []
    tactics: list[str] = []
    demands: list[str] = []
    spans: dict[str, list[Span]] = {}
    cues: list[str] = list(typing.cues)
    # "cientos de empresarios de Gamarra cerraron sus tiendas": business owners protest as companies
    owners = any(v.has("business_owner") for v in views)
    # "una turba mató a golpes a un policía": the crowd's beating is no state response
    mob = {id(f.view) for f in frames if f.typing.sub_type == "mob_violence" or CROWD_STRUCK in f.typing.cues or FORCES_STRUCK in f.typing.cues}
    shared_title = _title_of_other_places(frames, views)
    for v in views:
        if v is not shared_title:
            _extend(forms, forms_of(v))
        _extend(tactics, [t for t in state_responses(v) if not (t == "beatings" and id(v) in mob)])
        _extend(demands, _demands_made(v))
        for a in _actor_labels(v):
            if a not in actors and a not in opponents:
                target = a in TARGETS and not (owners and a == "companies")
                (opponents if a in STATE_ACTORS or target else actors).append(a)
    if typing.type not in ("protest", "riot"):
        demands = []  # a measure, an arrest or an attack makes no claim of its own
    if typing.type == "strategic_development":
        # The state acts here, so the state bodies named (sorted into
        # ``opponents`` above) are its actors: forces make arrests (the
        # police's when none is named); a measure is decided by the government,
        # Congress or the courts, while the forces it sends are its object.
        if typing.sub_type == "arrests":
            actors = [a for a in opponents if a in STATE_FORCES] or ["police"]
        else:
            actors = [a for a in opponents if a in STATE_ACTORS and a not in STATE_FORCES] or ["government"]
        opponents = []
        forms = []
    elif typing.type == "violence_against_civilians":
        # An attack's actors are its perpetrators; the civilians named are
        # its targets (journalists shot at by the police, a driver killed by a gang).
        found = actors + opponents
        attackers = [a for a in found if a in ATTACKERS]
        if attackers:
            actors, opponents = attackers, [a for a in found if a not in ATTACKERS and a not in STATE_ACTORS]
        elif KILLED_BY_OTHERS in typing.cues:
            # "a bus driver was killed ... by two men on a motorcycle": killers who are not the state
            # nor a crowd, armed and unnamed, are the criminal groups' (never the default protesters)
            actors, opponents = ["criminal_groups"], found
        elif not actors:
            actors = [DEFAULT_ACTOR]
        if KILLED_BY_OTHERS in typing.cues:
            forms = []  # ("gunmen shot dead two drivers during the strike": the strike is its own event, not the killing's form)
    else:
        if not actors:
            actors = [DEFAULT_ACTOR]
        if typing.sub_type == "peaceful":
            opponents = [o for o in opponents if o not in ("police", "military")] if not tactics else opponents
        opponents = [o for o in opponents if o in ("police", "military", "government", "congress", "companies", "criminal_groups")]
        if typing.sub_type in ("intervention", "excessive_force") and not {"police", "military"} & set(opponents):
            opponents.insert(0, "police")
        if typing.sub_type == "peaceful":
            tactics = [t for t in tactics if t == "accommodation"]
    chosen: dict[str, Count] = {}
    told: dict[str, tuple[Count, Frame]] = {}  # the count of each measure told last, and its frame
    for f in frames:
        for measure, c in f.counts.items():
            before = told.get(measure)
            added = before is not None and before[1].view is not f.view and not before[0].vague and (
                c.more
                # "La Policía informó que seis de sus efectivos resultaron heridos [...]. La Defensoría reportó
                # ocho civiles heridos": officers and civilians, told in two sentences of one incident
                or of_the_other_side(before[0], before[1], c, group_counted(f.view, c))
            )
            if added:
                c = added_to(before[0], c)
            told[measure] = (c, f)
            if measure not in chosen or prefer_count(c, chosen[measure]):
                chosen[measure] = c
                shown = (before[0].figure.span, c.figure.span) if added else (c.figure.span,)
                spans[measure] = [span for span in shown if span]
    for measure, c in chosen.items():
        named = _named_in_sentences(frames, measure)
        if named > c.figure.low and not c.vague:
            # "Beckham Quispe murió el 11 de diciembre en Andahuaylas. Ese mismo día murió David Atequipa": two dead
            chosen[measure] = replace(c, figure=replace(c.figure, low=named, high=named, qualifier="exact"))
    figures: dict[str, Figure] = {m: c.figure for m, c in chosen.items()}
    # Deaths at a protest typed peaceful were not caused by the state (they
    # are its grievance, or an accident): no killing is the state's response.
    # A riot's dead (a police officer killed by a crowd, looters in a fire)
    # are not the state's doing either, unless it is said to have shot.
    if typing.type == "riot" and "live_ammunition" not in tactics:
        tactics = [t for t in tactics if t != "killings"]
    # "two protesters were shot dead by a man at the roadblock": killed, but not by the state.
    by_others = all(killers_not_state(f.view) for f in frames if "fatalities" in f.counts)
    if figures.get("fatalities") and typing.type == "protest" and typing.sub_type != "peaceful" and "killings" not in tactics and not by_others:
        tactics.append("killings")
    if figures.get("arrests") and "arrests" not in tactics:
        tactics.append("arrests")
    if "killings" in tactics and not figures.get("fatalities") and typing.sub_type == "intervention":
        # "marched to demand justice for those killed in Juliaca; police fired tear gas": the dead
        # named with no toll at a protest the state only dispersed (lethal force would make it
        # excessive force) are its grievance, not its killing
        tactics = [t for t in tactics if t != "killings"]
    date_frame = _day_within_the_week(frames, next((f for f in frames if f.date_explicit), first))
    event_date = _within_its_run(frames, _through_clearing(frames, _span_of_days(frames, _run_of_the_report(frames, date_frame))))
    event_date = _within_its_written_run(frames, event_date)
    # The most precise place the article gives (GUIDELINES: place), the first among equals.
    named = [f for f in frames if f.place_explicit and f.place and f.place.precision != "country"]
    place_frame = max(named, key=lambda f: place_rank(f.place), default=None)  # type: ignore[arg-type]
    place_frame = place_frame or next((f for f in frames if f.place_explicit), first)
    if date_frame.date and date_frame.date.span:
        spans["date"] = [date_frame.date.span]
    if place_frame.place and place_frame.place.span:
        spans["place"] = [place_frame.place.span]
    evidence = first.view.span
    for f in frames:
        cues.extend(c for c in f.cues if c not in cues)
    return EventMention(
        type=typing.type,
        sub_type=typing.sub_type,
        evidence=evidence,
        forms=forms,
        date=event_date,
        place=place_frame.place,
        participants=figures.get("participants"),
        fatalities=figures.get("fatalities"),
        injuries=figures.get("injuries"),
        arrests=figures.get("arrests"),
        actors=actors,
        opponents=opponents,
        state_response=tactics,
        demands=demands,
        spans=spans,
        cues=cues,
    )


REMEMBERED_GAP = 8  # chars from "a un año de" to the event it dates ("la vacancia")


def _demands_made(view: SentenceView) -> list[str]:
    """The sentence's demands, less an event an anniversary names ("a un año
    de la vacancia de Pedro Castillo" dates the march; nobody demands the vacancy)."""
    if not view.has("remembered"):
        return view.labels("demand")
    marks = view.of("remembered")
    out: list[str] = []
    for m in view.of("demand"):
        if m.label not in out and not any(0 <= m.start - r.end <= REMEMBERED_GAP for r in marks):
            out.append(m.label)
    return out


def _through_clearing(frames: list[Frame], told: DateRange | None) -> DateRange | None:
    """ "Police cleared the highway on Wednesday ... residents had blocked it
    since Friday": a blockade ended by its clearing runs from its first day
    to the day it was cleared, whichever sentence came first."""
    if told is None or not any(f.view.has("clearing") for f in frames):
        return told
    spans = [(c.date, s.date) for c in frames for s in frames if c is not s and _cleared(c, s)]
    # "desbloqueó la vía, que permanecía bloqueada desde hace cinco días": the
    # blockade's start told in the clearing sentence itself
    spans += [(c.date, d.range) for c in frames if _clears_in_place(c) for d in c.view.dates if _a_blockades_start(d.range, told)]
    if not spans:
        return told
    start = min([told.start] + [s.start for _, s in spans if s])
    end = max([told.end] + [c.end for c, _ in spans if c])
    return told if (start, end) == (told.start, told.end) else DateRange(start, end, told.precision, told.span)


def _clears_in_place(f: Frame) -> bool:
    """A clearing sentence that also names the standing action it ends."""
    return f.view.has("clearing") and f.typing.sub_type == "intervention" and bool(STANDING_FORMS & set(forms_of(f.view)))


def _a_blockades_start(since: DateRange, told: DateRange) -> bool:
    return since.start < told.start <= since.end + timedelta(days=1) and (since.end - since.start).days <= LONG_ACTION_DAYS


def _within_its_run(frames: list[Frame], told: DateRange | None) -> DateRange | None:
    """ "La frontera permanece cerrada por 30 días consecutivos ... El jueves, un
    convoy tuvo que retroceder ante los bloqueos": a day told of an action whose
    run the report counts in its present (an undated frame of the same event,
    widened back by :func:`kipu.extract.periods.through_its_run`) lies inside
    that run, so the event starts where the run began. The run must be told of
    a place the sentence names below the country."""
    if told is None or told.precision != "day":
        return told
    runs = [
        f.date for f in frames
        if not f.date_explicit and f.date is not None and f.date.precision == "day" and f.view.has("run_day")
        and f.place_explicit and not _national(f)  # (a country's run, "bloqueos por sexto día" in Guatemala, is no one town's)
        # (or the day it began, the day before the days counted back: "began on Jan. 4" then "for ten days now" on the 14th)
        and (f.date.start < told.start or f.date.start - ADJACENT == told.start == told.end and not _narrow(f.date)) and told.end <= f.date.end
        and (f.date.end - f.date.start).days <= LONG_ACTION_DAYS
    ]
    if not runs:
        return told
    return DateRange(min([told.start] + [r.start for r in runs]), max(r.end for r in runs), told.precision, told.span)


def _within_its_written_run(frames: list[Frame], told: DateRange | None) -> DateRange | None:
    """ "Los mineros iniciaron una huelga indefinida el 4 de enero. Desde hace diez días
    bloquean la vía": the day told first is the first of a run of days a later sentence
    of the same event writes (``_the_run_of_its_days``), so the event spans the run."""
    if told is None or told.precision != "day" or not _narrow(told):
        return told
    runs = [
        f.date for f in frames
        if f.date_explicit and f.date is not None and f.date.precision == "day" and not _narrow(f.date)
        and f.date.start - ADJACENT <= told.start and told.end <= f.date.end and (f.date.end - f.date.start).days <= LONG_ACTION_DAYS
    ]
    if not runs:
        return told
    return DateRange(min([told.start] + [r.start for r in runs]), max(r.end for r in runs), told.precision, told.span)


def _run_of_the_report(frames: list[Frame], date_frame: Frame) -> DateRange | None:
    """With no day written, the report's own day, reaching back to where a
    frame of the same day says the run began ("Mineros bloquean la
    Panamericana", the headline, and "mantienen bloqueada por segundo día la
    carretera", the lead: the blockade began the day before)."""
    when = date_frame.date
    if date_frame.date_explicit or when is None or when.precision != "day":
        return when
    starts = [
        f.date.start for f in frames
        if f.date is not None and f.date.precision == "day" and f.date.end == when.end and f.date.start < when.start
        # the run's day counted ("por segundo día"), not a bare "continúa" ("la marcha continúa hacia la Asamblea")
        and f.view.has("continuation") and f.view.has("run_day")
    ]
    if not starts:
        return when
    return DateRange(min(starts), when.end, when.precision, when.span)


def _span_of_days(frames: list[Frame], first: DateRange | None) -> DateRange | None:
    """The first explicit date, stretched over the explicit single days that
    follow or precede it without a gap ("last Friday" and "on October 19"
    of one riot make 18-19 October)."""
    if first is None or not _narrow(first):
        return first
    days = sorted({f.date.start for f in frames if f.date_explicit and f.date and f.date.start == f.date.end})
    start, end = first.start, first.end
    for d in reversed([d for d in days if d < start]):
        if (start - d).days == 1:
            start = d
    for d in [d for d in days if d > end]:
        if (d - end).days == 1:
            end = d
    if (start, end) == (first.start, first.end):
        return first
    return DateRange(start, end, first.precision, first.span)


#: Sub-types a sentence with no scope of its own may give the protest of its paragraph.
_DETAIL_SUB_TYPES = ("intervention", "violent_demonstration")


def _typing_of(frames: list[Frame]) -> Typing:
    """The most severe typing among the frames that say something of their own.

    A sentence that inherits its place and gives no figure
    ("the regime's killings of demonstrators") is commentary on the story; it
    may found an event when nothing else does, but it should not turn a
    nationwide strike that the article reports in detail into a massacre.
    Within a named place, inherited sentences are the incident's own details.
    """
    strong = [f for f in frames if f.place_explicit or f.counts or not _national(f)] or frames
    # "Finalmente, la policía interviene para dispersar la protesta", in the
    # paragraph of a placed protest, is that protest's own detail; only
    # lethal words stay commentary there.
    told = {f.view.paragraph for f in strong}
    chosen = {id(f) for f in strong}
    strong = strong + [f for f in frames if id(f) not in chosen and f.view.paragraph in told and f.typing.sub_type in _DETAIL_SUB_TYPES]
    typing = strong[0].typing
    for f in strong[1:]:
        typing = more_severe(typing, f.typing)
    if (typing.type, typing.sub_type) == ("riot", "violent_demonstration") and any(f.typing.sub_type == "mob_violence" and "fatalities" in f.counts for f in strong):
        # "burned the police station ... hours later a mob beat an officer to
        # death": the crowd's killing is the riot's most severe phase (GUIDELINES:
        # a police officer killed by a crowd is mob violence)
        typing = next(f.typing for f in strong if f.typing.sub_type == "mob_violence" and "fatalities" in f.counts)
    return typing


def _national(f: Frame) -> bool:
    return f.place is None or f.place.precision == "country"


def _named_in_sentences(frames: list[Frame], measure: str) -> int:
    """How many people the incident's sentences count by name for ``measure``,
    when more than one sentence does ("Beckham Quispe murió el 11 de diciembre
    en Andahuaylas. Ese mismo día murió David Atequipa, en el mismo
    distrito": two dead, each told alone); 0 otherwise. A name that repeats
    words of another ("Víctor Santisteban", then "Santisteban") is that person."""
    told = [(f.view, c.names) for f in frames if (c := f.counts.get(measure)) is not None and c.names]
    if len({id(view) for view, _ in told}) < 2:
        return 0
    people: list[frozenset[str]] = []
    for _, names in told:
        for name in names:
            words = frozenset(name.lower().split())
            if not any(words <= known or known <= words for known in people):
                people.append(words)
    return len(people)


GROUP_REACH = 12  # chars from a number to the noun of the group it counts ("seis de sus efectivos", "eight civilians")


def group_counted(view: SentenceView, c: Count) -> str | None:
    """Whom a count counts, when its noun names one side: "forces" ("seis de
    sus efectivos", "six officers") or "civilians" ("ocho civiles", "eight
    protesters"); None for people at large ("ocho personas", "ten injured"),
    who may be of either side."""
    if c.figure.span is None:
        return None
    end = c.figure.span.end
    heads = people_heads()
    for m in view.of("actor"):
        if 0 <= m.start - end <= GROUP_REACH:
            if m.label in STATE_FORCES:
                return "forces"
            if m.label not in NOT_A_CROWD and fold(m.term).lower() not in heads:
                return "civilians"
    return None


def of_the_other_side(told: Count, told_in: Frame, c: Count, group: str | None) -> bool:
    """The count ``told`` of ``told_in`` and ``c`` (whose group is ``group``) count
    the two sides that share no one: one officers, the other civilians ("La
    Policía informó que seis de sus efectivos resultaron heridos. La Defensoría
    reportó ocho civiles heridos"). The group of ``told`` is read off the frame's
    own sentence, or was recorded when a later sentence added it (``count_groups``)."""
    if group is None or told.vague or c.vague or told.single or c.single:
        return False
    if c.measure in told_in.count_groups:
        before = told_in.count_groups[c.measure]
    elif told.figure.span is not None and told_in.view.span.start <= told.figure.span.start < told_in.view.span.end:
        before = group_counted(told_in.view, told)
    else:
        before = None
    return before is not None and before != group


def added_to(first: Count, more: Count) -> Count:
    """ "Edgar Prado murió el 15 de diciembre en Huamanga. Ese día murieron
    otras nueve personas": a count told as more than the one told before it,
    in another sentence of the same incident, adds to it (ten dead, not nine)."""
    a, b = first.figure, more.figure
    qualifier = b.qualifier if a.qualifier == "exact" else a.qualifier
    figure = Figure(a.low + b.low, a.high + b.high, qualifier, b.attributed_to or a.attributed_to, b.span)
    return replace(more, figure=figure)


def prefer_count(new: Count, old: Count) -> bool:
    """Within one article, a number beats a word for a size ("al menos 20
    heridos" in the body over "decenas de heridos" in the headline); among
    numbers, the larger is the later, fuller count. One victim told alone
    ("a farmer whose nephew was wounded") is one of a toll told as a size
    ("dozens injured"), never the toll itself."""
    if new.single != old.single and (new.vague or old.vague):
        return old.single
    if new.vague != old.vague:
        return old.vague
    rounded = _ROUNDED & {new.figure.qualifier, old.figure.qualifier}
    if rounded and new.figure.qualifier != old.figure.qualifier and _near(new.figure.low, old.figure.low):
        # "detiene a casi 200 personas" in the headline, "detuvieron a 193" in the lead: the exact count
        return new.figure.qualifier not in _ROUNDED
    return new.figure.low > old.figure.low


#: Qualifiers of a rounded figure ("casi 200", "unas mil").
_ROUNDED = frozenset({"about", "at_most"})
ROUNDING = 0.1  # how far a rounded figure may lie from the exact one it rounds


def _near(a: int, b: int) -> bool:
    return abs(a - b) <= ROUNDING * max(a, b)


def _extend(target: list[str], items: list[str]) -> None:
    for i in items:
        if i not in target:
            target.append(i)


def _title_of_other_places(frames: list[Frame], views: list[SentenceView]) -> SentenceView | None:
    """ "Chiclayo y Arequipa marchan contra la extorsión" over "En Arequipa, transportistas
    realizaron un plantón": a headline that names other places beside this event's sums up
    all of them with one verb, so when the body tells this place's own action its forms are
    that action's, not the headline's. Returns that headline view (None when there is none)."""
    title = next((v for v in views if _is_title(v) and forms_of(v)), None)
    if title is None or len(title.places) < 2 or not any(forms_of(v) for v in views if v is not title):
        return None
    own = next((f.place.gazetteer_id for f in frames if f.view is title and f.place is not None and f.place.gazetteer_id), None)
    if own is None:
        return None
    # (a place of the headline is another when none of its readings is this place, above or within it)
    others = [p for p in title.places if not any(c.startswith(own) or own.startswith(c) for c in getattr(p, "candidates", ()) or ())]
    return title if others else None


def _unique_views(frames: list[Frame]) -> list[SentenceView]:
    seen: dict[int, SentenceView] = {}
    for f in frames:
        seen.setdefault(f.view.sentence.index, f.view)
    return list(seen.values())


def dates_overlap(a: DateRange | None, b: DateRange | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


SEPARATE = "separate_incident"  # the cue of a frame told as another incident of the day (reader_last.LastIncidentReading._separate_incident)


def same_incident(a: Frame, b: Frame) -> bool:
    if a.typing.family != b.typing.family or a.admin_key != b.admin_key:
        return False
    if a.typing.type == "strategic_development" and a.typing.sub_type != b.typing.sub_type:
        return False
    if a.typing.type == "violence_against_civilians" and a.view is not b.view and not (_is_title(a.view) or _is_title(b.view)):
        return False  # attacks told in two sentences are two attacks; a headline restates one
    if {a.typing.sub_type, b.typing.sub_type} == {"mob_violence", "excessive_force"}:
        # a crowd killing an officer and the police killing protesters are two
        # incidents, even on the same day in the same town
        return False
    if a.view is not b.view and (SEPARATE in a.cues or SEPARATE in b.cues) and a.typing.sub_type != b.typing.sub_type:
        # "[Cientos de trabajadores marcharon ...] Asimismo, se reportan enfrentamientos en la noche entre vecinos
        # de los barrios ... y la Fuerza Pública": another crowd's incident of another kind (reader_last.LastIncidentReading._separate_incident)
        return False
    if _other_kind(a, b) and a.place_explicit and b.place_explicit and _apart(a.place, b.place):
        # the airport stormed in one district and a crowd shot at in another,
        # the same day in the same region: two incidents, each its own kind
        return False
    if a.date_explicit and b.date_explicit:
        if _unrest_in_one_town(a, b):
            # rioting in one town on successive days ("last Friday" and the
            # caption's Saturday) is one multi-day riot; deadly days stay apart
            return _narrow(a.date) and _narrow(b.date) and dates_overlap(_widen(a.date), b.date)
        return bool(a.date and b.date and a.date.start == b.date.start and a.date.end == b.date.end) or (
            dates_overlap(a.date, b.date) and _narrow(a.date) and _narrow(b.date)
        )
    if a.date_explicit != b.date_explicit and a.typing.type == "strategic_development":
        # An inherited date is the article's guess (often the publication
        # day); a measure announced one day and in force the next is one
        # measure. Protests on successive days stay apart.
        return dates_overlap(_widen(a.date), b.date)
    if a.date_explicit != b.date_explicit and _worse_day_of_a_run(*((a, b) if b.date_explicit else (b, a))):
        return False
    return dates_overlap(a.date, b.date)


def _worse_day_of_a_run(day: Frame, run: Frame) -> bool:
    """ "Desde el 4 de enero, comunidades bloquean las vías" then "El miércoles 11,
    manifestantes intentaron ingresar al aeropuerto. La Policía los repelió con
    gases": the force of the sentences after a day written in the text (they
    inherit it) is that day's incident, not a phase of the run of days told
    before; only a day no more severe than the run folds into it (as in
    ``_a_day_of``). A sentence dated only by the article (no day of its own
    paragraph) still joins the run."""
    if day.typing.family != "demonstration" or run.typing.family != "demonstration":
        return False
    if day.date is None or run.date is None or day.date.span is None:
        return False
    if day.date.span == run.date.span and (day.date.end != run.date.end or day.date.start == run.date.start):
        # (a day inherited from the run's own words is the run's; but "Ayacucho vivió su segundo día de
        # paro el jueves 15 de diciembre. Los manifestantes intentaron tomar el aeropuerto": the run
        # counted back from the day written, and the sentence after it on that day, its last)
        return False
    if not _narrow(day.date) or run.date.end - run.date.start <= day.date.end - day.date.start:
        return False
    if _narrow(run.date) and day.date.span != run.date.span:
        return False  # (two days told as such are one stretch; a run of two counted back from its day is not)
    return SEVERITY.get((day.typing.type, day.typing.sub_type), -1) > SEVERITY.get((run.typing.type, run.typing.sub_type), -1)


def _other_kind(a: Frame, b: Frame) -> bool:
    """Two kinds of incident: different sub-types, neither a bare clash
    ("enfrentamientos con la policía" is the same confrontation as the
    police's force, told from the other side)."""
    return a.typing.sub_type != b.typing.sub_type and not _bare_clash(a) and not _bare_clash(b)


def _bare_clash(f: Frame) -> bool:
    riot = f.view.of("riot")
    return f.typing.sub_type == "violent_demonstration" and bool(riot) and all(m.label == "clash" for m in riot)


LOCAL_PRECISIONS = frozenset({"province", "district", "locality", "landmark"})


def _apart(p: Place | None, q: Place | None) -> bool:
    """Two places below the region that are not one within the other: other
    districts or towns ("Cerro Colorado" and "Uchumayo"), or a landmark of
    another district. The airport of a town and the town, a district and
    its province, two landmarks of one district are one scene."""
    if p is None or q is None or p.precision not in LOCAL_PRECISIONS or q.precision not in LOCAL_PRECISIONS:
        return False
    if p.name == q.name or p.name in (q.admin2, q.admin3) or q.name in (p.admin2, p.admin3):
        return False
    if p.admin3 is not None and p.admin3 == q.admin3:
        return False
    return not (p.precision == "province" and p.admin2 == q.admin2 or q.precision == "province" and q.admin2 == p.admin2)


def _is_title(view: SentenceView) -> bool:
    """The article's first line, when it stands alone as its headline."""
    return view.sentence.index == 0 and view.paragraph == 0 and not view.text.rstrip().endswith(".")


def _unrest_in_one_town(a: Frame, b: Frame) -> bool:
    subs = {a.typing.sub_type, b.typing.sub_type}
    return (
        "violent_demonstration" in subs
        and "excessive_force" not in subs
        and a.typing.family == "demonstration"
        and a.place is not None
        and b.place is not None
        and a.place.precision != "country"
        and a.place.name == b.place.name
        and not (a.view is not b.view and (_day_opens_its_sentence(a) or _day_opens_its_sentence(b)))
    )


def _day_opens_its_sentence(f: Frame) -> bool:
    """The frame's own day opens its sentence ("On Tuesday, protesters again attacked ...",
    "El martes, saquearon ..."): a chronicle told day by day, each day its own incident
    (rioting in one town on successive days told so stays apart)."""
    d = f.date
    if d is None or d.span is None or d.start != d.end or not f.date_explicit:
        return False
    at = d.span.start - f.view.span.start
    return 0 <= at and len(f.view.text[:at].split()) <= 1


def _widen(d: DateRange | None, days: int = 1) -> DateRange | None:
    if d is None:
        return None
    return DateRange(d.start - timedelta(days=days), d.end + timedelta(days=days), d.precision, d.span)


def _narrow(d: DateRange | None) -> bool:
    return d is not None and (d.end - d.start) <= timedelta(days=2)


def group_frames(frames: list[Frame]) -> list[list[Frame]]:
    """Greedy, order-preserving grouping of frames into incidents.

    A frame joins the first group all of whose members it matches. Members
    that agree on everything ``same_incident`` reads are compared once, so a
    long article repeating one incident stays linear.
    """
    groups: list[list[Frame]] = []
    kinds: list[dict[tuple, Frame]] = []
    for f in frames:
        home = next((i for i, reps in enumerate(kinds) if all(same_incident(f, other) for other in reps.values())), None)
        if home is None:
            home = next((i for i, reps in enumerate(kinds) if _a_day_of(f, list(reps.values()))), None)
        if home is None:
            home = next((i for i, reps in enumerate(kinds) if _the_run_of_its_days(f, list(reps.values()))), None)
        if home is None:
            home = next((i for i, reps in enumerate(kinds) if any(_cleared(f, r) or _cleared(r, f) for r in reps.values())), None)
        if home is None:
            groups.append([f])
            kinds.append({_signature(f): f})
        else:
            groups[home].append(f)
            kinds[home].setdefault(_signature(f), f)
    return groups


def _a_day_of(f: Frame, reps: list[Frame]) -> bool:
    """One day (or two) of a stretch already told as one action in the same region.

    "three days of strike, 13 to 15 November" then "on Thursday most buses
    ran" is the strike's second day, not a new strike; "protesters took to
    the streets on Friday" inside a riot told over Friday and Saturday is
    that riot's peaceful phase. The stretch is the span of the group's
    explicit days. Only a day no more severe than the stretch folds in: a
    massacre on one day of a week of marches stays its own incident.
    """
    d = f.date
    if not f.date_explicit or d is None or not _narrow(d) or f.typing.family != "demonstration":
        return False
    told = [r for r in reps if r.date_explicit and r.date is not None and r.admin_key == f.admin_key and r.typing.family == f.typing.family]
    # ("The bloodbath in Puno this week ..." then "On Monday, January 9, ... in Juliaca": a week named in
    # passing is no stretch of one action whose days a march elsewhere in the region would be)
    told = [r for r in told if r.date.precision != "week"] if len(told) > 1 else told
    if not told or f.typing.sub_type not in ("peaceful", *(r.typing.sub_type for r in told)):
        return False
    start = min(r.date.start for r in told)
    end = max(r.date.end for r in told)
    # A stretch longer than a week is one action only when the day names the
    # same action ("18 days of national strike" ... "the national strike ended today").
    same_action = set(forms_of(f.view)) & {x for r in told for x in forms_of(r.view)}
    limit = LONG_ACTION_DAYS if same_action else SPAN_DAYS
    # ("on Thursday and Friday most buses ran": two of its days)
    return (d.end - d.start) < (end - start) <= timedelta(days=limit) and start <= d.start and d.end <= end


def _the_run_of_its_days(run: Frame, reps: list[Frame]) -> bool:
    """ "Los mineros iniciaron una huelga indefinida el 4 de enero" then "Desde hace
    diez días bloquean la Panamericana": a run of days told after the day it began
    (or days within it) is the same action, as a day told after its run is
    (``_a_day_of``, the same rule read the other way): the group's days are all
    single days of the same family and region, inside the run, no more severe
    than it, and one of them names the run's own action."""
    d = run.date
    # (a run counted back from the report, "llevan diez días de bloqueo", is dated by its own words too)
    if not (run.date_explicit or run.view.has("run_day")) or d is None or d.precision != "day" or _narrow(d) or run.typing.family != "demonstration":
        return False
    if (d.end - d.start).days > LONG_ACTION_DAYS:
        return False
    days = [r for r in reps if r.date_explicit and r.date is not None]
    if not days or any(r.admin_key != run.admin_key or r.typing.family != run.typing.family or not _narrow(r.date) for r in days):
        return False
    # (the day it began may be the one before the days counted back from the report)
    if any(not (d.start - ADJACENT <= r.date.start and r.date.end <= d.end) or r.typing.sub_type not in ("peaceful", run.typing.sub_type) for r in days):
        return False
    if set(forms_of(run.view)) & {x for r in days for x in forms_of(r.view)}:
        return True
    # ("iniciaron una huelga el 4 de enero" and "desde hace diez días bloquean la vía": the run
    # that starts on the day the action began is that action, whatever form each sentence names)
    return any(r.view.has("prior", "onset") and abs((r.date.start - d.start).days) <= 1 for r in days)


STANDING_FORMS = frozenset({"roadblock", "occupation", "sit_in"})  # actions that stand until someone removes them


def _cleared(clearing: Frame, standing: Frame) -> bool:
    """ "Residents had blocked the highway since Friday" then "at dawn on
    Wednesday police cleared the road": force that removes a blockade or an
    occupation still standing ends that protest; it is one incident (the
    blockade, now an intervention), not a second one on the day it was
    cleared. The clearing falls within the blockade's days or the day after
    its last, in the same region and not at another named place."""
    if not clearing.view.has("clearing") or clearing.typing.sub_type != "intervention":
        return False
    if standing.typing.family != "demonstration" or standing.admin_key != clearing.admin_key or not standing.date_explicit:
        return False
    a, b = standing.date, clearing.date
    if a is None or b is None or b.start != b.end or not a.start < b.start <= a.end + timedelta(days=1):
        return False
    if (a.end - a.start).days > LONG_ACTION_DAYS or not STANDING_FORMS & set(forms_of(standing.view)):
        return False
    p, q = clearing.place, standing.place
    return not (
        clearing.place_explicit and standing.place_explicit and p is not None and q is not None
        and p.precision not in ("country", "department") and q.precision not in ("country", "department") and p.name != q.name
    )


ADJACENT = timedelta(days=1)  # days apart that still touch (the scorer's one-day slack)
PARAGRAPH_DAY = "date:paragraph"  # a frame's cue: its day was written earlier in its paragraph


def _on_its_paragraphs_other_day(undated: list[Frame], dated: list[Frame]) -> bool:
    """ "On the morning of January 4, ... they stopped everything. Markets
    closed, and rocks lay across the roads leading out of Puno, Juliaca and
    Ilave": a sentence whose paragraph wrote its day is that day's, not the
    incident of another day at the same place ("Five days later, on January
    9, ... Juliaca"). A toll on the paragraph's day stays there even a day
    from a dated action without one ("lo que ocurrió el miércoles [...] Dos
    personas murieron en Macusani" then "El jueves, la provincia amaneció en
    paro"): the dead are not the next day's strike's.
    The group's other sentences, told on after it ("Hacia el mediodía la marcha
    llegó a la comisaría"), carry on that day: one of them anchored to the
    paragraph's day is enough, when none is on the other group's."""
    deadly = any("fatalities" in f.counts for f in undated) and not any("fatalities" in r.counts for r in dated)
    slack = timedelta(0) if deadly or _violence_elsewhere(undated, dated) else ADJACENT
    anchored = any(PARAGRAPH_DAY in f.cues for f in undated) if deadly else all(PARAGRAPH_DAY in f.cues for f in undated)
    return anchored and all(
        f.date is not None
        and all(r.date is None or not r.date_explicit or f.date.end < r.date.start - slack or f.date.start > r.date.end + slack for r in dated)
        for f in undated
    )


_VIOLENT = frozenset({"violent_demonstration", "mob_violence", "intervention", "excessive_force"})


def _violence_elsewhere(undated: list[Frame], dated: list[Frame]) -> bool:
    """ "El domingo, manifestantes se enfrentaron con la policía en la región Puno." then
    "El lunes ... Por la tarde, una turba incendió la comisaría de Juliaca": violence on
    the paragraph's own day at a place other than the one named for the violence of
    another day (a town of the region, not the region again) is its own incident, not
    that day's, even a day apart (the one-day slack is for a quiet day's mention)."""
    if not all(f.typing.sub_type in _VIOLENT for f in undated + dated):
        return False
    names = {f.place.name for f in dated if f.place is not None}
    return any(f.place_explicit and f.place is not None and f.place.name not in names for f in undated)


def attach_undated(groups: list[list[Frame]]) -> list[list[Frame]]:
    """Fold a group with no date of its own into the dated incident of the same
    family at the same named place ("The Juliaca massacre has unleashed ..."
    after "On January 9, ... in Juliaca, police killed 18"): an undated
    mention of a place's incident refers back to it, it is not a second
    incident on the publication day."""
    dated = [g for g in groups if any(f.date_explicit for f in g)]
    out: list[list[Frame]] = []
    for g in groups:
        target = None
        if not any(f.date_explicit for f in g):
            target = next((
                d for d in dated
                if _same_named_place(g, d) and not _recalled_beside(g, d) and not _worse_days_of(g, d) and not _on_its_paragraphs_other_day(g, d)
                and not _crowd_and_force_killings(g, d)
            ), None)
            if target is None and all(_is_title(f.view) for f in g):
                target = next((d for d in dated if _headline_of(g, d)), None) or _measure_of_headline(g, dated)
            if target is None and any(_is_title(f.view) for f in g):
                target = _arrests_of_headline(g, dated)
                for f in g if target is not None else ():
                    f.typing = target[0].typing  # (the body tells what the arrests were: its reading stands)
            if target is None and not any(f.place_explicit for f in g):
                target = _told_just_before(g, out)
        if target is None:
            out.append(g)
        else:
            target.extend(g)
    return out


def _crowd_and_force_killings(undated: list[Frame], dated: list[Frame]) -> bool:
    """ "On Monday police killed 17 protesters in Juliaca. That same night, a
    police patrol car was attacked by a crowd in Juliaca and the officer was
    burned to death": a crowd killing an officer and the police killing
    protesters are two incidents (``same_incident``), even when the second
    only inherits the first one's day and town."""
    kinds = {f.typing.sub_type for f in undated}, {f.typing.sub_type for f in dated}
    return any({a, b} == _NEVER_ONE for a in kinds[0] for b in kinds[1])


_NEVER_ONE = {"mob_violence", "excessive_force"}


def _worse_days_of(undated: list[Frame], dated: list[Frame]) -> bool:
    """The undated group is force on a day the text wrote (its sentences inherit
    it) within a run of days the dated group tells: that day's incident, which
    grouping kept apart (``_worse_day_of_a_run``), not the run's."""
    return any(_worse_day_of_a_run(f, r) for f in undated for r in dated if r.date_explicit)


def _recalled_beside(undated: list[Frame], dated: list[Frame]) -> bool:
    """ "In Puno, where 18 people were killed in January, thousands marched in
    Juliaca": the dated group is an incident the sentence recalls beside the
    one it tells (``recalled.past_incident``), which is another."""
    told = {f.view.sentence.index for f in undated}
    if not all("past_incident" in f.typing.cues and f.view.sentence.index in told and f.date is not None and f.date.span is not None for f in dated):
        return False
    # ... when the recalled day stands in a clause of its own, apart from the
    # forms of the incident told ("The march in Puno on January 28 left one
    # dead" tells one incident, its day ahead of the stated publication), or inside the kin's
    # phrase before their own action ("Relatives of the 18 people killed on January 9 held a vigil")
    view = undated[0].view
    base = view.span.start
    words = view.of("form") + view.of("riot")
    return bool(words) and all(
        any(ch in ",;" for ch in view.text[min(m.start, f.date.span.start) - base : max(m.start, f.date.span.start) - base])
        or f.date.span.end <= m.start and in_mourned_clause(view, f.date.span.start, kin=True)
        for f in dated
        for m in words
    )


def _told_just_before(undated: list[Frame], before: list[list[Frame]]) -> list[Frame] | None:
    """ "More than a million people marched ... on Friday." then "The march was
    largely peaceful.": a sentence with neither a day nor a place of its own
    goes on about the incident told last, when that one is of the same kind
    in the same region and a day back at most; it is not another incident on
    the publication day. Only a peaceful reading folds in: a clash or force
    told without a day is its own incident."""
    a = undated[0]
    if a.typing.type == "strategic_development" or not before:
        return None
    last = before[-1]
    b = last[0]
    if b.typing.family != a.typing.family or b.admin_key != a.admin_key or not any(f.date_explicit for f in last):
        return None
    if any(f.typing.sub_type != "peaceful" or f.date is None for f in undated):
        return None  # (a clash or force told alone is its own incident, even undated)
    ends = [f.date.end for f in last if f.date_explicit and f.date is not None]
    if not all(0 <= (f.date.start - max(ends)).days <= 1 for f in undated):
        return None
    return last


HEADLINE_LAG_DAYS = 3  # a headline dated by publication restates a lead incident at most this much older
# ...or older still, up to this, when the body tells nothing of its kind and region on the headline's
# day: a profile or a roundup a week on ("the man who went to march in Lima and never came home")
HEADLINE_STALE_DAYS = 31


def _told_on_its_day(title: Frame, body: list[Frame]) -> bool:
    """Whether the body tells an incident of the headline's kind and region on
    the day the headline was given (publication): one it may restate instead."""
    return any(f.date is not None and dates_overlap(f.date, title.date) for f in body)


def date_title_by_lead(frames: list[Frame]) -> None:
    """ "Two teenagers killed as protesters clash with police in Andahuaylas"
    above "... were killed on Sunday when protesters clashed with police in
    ...": a wire headline in the present tense carries no date of its own, but
    it restates the lead, so it takes the day of the first incident the body
    tells of the same kind in the same region, when that day is explicit and
    a few days back at most. Dated by publication instead, it would join a
    later incident of the day (Monday's roadblocks) and carry the lead's dead
    to it."""
    for title in frames:
        if not _is_title(title.view) or title.date_explicit or title.date is None or title.typing.type == "strategic_development":
            continue
        body = [f for f in frames if not _is_title(f.view) and f.typing.family == title.typing.family and f.admin_key == title.admin_key]
        lead = next(iter(body), None)
        worse = _lead_of_its_kind(title, body)
        if worse is not None and lead is not None and worse is not lead and lead.date is not None and worse.date is not None and (
            lead.date.start <= worse.date.start and worse.date.end <= title.date.end
        ):
            # "Comunero muere en enfrentamiento" above a run of blockades "desde el 4 de
            # enero" and, paragraphs later, the day of the clash: the headline's
            # dead are the clash's, so it takes the clash's day, not the run's
            title.date = worse.date
            continue
        if lead is None or not lead.date_explicit or lead.date is None:
            continue
        lag = (title.date.start - lead.date.start).days
        if lead.date.end <= title.date.end and (
            0 < lag <= HEADLINE_LAG_DAYS or HEADLINE_LAG_DAYS < lag <= HEADLINE_STALE_DAYS and not _told_on_its_day(title, body)
        ):
            title.date = lead.date


def _lead_of_its_kind(title: Frame, body: list[Frame]) -> Frame | None:
    """The first frame of the body typed as the headline is, when the headline
    tells force or violence and that frame is dated to one day written in the text."""
    if title.typing.sub_type == "peaceful":
        return None
    f = next((f for f in body if f.typing.sub_type == title.typing.sub_type), None)
    if f is None or f.date is None or f.date.span is None or not _narrow(f.date):
        return None
    return f


def _headline_of(title: list[Frame], dated: list[Frame]) -> bool:
    """ "Dos jóvenes fallecidos tras enfrentamientos en el aeródromo" above
    "Dos jóvenes perdieron la vida ayer en Huancabamba": a headline with no
    date of its own restates the lead's incident of the same kind in the same
    region, told a few days back at most (the headline names the province,
    the lead the district, so the place names need not agree)."""
    a, b = title[0], dated[0]
    if a.typing.family != b.typing.family or a.admin_key != b.admin_key or a.typing.type == "strategic_development":
        return False
    if a.date is None or b.date is None:
        return False
    start = _first_told_day(dated)
    return start is not None and 0 <= (a.date.start - start).days <= HEADLINE_LAG_DAYS


def _arrests_of_headline(title: list[Frame], dated: list[list[Frame]]) -> list[Frame] | None:
    """ "Peru police raid university campus, detain nearly 200 protesters" above
    a lead that tells the raid as arrests not tied to one protest ("detained
    193 people who had been sheltering on the campus"): a headline whose only
    state response is the arrests (with the undated sentences that went with
    it) restates the body's dated arrests in the same region, told a few days
    back at most; it is not a second incident. So does a headline of arrests
    ("Policía detiene a casi 150 personas en una universidad") above arrests made
    at a protest the body tells ("detuvieron a 146 personas que ocupaban el campus")."""
    if not all(_arrests_only(f) for f in title):
        return None
    a = title[0]
    if a.date is None:
        return None
    return next((
        g for g in dated
        if _arrests_told(g) and g[0].admin_key == a.admin_key
        and (start := _first_told_day(g)) is not None and 0 <= (a.date.start - start).days <= HEADLINE_LAG_DAYS
    ), None)


def _arrests_only(f: Frame) -> bool:
    """A frame read only as arrests: an arrest step, or arrests at a protest with no other force."""
    return (f.typing.type, f.typing.sub_type) == ("strategic_development", "arrests") or (
        f.typing.sub_type == "intervention" and f.typing.cues == ("tactic:arrests",)
    )


def _arrests_told(group: list[Frame]) -> bool:
    """A group that tells arrests: an arrest step, or a protest intervened with arrests counted."""
    head = group[0].typing
    if (head.type, head.sub_type) == ("strategic_development", "arrests"):
        return True
    return (head.type, head.sub_type) == ("protest", "intervention") and any("arrests" in f.counts for f in group)


def _first_told_day(group: list[Frame]) -> date | None:
    """The earliest day a group's frames write out (None when none does)."""
    return min((f.date.start for f in group if f.date_explicit and f.date is not None), default=None)


def _measure_of_headline(title: list[Frame], dated: list[list[Frame]]) -> list[Frame] | None:
    """ "Ayacucho buries its dead as night curfew takes hold" above a lead on
    Sunday's funeral and, further down, "On Friday the government imposed a
    night curfew": a state measure in an undated headline is the body's dated
    measure of the same kind in the same region, the latest one told a few
    days back at most; it is not a second measure on the lead's day."""
    a = title[0]
    if a.typing.type != "strategic_development" or a.date is None:
        return None
    best: list[Frame] | None = None
    best_start: date | None = None
    for g in dated:
        b = g[0]
        if b.typing.type != a.typing.type or b.typing.sub_type != a.typing.sub_type or b.admin_key != a.admin_key:
            continue
        start = _first_told_day(g)
        if start is not None and 0 <= (a.date.start - start).days <= HEADLINE_LAG_DAYS and (best_start is None or start > best_start):
            best, best_start = g, start
    return best


def _same_named_place(undated: list[Frame], dated: list[Frame]) -> bool:
    a, b = undated[0], dated[0]
    if a.typing.family != b.typing.family or a.admin_key != b.admin_key or a.typing.type == "strategic_development":
        return False
    places = [f.place for f in undated if f.place_explicit and f.place and f.place.precision != "country"]
    there = [f.place for f in dated if f.place]
    return bool(places) and all(any(p.name == q.name or _lies_within(p, q) for q in there) for p in places)


#: How much of the admin chain a place of each precision fixes (admin1, admin2, admin3).
_CHAIN_DEPTH = {"district": 3, "locality": 3, "province": 2, "department": 1}


def _lies_within(inner: Place, outer: Place) -> bool:
    """ "el aeropuerto Alfredo Mendívil Duarte" inside the incident "en
    Ayacucho": a landmark or town whose admin chain runs through the district,
    province or region the dated incident names."""
    depth = _CHAIN_DEPTH.get(outer.precision)
    if depth is None or inner.country != outer.country:
        return False
    chain = lambda p: (p.admin1, p.admin2, p.admin3)[:depth]  # noqa: E731
    return None not in chain(outer) and chain(inner) == chain(outer)


def _signature(f: Frame) -> tuple:
    """Everything ``same_incident`` looks at, so equal signatures compare alike."""
    d = f.date
    return (
        f.typing.type,
        f.typing.sub_type,
        f.admin_key,
        f.date_explicit,
        (d.start, d.end) if d else None,
        id(f.view) if f.typing.type == "violence_against_civilians" or SEPARATE in f.cues else None,
    )


def is_background(d: DateRange | None, published: date | None, deadly: bool = False) -> bool:
    """Whether an incident of day(s) ``d`` is another era's (or ahead of the
    story); ``deadly`` when its dead or wounded are counted, which a day-precise
    date keeps news for ``DEADLY_RECALL_DAYS``; so does a week's ("Two years ago this week,
    soldiers opened fire at the airport in Ayacucho")."""
    if d is None or published is None:
        return False
    age = DEADLY_RECALL_DAYS if deadly and d.precision in ("day", "week") else BACKGROUND_DAYS
    return (published - d.end).days > age or (d.start - published).days > 2


def _own_days(view: SentenceView, places: list[tuple[Place | None, bool]]) -> dict[int, DateRange]:
    """ "fired on protesters in Ayacucho on 15 December and in Juliaca on 9
    January": each region named with a date of its own right after it (before
    the next region) keeps that date. Only when every region has one and they
    differ; otherwise the sentence's date stands for all (keyed by ``id`` of
    the place)."""
    if len(places) < 2 or len(view.dates) < 2:
        return {}
    spans = sorted(((p.span.start, p.span.end), id(p)) for p, _ in places if p is not None and p.span is not None)
    if len(spans) != len(places):
        return {}
    own: dict[int, DateRange] = {}
    for i, ((_, end), key) in enumerate(spans):
        limit = spans[i + 1][0][0] if i + 1 < len(spans) else view.span.end
        # ("Officials said on Monday that 17 died in Juliaca, the deadliest day since protests resumed on 4
        # January": a movement's first day or a run's "since" is no day of the region before it)
        after = [m for m in view.dates if end <= m.span.start < limit and m.kind != "since" and not dates_prior_event(view, m)]
        if not after:
            return _own_days_before(view, spans)
        own[key] = after[0].range
    return own if len({(r.start, r.end) for r in own.values()}) == len(own) else {}


def _own_days_before(view: SentenceView, spans: list[tuple[tuple[int, int], int]]) -> dict[int, DateRange]:
    """ "El 9 de enero murieron 18 personas en Juliaca y el 15 de diciembre 10
    en Huamanga": each region with a date of its own before it (after the
    region before) keeps the last such date; again only when every region has
    one and they differ (:func:`_own_days`, where each date follows its region)."""
    own: dict[int, DateRange] = {}
    for i, ((start, _), key) in enumerate(spans):
        floor = spans[i - 1][0][1] if i else view.span.start
        before = [m for m in view.dates if floor <= m.span.start and m.span.end <= start and m.kind != "since" and not dates_prior_event(view, m)]
        if not before:
            return {}
        own[key] = before[-1].range
    return own if len({(r.start, r.end) for r in own.values()}) == len(own) else {}


def _one_count_each(counts: list[Count]) -> dict[str, Count]:
    """One count per measure for a sentence's incident. Two of one measure left
    apart by ``counts_in`` are one toll told twice or by two sources; the fuller
    wins (``prefer_count``), not the last: "at least 20 residents were hurt;
    police reported several officers injured" keeps the 20, a number over a word."""
    incident: dict[str, Count] = {}
    for c in counts:
        if c.measure not in incident or prefer_count(c, incident[c.measure]):
            incident[c.measure] = c
    return incident


def make_frames(
    view: SentenceView,
    counts: list[Count],
    dates: tuple[DateRange | None, bool],
    places: list[tuple[Place | None, bool]],
    typing: Typing | None = None,
) -> list[Frame]:
    """Frames for one sentence, one per region it names (or one if none).

    ``typing`` forces a reading (a sentence can report two things: a strike
    and the agreement that ended it); by default the sentence is classified.
    """
    incident = _one_count_each(counts)
    fat = incident["fatalities"].figure.low if "fatalities" in incident else 0
    typing = typing or classify(view, fat)
    if typing is None:
        return []
    d, d_explicit = dates
    own = _own_days(view, places) if d_explicit else {}
    others = _without_the_last_places_clause(view, places) if len(places) > 1 else None
    frames = []
    for place, p_explicit in places or [(None, False)]:
        told = others[1] if others is not None and place is not others[0] else view
        frame = Frame(told, typing, own.get(id(place), d), d_explicit, place, p_explicit, cues=list(typing.cues))
        frame.counts = {m: c for m, c in incident.items() if m in CASUALTY_MEASURES or m == "participants"}
        if len(places) > 1 and own:
            # "Two teenagers were killed in Andahuaylas on Dec. 11, and more deaths followed in Arequipa the
            # next day": each region told with its own day takes the counts told in its own stretch
            # (from every count, not one per measure: "the killing of 10 people in Ayacucho on December 15, and
            # of 17 civilians in Juliaca on January 9" gives each region its own dead)
            mine = _counts_of_its_day(counts, place, places, own, view.text, view.span.start)
            frame.counts = {m: c for m, c in _one_count_each(mine).items() if m in frame.counts} or _size_of_each_crowd(frame.counts)
        elif len(places) > 1:  # counts of a multi-region sentence belong to none of them alone
            frame.counts = _size_of_each_crowd(frame.counts) if len(places) <= CROWD_REGIONS else {}
        elif typing.family == "demonstration" and "fatalities" in frame.counts and killed_by_others(view):
            del frame.counts["fatalities"]  # a killing by gunmen beside the strike is not the strike's toll
        frames.append(frame)
    return frames


CROWD_REGIONS = 2  # regions a crowd's size word is told of, each (more: one crowd spread over a list)
WHERE_AFTER_PLACE = 2  # chars from the last place named to the ", where" that opens its clause


def _without_the_last_places_clause(view: SentenceView, places: list[tuple[Place | None, bool]]) -> tuple[Place, SentenceView] | None:
    """ "Smaller marches were also held in Cusco, Arequipa and Juliaca, where residents blocked
    a bridge": a where-clause that ends the sentence right after the last place of a list tells
    of that place alone; the other regions' frames read the sentence without it (their march
    blocked no bridge). (The place, and the view for the others), or None."""
    clauses = trailing_where_clauses(view)
    if not clauses:
        return None
    lo, hi = clauses[0]
    last = next((p for p, _ in places if p is not None and p.span is not None and 0 <= lo - p.span.end <= WHERE_AFTER_PLACE), None)
    if last is None or _list_of_named_divisions(view, places):
        return None
    return last, replace(view, matches=[m for m in view.matches if not lo <= m.start < hi])


LIST_HEAD_REACH = 24  # chars from a plural division word ("the regions of") to the first place of its list


def _list_of_named_divisions(view: SentenceView, places: list[tuple[Place | None, bool]]) -> bool:
    """ "Protests continued in the southern regions of Puno, Cusco and Apurimac, where roads
    remained blocked": a list headed by a plural division word is one set of places, and the
    where-clause after it tells of all of them, not of the last one alone."""
    first = min((p.span.start for p, _ in places if p is not None and p.span is not None), default=None)
    if first is None:
        return False
    return any(m.label == "places" and 0 <= first - m.end <= LIST_HEAD_REACH for m in view.of("counted_thing"))


def _counts_of_its_day(
    counts: list[Count], place: Place | None, places: list[tuple[Place | None, bool]], own: dict[int, DateRange], text: str, base: int
) -> list[Count]:
    """The counts a region told with its own day (``_own_days``) takes: a count
    told from the region's name to its day ("Two teenagers were killed in
    Andahuaylas on Dec. 11"), or before the first region, or after the day up
    to the next region when no new clause opens between ("in Ayacucho on 15
    December, killing ten, and in Juliaca ..."). Empty when a day's place is
    not known."""
    told = sorted((p.span.start, own[id(p)].span.end, id(p)) for p, _ in places if p is not None and p.span is not None and id(p) in own and own[id(p)].span is not None)
    if len(told) != len(places) or place is None:
        return []

    def region_of(at: int) -> int:
        for i, (start, end, key) in enumerate(told):
            if at < start:
                if i == 0:
                    return key
                gap = text[told[i - 1][1] - base : at - base]
                return key if _NEW_CLAUSE.search(gap) else told[i - 1][2]
            if at < end:
                return key
        return told[-1][2]

    return [c for c in counts if c.figure.span is not None and region_of(c.figure.span.start) == id(place)]


# a semicolon or a joining word (clauses.yaml ``coordinators``): the next region's clause has begun
_NEW_CLAUSE = re.compile(rf";|\b{alternation(lang_words('clauses', 'coordinators'))}\b", re.IGNORECASE)


def _size_of_each_crowd(counts: dict[str, Count]) -> dict[str, Count]:
    """What a count told once for several regions' events gives each of them:
    a crowd's size word ("Thousands marched in Lima and Cusco", "miles
    marcharon en Lima y Cusco") reads of each region's crowd, the range a
    coder gives each march (GUIDELINES §2: one event per region, participants
    as a range); a number ("5,000 marched in Lima and Cusco") is their sum,
    no region's own, and a toll stays the regions' total (``joint_tallies``).
    Only for a pair of regions (``CROWD_REGIONS``): "Cientos de personas
    bloquean diez puntos del país, tales como Santa Ana, Cartago, Heredia ..."
    is one crowd spread over the list, hundreds in all, not in each."""
    crowd = counts.get("participants")
    return {"participants": crowd} if crowd is not None and crowd.vague else {}


REGIONS_TOLD = 2  # regional events of the day that make a placeless lead their summary


def without_summary_leads(groups: list[list[Frame]]) -> tuple[list[list[Frame]], list[list[Frame]]]:
    """ "El paro de transportistas se sintió con fuerza este jueves. // En Trujillo
    ... En Piura ... En Chiclayo ...": a demonstration told only in sentences that
    name no place, no scope and no count of their own, on the day of demonstrations the
    article tells region by region, is their summary, not one more nationwide
    event (GUIDELINES §2: one event per region; admin1 null only when no region is named).
    A summary sums up the regions of its own country only.
    Returns (the groups kept, the summaries set apart)."""
    def placeless(g: list[Frame]) -> bool:
        return all(
            f.typing.family == "demonstration" and not f.place_explicit and _national(f) and not f.counts
            and not f.view.has("scope", "nationwide")
            for f in g
        )

    regional = [g for g in groups if any(f.place_explicit and not _national(f) and f.typing.family == "demonstration" for f in g)]
    if len({g[0].admin_key for g in regional}) < REGIONS_TOLD:
        return groups, []
    kept: list[list[Frame]] = []
    leads: list[list[Frame]] = []
    for g in groups:
        # (only regions of its own country: a weekly roundup's Argentine paragraph sums up no Peruvian region)
        summary = placeless(g) and sum(
            1 for r in regional if r[0].admin_key[0] == g[0].admin_key[0] and any(dates_overlap(f.date, h.date) for f in g for h in r)
        ) >= REGIONS_TOLD
        (leads if summary else kept).append(g)
    return kept, leads


def lend_lead_demands(events: list[EventMention], leads: list[EventMention]) -> None:
    """The claims a summary lead states ("contra la extorsión y el sicariato") are
    those of the regional demonstrations of its day it sums up."""
    for lead in leads:
        for e in events:
            if e.type in ("protest", "riot") and dates_overlap(e.date, lead.date) and _country(e) == _country(lead):
                _extend(e.demands, lead.demands)


def _country(e: EventMention) -> str | None:
    return e.place.country if e.place else None
