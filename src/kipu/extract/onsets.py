"""When an incident began, told in a sentence other than the one that founds it.

News often dates an incident by the day it reports ("protesters descended on
the capital") and says elsewhere that it started earlier: "the large
demonstrations, which began in the capital on Thursday", or "el paro nacional
continuará este jueves 14". Both move the event's first day back; the last
day stays the one the article reports. Two guards keep this from stretching
unrelated events: the event's own date must be inherited (no sentence of the
event states a day), or the continuation must name the event's very day; and
the onset must be in the event's region and at most ``MAX_ONSET_DAYS`` before.

The same pass, run on built events, handles three kindred spans: what was
"found the following morning" happened from the day before; a measure "after
violent protests" with no day of its own came on or after the protests' day;
state actions counted "so far" span from the movement's turning point.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from kipu.extract.classify import GENERIC_FORMS
from kipu.extract.context import ArticleContext
from kipu.extract.document import SentenceView
from kipu.extract.durations import told_length_days
from kipu.extract.events import Frame
from kipu.model import DateRange, EventMention

MAX_RESPONSE_DAYS = 3  # a measure "after the protests" answers protests at most this much older
MAX_ONSET_DAYS = 14  # an onset further back is the movement's, not this incident's
ONSET_GAP = 40  # chars between the onset verb and its day ("began in the capital on Thursday")
AFTER_GAP = 30  # chars between "after" and the protest word it governs


@dataclass(frozen=True)
class Onset:
    """A day some protest of ``forms`` began (``regions``: where, if said).

    ``forms`` are the sentence's raw form labels: a general noun ("the
    demonstrations") began whatever protest the event is; no forms (a
    finding) fits any incident."""

    day: date
    regions: frozenset[tuple[str, str]]
    forms: frozenset[str]
    # set for "continues on <day>" and "found the next morning": the day told,
    # which must be the event's own first day
    continued_on: date | None = None
    cue: str = "onset"  # what the event's cues record, so an analyst sees why its span moved
    #: the days the protest lasts by its own name ("the three-day strike, which began on Wednesday")
    length: int | None = None


_ONSET_CATEGORIES = frozenset({"prior", "continuation", "discovery"})  # what an onset sentence names (find_onsets)


def find_onsets(views: list[SentenceView], ctx: ArticleContext) -> list[Onset]:
    """Every "X began on <day>" and "X continues on <day>" of the article."""
    out: list[Onset] = []
    told: date | None = None  # the last single day told before the sentence
    for view in views:
        before = told
        if view.dates:  # (a sentence with no date leaves the day told as it was; speed only)
            told = next((d.range.start for d in reversed(view.dates) if d.range.precision == "day" and d.range.start == d.range.end), told)
        # (the categories asked first, in one lookup: most sentences have none of them; speed only)
        if not view.has_any(_ONSET_CATEGORIES) or not (view.has("prior", "onset") or view.has("continuation") or view.has("discovery")):
            continue
        regions = frozenset((p.country, p.admin1) for p in ctx.sentence_places(view) if p.admin1 is not None)
        out.extend(_found(view, regions, before))
        forms = frozenset(view.labels("form"))
        if forms:
            out.extend(_began(view, forms, regions, ctx.doc.lang))
            out.extend(_continued(view, forms, regions))
    return out


def _found(view: SentenceView, regions: frozenset[tuple[str, str]], told: date | None = None) -> list[Onset]:
    """ "The ashes of a policeman were found the following morning": what is
    found a day after the day just told happened between that day and the
    finding, whatever the incident; so is a body found on its own day, the
    day after ``told`` ("En la noche del lunes ... su cuerpo fue encontrado la
    madrugada de este martes"): the death was between the two."""
    if not view.has("discovery"):
        return []
    return [
        Onset(d.range.start - timedelta(days=d.offset_days), regions, frozenset(), d.range.start, "found_later")
        for d in view.dates
        if d.kind == "anchor" and (d.offset_days or 0) > 0
    ] or [
        Onset(told, regions, frozenset(), d.range.start, "found_later")
        for d in view.dates
        if told is not None and view.has("measure", "fatalities")
        and d.range.precision == "day" and d.range.start == d.range.end and (d.range.start - told).days == 1
    ][:1]


def _began(view: SentenceView, forms: frozenset[str], regions: frozenset[tuple[str, str]], lang: str) -> list[Onset]:
    """ "the demonstrations, which began in the capital on Thursday"; "the
    three-day strike, which began on Wednesday" also tells its last day."""
    triggers = [m for m in view.matches if m.category in ("form", "riot")]
    out = []
    for verb in view.of("prior", "onset"):
        if not any(t.end <= verb.start for t in triggers):
            continue
        for d in view.dates:
            if d.range.precision == "day" and 0 <= d.span.start - verb.end <= ONSET_GAP:
                out.append(Onset(d.range.start, regions, forms, length=told_length_days(view, lang)))
                break
    return out


def _continued(view: SentenceView, forms: frozenset[str], regions: frozenset[tuple[str, str]]) -> list[Onset]:
    """ "el paro nacional continuará este jueves 14": it began the day before."""
    if not view.has("continuation"):
        return []
    days = {d.range.start for d in view.dates if d.range.precision == "day" and d.range.start == d.range.end}
    if len(days) != 1:
        return []
    back = max(int(m.label) for m in view.of("continuation"))
    day = days.pop()
    return [Onset(day - timedelta(days=back), regions, forms, day, "continued")]


def apply_onsets(events: list[EventMention], groups: list[list[Frame]], onsets: list[Onset]) -> None:
    """Move the first day of protest events back to the onset the article tells."""
    if not onsets:
        return
    for i, (event, frames) in enumerate(zip(events, groups)):
        d = event.date
        if event.type not in ("protest", "riot") or d is None or d.precision not in ("day", "week"):
            continue
        region = (event.place.country, event.place.admin1) if event.place and event.place.admin1 else None
        inherited = not any(f.date_explicit for f in frames)
        for o in onsets:
            if o.forms and not (o.forms & set(GENERIC_FORMS) or o.forms & set(event.forms)) or o.day >= d.start:
                continue
            if d.precision == "week" and not _the_one_run_begun(event, events, o):
                continue  # ("for a third week": only a run counted in weeks takes its onset's day)
            if o.continued_on is not None:
                if o.continued_on != d.start or (o.regions and region not in o.regions):
                    continue
            elif (not inherited or region is None or region not in o.regions) and not _the_one_run_begun(event, events, o) or (d.start - o.day).days > MAX_ONSET_DAYS:
                continue
            end = d.end if o.length is None else max(o.day, min(d.end, o.day + timedelta(days=o.length - 1)))
            events[i] = replace(event, date=DateRange(o.day, end, d.precision, d.span), cues=event.cues + [o.cue])
            break


def _the_one_run_begun(event: EventMention, events: list[EventMention], onset: Onset) -> bool:
    """ "Supporters of Evo Morales blocked highways in Cochabamba for a third week
    on Monday. [...] The blockades began on October 14": an onset that names no
    place, of a specific form ("the blockades"), begins the one event of that form
    the article tells, if that event is told as a run of days (the days a run is
    counted back to, "a third week", are a guess its onset corrects; a protest of
    one day told with its own day is not stretched back)."""
    specific = onset.forms - set(GENERIC_FORMS)
    if onset.regions or not specific or onset.continued_on is not None or event.date is None or event.date.start >= event.date.end:
        return False
    return [e for e in events if e.type in ("protest", "riot") and specific & set(e.forms)] == [event]


def date_responses(events: list[EventMention], groups: list[list[Frame]]) -> None:
    """ "Chile president declares state of emergency after violent protests":
    a measure with no day of its own came on or after the day of the protests
    the article dates in its region, so its span starts there."""
    for i, (event, frames) in enumerate(zip(events, groups)):
        d = event.date
        if event.type != "strategic_development" or d is None or d.precision != "day" or any(f.date_explicit for f in frames):
            continue
        if not any(_names_protest_after(f.view) for f in frames):
            continue
        national = event.place is None or event.place.admin1 is None
        earlier = [
            e.date.start
            for e in events
            if e.type in ("protest", "riot") and e.date is not None and e.place is not None
            and (national or e.place.admin1 == event.place.admin1) and 0 < (d.start - e.date.start).days <= MAX_RESPONSE_DAYS
        ]
        if earlier:
            events[i] = replace(event, date=DateRange(max(earlier), d.end, d.precision, d.span), cues=event.cues + ["after_protests"])


def _names_protest_after(view: SentenceView) -> bool:
    protests = [m for m in view.matches if m.category in ("form", "riot")]
    return any(0 <= p.start - a.end <= AFTER_GAP for a in view.of("sequence", "after") for p in protests)


def date_cumulative(events: list[EventMention], groups: list[list[Frame]], movement_start: date | None) -> None:
    """ "Hundreds of arrests of alleged leaders ... have taken place": state
    actions counted over the movement so far, with no day of their own, span
    from the movement's start to the day the article counts them."""
    if movement_start is None:
        return
    for i, (event, frames) in enumerate(zip(events, groups)):
        d = event.date
        if event.type != "strategic_development" or d is None or movement_start >= d.start:
            continue
        if any(f.date_explicit for f in frames) or not any(f.view.has("cumulative") for f in frames):
            continue
        events[i] = replace(event, date=DateRange(movement_start, d.end, "day", d.span), cues=event.cues + ["since_movement"])
