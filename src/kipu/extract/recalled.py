"""A past day recalled inside a sentence about today: "marcharon ayer para
recordar a las víctimas del 9 de enero de 2023, cuando diecisiete civiles
murieron". The deaths counted on that day are that day's incident; the rest
of the sentence is read without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kipu.extract.classify import LETHAL_TACTICS, Typing, classify
from kipu.extract.clauses import trailing_where_clauses, where_asides
from kipu.extract.context import PAST_COUNT_DAYS
from kipu.extract.counts import Count
from kipu.extract.dates import DateMention
from kipu.extract.document import SentenceView
from kipu.extract.events import Frame, is_background, make_frames
from kipu.extract.lexicon import alternation, folded_words
from kipu.extract.readings import INCIDENT_CATEGORIES
from kipu.model import DateRange, Place
from kipu.textnorm import fold

COUNT_DAY_AFTER = 30  # chars from a casualty word to the date that says when those died




def counted_in_the_past(view: SentenceView, count: Count, when: DateRange | None) -> bool:
    """ "marcharon ayer para recordar a las víctimas del 9 de enero de 2023,
    cuando diecisiete civiles murieron": a figure right after a date well
    before the sentence's own day counts that past day, not today's march."""
    span = count.figure.span
    if span is None or when is None:
        return False
    day = _count_day(view, count)
    if day is None:
        return False
    if _dated_in_a_trailing_where(view, count) is not None and (day.range.start, day.range.end) != (when.start, when.end):
        # "A curfew was imposed on Saturday in Puno, where at least 18 people died last week": the
        # where-clause that ends the sentence tells the place's past with its own day
        return True
    gap = (when.start - day.range.end).days
    # "In Andahuaylas, where two teenagers were killed on Sunday, crowds set fire to the police
    # station on Monday": an aside of the place dates its toll, however recent the day
    return gap > PAST_COUNT_DAYS or gap > 0 and _where_aside(view, day, count) is not None


def _dated_in_a_trailing_where(view: SentenceView, count: Count) -> DateMention | None:
    """The date inside the where-clause that ends the sentence, when the count is in it too
    ("..., where at least 18 people died last week")."""
    span = count.figure.span
    if span is None or len(view.dates) < 2:
        return None
    for lo, hi in trailing_where_clauses(view):
        if lo <= span.start < hi:
            return next((d for d in view.dates if lo <= d.span.start < hi), None)
    return None


def _count_day(view: SentenceView, count: Count) -> DateMention | None:
    """The day a figure was counted on: the last date written before it, or
    one right after its casualty word ("las diez personas que murieron el
    pasado 15 de diciembre de 2022") when that is earlier still."""
    span = count.figure.span
    own = _dated_in_a_trailing_where(view, count)
    if own is not None:
        return own  # (the where-clause's own day, not the main clause's before it)
    before = [d for d in view.dates if span is not None and d.span.end <= span.start]
    after = [d for d in view.dates if 0 <= d.span.start - count.cue.end <= COUNT_DAY_AFTER]
    if before and after:
        return min(before[-1], after[0], key=lambda d: d.range.end)
    return (before or after or [None])[-1 if before else 0]


def past_incident(
    view: SentenceView, past: list[Count], where: list[tuple[Place | None, bool]], published: date | None,
    places_between: Callable[[int, int], list[tuple[Place | None, bool]]] | None = None,
) -> list[Frame]:
    """ "marcharon ayer para recordar a las víctimas del 9 de enero de 2023,
    cuando diecisiete civiles murieron por disparos": the deaths counted on a
    past day are that day's incident, an event of its own (dated, placed and
    counted by the article) unless it is background from another era. It is
    typed by what the sentence says from that date on. ``places_between``
    gives the places named in a stretch of the sentence (absolute offsets):
    the kin's dead are placed where their stretch says they died."""
    deaths = [c for c in past if c.measure == "fatalities"]
    if not deaths:
        return []
    day = _past_day(view, deaths[0])
    if is_background(day.range, published, deadly=True):
        return []
    aside = _where_aside(view, day, deaths[0])
    if aside is not None:
        # "In Juliaca, where 18 people were killed on 9 January, hundreds held a vigil": the aside alone tells the past day
        tail = replace(view, matches=[m for m in view.matches if aside[0] <= m.start < aside[1]])
    elif deaths[0].figure.span is not None and any(k.end <= deaths[0].figure.span.start for k in view.of("actor", "relatives_of_victims")):
        # "Relatives of the 18 people killed on January 9, 2023 marched on Tuesday": the kin's
        # dead are told from their count to their day; the march after it is the kin's
        tail = replace(view, matches=[m for m in view.matches if deaths[0].figure.span.start <= m.start < day.span.end])
        # ("Familiares de los 18 fallecidos en Juliaca el 9 de enero realizaron una vigilia en Puno": died in Juliaca)
        where = (places_between(deaths[0].figure.span.start, day.span.end) if places_between else []) or where
    else:
        tail = replace(view, matches=[m for m in view.matches if m.start >= day.span.start])
    typing = classify(tail, deaths[0].figure.low)
    if typing is None:
        return []
    if typing.sub_type == "mob_violence" and set(tail.labels("state_response")) & set(LETHAL_TACTICS):
        typing = Typing("protest", "excessive_force", ("lethal",))  # shot by the state; the crowd's victim is another incident
    typing = Typing(typing.type, typing.sub_type, typing.cues + ("past_incident",))
    return make_frames(tail, deaths, (day.range, True), where, typing)


def before_the_past(view: SentenceView, past: list[Count]) -> Typing | None:
    """The typing of a sentence read only up to the past day it recalls: the
    march held "para recordar a las víctimas del 9 de enero" is not lethal."""
    present = _the_present_part(view, past)
    return None if present is None else classify(present, 0)


def _the_present_part(view: SentenceView, past: list[Count]) -> SentenceView | None:
    """The sentence without the past day it recalls and what it says of that
    day (None when it recalls no past deaths)."""
    if not any(c.measure == "fatalities" for c in past):
        return None
    death = next(c for c in past if c.measure == "fatalities")
    aside = _where_aside(view, _past_day(view, death), death)
    if aside is not None:
        return replace(view, matches=[m for m in view.matches if not aside[0] <= m.start < aside[1]])
    day = _past_day(view, death)
    cut = min(day.span.start, death.figure.span.start if death.figure.span else len(view.text) + view.span.start)
    if any(k.end <= cut for k in view.of("actor", "relatives_of_victims")):
        # "Relatives of the 18 people killed on January 9, 2023 marched on Tuesday": the kin's
        # dead and their day are a phrase inside the sentence; the kin's own verb follows it
        return replace(view, matches=[m for m in view.matches if m.end <= cut or m.start >= day.span.end])
    return replace(view, matches=[m for m in view.matches if m.end <= cut])


def before_a_past_where_clause(view: SentenceView, when: DateRange | None) -> Typing | None:
    """The typing of a sentence read without a trailing where-clause that tells
    force or rioting on an earlier day than the sentence's: "On Sunday,
    hundreds marched in Juliaca, where soldiers opened fire on protesters on
    January 9" is Sunday's march, not lethal force on Sunday. None when there
    is no such clause."""
    if when is None or len(view.dates) < 2 or not (view.has("state_response") or view.has("riot")):
        return None  # (speed only: the clause needs a day of its own and force or rioting)
    for lo, hi in trailing_where_clauses(view):
        earlier = [d for d in view.dates if lo <= d.span.start < hi and d.range.end < when.start]
        if not earlier or not any(lo <= m.start < hi and m.category in ("state_response", "riot") for m in view.matches):
            continue
        present = replace(view, matches=[m for m in view.matches if not lo <= m.start < hi])
        return classify(present, 0)
    return None


def only_the_past_is_an_incident(view: SentenceView, past: list[Count]) -> bool:
    """ "La Fiscalía formalizó ayer la investigación por las muertes ocurridas
    en Juliaca el 9 de enero, cuando 18 personas perdieron la vida durante las
    protestas": the sentence's own day tells no protest (an inquiry, a
    ruling); only the day it recalls was an incident."""
    present = _the_present_part(view, past)
    return present is not None and not any(m.category in INCIDENT_CATEGORIES for m in present.matches)


def _where_aside(view: SentenceView, day: DateMention, death: Count) -> tuple[int, int] | None:
    """The absolute span of the place's aside between commas that holds ``day``
    and the death count ("In Juliaca, where 18 people were killed on 9 January,
    ..."), if any."""
    for lo, hi in where_asides(view):
        if lo <= day.span.start < hi and death.figure.span is not None and lo <= death.figure.span.start < hi:
            return lo, hi
    return None


def _past_day(view: SentenceView, count: Count) -> DateMention:
    """The past day ``count`` was counted on (see ``_count_day``)."""
    day = _count_day(view, count)
    assert day is not None  # only asked of counts counted_in_the_past found dated
    return day


def movement_in_aside(view: SentenceView) -> tuple[SentenceView, SentenceView, DateRange] | None:
    """(the sentence without the aside, the aside, its run) when a place's aside
    tells a protest kept up since a day and the main clause tells another one:
    "In Puno, where an indefinite strike has been under way since January 4,
    thousands rallied on Monday" is the strike (January 4 on) and Monday's
    rally, each with its own forms. None when the aside names no protest, no
    "since" day, or the main clause no protest of its own."""
    if not any(d.kind == "since" for d in view.dates):
        return None  # (speed only: most dated sentences give no "since" day)
    for lo, hi in where_asides(view):
        since = [d for d in view.dates if d.kind == "since" and lo <= d.span.start < hi]
        if not since:
            continue
        inside = [x for x in view.matches if lo <= x.start < hi]
        outside = [x for x in view.matches if not lo <= x.start < hi]
        if not any(x.category == "form" for x in inside) or not any(x.category == "form" for x in outside):
            return None
        return replace(view, matches=outside), replace(view, matches=inside), since[0].range
    return None


# (folded and as whole words: "anos despues", unaccented, is the same phrase)
_RETROSPECTIVE_WORDS = alternation(folded_words("recalled", "retrospective"), r"\s+")
_RETROSPECTIVE = re.compile(rf"(?<!\w)(?:{_RETROSPECTIVE_WORDS})(?!\w)")
RETROSPECTIVE_SENTENCES = 2  # the headline and the lead, where a look back says what it is
RETROSPECTIVE_RECALL_DAYS = 1830  # how far back a look back's deadly days stay news (as a chronology's)


def is_retrospective(sentences: list[SentenceView]) -> bool:
    """ "Five years on, Bolivia's Sacaba and Senkata victims still wait for
    justice": a headline or lead that counts the years since a day makes the
    article a look back at it; the deadly days it then tells with their full
    date ("On November 15, 2019, police and soldiers fired on a march ...
    Ten people were killed") are its news, not background in passing."""
    head = fold(" ".join(v.text for v in sentences[:RETROSPECTIVE_SENTENCES])).lower()
    return _RETROSPECTIVE.search(head) is not None



_LOOKING_BACK_WORDS = alternation(folded_words("recalled", "looking_back"), r"\s+")
_LOOKING_BACK = re.compile(rf"(?<!\w)(?:{_LOOKING_BACK_WORDS})(?!\w)")


def looks_back(sentences: list[SentenceView]) -> bool:
    """ "Six months after the crackdown, Boluarte's approval stands at 15
    percent": a headline or lead that counts the months or years since the
    movement's days makes the article a look back at them (an analysis, an
    anniversary piece); as ``is_retrospective``, with months too, but not an
    anniversary named as the occasion of today's news ("protesters marched on
    the border ... on the 70th anniversary of the founding")."""
    head = fold(" ".join(v.text for v in sentences[:RETROSPECTIVE_SENTENCES])).lower()
    return _LOOKING_BACK.search(head) is not None
