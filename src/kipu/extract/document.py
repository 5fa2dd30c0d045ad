"""Everything the extractor knows about one article, computed once.

The expensive scans (lexicon automaton, dates, numbers, places) run once per
document and their results are bucketed by sentence, so the frame-building
rules downstream only look things up.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from typing import Any, Callable, Iterable

from kipu.extract.agents import mark_state_holding, strip_crowd_on_forces, strip_crowd_weapons, strip_non_state_killing, strip_private_force
from kipu.extract.arrival import strip_official_arrivals
from kipu.extract.grievance import (
    strip_arrest_charges,
    strip_grievance,
    strip_force_of_another_day,
    strip_past_force,
    strip_recap,
    strip_slogans,
    strip_turning_point,
)
from kipu.extract.heldroads import held_road_closed
from kipu.extract.lexicon import Lexicon, Match, alternation, lang_words, lang_data
from kipu.extract.origins import strip_origins
from kipu.extract.projectiles import strip_less_lethal_fire
from kipu.extract.requested import strip_demanded_arrests, strip_requested_force, strip_requested_measures
from kipu.extract.segment import Sentence, sentences
from kipu.extract.stateplace import clearing_by_the_state, reattribute_state_forms
from kipu.extract.warmup import per_language
from kipu.model import Span
from kipu.textnorm import fold


@dataclass
class SentenceView:
    """One sentence and the mentions that fall inside it."""

    sentence: Sentence
    text: str
    matches: list[Match] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    #: Whether a quotation opened in an earlier sentence of the paragraph is
    #: still open where this one starts (segmenters split long quotes).
    opens_in_quote: bool = False

    def __post_init__(self) -> None:
        # The sentence's span and paragraph, copied as plain attributes (not
        # fields: equality, ``replace`` and the repr are as before): they are
        # read some 600 times per article, and a property is a Python call
        # each time. A ``Sentence`` is frozen, so the copies cannot go stale
        # (speed only).
        self.span: Span = self.sentence.span
        self.paragraph: int = self.sentence.paragraph

    # The categories of the matches, set by ``seal`` once the matches are
    # final. Deliberately not annotated, so not a dataclass field: a view
    # made by ``replace`` (with other matches) or by hand starts without it.
    _categories = None

    def seal(self) -> None:
        """Note the matches' categories; the matches must not change
        afterwards. ``has`` and ``of`` are asked hundreds of thousands of
        times per few hundred articles, mostly of a category the sentence
        lacks: a set answers that without reading every match (speed only)."""
        self._categories = {m.category for m in self.matches}  # type: ignore[assignment]

    @property
    def sealed(self) -> bool:
        """Whether ``seal`` was called: the matches are final."""
        return self._categories is not None

    def labels(self, category: str) -> list[str]:
        """Labels of ``category`` in order of appearance, without repeats."""
        seen: dict[str, None] = {}
        for m in self.matches:
            if m.category == category:
                seen.setdefault(m.label, None)
        return list(seen)

    def of(self, category: str, label: str | None = None) -> list[Match]:
        categories = self._categories
        if categories is not None and category not in categories:
            return []
        if label is None:
            return [m for m in self.matches if m.category == category]
        return [m for m in self.matches if m.category == category and m.label == label]

    def has(self, category: str, label: str | None = None) -> bool:
        categories = self._categories
        if categories is not None:
            if category not in categories:
                return False
            if label is None:
                return True  # (one set lookup, not two: the usual question; speed only)
        # Plain loops: asked many times per sentence, a generator costs more than the test.
        if label is None:
            for m in self.matches:
                if m.category == category:
                    return True
            return False
        for m in self.matches:
            if m.category == category and m.label == label:
                return True
        return False

    def has_any(self, categories: frozenset[str]) -> bool:
        """Whether a match of any of ``categories`` is here: one pass over the
        matches where ``has(a) or has(b) or ...`` reads them once per category
        (asked of every sentence). A sealed view answers from its set of
        categories, at C speed (speed only)."""
        sealed = self._categories
        if sealed is not None:
            return not categories.isdisjoint(sealed)
        for m in self.matches:
            if m.category in categories:
                return True
        return False

    def quoted(self, offset: int) -> bool:
        """Whether the absolute text ``offset`` lies inside direct speech."""
        base = self.sentence.span.start
        if self.opens_in_quote and not _has_quote_mark(self.text):
            return base <= offset < self.sentence.span.end  # wholly inside a quotation told over several sentences
        return any(base + a <= offset < base + b for a, b in quote_spans(self.text))


_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_QUOTE_MARKS = "".join(_OPENERS) + "".join(_CLOSERS) + '"'
_LIST_MARKER = re.compile(r"\s*(?:[-\u2013\u2014\u2022*\u25aa\u25cf>]|\d{1,2}[.)])\s")


# "DANIEL: They fired.", "HOST (Maria): Welcome back": a transcript's speaker label
_SPEAKER_LABEL = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'.-]+(?: [A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'.-]+){0,2}(?: \([^()\n]{1,30}\))?:\s")


def speaker_turn(view: SentenceView) -> bool:
    """The sentence opens a transcript's turn with an upper-case speaker label."""
    return _SPEAKER_LABEL.match(view.text) is not None


