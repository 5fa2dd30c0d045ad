"""Who a count is attributed to: "según la Diresa Puno", "the health ministry said".

Figures disagree between sources and change over days (Juliaca: 9, 14, 17, 18
dead), so the resolver ranks each claim by its source's authority
(``kipu.resolve.explain``). The extractor names that source as the sentence of
the count gives it, in the article's own words, without the leading article:

- after an opener ("según la Defensoría del Pueblo", "according to the
  ombudsman's office"), up to the next clause break;
- before a reporting verb, when the clause before it is a short noun phrase
  ("Police said ...", ", the health ministry said.");
- after a Spanish reporting verb that puts its subject last ("informó el
  domingo la Diresa"), skipping a date between.

A pronoun ("he said", "dijo que") names no one, nor does a passive ("was
reported"). The cues are the ``attribution``
/ ``source`` words of ``lang/<code>/cues.yaml``; openers, articles, pronouns and
the clause words that end a source are in ``lang/<code>/readings.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from kipu.extract.document import SentenceView
from kipu.extract.lexicon import alternation, lang_words
from kipu.textnorm import fold

_OPENERS = frozenset(lang_words("readings", "source_openers"))
_VERBS = frozenset(lang_words("cues", "attribution", "source")) - _OPENERS
_ARTICLE = re.compile(r"^(?:" + alternation(lang_words("readings", "source_articles"), r"\s+") + r")\s+", re.IGNORECASE)
_PRONOUNS = frozenset(w.lower() for w in lang_words("readings", "source_pronouns"))
_AUXILIARIES = frozenset(w.lower() for w in lang_words("readings", "source_auxiliaries"))
_PERFECT = frozenset(w.lower() for w in lang_words("readings", "source_perfect"))
_CONJUNCTION = re.compile(r"^(?:" + alternation(lang_words("readings", "source_conjunctions"), r"\s+") + r")\s+", re.IGNORECASE)
# a source ends at a clause break, a quote, or the word that opens what it said
_END = re.compile(r"[,.;:()\"“”«»]|\s(?:" + alternation(lang_words("readings", "source_enders"), r"\s+") + r")\s", re.IGNORECASE)
# ("3:40 p. m. | El Ministerio del Interior informó": a live entry's mark; a hyphen only as a dash, spaced:
# "the non-governmental group Temblores says" is one name)
_BREAK_BEFORE = re.compile(r"(?:[,.;:()\"“”«»—–|]|(?<!\w)-)\s*")
MAX_SOURCE_WORDS = 8  # "the National Coordinator for Human Rights of Peru": longer is a clause, not a name


def _cues_and_dates(view: SentenceView) -> tuple[str, tuple[tuple[int, int, str], ...], tuple[tuple[int, int], ...]]:
    """The sentence's text, its source cues and its dates, relative to its start."""
    base = view.span.start
    cues = tuple((m.start - base, m.end - base, m.term) for m in view.of("attribution", "source"))
    return view.text, cues, tuple((d.span.start - base, d.span.end - base) for d in view.dates)


@lru_cache(maxsize=4096)
def _sources(text: str, cues: tuple[tuple[int, int, str], ...], blanks: tuple[tuple[int, int], ...]) -> tuple[tuple[int, str], ...]:
    """(where, name) of each source the sentence names, by its cue's start: after
    an opener, or before a reporting verb (else after it, a Spanish subject put
    last). Remembered: the counts of one sentence are read many times."""
    out = []
    for start, end, term in cues:
        if term in _OPENERS:
            found = _after(text, end, blanks)
        else:
            found = _before(text, start) or _postposed(text, end, blanks)
        if found:
            out.append((start, found))
    return tuple(out)


def with_sources(view: SentenceView, counts: list[Any]) -> list[Any]:
    """``counts`` with the sentence's source as each figure's ``attributed_to``:
    the source named last before the figure when two are ("The attorney
    general's office says 20 deaths ..., and the Defensoría has confirmed 58
    deaths": the 58 are the Defensoría's), else the sentence's first."""
    if not counts or not view.has("attribution", "source"):
        return counts
    named = _sources(*_cues_and_dates(view))
    if not named:
        return counts
    source = named[0][1]
    base = view.span.start
    return [
        replace(c, figure=replace(c.figure, attributed_to=_nearest_before(c, named, base) or source)) if c.figure.attributed_to is None else c
        for c in counts
    ]


def _nearest_before(count: Any, named: tuple[tuple[int, str], ...], base: int) -> str | None:
    """The source named last before the count's figure, if any."""
    span = count.figure.span
    if span is None:
        return None
    before = [name for at, name in named if at < span.start - base]
    return before[-1] if before else None


def _after(text: str, end: int, blanks: tuple[tuple[int, int], ...]) -> str | None:
    """The noun phrase an opener introduces ("según la Diresa Puno, ...", and
    "según informó la Diresa": the verb between is no part of the name)."""
    stop = _END.search(text, end)
    phrase = _without(text, end, stop.start() if stop else len(text), blanks).split()
    if phrase and fold(phrase[0]).lower() in _VERBS:
        phrase = phrase[1:]
    return _name(" ".join(phrase))


def _before(text: str, start: int) -> str | None:
    """The short clause right before a reporting verb ("..., the health ministry said")."""
    head = text[:start]
    breaks = list(_BREAK_BEFORE.finditer(head))
    begin = breaks[-1].end() if breaks else 0
    return _name(head[begin:])


def _postposed(text: str, end: int, blanks: tuple[tuple[int, int], ...]) -> str | None:
    """The subject after a Spanish reporting verb ("informó el domingo la Diresa")."""
    stop = _END.search(text, end)
    phrase = _without(text, end, stop.start() if stop else len(text), blanks).strip()
    article = _ARTICLE.match(phrase)
    # (a name after its article: "confirmó la muerte de un hombre" names a death, no source)
    return _name(phrase) if article and phrase[article.end() : article.end() + 1].isupper() else None


def _without(text: str, start: int, stop: int, blanks: tuple[tuple[int, int], ...]) -> str:
    """``text[start:stop]`` with the given spans (dates) blanked out."""
    chars = list(text[start:stop])
    for a, b in blanks:
        for i in range(max(a, start), min(b, stop)):
            chars[i - start] = " "
    return "".join(chars)


def _name(phrase: str) -> str | None:
    """A source's name from ``phrase``: its words without the leading article;
    None for a pronoun, an empty phrase or one too long to be a name."""
    phrase = _CONJUNCTION.sub("", phrase.strip())
    words = phrase.split()
    if len(words) > 1 and words[-1].lower() in _PERFECT:
        words = words[:-1]  # ("the Defensoría has confirmed": an active perfect, its subject named)
    if not words or len(words) > MAX_SOURCE_WORDS or words[0].lower() in _PRONOUNS or words[-1].lower() in _AUXILIARIES:
        return None  # ("he said", "the incident was reported")
    if any(w[0].isdigit() for w in words):
        return None  # ("17 people were reported dead": a count, not a source)
    name = _ARTICLE.sub("", " ".join(words))
    return name or None
