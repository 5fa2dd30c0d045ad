"""One Aho-Corasick pass for every lexicon of a language.

Each language folder (``kipu/lang/<code>/``) holds YAML files mapping
``category -> label -> [terms]``. All terms of all categories go into one
automaton over the folded text (lower-case, no accents, same length as the
original), so a document is scanned once whatever the number of lexicons
(the extractor walks it merged with the gazetteer's names, one walk for
both: ``kipu.extract.jointscan``).

A term ending in ``*`` matches any word that starts with it ("manifestant*"
covers manifestante, manifestantes); other terms match whole words only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Callable, Iterable

import ahocorasick
import yaml

from kipu.model import slot_setters
from kipu.textnorm import fold, word_spaced

_WORD_REST = re.compile(r"\w*")  # the rest of the word a match ends in (``is_word_char`` is ``\w``)

LEXICON_FILES = ("triggers", "actors", "tactics", "demands", "cues", "senses")


@dataclass(frozen=True, order=True, slots=True, init=False)
class Match:
    """A lexicon term found in a text. Slotted and built through its slot
    descriptors, as ``kipu.model.Span`` (speed only: a frozen dataclass's
    ``__init__`` calls ``object.__setattr__`` per field, and an article
    makes about 150 matches)."""

    start: int
    end: int
    category: str
    label: str
    term: str

    def __init__(self, start: int, end: int, category: str, label: str, term: str) -> None:
        _M_START(self, start)
        _M_END(self, end)
        _M_CATEGORY(self, category)
        _M_LABEL(self, label)
        _M_TERM(self, term)


_M_START, _M_END, _M_CATEGORY, _M_LABEL, _M_TERM = slot_setters(Match)


# libyaml's parser where PyYAML has it: the same data (the safe constructor), read at C speed (speed only)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_lang_file(lang: str, name: str) -> dict:
    """Read ``kipu/lang/<lang>/<name>.yaml``; an absent file is an empty mapping."""
    path = resources.files("kipu.lang").joinpath(lang, f"{name}.yaml")
    if not path.is_file():
        return {}
    with path.open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_YAML_LOADER) or {}


BRIDGE_REACH = 60  # chars read on each side of a gap a phrase may cross (Lexicon.scan)


class Lexicon:
    """All lexicons of one language compiled into a single automaton."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]):
        table: dict[str, list[tuple[str, str, bool]]] = {}
        for category, label, term in entries:
            prefix = term.endswith("*")
            key = fold(term.rstrip("*").strip())
            if not key:
                continue
            table.setdefault(key, []).append((category, label, prefix))
        # Keys as the spaced text reads them (``word_spaced``: every non-word
        # character a space), behind a space, and a whole-word term's also
        # before one: the automaton then finds a term only where a word
        # starts (and, whole-word, ends) and no hit is turned away in Python
        # for running on inside a word. Terms that are alike spaced ("sit-in",
        # "sit in") share a key; a term of more than one word is compared with
        # the folded text ("frente a" is not "frente.a").
        spaced: dict[str, list[tuple[str, tuple[tuple[str, str, bool], ...], bool]]] = {}
        for key, payload in table.items():
            entries_ = tuple(sorted(set(payload)))
            # (term, its entries, whether one is a prefix: only then is the rest of the word read)
            prefixed = any(prefix for _, _, prefix in entries_)
            spaced.setdefault(" " + word_spaced(key) + ("" if prefixed else " "), []).append((key, entries_, prefixed))
        self._bounded = ahocorasick.Automaton()
        for skey, terms in spaced.items():
            # (term length, the terms, whether they need comparing: a term with a non-word character,
            # a space included, since the spaced text has a space for every one; whether whole-word)
            self._bounded.add_word(skey, (len(terms[0][0]), tuple(terms), any(" " in word_spaced(t[0]) for t in terms), skey.endswith(" ")))
        self._bounded.make_automaton()
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

    def scan(
        self, folded: str, gaps: Iterable[tuple[int, int]] = (), walk: Callable[[str], Iterable[tuple[int, tuple]]] | None = None
    ) -> list[Match]:
        """All matches in ``folded`` (the output of :func:`fold`), sorted by position.

        Within one category a match contained in a longer match is dropped, so
        "state of emergency" does not also count as "emergency".

        ``gaps`` are (start, end) stretches a phrase may run across, as if
        they were not there: a day put between a verb and its object
        ("despejaron el lunes la carretera", "cleared on Monday the highway")
        leaves the phrase "despejaron la carretera" whole. Only matches that
        cross a gap are added; their span runs over it.

        ``walk``: what gives this automaton's hits in the spaced text of a
        folded string, if not its own walk (``kipu.extract.jointscan``).
        """
        found = self._hits(folded, walk(folded) if walk else None)
        for a, b in gaps:
            lo, hi = max(0, a - BRIDGE_REACH), min(len(folded), b + BRIDGE_REACH)
            cut, shift = a - lo, b - a
            window = folded[lo:a] + folded[b:hi]
            found.extend(
                (lo + s, lo + e + shift, c, label, key)
                for s, e, c, label, key in self._hits(window, walk(window) if walk else None)
                if s < cut < e
            )
        return [Match(*t) for t in _drop_nested(found)]

    def _hits(self, folded: str, hits: Iterable[tuple[int, tuple]] | None = None) -> list[tuple[int, int, str, str, str]]:
        """Every whole-word hit of the automaton in ``folded``, as plain tuples.

        Read off the spaced text (``word_spaced``, padded with a space at
        each end) with the bounded keys: a key there starts after a space,
        so its term starts a word of ``folded``, and a whole-word term's key
        ends with a space, so its word ends with it; every hit the plain
        automaton makes and the boundary tests keep, and no other (speed
        only: about 40% of the plain hits start inside a word; the plain loop
        is the oracle of ``tests/test_speed_shortcuts.py``)."""
        found: list[tuple[int, int, str, str, str]] = []
        append = found.append
        if hits is None:
            hits = self._bounded.iter(" " + word_spaced(folded) + " ")
        for end_idx, (size, terms, compare, whole) in hits:
            # the padded text's index ``i`` is ``folded``'s ``i - 1``; a whole-word key ends with the space after its term
            end = end_idx - 1 if whole else end_idx
            start = end - size
            for key, payload, prefixed in terms:
                if compare and folded[start:end] != key:
                    continue
                if not prefixed:
                    for category, label, _ in payload:
                        append((start, end, category, label, key))
                    continue
                word_end = _WORD_REST.match(folded, end).end()  # type: ignore[union-attr]  # \w* always matches
                for category, label, prefix in payload:
                    if prefix:
                        append((start, word_end, category, label, key))
                    elif word_end == end:
                        append((start, end, category, label, key))
        # Not sorted here: ``_drop_nested`` orders them itself, and which are
        # kept does not depend on the order of matches of one span (speed only).
        return found