def list_item(view: SentenceView) -> bool:
    """The sentence opens with a list marker ("- ", "• ", "2. ")."""
    return _LIST_MARKER.match(view.text) is not None


_QUOTE_CHARS = re.compile("[" + re.escape(_QUOTE_MARKS) + "]")


def _has_quote_mark(text: str) -> bool:
    """``_QUOTE_CHARS.search(text) is not None``, as five substring tests:
    each runs at memchr speed, where the regex steps through every
    character; most sentences hold no quote mark, and a scan for them
    then finds nothing (speed only)."""
    for ch in _QUOTE_MARKS:
        if ch in text:
            return True
    return False


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct speech in one sentence, as (start, end) offsets.

    Curly and angle quotes pair up; a closing quote with no opener means the
    sentence began inside a quotation that opened in an earlier sentence
    (segmenters split long quotes). Straight double quotes pair in order.
    """
    if not _has_quote_mark(text):
        return []  # no quote mark, no speech (the usual sentence; speed only)
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: list[int] = []
    for m in _QUOTE_CHARS.finditer(text):  # only quote marks change the state
        i = m.start()
        ch = text[i]
        if ch == '"':
            straight.append(i)
        elif ch in _OPENERS and open_at is None:
            open_at = i
        elif ch in _CLOSERS:
            spans.append((open_at if open_at is not None else 0, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    if len(straight) % 2 == 1:
        if not text[: straight[0]].strip():
            # An odd straight quote opening the sentence starts a quotation
            # that runs past its end ('"The crowd had gathered but we will
            # not yield.' continued in the next sentence): all of it is speech.
            spans.append((straight.pop(0), len(text)))
        else:
            # An odd straight quote closes a quotation opened in an earlier
            # sentence when it comes before the reporting clause ('..." said X').
            first = straight.pop(0)
            spans.append((0, first + 1))
    spans.extend((straight[k], straight[k + 1] + 1) for k in range(0, len(straight) - 1, 2))
    # 'La llamada "Toma de Lima" dejó', 'the so-called "national day of protest"': a
    # few words quoted inside the sentence, with no punctuation, name a thing;
    # nobody speaks. A quote set off by a colon or closed by a comma is a voice
    # («Hoy marchamos», dijo).
    return [(a, b) for a, b in spans if not _a_quoted_name(text, a, b)]


NAME_QUOTE_WORDS = 5  # a quotation this short and unpunctuated is a name, not speech
# Function words that introduce a name, not a voice: 'la llamada "Toma de Lima"',
# 'the so-called "national day of protest"', 'el «paro»'. After "said" or
# "dijo" the quote is speech ('He said "strike" twice').
_NAMING_WORDS = frozenset(lang_words("document", "naming_words"))  # lang/<code>/document.yaml, all languages
_LAST_WORD = re.compile(r"([\w-]+)\s*$")


def _a_quoted_name(text: str, a: int, b: int) -> bool:
    quoted = text[a:b]
    inner = quoted.strip('"\u201c\u201d\u00ab\u00bb ')
    if len(quoted) < 2 or quoted[0] not in '"\u201c\u00ab' or quoted[-1] not in '"\u201d\u00bb':
        return False
    if len(inner.split()) > NAME_QUOTE_WORDS or any(ch in inner for ch in ".,;:!?\u00a1\u00bf"):
        return False
    after = text[b:].lstrip()
    last = _LAST_WORD.search(text, 0, a)
    return bool(last) and last.group(1).lower() in _NAMING_WORDS and not after.startswith((",", ".", ";"))


@per_language
def _requested_endings(lang: str) -> tuple[str, ...]:
    """Endings of a force word asked for (``requested_endings`` of morphology.yaml)."""
    return tuple(str(e) for e in (lang_data(lang, "morphology").get("requested_endings") or []))


@per_language
def _requested_joiners(lang: str) -> tuple[str, ...]:
    """Words that join a second thing asked for to the first (``requested_joiners`` of morphology.yaml)."""
    return tuple(str(e).lower() for e in (lang_data(lang, "morphology").get("requested_joiners") or []))


@per_language
def _demand_complementizers(lang: str) -> tuple[str, ...]:
    """Words after a demand verb that open the clause it asks for (``demand_complementizers`` of morphology.yaml)."""
    return tuple(str(e).lower() for e in (lang_data(lang, "morphology").get("demand_complementizers") or []))


@per_language
def _lone_spellings(lang: str) -> dict[str, str]:
    """Folded ``lone`` cue -> the pronoun's accented spelling (``lone_spellings`` of morphology.yaml)."""
    return {str(k): str(v) for k, v in (lang_data(lang, "morphology").get("lone_spellings") or {}).items()}


