"""How many days an action had run on the day a sentence tells.

"Los comuneros levantaron el bloqueo el lunes, tras 30 días de bloqueo",
"cumplieron el lunes su día 15 de paro", "on Monday, the 15th day of their
strike", "ended their 30-day strike on Monday": the day told is the last of a
run of that many days, so the event spans from the run's first day to it
(GUIDELINES: the earliest and latest day the article supports). Words live in
``lang/<code>/dates.yaml`` (``run_nouns``, ``run_links``, ``run_ordinal``, ``run_on_day``);
the sentence is only read where the lexicon found a day word (``run_day``).
"""

from __future__ import annotations

import re
from typing import Any

from kipu.extract.document import SentenceView
from kipu.extract.lexicon import alternation, lang_data
from kipu.extract.numbers import word_to_int
from kipu.extract.warmup import per_language

MAX_RUN_DAYS = 120  # a longer run is a movement's history, not one event's span (as dates.MAX_LASTED_DAYS)
WINDOW = 90  # chars read on each side of the day word ("lifted their blockade of the ... on Thursday after four days")


def _alt(words: list[str]) -> str:
    """The alternation of ``words``, phrases matching any spacing."""
    return alternation((w for w in words if w), r"\s+")


def _any_of(alts: list[str]) -> re.Pattern[str]:
    """One case-blind pattern of ``alts``, each with a ``(?P<n>...)`` count group,
    renamed ``n0``, ``n1``... apart (a regex may not repeat a group's name):
    read the count as the one group of a hit that is set."""
    return re.compile("|".join(f"(?:{x.replace('(?P<n>', f'(?P<n{i}>')})" for i, x in enumerate(alts)), re.IGNORECASE)


def _count_of(hit: re.Match[str]) -> str:
    """The count a hit of an ``_any_of`` pattern read."""
    return next(g for g in hit.groups() if g is not None)


@per_language
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern, whether it names the n-th day) pairs of a language."""
    data = lang_data(lang, "dates")
    nouns, links = data.get("run_nouns") or [], data.get("run_links") or []
    days = (data.get("units") or {}).get("day") or []
    if not nouns or not links or not days:
        return ()
    noun = rf"(?:[^\W\d_]+\s+)?{_alt(nouns)}(?!\w)"  # one adjective may come first: "de su larga huelga"
    link = _alt(links)
    unit = _alt(days)
    ordinal = _alt(data.get("run_ordinal") or [])
    count = r"(?P<n>\d{1,3}|[^\W\d_]+)"
    ends, after = data.get("run_end_verbs") or [], data.get("run_after") or []
    ended: tuple[tuple[str, bool], ...] = ()
    if ends and after:
        end, aft = _alt(ends), _alt(after)
        lapse = rf"{aft}\s+{count}\s+{unit}(?!\w)(?!\s+{link}\s)"  # "after 36 days" (not "after 3 days of talks")
        ended = (
            # "lifted an indefinite strike on Saturday after 36 days"
            # (the road and its place between: "lifted their blockade of the mining corridor in Apurímac on Monday after 20 days")
            (rf"(?<!\w){end}\s+(?:[^\W\d_]+\s+){{0,2}}{noun}(?:\s+[^\W\d_]+){{0,10}}\s+{lapse}", False),
            # "Ecuador's national strike ends after 18 days", "the strike was called off after 12 days"
            (rf"(?<!\w){noun}\s+(?:{_alt(data.get('run_end_auxiliaries') or [])}\s+)?{end}\s+{lapse}", False),
        )
    return tuple((re.compile(p, re.IGNORECASE), nth) for p, nth in ended + (
        # "30 días de bloqueo", "30 days of blockade"
        (rf"(?<![\w-]){count}\s+{unit}\s+{link}\s+{noun}", False),
        # "su día 15 de paro", "day 15 of the strike"
        (rf"(?<!\w){unit}\s+(?P<n>\d{{1,3}})\s+{link}\s+{noun}", True),
        # "the 15th day of their strike", "the 15th consecutive day of the blockade"
        (rf"(?<!\w)(?P<n>\d{{1,3}}){ordinal}\s+(?:[^\W\d_]+\s+)?{unit}\s+{link}\s+{noun}", True),
        # "their 30-day strike"
        (rf"(?<!\w)(?P<n>\d{{1,3}})-{unit}\s+{noun}", False),
    ))


@per_language
def _on_that_day(lang: str) -> re.Pattern[str]:
    """ "en el día 3 de paro, marcharon", "marched on the 12th day of the
    strike": an action told on the n-th day of another is that day's alone (as
    the "0" continuation cues of cues.yaml); the run is read where the n-th day
    is what the sentence reports ("cumplieron el lunes su día 15 de paro")."""
    words = lang_data(lang, "dates").get("run_on_day") or []
    return re.compile(rf"(?<!\w){_alt([str(w) for w in words])}\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


def run_days(view: SentenceView, lang: str) -> int | None:
    """The length in days of the run the sentence's action had reached, or None."""
    if not view.has("run_day"):
        return None
    pats = _patterns(lang)
    base = view.span.start
    best = None
    for m in view.of("run_day"):
        lo = max(0, m.start - base - WINDOW)
        window = view.text[lo : m.end - base + WINDOW]
        for p, nth in pats:
            for hit in p.finditer(window):
                if not lo + hit.start() <= m.start - base < lo + hit.end():
                    continue  # another day word's phrase
                if nth and _on_that_day(lang).search(window, 0, hit.start()):
                    continue
                n = word_to_int(hit.group("n"), lang)
                if n is not None and 1 < n <= MAX_RUN_DAYS:
                    best = max(best or 0, n)
    return best


