"""Everything the extractor knows about one article, computed once.

The expensive scans (lexicon automaton, dates, numbers, places) run once per
document and their results are bucketed by sentence, so the frame-building
rules downstream only look things up.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from kipu.extract.lexicon import Lexicon, Match
from kipu.extract.segment import Sentence, sentences
from kipu.textnorm import fold
from kipu.model import Span



@dataclass
class SentenceView:
    """One sentence and the mentions that fall inside it."""

    sentence: Sentence
    text: str
    matches: list[Match] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)

    @property
    def span(self) -> Span:
        return self.sentence.span

    @property
    def paragraph(self) -> int:
        return self.sentence.paragraph

    def labels(self, category: str) -> list[str]:
        """Labels of ``category`` in order of appearance, without repeats."""
        seen: dict[str, None] = {}
        for m in self.matches:
            if m.category == category:
                seen.setdefault(m.label, None)
        return list(seen)

    def of(self, category: str, label: str | None = None) -> list[Match]:
        return [m for m in self.matches if m.category == category and (label is None or m.label == label)]

    def has(self, category: str, label: str | None = None) -> bool:
        return any(m.category == category and (label is None or m.label == label) for m in self.matches)


class _Bucketer:
    """Assign spans to the sentence that contains their start."""

    def __init__(self, sents: list[Sentence]):
        self._starts = [s.span.start for s in sents]

    def index(self, start: int) -> int:
        return max(0, bisect_right(self._starts, start) - 1)


@dataclass
class AnalysedDocument:
    text: str
    folded: str
    lang: str
    published: date | None
    sentences: list[SentenceView]
    place_matches: list[Any] = field(default_factory=list)

    @classmethod
    def build(
        cls,
        text: str,
        lang: str,
        published: date | None,
        lexicon: Lexicon,
        dates: Iterable[Any] = (),
        quantities: Iterable[Any] = (),
        places: Iterable[Any] = (),
    ) -> "AnalysedDocument":
        folded = fold(text)
        sents = sentences(text, lang)
        views = [SentenceView(s, text[s.span.start : s.span.end]) for s in sents]
        place_list = list(places)
        doc = cls(text, folded, lang, published, views, place_list)
        if not views:
            return doc
        bucket = _Bucketer(sents)
        for m in lexicon.scan(folded):
            views[bucket.index(m.start)].matches.append(m)
        for d in dates:
            views[bucket.index(d.span.start)].dates.append(d)
        for q in quantities:
            views[bucket.index(q.span.start)].quantities.append(q)
        for p in place_list:
            views[bucket.index(p.span.start)].places.append(p)
        return doc