def _drop_articles(found: list[Match], text: str, spellings: dict[str, str]) -> list[Match]:
    """``found`` less the ``lone`` cues written without the pronoun's accent:
    "El viernes" is the article, "Él fue detenido" the pronoun. Dropped from
    the article's matches before they are shared out: "el" is the commonest
    word of a Spanish article and most of its ``lone`` hits are the article,
    which no sentence then carries, rebuilds its matches for, or reads
    (speed only: what dropping them sentence by sentence left)."""
    if not spellings:
        return found
    return [m for m in found if not (m.category == "lone" and m.term in spellings and text[m.start : m.end].lower() != spellings[m.term])]


#: Lexicon categories whose words make a sentence report an incident.
_TRIGGER_CATEGORIES = frozenset({"form", "riot", "attack", "strategic"})
#: Categories whose words another sense (``lang/<code>/senses.yaml``) can cancel
#: ("Vejez y Muerte", a pension scheme, names no death; "the human rights ombudsman" makes no demand).
_SENSE_CATEGORIES = _TRIGGER_CATEGORIES | {"state_response", "modality", "measure", "political_violence", "violent_act", "takeover", "demand", "continuation"}


# "de los siete fallecidos," / "of the seven dead,": the words before a casualty noun that open a share.
_PARTITIVE_BEFORE = re.compile(
    rf"(?:^|[,:;]\s*){alternation(lang_words('document', 'partitive_share', 'of'))}\s+"
    rf"{alternation(lang_words('document', 'partitive_share', 'articles'))}\s+(?:[^\W_]+\s+)?$",
    re.IGNORECASE,
)
_CASUALTIES = frozenset({"fatalities", "injuries", "arrests"})
PARTITIVE_REACH = 40  # chars from the sentence's start, or its clause's, to the casualty noun ("Según la Defensoría, de los siete")


def _mark_partitive_share(view: SentenceView) -> None:
    """ "Según la Defensoría, de los siete fallecidos, cinco murieron en
    Apurímac, uno en Arequipa y uno en La Libertad": the breakdown of a total
    told before, by place, is a share of it (the ``share`` tally cue, as "de
    ese total"), not deaths of the article's day in each region."""
    base = view.span.start
    for m in view.of("measure"):
        if m.label not in _CASUALTIES or not view.text.startswith(",", m.end - base):
            continue
        if _PARTITIVE_BEFORE.search(view.text, max(0, m.start - base - PARTITIVE_REACH), m.start - base):
            view.matches.append(Match(m.start, m.end, "tally", "share", "partitive"))
            return