@per_language(variants=(("day",), ("week",)))
def _so_far(lang: str, unit_name: str = "day") -> re.Pattern[str] | None:
    """ "el paro cumple 12 días", "permanece cerrada por 30 días consecutivos",
    "the blockade has lasted 30 days", "for 30 consecutive days": a run told
    as lasted until now. "por/for N días" alone is often a term ahead (a state
    of emergency "por 30 días"), so it needs a word that the days ran in a row."""
    data = lang_data(lang, "dates")
    verbs, by, after = data.get("run_so_far_verbs") or [], data.get("run_so_far_by") or [], data.get("run_so_far_after") or []
    filler = _alt(data.get("run_so_far_filler") or []) or "(?!)"
    days = (data.get("units") or {}).get(unit_name) or []
    if not verbs or not days:
        return None
    unit, count = _alt(days), r"(?P<n>\d{1,3}|[^\W\d_]+)"
    alts = [rf"(?<!\w){_alt(verbs)}\s+(?:{filler}\s+)?{count}\s+{unit}(?!\w)"]
    if by and after:
        a = _alt(after)
        alts.append(rf"(?<!\w){_alt(by)}\s+{count}\s+(?:{a}\s+{unit}(?!\w)|{unit}\s+{a}(?!\w))")
    return _any_of(alts)


@per_language
def _lacking(lang: str) -> re.Pattern[str] | None:
    """A run of days followed, past its own words ("consecutivos", "sin
    interrupción"), by a word of lacking ("sin agua", ``run_so_far_lacking``)."""
    data = lang_data(lang, "dates")
    lacking = data.get("run_so_far_lacking") or []
    if not lacking:
        return None
    between = _alt((data.get("run_so_far_after") or []) + (data.get("run_so_far_filler") or [])) or "(?!)"
    return re.compile(rf"(?:\s+{between}(?!\w))*\s+(?!{between}(?!\w)){_alt(lacking)}(?!\w)", re.IGNORECASE)


def run_so_far(view: SentenceView, lang: str) -> int | None:
    """The days a run had lasted on the report's day, told in the present
    ("llevan 20 días de bloqueo"), or None. Read only where a day word is."""
    if not view.has("run_day"):
        return None
    best = None
    lacking = _lacking(lang)
    # ("los cierres de vías cumplen casi tres semanas": weeks are seven days each)
    for unit, days in (("day", 1), ("week", 7)):
        pat = _so_far(lang, unit)
        if pat is None:
            continue
        for hit in pat.finditer(view.text):
            if lacking is not None and lacking.match(view.text, hit.end()):
                continue  # "suman 6 días consecutivos sin agua": the outage's days, not the protest's
            n = word_to_int(_count_of(hit), lang)
            if n is not None and 1 < n * days <= MAX_RUN_DAYS:
                best = max(best or 0, n * days)
    return best


@per_language
def _length(lang: str) -> re.Pattern[str] | None:
    """ "el paro de diez días", "their ten-day strike": an action named with its
    length, one adjective allowed between ("el paro nacional de 11 días"). Read only for an action told as ended (``ended_run_days``): "inició
    el lunes un paro de tres días" counts days ahead, not back."""
    data = lang_data(lang, "dates")
    nouns, days = data.get("run_nouns") or [], (data.get("units") or {}).get("day") or []
    of = data.get("run_length_links") or []
    if not nouns or not days:
        return None
    noun, unit, count = _alt(nouns), _alt(days), r"(?P<n>\d{1,3}|[^\W\d_]+)"
    adjective = r"(?:[^\W\d_]{4,}\s+)?"  # "their 11-day national strike", "el paro nacional de 11 días"
    alts = [rf"(?<![\w-])(?P<n>\d{{1,3}}|[^\W\d_]+)-{unit}\s+{adjective}{noun}(?!\w)"]
    if of:
        # "el paro de transportistas de 3 días": a complement may stand where the adjective does
        alts.append(rf"(?<!\w){noun}\s+(?:(?:{_alt(of)}\s+)?[^\W\d_]{{4,}}\s+)?{_alt(of)}\s+{count}\s+{unit}(?!\w)")
    return _any_of(alts)