_START, _END = itemgetter(0), itemgetter(1)


def _drop_nested(matches: list[tuple[int, int, str, str, str]]) -> list[tuple[int, int, str, str, str]]:
    """``matches`` without those inside a longer match of their category, sorted.

    A match is dropped when another match of its category spans more and
    covers it (the same span under another label is kept). Containment is
    transitive, so whether a match's container was itself dropped does not
    matter. One sweep in order of start, longest first: every match seen
    before the current one starts at or before it, so it is covered exactly
    when the furthest end among the category's earlier, different spans
    reaches its end."""
    kept: list[tuple[int, int, str, str, str]] = []
    # category -> (furthest end of the spans before the current one, current span)
    reach: dict[str, tuple[int, tuple[int, int]]] = {}
    # In order of start, longest first: ``key=lambda m: (m[0], -m[1])`` as two
    # stable sorts with C keys (by end, descending, then by start), no Python
    # call per match; equal spans keep their order either way (speed only).
    for m in sorted(sorted(matches, key=_END, reverse=True), key=_START):
        span = (m[0], m[1])
        state = reach.get(m[2])
        if state is None:
            reach[m[2]] = (-1, span)
            kept.append(m)
            continue
        furthest, current = state
        if span != current:
            furthest = max(furthest, current[1])
            reach[m[2]] = (furthest, span)
        if furthest < m[1]:
            kept.append(m)
    kept.sort()
    return kept


@lru_cache(maxsize=None)
def lang_data(lang: str, name: str) -> dict:
    """:func:`load_lang_file`, read once and shared: a YAML parse costs about
    0.1 s, so readers built lazily on first use (a cold start's first
    articles) ask this, not the file. Read only: never change what it returns.
    Unbounded: one entry per file of a language (a bound below their number,
    32 against 2 x 23 files, had an article parse a file again)."""
    return load_lang_file(lang, name)


def known_lang_data(lang: object, name: str) -> dict | None:
    """:func:`lang_data` of a language we have the file for; None for any
    other language (a reader built from it then reads nothing)."""
    if not isinstance(lang, str) or lang not in languages() or not resources.files("kipu.lang").joinpath(lang, f"{name}.yaml").is_file():
        return None
    return lang_data(lang, name)


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The codes of the languages with a folder of data under ``kipu/lang``:
    adding one is adding its folder, not editing a list here."""
    root = resources.files("kipu.lang")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


@lru_cache(maxsize=None)  # one entry per call site's arguments (a bound of 256 was full, and evicted)
def lang_words(name: str, *path: str, langs: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The word list at ``path`` in ``lang/<code>/<name>.yaml``, merged over
    ``langs`` (every language by default; in that order, repeats dropped).

    Rules that read the text of any language (a regex with "for|para|por")
    keep their structure in code and take their words from here, so adding a
    word or a language is a data change."""
    out: dict[str, None] = {}
    for lang in langs or languages():
        node: object = lang_data(lang, name)
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        for word in node or []:  # type: ignore[union-attr]
            if not isinstance(word, str):
                raise TypeError(f"lang/{lang}/{name}.yaml {'/'.join(path)}: {word!r} is not a string (quote it)")
            out.setdefault(word, None)
    return tuple(out)


def folded_words(name: str, *path: str) -> tuple[str, ...]:
    """:func:`lang_words` folded (lower-case, no accents), repeats dropped, in
    order: the words of a rule that reads the folded text."""
    return tuple(dict.fromkeys(fold(w).lower() for w in lang_words(name, *path)))


def date_names(lang: str, *keys: str) -> tuple[str, ...]:
    """The names of a language's dates.yaml numbered-name tables (``months``,
    ``weekdays``: number -> names), in order, repeats dropped: read by the rules
    that must tell a month or a day name from a place or a crowd."""
    data = lang_data(lang, "dates") or {}
    return tuple(dict.fromkeys(str(n) for key in keys for names in (data.get(key) or {}).values() for n in names or ()))


def alternation(words: Iterable[str], space: str = " ") -> str:
    """``(?:w1|w2|...)``: ``words`` escaped, longest first (a phrase is tried
    before a word it starts with); a space inside a phrase matches ``space``
    (say ``r"\\s+"``). No words at all match nothing."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(space.join(re.escape(part) for part in w.split(" ")) for w in items)
    return f"(?:{body or '(?!x)x'})"