def _shadow_riot_words(view: SentenceView) -> None:
    """ "quemaron llantas", "quema de llantas": a protest form's phrase holding a
    riot word ("quemaron") is that form (burning tyres to block a road), not a riot."""
    forms = [m for m in view.matches if m.category == "form"]
    if not forms or not any(m.category == "riot" for m in view.matches):
        return
    view.matches[:] = [
        m for m in view.matches
        if not (m.category == "riot" and any(f.start <= m.start and m.end <= f.end and (f.start, f.end) != (m.start, m.end) for f in forms))
    ]


@per_language
def _burning_words(lang: str) -> tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The stems of a burning, the anaphor that ends at a bare burning noun ("la quema") and
    what after it names a new object ("de la comisaría"), from ``lang/<code>/document.yaml``."""
    data = lang_data(lang, "document").get("burning") or {}
    stems = tuple(str(w) for w in data.get("stems") or ())
    anaphors, openers = data.get("anaphors") or (), data.get("object_openers") or ()
    if not stems or not anaphors:
        return (), None, None
    anaphor = re.compile(rf"(?<!\w){alternation(fold(str(w)) for w in anaphors)}$")
    opener = re.compile(rf"\s+{alternation(openers)}(?!\w)") if openers else None
    return stems, anaphor, opener


ANAPHOR_REACH = 25  # chars before the end of a riot word the anaphor that names it may start ("la referida quema")


def _shadow_burning_anaphors(views: list[SentenceView], folded: str, lang: str) -> None:
    """ "Bloquearon la Panamericana Sur con la quema de llantas. La quema se prolongó hasta el
    mediodía": a bare burning noun after a determiner ("la quema", "the burning") is the burning told
    last; where that was a protest form's ("quema de llantas", a roadblock's tyres, shadowed by
    ``_shadow_riot_words``) or a rally's effigies ("quema de fotos", the ``effigy_burning`` sense), it
    is no riot of its own (GUIDELINES §2: arson is a riot, a roadblock's tyres are not). A burning
    with its own object ("la quema de la comisaría") is a new one, read as told."""
    stems, anaphor, opener = _burning_words(lang)
    if anaphor is None or not any(s in folded for s in stems):
        return
    harmless: bool | None = None  # what the burning last told was: a form's or effigy's (True), a riot (False)
    for v in views:
        dropped: list[Match] = []
        for m in v.matches:
            if m.category not in ("riot", "form", "sense"):
                continue
            term = folded[m.start : m.end]
            if not any(s in term for s in stems):
                continue
            if m.category == "riot":
                bare = anaphor.search(folded, max(0, m.end - ANAPHOR_REACH), m.end) is not None and not (opener and opener.match(folded, m.end))
                if bare and harmless:
                    dropped.append(m)
                elif not bare:
                    harmless = False
            elif m.category == "form" or m.label == "effigy_burning":
                harmless = True
        if dropped:
            v.matches[:] = [m for m in v.matches if m not in dropped]


DAY_BETWEEN_WORDS = 20  # longest date a phrase is read across ("el miércoles", "this morning")


def _days_between_words(folded: str, dates: list[Any]) -> list[tuple[int, int]]:
    """The stretches (a short date and the space after it) that sit between
    two words with no punctuation: "despejaron el lunes la carretera",
    "cleared on Monday the highway". Phrases of the lexicon are read across
    them (:meth:`Lexicon.scan`)."""
    gaps: list[tuple[int, int]] = []
    n = len(folded)
    for d in dates:
        span = getattr(d, "span", None)
        if span is None:
            continue
        a, b = span.start, span.end
        if (
            b - a <= DAY_BETWEEN_WORDS and a >= 2 and b + 1 < n
            and folded[a - 1] == " " and folded[a - 2].isalnum() and folded[b] == " " and folded[b + 1].isalnum()
        ):
            gaps.append((a, b + 1))
    return gaps


def _date_cover(dates: list[Any]):
    """A test of whether a span lies inside one of the date expressions
    found in the text: a word the date finder read as part of a date
    ("March" in "on 3 March") is not an incident word, whatever it means
    elsewhere."""
    spans = sorted((d.span.start, d.span.end) for d in dates if getattr(d, "span", None) is not None)
    starts = [a for a, _ in spans]

    def covered(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and spans[i][0] <= start and end <= spans[i][1]

    return covered


@per_language
def _case_sensitive_months(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(folded month names, folded one-word month prefixes) of a language
    that writes month names capitalised (``case_sensitive_names`` in its
    dates.yaml); empty sets otherwise."""
    data = lang_data(lang, "dates") if lang else {}
    if not data.get("case_sensitive_names"):
        return frozenset(), frozenset()
    names = frozenset(fold(str(n)) for names in (data.get("months") or {}).values() for n in names or ())
    prefixes = frozenset(fold(str(p)).split()[-1] for p in data.get("month_prefixes") or () if str(p).strip())
    return names, prefixes


@per_language
def _names_in_capitals(lang: str) -> bool:
    """Whether the language writes its common words in lower case inside a
    sentence (``names_in_capitals`` of document.yaml): then a capitalised
    violence word after a capitalised word is part of a name."""
    return bool(lang_data(lang, "document").get("names_in_capitals")) if lang else False


#: Trigger categories whose one-word cues name what a crowd did to people or things.
_VIOLENCE_CATEGORIES = frozenset({"riot", "attack"})


def _in_name(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A violence word written capitalised inside a sentence, right after
    another capitalised word, is part of a name ("el puente Corral Quemado",
    "Cerro Quemado"): no one burned anything. A word in capitals throughout (a
    shouting headline) or opening the sentence is read as a word."""
    if start == sentence_start or not text[start].isupper() or not text[start + 1 : end].islower():
        return False
    head = text[max(sentence_start, start - 30) : start]
    if not head.endswith(" "):
        return False
    words = head.split()
    if not words:
        return False
    prev = words[-1]
    return prev[:1].isupper() and prev[1:].isalpha() and prev[1:].islower() and text[sentence_start:start].strip() != prev


def _is_month(text: str, start: int, end: int, months: tuple[frozenset[str], frozenset[str]], sentence_start: int) -> bool:
    """A capitalised month name inside a sentence is the month ("in March",
    "its March meeting", "March 15"), unless it follows another capitalised
    word, not after a date preposition: then it is part of a march's name
    ("the Global March for Climate", "the LGBT Pride March")."""
    if not text[start].isupper():
        return False
    if text[end : end + 3].lstrip(" ,")[:1].isdigit():
        return True  # "March 10", also opening a sentence (a dateline, a table row)
    if start == sentence_start:
        return False
    head = text[max(sentence_start, start - 30) : start]
    words = head.split()
    if not words:
        return True
    prev = words[-1].strip(",.;:()\"'")
    names, prefixes = months
    if not prev or prev[:1].isdigit() or fold(prev) in prefixes:
        return True
    if prev[-1:] in "-\u2013/" and fold(prev[:-1]) in names:
        return True  # "the January-March quarter"
    at_sentence_start = len(words) == 1 and text[sentence_start : start].strip() == words[-1]
    return not (prev[:1].isupper() and not at_sentence_start)


def _mark_open_quotes(views: list[SentenceView]) -> None:
    """Flag the sentences that start inside a curly or angle quotation opened
    earlier in their paragraph: '“Llevamos una semana aquí. Dos compañeros
    están muertos de cansancio. Nadie nos atiende”, dijo' is one voice over
    three sentences, the middle one without a quote mark of its own."""
    open_quote, paragraph = False, None
    for v in views:
        if v.paragraph != paragraph:
            open_quote, paragraph = False, v.paragraph
        v.opens_in_quote = open_quote
        if not _has_quote_mark(v.text):
            continue  # nothing opens or closes here (speed only)
        for m in _QUOTE_CHARS.finditer(v.text):
            ch = m.group()
            if ch in _OPENERS:
                open_quote = True
            elif ch in _CLOSERS:
                open_quote = False


class _Bucketer:
    """Assign spans to the sentence that contains their start."""

    def __init__(self, sents: list[Sentence]):
        self._starts = [s.span.start for s in sents]

    def index(self, start: int) -> int:
        return max(0, bisect_right(self._starts, start) - 1)

    def indices(self, starts: Iterable[int]) -> list[int]:
        """``[self.index(s) for s in starts]``, the bisections run from ``map``
        (speed only: a few hundred spans per article)."""
        return [i - 1 if i else 0 for i in map(bisect_right, repeat(self._starts), starts)]


def _categories(view: SentenceView) -> set[str]:
    """The categories of ``view``'s matches, read by the document build to
    call a strip only where the category its own first test asks for is
    found (a sentence without it is one the strip leaves as it is: "no
    private guard named, no guard's force to drop"); most sentences have
    the categories of none or a few strips, and a set test costs far less
    than the call. A strip may drop matches, so the set may hold a category
    no longer there (the strip is then called and finds nothing); matches
    are only added by ``reattribute_state_forms`` and
    ``clearing_by_the_state`` (a state response, a roadblock), after which
    the set is taken again, and by ``_mark_partitive_share`` (a tally, which
    no strip asks for). Speed only: ``tests/test_speed_shortcuts.py`` builds
    documents with every strip called and compares."""
    return {m.category for m in view.matches}


#: What ``strip_grievance`` reads first: a grievance, demand or remembrance
#: word, or a protest form with a death word (``grievance._DEATH_WORDS``).
_GRIEVANCE_GATE = frozenset({"grievance", "demand", "remembered"})
_DEATH_CATEGORIES = frozenset({"measure", "state_response"})


@dataclass
class AnalysedDocument:
    text: str
    folded: str
    lang: str
    published: date | None
    sentences: list[SentenceView]
    place_matches: list[Any] = field(default_factory=list)
    # Whether a sentence marks a day of force told in passing (``passing_day``,
    # grievance.strip_force_of_another_day): rare, so the reader and context skip
    # asking each sentence when none does. Not annotated, so not a field (speed only).
    passing_days = False

    @classmethod
    def build(
        cls,
        text: str,
        lang: str,
        published: date | None,
        lexicon: Lexicon,
        dates: Iterable[Any] = (),
        quantities: Iterable[Any] | Callable[[list[Span]], Iterable[Any]] = (),
        places: Iterable[Any] = (),
        lexicon_walk: Callable[[str], Iterable[Any]] | None = None,
    ) -> "AnalysedDocument":
        """``quantities`` may be a function of the sentence spans that hold a
        measure word: only there does a number count anything (``counts_in``
        reads a figure only beside a measure cue), so the number finder need
        not read the other sentences (speed only; same output).
        ``lexicon_walk``: what gives the lexicon automaton's hits in a folded
        text, if not its own walk (``kipu.extract.jointscan``)."""
        folded = fold(text)
        sents = sentences(text, lang)
        views = [SentenceView(s, text[s.span.start : s.span.end]) for s in sents]
        place_list = list(places)
        doc = cls(text, folded, lang, published, views, place_list)
        if not views:
            return doc
        bucket = _Bucketer(sents)
        dates = list(dates)
        in_date = _date_cover(dates)
        months = _case_sensitive_months(lang)
        names = _names_in_capitals(lang)
        found = _drop_articles(lexicon.scan(folded, _days_between_words(folded, dates), lexicon_walk), text, _lone_spellings(lang))
        other_senses = [(m.start, m.end) for m in found if m.category == "sense"]
        for m, i in zip(found, bucket.indices([m.start for m in found])):
            if m.category in _TRIGGER_CATEGORIES and (
                in_date(m.start, m.end)
                or (folded[m.start : m.end] in months[0] and _is_month(text, m.start, m.end, months, sents[i].span.start))
                or (names and m.category in _VIOLENCE_CATEGORIES and text[m.start].isupper() and _in_name(text, m.start, m.end, sents[i].span.start))
            ) or (other_senses and m.category in _SENSE_CATEGORIES and any(a < m.end and m.start < b and not (m.start <= a and b <= m.end and m.end - m.start > b - a) for a, b in other_senses)):
                # "in March" is the month, "the striker" a footballer: not incidents. A longer phrase that spans
                # the whole sense is read as itself ("detuvieron sus unidades": the strike, not arrests).
                continue
            views[i].matches.append(m)
        # Each sentence's categories, so each strip below is called only
        # where the category its own first test asks for is found (speed
        # only; see ``_categories``).
        cats = [_categories(v) for v in views]
        if callable(quantities):
            # (an arrest verb with no count cue may still have its object counted over a day or place told
            # between, "detuvo en Juliaca a tres dirigentes": counts._arrest_verb_over_adjuncts)
            quantities = quantities([v.span for v, c in zip(views, cats) if "measure" in c or "crowd_estimate" in c or ("state_response" in c and v.has("state_response", "arrests"))])
        _mark_open_quotes(views)
        requested = _requested_endings(lang)
        joiners = _requested_joiners(lang)
        complementizers = _demand_complementizers(lang)
        for d, i in zip(dates, bucket.indices([d.span.start for d in dates])):
            views[i].dates.append(d)  # (before the strips: a remembered day keeps its force, grievance.strip_grievance)
        for i, v in enumerate(views):
            c = cats[i]
            if not c.isdisjoint(_GRIEVANCE_GATE) or ("form" in c and not c.isdisjoint(_DEATH_CATEGORIES)):
                strip_grievance(v, folded, published)
            if "riot" in c and ("strategic" in c or "state_response" in c):
                strip_arrest_charges(v, folded)
            if "anaphor" in c and v.has("anaphor", "recap"):
                strip_recap(v)
            if "prior" in c and v.has("prior", "political"):
                strip_turning_point(v)
            if "state_response" in c:
                strip_requested_force(v, requested)
            if "strategic" in c:
                strip_requested_measures(v, joiners)
                strip_demanded_arrests(v, complementizers)
            if "slogan" in c and v.has("slogan"):
                strip_slogans(v, quote_spans(v.text))
            if "private_force" in c:
                strip_private_force(v)
            if "crowd_agent" in c:
                strip_crowd_weapons(v)
            if "crowd_on_forces" in c:
                strip_crowd_on_forces(v)
                mark_state_holding(v)
            if "state_response" in c:
                strip_less_lethal_fire(v)
            if "non_state_killer" in c:
                strip_non_state_killing(v)
            if "arrival" in c and "actor" in c and "form" in c:
                strip_official_arrivals(v)
            if "actor" in c:
                reattribute_state_forms(v)  # (may add a state response)
                if "clearing" in c:
                    clearing_by_the_state(v)  # (may add a state response and a roadblock)
                c = cats[i] = _categories(v)
            if "held_road" in c:
                held_road_closed(v, lang)  # (may add a roadblock)
                c = cats[i] = _categories(v)
            if "form" in c and "riot" in c:
                _shadow_riot_words(v)
            if "measure" in c:
                _mark_partitive_share(v)
        _shadow_burning_anaphors(views, folded, lang)
        for v, c in zip(views, cats):
            if "state_response" in c:
                strip_past_force(v, published)
            if ("state_response" in c or "riot" in c) and strip_force_of_another_day(v, published):
                doc.passing_days = True
        quantities = list(quantities)
        for q, i in zip(quantities, bucket.indices([q.span.start for q in quantities])):
            views[i].quantities.append(q)
        for p, i in zip(place_list, bucket.indices([p.span.start for p in place_list])):
            views[i].places.append(p)
        for v, c in zip(views, cats):
            if "origin_word" in c:
                strip_origins(v, v.places)
            v.seal()  # the matches are final from here on
        return doc