@per_language
def _hours_length(lang: str) -> re.Pattern[str] | None:
    """ "a 72-hour strike", "un paro de 48 horas": an action named with its
    length in whole days' hours (``run_hours``)."""
    data = lang_data(lang, "dates")
    nouns, hours = data.get("run_nouns") or [], data.get("run_hours") or []
    of = data.get("run_length_links") or []
    if not nouns or not hours:
        return None
    noun, hour = _alt(nouns), _alt(hours)
    alts = [rf"(?<![\w-])(?P<n>\d{{2,3}})[- ]{hour}\s+{noun}(?!\w)"]
    if of:
        alts.append(rf"(?<!\w){noun}\s+{_alt(of)}\s+(?P<n>\d{{2,3}})\s+{hour}(?!\w)")
    return _any_of(alts)


def told_length_days(view: SentenceView, lang: str) -> int | None:
    """The days an action lasts by its own name ("the three-day strike", "el
    paro de 72 horas"), or None: the span of one that began on a day told, or
    the run of one told as ended. Not a run by itself: "inició el lunes un paro
    de tres días" counts days ahead of the day told."""
    if view.has("run_day"):
        pat = _length(lang)
        for hit in pat.finditer(view.text) if pat is not None else ():
            n = word_to_int(_count_of(hit), lang)
            if n is not None and 1 < n <= MAX_RUN_DAYS:
                return n
    pat = _hours_length(lang)
    if pat is None:
        return None
    for hit in pat.finditer(view.text):
        hours = int(_count_of(hit))
        if hours % 24 == 0 and 24 < hours <= 24 * MAX_RUN_DAYS:
            return hours // 24
    return None


def ended_run_days(view: SentenceView, lang: str) -> int | None:
    """The length in days of an action the sentence tells as ended or lifted
    ("levantaron el jueves el paro de diez días", "called off their ten-day
    strike"): the run told by ``run_days`` or, failing it, the action's length."""
    n = run_days(view, lang)
    return n if n is not None else told_length_days(view, lang)


@per_language
def _ended(lang: str) -> re.Pattern[str] | None:
    """The verbs that tell an action lifted or ended (``run_end_verbs``)."""
    words = lang_data(lang, "dates").get("run_end_verbs") or []
    return re.compile(rf"(?<!\w){_alt(words)}(?!\w)", re.IGNORECASE) if words else None


@per_language
def _ended_on(lang: str) -> re.Pattern[str] | None:
    """An end verb right before the day it names ("que terminó el domingo", "which ended on Sunday")."""
    words = lang_data(lang, "dates").get("run_end_verbs") or []
    links = lang_data(lang, "dates").get("run_end_day_links") or []
    if not words:
        return None
    link = rf"(?:{_alt(links)}\s+)?" if links else ""
    return re.compile(rf"(?<!\w){_alt(words)}\s+{link}$", re.IGNORECASE)


ENDED_REACH = 24  # chars before a day within which its end verb stands ("que terminó el ")


def ended_on(view: SentenceView, lang: str) -> list[Any]:
    """The sentence's one-day dates named as the day its action ended ("el paro,
    que terminó el domingo"; "the strike, which ended on Sunday")."""
    pat = _ended_on(lang)
    if pat is None:
        return []
    base = view.span.start
    nouns = _run_nouns(lang)
    out = []
    for d in view.dates:
        if d.range.precision != "day" or d.range.start != d.range.end:
            continue
        verb = pat.search(view.text, max(0, d.span.start - base - ENDED_REACH), d.span.start - base)
        # (the action must be named before its end verb: "after the municipal elections were
        # suspended on Sunday" ends no protest's run)
        if verb is not None and nouns is not None and nouns.search(view.text, max(0, verb.start() - ENDED_NOUN_REACH), verb.start()):
            out.append(d)
    return out


ENDED_NOUN_REACH = 60  # chars before an end verb within which the action it ends is named ("el paro, que terminó")


@per_language
def _run_nouns(lang: str) -> re.Pattern[str] | None:
    """The words naming an action that runs for days (``run_nouns``)."""
    nouns = lang_data(lang, "dates").get("run_nouns") or []
    return re.compile(rf"(?<!\w){_alt(nouns)}(?!\w)", re.IGNORECASE) if nouns else None


def told_as_ended(view: SentenceView, lang: str) -> bool:
    """Whether the sentence tells its action lifted or ended ("levantaron el
    bloqueo", "called off the strike")."""
    pat = _ended(lang)
    return pat is not None and pat.search(view.text) is not None

