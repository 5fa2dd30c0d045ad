"""Counts in text: "at least 18", "unas dos mil", "decenas de heridos".

Counts are what the event schema keeps as Figures (GUIDELINES §2 "counts"), so
this module finds every expression that states how many people or things,
turns it into a range with a qualifier, and refuses what only looks like a
count: years, dates, ages, times, percentages, money, ordinals and ids. Word
lists live in ``lang/<lang>/numbers.yaml``; the grammar here is language-neutral
(additive units/tens/hundreds, multipliers, scales) so a language is added by
writing that file.

Everything is regex + dictionary work compiled once per language: no
dateparser, no number-parser, so it is fast and deterministic.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


from kipu.extract import wordgate
from kipu.extract.lexicon import alternation, known_lang_data, lang_words
from kipu.extract.warmup import per_language
from kipu.extract.wordgate import EndGate, Heads
from kipu.model import Figure, Span, slot_setters
from kipu.textnorm import phrase_key

MAX_COUNT = 10**9  # beyond this a "count" is an id, a sum of money or nonsense
ESTIMATE_REACH = 80  # chars from "put the number of ..." to the "at" before its figure
_VAGUE_QUALIFIER = "about"
_COUNT_MEASURES_KEEP_RANGE = ("participants",)

_WORD_RE = re.compile(r"[^\W\d_]+")
_GAP_RE = re.compile(r"[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]+")
# The rest of a list of days after the first ("el 13, 14 y 15"): ``list_joiners`` of every language.
_LIST_TAIL = re.compile(rf"(?:\s*(?:,|\b{alternation(lang_words('numbers', 'list_joiners'))}\b)\s*\d{{1,2}}(?!\d))+")
_ID_TAIL = re.compile(r"-\w")
_HEAD_RE = re.compile(r"[ \t\u00a0]*([^\W\d_]+(?:-[^\W\d_]+)*)")
# Digits with thousands separators (1,200 / 1.200 / 12 000) and an optional
# one- or two-digit decimal part, which is only a count before a scale word.
_DIGITS_RE = (
    r"(?<![\w.,/:\-^])"
    r"(?P<int>\d{1,3}(?:(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*|(?:[ \u00a0\u202f]\d{3})+)(?!\d)|\d+)"
    r"(?:[.,](?P<dec>\d{1,2}))?"
    r"(?![\w/^]|:\d|[.,]\d)"  # ("suman 60: 49 civiles ...": a colon before a space ends a count; "18:40" is a time)
)


@dataclass(frozen=True, slots=True, init=False)
class Quantity:
    """A count as written: the range it supports, how exact it is, what it counts.

    ``vague`` is true for vague words ("dozens") and stated ranges ("20 to
    30"); ``head`` is the word the count applies to, when there is one
    ("heridos" in "decenas de heridos").

    Slotted and built through its slot setters, as ``kipu.model.Span``
    (speed only; still frozen, equal and hashed the same).
    """

    span: Span
    low: int
    high: int
    qualifier: str = "exact"
    vague: bool = False
    head: str | None = None
    head_span: Span | None = None

    def __init__(
        self, span: Span, low: int, high: int, qualifier: str = "exact", vague: bool = False,
        head: str | None = None, head_span: Span | None = None,
    ) -> None:
        _Q_SPAN(self, span)
        _Q_LOW(self, low)
        _Q_HIGH(self, high)
        _Q_QUALIFIER(self, qualifier)
        _Q_VAGUE(self, vague)
        _Q_HEAD(self, head)
        _Q_HEAD_SPAN(self, head_span)

    def to_figure(self, measure: str = "participants", attributed_to: str | None = None) -> Figure:
        """The Figure the guidelines want for ``measure``.

        Participants keep the range; for fatalities, injuries and arrests a
        vague word or range keeps its low end with qualifier ``at_least``.
        """
        if measure in _COUNT_MEASURES_KEEP_RANGE or not self.vague or self.low == self.high:
            return Figure(self.low, self.high, self.qualifier, attributed_to, self.span)
        return Figure(self.low, self.low, "at_least", attributed_to, self.span)


_Q_SPAN, _Q_LOW, _Q_HIGH, _Q_QUALIFIER, _Q_VAGUE, _Q_HEAD, _Q_HEAD_SPAN = slot_setters(Quantity)


# --------------------------------------------------------------------------- lexicon


def _alt(words: list[str] | set[str] | dict[str, Any]) -> str:
    """A regex alternation, longest first so "tens of thousands" beats "tens"."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in items) or r"(?!x)x"


class _Lexicon:
    """One language's number words, with the regexes built from them."""

    def __init__(self, data: dict[str, Any], lang: str) -> None:
        low = lambda d: {str(k).lower(): int(v) for k, v in (d or {}).items()}  # noqa: E731
        self.units: dict[str, int] = low(data.get("units"))
        self.tens: dict[str, int] = low(data.get("tens"))
        self.hundreds: dict[str, int] = low(data.get("hundreds"))
        self.multipliers: dict[str, int] = low(data.get("multipliers"))
        self.scales: dict[str, int] = low(data.get("scales"))
        self.article_one: set[str] = {str(w).lower() for w in data.get("article_one") or []}
        self.and_hundreds: set[str] = {str(w).lower() for w in data.get("and_after_hundreds") or []}
        self.and_tens: set[str] = {str(w).lower() for w in data.get("and_tens_units") or []}
        self.phrases: dict[str, int] = low(data.get("phrases"))
        self.vague: dict[str, tuple[int, int]] = {
            phrase_key(k): (int(v[0]), int(v[1])) for k, v in (data.get("vague") or {}).items()
        }
        self.q_before: dict[str, str] = {phrase_key(k): v for k, v in (data.get("qualifiers_before") or {}).items()}
        self.q_after: dict[str, str] = {phrase_key(k): v for k, v in (data.get("qualifiers_after") or {}).items()}
        self.count_heads: set[str] = {str(w).lower() for w in data.get("count_heads") or []}
        self.head_skip: set[str] = {str(w).lower() for w in data.get("head_skip") or []}
        self.year_nouns: set[str] = {str(w).lower() for w in data.get("year_nouns") or []}
        self.partitive: set[str] = {str(w).lower() for w in data.get("partitive") or []}
        self.partitive_after = re.compile(rf"\s+(?:{_alt(self.partitive)})(?!\w)", re.I)  # "one of the injured"
        self.scales_not_alone: set[str] = {str(w).lower() for w in data.get("scales_not_alone") or []}
        # "Silvia Cruz, 54, holds", "Inti Sotelo, de 24, murió": a bare number set off by
        # commas after a name is an age; Spanish may put "de" before it.
        age_words = _alt(data.get("apposition_age_words") or [])
        age_word = rf"(?:(?:{age_words})[ \t]+)?" if age_words else ""
        # ("The driver, 32, was killed": a singular person noun stands where the name would)
        age_nouns = _alt(data.get("apposition_age_nouns") or [])
        noun = rf"|(?i:{age_nouns})" if age_nouns else ""
        self.apposition_age = re.compile(rf"(?<!\w)(?:[A-ZÁÉÍÓÚÑ][\w'’-]+{noun}),[ \t]*{age_word}$")  # case kept: the name is capitalised
        self.vocab = (
            set(self.units) | set(self.tens) | set(self.hundreds) | set(self.multipliers)
            | set(self.scales) | self.article_one | self.and_hundreds | self.and_tens
        )
        number_words = set(self.units) | set(self.tens) | set(self.hundreds) | set(self.scales)
        number_words -= self.article_one
        # "un muerto", "un herido": the article counts one before a casualty noun
        self.one_heads: set[str] = {str(w).lower() for w in data.get("article_one_heads") or []}
        art_next = _alt(set(self.multipliers) | set(self.scales) | self.one_heads)
        self.one_head_after = re.compile(rf"[ \t\u00a0]+(?:{_alt(self.one_heads)})(?!\w)", re.IGNORECASE) if self.one_heads else None
        i = re.IGNORECASE
        self.candidate = re.compile(
            rf"(?P<digits>{_DIGITS_RE})"
            rf"|(?<!\w)(?P<phrase>{_alt(self.phrases)})(?!\w)"
            rf"|(?<!\w)(?P<vague>{_alt(self.vague)})(?!\w)"
            rf"|(?<!\w)(?P<word>{_alt(number_words)}|(?:{_alt(self.article_one)})(?=[ \t\u00a0]+(?:{art_next})(?!\w)))(?!\w)",
            i,
        )
        # Every candidate starts at a word: a digit or one of these words.
        # (The gate is shared with the date finder, which reads the same articles.)
        self.gate = wordgate.shared_gate(lang).part([
            Heads(digits=True).words(
                [*self.phrases, *self.vague, *number_words, *self.article_one], ignore_case=True
            )
        ])
        self.digits = re.compile(_DIGITS_RE)
        self.scale_after = re.compile(rf"[ \t\u00a0]+(?P<s>{_alt(self.scales)})(?!\w)", i)
        self.q_before_re = re.compile(
            rf"(?<!\w)(?P<q>{_alt(self.q_before)})\s+(?:(?:{_alt(self.q_before)})\s+)*$", i
        )
        self.q_after_re = re.compile(rf"\s*(?P<q>{_alt(self.q_after)})(?!\w)", i)
        opener = _alt(data.get("range_openers") or [])
        self.range_opener_re = re.compile(rf"(?<!\w)(?P<o>{opener})\s+$", i)
        self.weak_joiners = {phrase_key(w) for w in data.get("weak_joiners") or []}
        self.range_joiner_re = re.compile(
            rf"\s*(?P<j>{_alt(data.get('range_joiners') or [])})\s*", i
        )
        self.non_count_after = re.compile(
            rf"[ \t\u00a0\-]*(?:{_alt(data.get('non_count_after') or [])})(?!\w)", i
        )
        self.non_count_before = re.compile(
            rf"(?:(?<!\w)|(?<=\W))(?:{_alt(data.get('non_count_before') or [])})[ \t\u00a0]*$", i
        )
        # Both look-behind patterns end at the number: a window whose last word
        # ends none of their phrases is ruled out without running them.
        self.q_before_gate = EndGate(self.q_before, None)
        self.non_count_before_gate = EndGate(data.get("non_count_before") or [], " \t\u00a0")
        # "by the end of the day 17 civilians had died": a time phrase ending in a non-count word
        after = data.get("count_after_non_count") or []
        self.count_after_non_count = re.compile(rf"(?<!\w)(?:{_alt(after)})[ \t\u00a0]*$", i) if after else None
        # "a las diez": a clock time, unless people are counted right after.
        clock = data.get("clock_before") or []
        self.clock_before = re.compile(rf"(?:(?<!\w)|(?<=\W))(?:{_alt(clock)})[ \t\u00a0]*$", i) if clock else None
        # "the toll now stands at 47", "puts the number of dead at 60": an "at" that states a total, not an hour.
        total_at = data.get("total_at_before") or []
        at = data.get("figure_at") or []
        self.total_at_before = (
            re.compile(rf"(?<!\w)(?:{_alt(total_at)})(?!\w)[^.;:\d]{{0,30}}(?<!\w)(?:{_alt(at)})[ \t\u00a0]*$", i) if total_at and at else None
        )
        # "put the number of people killed since the unrest began in December at 45": a verb
        # of estimating and the figure it sets may be far apart; its noun names what is counted.
        verbs, nouns = data.get("estimate_verbs") or [], data.get("estimate_nouns") or []
        determiners = data.get("estimate_determiners") or []
        self.estimate_at_before = (
            re.compile(
                rf"(?<!\w)(?:{_alt(verbs)})[ \t\u00a0]+(?:{_alt(determiners)})[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?(?:{_alt(nouns)})(?!\w)"
                rf"[^.;:\d]{{0,{ESTIMATE_REACH}}}(?<!\w)(?:{_alt(at)})[ \t\u00a0]*$",
                i,
            )
            if verbs and nouns and determiners and at
            else None
        )


@per_language
def _lexicon(lang: str) -> _Lexicon | None:
    """``lang/<lang>/numbers.yaml`` read once (the lexicon's shared copy); None for a language we lack."""
    data = known_lang_data(lang, "numbers")
    return None if data is None else _Lexicon(data, lang)


def small_number_words(lang: str) -> list[str]:
    """Words for 1-99 plus "a"/"una": what can count days or weeks ("hace dos días")."""
    lex = _lexicon(lang)
    if lex is None:
        return []
    return sorted(set(lex.units) | set(lex.tens) | lex.article_one)


# --------------------------------------------------------------------------- word numbers


def _read_words(text: str, pos: int, lex: _Lexicon) -> list[tuple[str, int, int]]:
    """Consecutive number-vocabulary words from ``pos``, joined by spaces or hyphens."""
    out: list[tuple[str, int, int]] = []
    while len(out) < 16:
        m = _WORD_RE.match(text, pos)
        if not m:
            break
        w = m.group().lower()
        if w not in lex.vocab:
            break
        out.append((w, m.start(), m.end()))
        g = _GAP_RE.match(text, m.end())
        if not g:
            break
        pos = g.end()
    return out


def _parse_words(words: list[str], lex: _Lexicon, allow_article: bool = False) -> tuple[int, int]:
    """Value of the longest valid prefix of ``words`` and how many words it used.

    The grammar is the one both languages share: an additive group (hundreds,
    tens, units, with "y"/"and" only where the language puts it) optionally
    multiplied ("two hundred", "dos docenas") and closed by decreasing scales
    ("dos millones quinientos mil"). Returns (0, 0) when no prefix is a number.
    """
    total = group = 0
    last: str | None = None
    last_scale = MAX_COUNT * 10
    best = (0, 0)
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        nxt = words[i + 1] if i + 1 < n else None
        if w in lex.and_tens and last == "tens" and nxt in lex.units and 0 < lex.units[nxt] < 10:
            last = "and_tens"
            i += 1
            continue
        if (
            w in lex.and_hundreds
            and last in ("mult", "hund", "scale")
            and (nxt in lex.units or nxt in lex.tens)
        ):
            last = "and"
            i += 1
            continue
        if w in lex.article_one and last is None and (nxt in lex.multipliers or nxt in lex.scales):
            group, last = 1, "art"
            i += 1
            continue
        if w in lex.units:
            v = lex.units[w]
            if last == "and_tens" and v < 10:
                group += v
            elif last == "tens" and not lex.and_tens and 0 < v < 10:
                group += v
            elif last in (None, "hund", "mult", "scale", "and") and group % 100 == 0:
                group += v
            else:
                break
            last = "unit"
        elif w in lex.tens:
            if last in (None, "hund", "mult", "scale", "and") and group % 100 == 0:
                group += lex.tens[w]
            else:
                break
            last = "tens"
        elif w in lex.hundreds:
            if last in (None, "scale") and group == 0:
                group = lex.hundreds[w]
            else:
                break
            last = "hund"
        elif w in lex.multipliers:
            m = lex.multipliers[w]
            if last in ("unit", "tens", "art") and 0 < group < 100 and not (m == 100 and group >= 10 and group % 10):
                group *= m
            else:
                break
            last = "mult"
        elif w in lex.scales:
            s = lex.scales[w]
            if s >= last_scale:
                break
            if group == 0:
                if last is None and s == 1000 and w not in lex.scales_not_alone:
                    group = 1  # Spanish "mil" alone
                else:
                    break
            total += group * s
            group = 0
            last_scale = s
            last = "scale"
        else:
            break
        i += 1
        if last not in ("and", "and_tens", "art"):
            value = total + group
            if value > 0 or w in lex.units:
                best = (value, i)
    if best == (0, 0) and allow_article and words and words[0] in lex.article_one:
        return 1, 1
    if best[0] > MAX_COUNT:
        return 0, 0
    return best


def word_to_int(phrase: str, lang: str) -> int | None:
    """``"treinta y cinco"`` → 35, ``"forty-nine"`` → 49, ``"1.200"`` → 1200.

    The whole phrase must be a number (digits with separators, or number
    words; "a"/"una" alone count as one), else None.
    """
    lex = _lexicon(lang)
    if lex is None or not isinstance(phrase, str):
        return None
    s = phrase.strip()
    m = lex.digits.fullmatch(s)
    if m and not m.group("dec"):
        v = _int_of(m.group("int"))
        return v if v is not None and v <= MAX_COUNT else None
    words = _read_words(s, 0, lex)
    if not words or words[-1][2] != len(s):
        return None
    value, used = _parse_words([w for w, _, _ in words], lex, allow_article=True)
    return value if used == len(words) else None


_DIGIT_SEPARATORS = re.compile(r"[.,\s\u00a0\u202f]")


def _int_of(digits: str) -> int | None:
    if digits.isdigit():  # no separator to drop (the usual case): skip the substitution
        return int(digits) if len(digits) <= 12 else None
    cleaned = _DIGIT_SEPARATORS.sub("", digits)
    if not cleaned.isdigit() or len(cleaned) > 12:
        return None
    return int(cleaned)


# --------------------------------------------------------------------------- finding counts


@dataclass
class _Num:
    start: int
    end: int
    value: int
    words: bool  # written in words
    scaled: bool
    yearlike: bool


def _number_at(text: str, pos: int, lex: _Lexicon) -> _Num | None:
    """Read one plain number (digits, digits + scale, or words) starting at ``pos``."""
    m = lex.digits.match(text, pos)
    if m:
        raw = m.group("int")
        if len(raw) > 1 and raw[0] == "0" and raw.isdigit():
            return None  # "009": an id
        value = _int_of(raw)
        if value is None:
            return None
        end = m.end()
        dec = m.group("dec")
        sc = lex.scale_after.match(text, end)
        if sc:
            scale = lex.scales[sc.group("s").lower()]
            frac = int(dec) / (10 ** len(dec)) if dec else 0.0
            value = round((value + frac) * scale)
            end = sc.end()
        elif dec:
            return None  # "3.5" without a scale is a measure, not a count
        yearlike = raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100 and not sc
        return _Num(pos, end, value, False, bool(sc), yearlike) if value <= MAX_COUNT else None
    words = _read_words(text, pos, lex)
    if not words:
        return None
    value, used = _parse_words([w for w, _, _ in words], lex)
    if used == 0 or value > MAX_COUNT:
        return None
    if used == 1 and words[0][0] in lex.article_one and not (lex.one_head_after and lex.one_head_after.match(text, words[0][2])):
        return None
    scaled = any(w in lex.scales for w, _, _ in words[:used])
    return _Num(pos, words[used - 1][2], value, True, scaled, False)


def find_quantities(
    text: str, lang: str, *, exclude: list[Span] | None = None, within: Sequence[Span] | None = None
) -> list[Quantity]:
    """Every count expression in ``text``, in order, with non-overlapping spans.

    Numbers inside dates are skipped; ``exclude`` passes date spans the caller
    already has (from :func:`kipu.extract.dates.date_spans`) to save a pass.
    ``within`` (sorted, disjoint spans, such as sentences) restricts where a
    count may start; the whole text stays its context, so a count found there
    is the one a full scan finds.
    Never raises; returns [] for a language without number data.
    """
    if not isinstance(text, str) or not text:
        return []
    lex = _lexicon(lang)
    if lex is None:
        return []
    if exclude is None:
        from kipu.extract.dates import date_spans  # here: dates uses our word lists

        exclude = date_spans(text, lang)
    blocked = _Blocked(exclude)
    starts = lex.gate.positions(text)[0]
    if within is None:
        return _scan(text, lex, blocked, starts, 0, len(text))
    out: list[Quantity] = []
    for span in within:
        out.extend(_scan(text, lex, blocked, starts, max(span.start, out[-1].span.end if out else 0), span.end))
    return out


def _scan(text: str, lex: _Lexicon, blocked: _Blocked, starts: Any, pos: int, stop: int) -> list[Quantity]:
    """The counts whose candidate starts in ``[pos, stop)``, left to right."""
    out: list[Quantity] = []
    while pos < stop:
        m = wordgate.search(lex.candidate, text, pos, starts)
        if not m or m.start() >= stop:
            break
        q = _quantity_at(text, m, lex, blocked)
        if q is None:
            pos = m.end()
            skip = lex.non_count_after.match(text, pos)  # "15 por ciento": not "ciento" next
            pos = skip.end() if skip else pos
            if m.group("digits") and _excluded_before(text, m.start(), lex):
                # "el 13, 14 y 15": the rest of a list of days goes with the first
                tail = _LIST_TAIL.match(text, pos)
                pos = tail.end() if tail else pos
            continue
        out.append(q)
        pos = max(q.span.end, m.end())
    return out


def _inside(start: int, end: int, spans: Iterable[Span]) -> bool:
    for s in spans:
        if s.start <= start < s.end or s.start < end <= s.end:
            return True
    return False


class _Blocked:
    """Spans (dates) a count may not start or end inside: ``_inside`` against
    all of them, asked for every candidate. Dates come sorted and disjoint;
    then only the last span starting before ``start`` can hold ``start``, and
    the last starting before ``end`` can hold ``end`` (every earlier one ends
    before that one starts), found by bisection (speed only)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = list(spans)
        self.starts = [s.start for s in self.spans]
        self.disjoint = all(a.end <= b.start for a, b in pairwise(self.spans))

    def holds(self, start: int, end: int) -> bool:
        if not self.disjoint:
            return _inside(start, end, self.spans)
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and start < self.spans[k].end:
            return True
        k = bisect_left(self.starts, end) - 1
        return k >= 0 and end <= self.spans[k].end


def _quantity_at(text: str, m: re.Match[str], lex: _Lexicon, blocked: _Blocked) -> Quantity | None:
    start = m.start()
    if blocked.holds(start, m.end()):
        return None
    if m.group("vague") is not None:
        low, high = lex.vague[phrase_key(m.group("vague"))]
        if _excluded_after(text, m.end(), lex):
            return None  # "rose several times", "varias veces": not a count of people
        q_start, qualifier = _qualifier_before(text, start, lex)
        return _finish(text, lex, q_start, m.end(), low, high, qualifier or _VAGUE_QUALIFIER, True)
    if m.group("phrase") is not None:
        value = lex.phrases[phrase_key(m.group("phrase"))]
        q_start, qualifier = _qualifier_before(text, start, lex)
        return _finish(text, lex, q_start, m.end(), value, value, qualifier or "exact", False)
    num = _number_at(text, start, lex)
    if num is None or _excluded_before(text, start, lex) and not _people_at_clock(text, start, num.end, lex) and not _total_at(text, start, lex):
        return None
    low = high = num.value
    end = num.end
    vague = False
    opened: int | None = None  # where the opener of a range ("entre") starts
    # A range: "20 a 30", "between 20 and 30", "dos o tres".
    j = lex.range_joiner_re.match(text, end)
    if j and _excluded_after(text, end, lex) is False:
        joiner = phrase_key(j.group("j"))
        opener = lex.range_opener_re.search(text, max(0, start - 20), start)
        if joiner not in lex.weak_joiners or opener:
            other = _number_at(text, j.end(), lex)
            if other is not None and not blocked.holds(other.start, other.end):
                lo = low
                if other.scaled and not num.scaled and lo < 1000:
                    lo *= other.value // max(1, _unscaled(other, lex))
                # "20 a 30" but not "009-2023-PCM" nor "5 to 2023"
                if num.yearlike and other.yearlike and _is_year(text, other.end, None, lex):
                    return None  # "las protestas de 2022 y 2023", "entre 2022 y 2024": years, not a count
                if lo < other.value <= max(lo * 10, 10) and not _ID_TAIL.match(text, other.end):
                    low, high, end, vague = lo, other.value, other.end, True
                    opened = opener.start() if opener else None
    if _excluded_after(text, end, lex):
        return None
    # Read only now: most numbers turned down are so just above.
    q_start, qualifier = _qualifier_before(text, start, lex)
    if vague:
        if opened is not None and qualifier is None:
            q_start = opened
        qualifier = qualifier or _VAGUE_QUALIFIER
    if num.yearlike and not vague and _is_year(text, end, qualifier, lex):
        return None
    if start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")":
        return None  # "Quispe (18)": an age
    if not num.words and low < 120 and text[end : end + 1] == "," and lex.apposition_age.search(text, max(0, start - 40), start):
        return None  # "Silvia Cruz, 54, holds": an age
    if low == 1 and num.words and lex.partitive_after.match(text, end):
        return None  # "one of the injured"
    return _finish(text, lex, q_start, end, low, high, qualifier or "exact", vague)


def _is_year(text: str, end: int, qualifier: str | None, lex: _Lexicon) -> bool:
    """A year-shaped number (1800-2100) is a year unless a counted noun follows it.

    With a qualifier before it ("over 2,000", "more than 1500") it stays a count,
    except when a name or an incident noun follows it: "over 2023 Juliaca killings",
    "charged over 2022 protest deaths" name the year of the incident, not a toll."""
    head, head_span = _head_word(text, end, lex)
    if head in lex.count_heads:
        return False
    if qualifier is None:
        return True
    if head is None or head_span is None:
        return False
    if head in lex.year_nouns:
        return True
    # a name then a counted noun is who was counted: "some 2000 Aymara protesters"
    return text[head_span.start].isupper() and _head_word(text, head_span.end, lex)[0] not in lex.count_heads


def _unscaled(num: _Num, lex: _Lexicon) -> int:
    """The value of ``num`` before its scale word (for "2 to 3 million")."""
    for s in sorted(set(lex.scales.values()), reverse=True):
        if num.value % s == 0 and num.value >= s:
            return num.value // s
    return num.value


def _finish(
    text: str, lex: _Lexicon, start: int, end: int, low: int, high: int, qualifier: str, vague: bool
) -> Quantity:
    a = lex.q_after_re.match(text, end)
    if a and qualifier in ("exact", _VAGUE_QUALIFIER) and not vague:
        qualifier = lex.q_after[phrase_key(a.group("q"))]
        end = a.end()
    head, head_span = _head_word(text, end, lex)
    if head is None and (sep := _LABEL_SEPARATOR.match(text, end)) is not None and _opens_its_line(text, start):
        head, head_span = _head_word(text, sep.end(), lex)  # "6 - soldiers who drowned": a fact box's label
    return Quantity(Span(start, end), low, high, qualifier, vague, head, head_span)


# A fact box's line: the figure, a dash or colon, then what it counts ("67 - deaths since December")
_LABEL_SEPARATOR = re.compile(r"[ \t]*[-\u2013\u2014:][ \t]+")
_LINE_OPENERS = " \t\u2022\u00b7*-\u2013\u2014\u25aa\u25ba"  # spaces and bullets before a label's figure


def _opens_its_line(text: str, start: int) -> bool:
    """Whether only spaces or a bullet stand between the line's start and ``start``."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(_LINE_OPENERS)


def _qualifier_before(text: str, start: int, lex: _Lexicon) -> tuple[int, str | None]:
    window_start = max(0, start - 60)
    if not lex.q_before_gate.may_match(text, window_start, start):
        return start, None
    qm = lex.q_before_re.search(text, window_start, start)
    if not qm:
        return start, None
    return qm.start(), lex.q_before[phrase_key(qm.group("q"))]


_last_excluded: tuple[str, int, _Lexicon, bool] | None = None


def _excluded_before(text: str, start: int, lex: _Lexicon) -> bool:
    """Whether a non-count word ("Nº", "artículo") comes right before ``start``.

    The last answer is remembered: ``find_quantities`` asks again at the
    digits ``_quantity_at`` just turned down (speed only; keyed by identity)."""
    global _last_excluded
    last = _last_excluded
    if last is not None and last[0] is text and last[1] == start and last[2] is lex:
        return last[3]
    window = max(0, start - 20)
    found = lex.non_count_before_gate.may_match(text, window, start) and (
        lex.non_count_before.search(text, window, start) is not None
    ) and not (lex.count_after_non_count is not None and lex.count_after_non_count.search(text, window, start) is not None)
    _last_excluded = (text, start, lex, found)
    return found


def _people_at_clock(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """ "recordar a las diez personas": the words of a clock time ("a las")
    before a number that counts people right after it are an article, not an hour."""
    return (
        lex.clock_before is not None
        and lex.clock_before.search(text, max(0, start - 20), start) is not None
        and _head_word(text, end, lex)[0] in lex.count_heads
    )


def _total_at(text: str, start: int, lex: _Lexicon) -> bool:
    """ "the death toll stands at 47", "puts the number of dead at 60": a
    total or casualty word before "at" makes the number a count, not a clock time."""
    if lex.total_at_before is not None and lex.total_at_before.search(text, max(0, start - 50), start) is not None:
        return True
    return lex.estimate_at_before is not None and lex.estimate_at_before.search(text, max(0, start - ESTIMATE_REACH - 40), start) is not None


def _excluded_after(text: str, end: int, lex: _Lexicon) -> bool:
    return lex.non_count_after.match(text, end) is not None


def _head_word(text: str, end: int, lex: _Lexicon) -> tuple[str | None, Span | None]:
    """The word a count applies to, skipping "of"/"de"/"other"."""
    pos = end
    for _ in range(4):
        m = _HEAD_RE.match(text, pos)
        if not m:
            return None, None
        w = m.group(1).lower()
        if w in lex.head_skip:
            pos = m.end()
            continue
        return w, Span(m.start(1), m.end(1))
    return None, None


def parse_quantity(phrase: str, lang: str) -> Figure | None:
    """The Figure of the first count in ``phrase`` ("unas dos mil" → 2000, about)."""
    found = find_quantities(phrase, lang)
    return found[0].to_figure() if found else None
