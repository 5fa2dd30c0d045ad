"""One Aho-Corasick pass for every lexicon of a language.

Each language folder (``kipu/lang/<code>/``) holds YAML files mapping
``category -> label -> [terms]``. All terms of all categories go into one
automaton over the folded text (lower-case, no accents, same length as the
original), so a document is scanned once whatever the number of lexicons.

A term ending in ``*`` matches any word that starts with it ("manifestant*"
covers manifestante, manifestantes); other terms match whole words only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import ahocorasick
import yaml

from kipu.textnorm import fold, is_word_char

_WORD_REST = re.compile(r"\w*")  # the rest of the word a match ends in (``is_word_char`` is ``\w``)

LEXICON_FILES = ("triggers", "actors", "tactics", "demands", "cues", "senses")


@dataclass(frozen=True, order=True)
class Match:
    start: int
    end: int
    category: str
    label: str
    term: str


def load_lang_file(lang: str, name: str) -> dict:
    """Read ``kipu/lang/<lang>/<name>.yaml``; an absent file is an empty mapping."""
    path = resources.files("kipu.lang").joinpath(lang, f"{name}.yaml")
    if not path.is_file():
        return {}
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


class Lexicon:
    """All lexicons of one language compiled into a single automaton."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]):
        self._auto = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, str, bool]]] = {}
        for category, label, term in entries:
            prefix = term.endswith("*")
            key = fold(term.rstrip("*").strip())
            if not key:
                continue
            table.setdefault(key, []).append((category, label, prefix))
        for key, payload in table.items():
            self._auto.add_word(key, (key, tuple(sorted(set(payload)))))
        self._auto.make_automaton()
        self.size = len(table)

    @classmethod
    @lru_cache(maxsize=8)
    def for_lang(cls, lang: str) -> "Lexicon":
        entries: list[tuple[str, str, str]] = []
        for name in LEXICON_FILES:
            for category, labels in load_lang_file(lang, name).items():
                for label, terms in (labels or {}).items():
                    for term in terms or []:
                        entries.append((str(category), str(label), str(term)))
        return cls(entries)

    def scan(self, folded: str) -> list[Match]:
        """All matches in ``folded`` (the output of :func:`fold`), sorted by position.

        Within one category a match contained in a longer match is dropped, so
        "state of emergency" does not also count as "emergency".
        """
        # Plain tuples (start, end, category, label, term) until the end: they
        # sort like ``Match`` (field order) without a Python ``__lt__`` per
        # comparison, and only the matches kept become ``Match`` objects.
        found: list[tuple[int, int, str, str, str]] = []
        for end_idx, (key, payload) in self._auto.iter(folded):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if start > 0 and is_word_char(folded[start - 1]):
                continue
            word_end = _WORD_REST.match(folded, end).end()  # type: ignore[union-attr]  # \w* always matches
            for category, label, prefix in payload:
                if not prefix and word_end != end:
                    continue
                found.append((start, word_end if prefix else end, category, label, key))
        found.sort()
        return [Match(*t) for t in _drop_nested(found)]


def _drop_nested(matches: list[tuple[int, int, str, str, str]]) -> list[tuple[int, int, str, str, str]]:
    by_cat: dict[str, list[tuple[int, int, str, str, str]]] = {}
    for m in matches:
        by_cat.setdefault(m[2], []).append(m)
    kept: list[tuple[int, int, str, str, str]] = []
    for cat_matches in by_cat.values():
        # longest first, then keep those not inside an already kept span. Kept
        # spans are indexed by start: only those starting at most `longest`
        # chars before a match can contain it (a scan of all kept spans made
        # long documents quadratic).
        ends_by_start: dict[int, list[int]] = {}
        kept_starts: list[int] = []  # the keys of ends_by_start, sorted: only those in range are looked at
        longest = 0
        for m in sorted(cat_matches, key=lambda m: (m[0] - m[1], m[0])):
            m_start, m_end = m[0], m[1]
            longest = max(longest, m_end - m_start)
            lo = bisect_left(kept_starts, max(0, m_start - longest))
            hi = bisect_right(kept_starts, m_start)
            if any(
                m_end <= e and (s, e) != (m_start, m_end)
                for s in kept_starts[lo:hi]
                for e in ends_by_start[s]
            ):
                continue
            if m_start not in ends_by_start:
                insort(kept_starts, m_start)
            ends_by_start.setdefault(m_start, []).append(m_end)
            kept.append(m)
    return sorted(kept)
