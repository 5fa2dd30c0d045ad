"""Run a word-anchored regex only where its first word occurs.

The date and number patterns start at a word start and begin with a word
from a known list ("enero", "hace", "del") or with a digit. Python's regex
engine cannot skip ahead on such a pattern: it tries every character of the
article, which made the date scan the extractor's most expensive stage. A
``WordGate`` reads the article's words once, looks each up in a table of
the words that can begin each pattern, and the pattern is then tried only at
those words, and only where the words its match must contain further on
follow closely enough ("de" is tried as the start of "de enero" only when a
month name comes next; a pattern of whole phrases, "el día siguiente", only
where the phrase's other words follow). The matches are exactly those of
``finditer``/``search``: every table is a superset of the possible words
(case folded the way the regex engine folds it), and a pattern whose first
word cannot be listed is tried everywhere. ``EndGate`` does the same for a
windowed search that must end with a listed phrase.

Each pattern's words are declared beside the pattern (``dates._DateLex._heads``,
``numbers._Lexicon``); ``tests/test_speed_shortcuts.py`` checks that the gated
and the plain scans agree, so a reshaped pattern with stale words fails there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import add

from kipu.textnorm import non_ascii

try:  # how the regex engine itself folds case (CPython internals; absent -> be conservative)
    from _sre import unicode_tolower as _tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - other Python implementations
    _tolower = None
    _EXTRA_CASES = {}

_WORD = re.compile(r"\w+")
_NOT_FOLDED = object()
_TOKEN_CACHE_LIMIT = 50_000


_CANON_CHARS: dict[str, str] = {}  # character -> its canonical form (``_canon``), filled as met


def _canon(word: str) -> str | None:
    """``word`` folded as an IGNORECASE regex compares it: two words match each
    other case-insensitively exactly when their canonical forms are equal.
    Each character is folded on its own, so a character's form is worked out
    once and looked up after (speed only: the gate folds every word it has
    not met, and most non-ASCII words are made of a few dozen characters)."""
    if word.isascii():
        return word.lower()
    if _tolower is None:
        return None
    table = _CANON_CHARS
    for ch in set(word).difference(table):
        low = _tolower(ord(ch))
        table[ch] = chr(min((low, *_EXTRA_CASES.get(low, ()))))
    return "".join(map(table.__getitem__, word))


@dataclass
class Heads:
    """What a pattern's first word can be: words matched case-insensitively,
    words matched exactly, and whether it may start with a digit. A pattern
    that cannot be described this way is ``anywhere``."""

    folded: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    digits: bool = False
    anywhere: bool = False
    #: Words the match must also contain: (what such a word can be, the
    #: fewest and the most words after the first one it comes).
    then: list[tuple[Heads, int, int]] = field(default_factory=list)
    #: The whole phrases a match must begin with (``phrases``): first word
    #: -> the words after it, per phrase. Empty: only first words are known.
    whole: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    #: The second words of those phrases (folded).
    seconds: set[str] = field(default_factory=set)
    #: The last words of its two-word phrases, and the third words of the longer ones (folded).
    pair_ends: set[str] = field(default_factory=set)
    thirds: set[str] = field(default_factory=set)
    #: The most words a phrase has after its first one.
    longest: int = 0

    def followed_by(self, heads: Heads, within: int, after: int = 0) -> Heads:
        """Require a word described by ``heads`` between ``after`` and
        ``within`` words after the first one (0: the first word itself).
        An ``anywhere`` requirement is dropped."""
        if not heads.anywhere:
            self.then.append((heads, after, within))
        return self

    def phrases(self, items: Iterable[object]) -> Heads:
        """The first words of an alternation of whole-word phrases (followed
        by ``(?!\\w)``, their words apart only by spaces), compared
        case-insensitively, with the phrases themselves: a match must begin
        with every word of one of them. "el" is then tried as the start of
        "el día siguiente" only where "día siguiente" follows, which most of
        an article's "el"s are not. Only phrases: not mixed with ``words``."""
        if self.exact or self.digits or (self.folded and not self.whole):
            raise ValueError("phrases are not mixed with other first words")
        for item in items:
            text = str(item)
            if not text:
                continue
            found = _WORD.findall(text)
            keys = [_canon(w) for w in found]
            if _WORD.match(text) is None or None in keys:
                self.anywhere = True  # no first word, or no fold to compare it by
                continue
            self.folded.add(keys[0])  # type: ignore[arg-type]  # None ruled out above
            self.whole.setdefault(keys[0], set()).add(tuple(keys[1:]))  # type: ignore[arg-type]
            self.seconds.update(keys[1:2])  # type: ignore[arg-type]
            if len(keys) == 2:
                self.pair_ends.add(keys[1])  # type: ignore[arg-type]
            self.thirds.update(keys[2:3])  # type: ignore[arg-type]
            self.longest = max(self.longest, len(keys) - 1)
        return self

    def words(self, items: Iterable[object], *, ignore_case: bool) -> Heads:
        """Add the first words of the alternatives ``items`` (regex literals)."""
        if self.whole:
            raise ValueError("phrases are not mixed with other first words")
        for item in items:
            text = str(item)
            if not text:
                continue  # the alternations leave empty words out too
            m = _WORD.match(text)
            if m is None:
                self.anywhere = True  # starts with a non-word character: no first word
                continue
            if not ignore_case:
                self.exact.add(m.group())
                continue
            key = _canon(m.group())
            if key is None:
                self.anywhere = True
            else:
                self.folded.add(key)
        return self

    def begins_phrase(self, tokens: list[str], k: int, fold: Callable[[str], str | None]) -> bool:
        """Whether a phrase of ``whole`` begins at word ``k`` of ``tokens``
        (``fold``: ``_canon`` or a memo of it)."""
        rests = self.whole.get(fold(tokens[k]))  # type: ignore[arg-type]
        if rests is None:
            return False
        # The words after it, folded once for every phrase (a phrase longer
        # than what is left of the text compares unequal to the shorter cut).
        after = tuple(map(fold, tokens[k + 1 : k + 1 + self.longest]))
        for rest in rests:
            if after[: len(rest)] == rest:
                return True
        return False


_PHRASE_CLASSES = 4  # word classes per pattern of phrases (``WordGate``)
SPARSE = 40  # up to this many words in a mask, they are found one by one (``_picked``)


def _picked(items: Sequence[int], mask: int) -> list[int]:
    """The items ``k`` of ``items`` (one per word) whose bit ``8 * k`` is
    set in ``mask``, in order. Most masks hold a few words: a byte search
    finds each at C speed; a dense mask filters every item at C speed."""
    if not mask:
        return []
    flags = mask.to_bytes(len(items), "little")
    if mask.bit_count() > SPARSE:
        return list(compress(items, flags))
    found = []
    k = flags.find(1)
    while k >= 0:
        found.append(items[k])
        k = flags.find(1, k + 1)
    return found


def _starts_digit(token: str) -> bool:
    first = token[0]
    return first.isdecimal() or first.isdigit()


def word_count(items: Iterable[object]) -> int:
    """The most words (``\\w+`` runs) in any of ``items``."""
    return max((len(_WORD.findall(str(item))) for item in items), default=0)


class WordGate:
    """For each of a list of patterns, the word starts where it may match.

    The article's words are read as bit planes: each word class (below) is
    an int with bit ``8 * k`` set when word ``k`` is of the class, so the
    tests "a month follows within two words" or "the next word is a second
    word of a phrase" are a few shifts, ORs and ANDs of whole articles at C
    speed, not a Python test per word (speed only: the same positions as
    testing each word, ``tests/test_speed_shortcuts.py``)."""

    def __init__(self, patterns: list[Heads]) -> None:
        self.patterns = patterns
        # Every word class to recognise: the patterns' first words, then the
        # words their matches must contain further on. Classes of the same
        # words are one class (a month, a digit: several patterns ask), so
        # each word is filed once per class, not once per asking pattern.
        self.heads: list[Heads] = []
        self._class = [self._class_of(p) for p in patterns]
        self._then: list[list[tuple[int, range]]] = [
            [] if p.anywhere else [(self._class_of(h), range(after, within + 1)) for h, after, within in p.then]
            for p in patterns
        ]
        # Patterns that begin with known phrases (``Heads.phrases``), each
        # with four more word classes: the words that are a one-word phrase
        # of it, those that are the second word of one of its phrases, the
        # last words of its two-word phrases and the third words of its
        # longer ones. A start is one of the first, or has a last word of a
        # pair next, or a second and then a third word next (mask tests),
        # and only then is the whole phrase compared: "in the" is no start
        # of "in the morning" before "province" (speed only).
        self._whole: list[tuple[Heads, int, int, int, int] | None] = []
        self._phrased: list[Heads] = []
        for p in patterns:
            if p.whole and not p.anywhere:
                single = len(self.heads) + _PHRASE_CLASSES * len(self._phrased)
                self._whole.append((p, single, single + 1, single + 2, single + 3))
                self._phrased.append(p)
            else:
                self._whole.append(None)
        self._bytes = (len(self.heads) + _PHRASE_CLASSES * len(self._phrased) + 7) // 8 or 1  # bytes of classes per word
        self._cache: dict[str, bytes] = {}  # word -> its classes, one bit each, ``_bytes`` bytes
        self._tables = self._class_tables()
        self._folds: dict[str, str | None] = {}  # word -> its canonical form, for the phrase checks

    def _class_of(self, heads: Heads) -> int:
        """The number of the word class of ``heads``' own words (its
        ``then`` aside), added if new."""
        for i, known in enumerate(self.heads):
            if (known.folded, known.exact, known.digits, known.anywhere) == (
                heads.folded, heads.exact, heads.digits, heads.anywhere
            ):
                return i
        self.heads.append(heads)
        return len(self.heads) - 1

    def _class_tables(self) -> tuple[dict[str, int], dict[str, int], int, int]:
        """The classes of ``_classes`` as tables, built once: (folded word ->
        the head classes it is in and the phrase classes it is of; exact word
        -> the head classes listing it; the head classes that take a word
        opening with a digit; the classes a word with no fold to compare it by
        is given: every one). A new word is then filed by a few lookups, not a
        test per class (speed only: an article of real news brings a few
        hundred words the gate has not met; ``tests/test_speed_word_classes.py``)."""
        folded: dict[str, int] = {}
        exact: dict[str, int] = {}
        digits = unknown = 0
        for i, h in enumerate(self.heads):
            if h.anywhere:
                continue
            bit = 1 << i
            unknown |= bit
            if h.digits:
                digits |= bit
            for word in h.exact:
                exact[word] = exact.get(word, 0) | bit
            for word in h.folded:
                folded[word] = folded.get(word, 0) | bit
        base = len(self.heads)
        for q, p in enumerate(self._phrased):
            at = base + _PHRASE_CLASSES * q
            unknown |= 0b1111 << at
            singles = [key for key, rests in p.whole.items() if () in rests]
            for offset, words in enumerate((singles, p.seconds, p.pair_ends, p.thirds)):
                for word in words:
                    folded[word] = folded.get(word, 0) | 1 << (at + offset)
        return folded, exact, digits, unknown

    def _classes(self, token: str) -> bytes:
        """The classes of ``token`` as bits (class ``c``: bit ``c % 8`` of
        byte ``c // 8``): the head classes it may be, then, per pattern of
        phrases, whether it is a one-word phrase of it, the second word of
        one, the last word of a pair, the third word of a longer one (a word
        with no fold to compare it by: all of them)."""
        folded, exact, digits, unknown = self._tables
        key = _canon(token)
        bits = unknown if key is None else folded.get(key, 0)
        if exact:
            bits |= exact.get(token, 0)
        if digits and _starts_digit(token):
            bits |= digits
        return bits.to_bytes(self._bytes, "little")

    def positions(self, text: str) -> list[list[int] | None]:
        """Per pattern, the (sorted) word starts where it may match; a pattern
        marked ``anywhere`` gets None instead (search the whole text)."""
        cache = self._cache
        if len(cache) > _TOKEN_CACHE_LIMIT:
            cache.clear()
            self._folds.clear()
        tokens, starts = words(text)
        for token in distinct_words(text).difference(cache):
            cache[token] = self._classes(token)
        n = len(tokens)
        # The words' class bytes side by side, then one int per byte of
        # classes: bit ``8 * k + b`` is class ``8 * g + b`` of word ``k``.
        joined = b"".join(map(cache.__getitem__, tokens))
        width = self._bytes
        planes = [int.from_bytes(joined[g::width], "little") for g in range(width)]
        ones = int.from_bytes(b"\x01" * n, "little")
        masks: dict[int, int] = {}

        def mask(c: int) -> int:
            """Bit ``8 * k`` set when word ``k`` is of class ``c``."""
            found = masks.get(c)
            if found is None:
                found = masks[c] = (planes[c >> 3] >> (c & 7)) & ones
            return found

        out: list[list[int] | None] = []
        follows: dict[tuple[int, range], int] = {}  # words a word of a class follows, by offsets
        for i, p in enumerate(self.patterns):
            if p.anywhere:
                out.append(None)
                continue
            ks = mask(self._class[i])
            for j, offsets in self._then[i]:
                if not ks:
                    break
                allowed = follows.get((j, offsets))
                if allowed is None:
                    there = mask(j)
                    allowed = 0
                    for d in offsets:
                        allowed |= there >> (8 * d)
                    follows[(j, offsets)] = allowed
                ks &= allowed
            whole = self._whole[i]
            if whole is not None and ks:
                phrase, single, second, pair_end, third = whole
                kept = ks & mask(single)
                rest = ks & ((mask(pair_end) >> 8) | (mask(second) >> 8) & (mask(third) >> 16)) & ~kept
                for k in _picked(range(n), rest):
                    if phrase.begins_phrase(tokens, k, self._fold):
                        kept |= 1 << (8 * k)
                ks = kept
            out.append(_picked(starts, ks))
        return out

    def _fold(self, token: str) -> str | None:
        """``_canon(token)``, remembered: the phrase checks fold the same few words over and over."""
        folds = self._folds
        found = folds.get(token, _NOT_FOLDED)
        if found is _NOT_FOLDED:
            found = folds[token] = _canon(token)
        return found  # type: ignore[return-value]


class SharedGate:
    """One ``WordGate`` for the patterns of several scanners of the same
    article (the date and the number finders): the article's words are
    looked up and filed once, not once per scanner. Each scanner holds a
    ``GatePart``; the gate is built again when a part is added (at start-up),
    and the last article's positions are kept for the next part to ask."""

    def __init__(self) -> None:
        self._patterns: list[Heads] = []
        self._gate: WordGate | None = None
        self._last: tuple[str, list[list[int] | None]] | None = None

    def part(self, patterns: list[Heads]) -> GatePart:
        """A share of the gate for ``patterns``."""
        lo = len(self._patterns)
        self._patterns.extend(patterns)
        self._gate, self._last = None, None
        return GatePart(self, lo, len(self._patterns))

    def build(self) -> None:
        """Build the gate over the parts added so far now, not on the first
        article asked (``kipu.extract.pipeline.warm``, once the finders are made)."""
        if self._gate is None:
            self._gate = WordGate(self._patterns)

    def positions(self, text: str) -> list[list[int] | None]:
        """``WordGate.positions`` over every part's patterns, in order."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        if self._gate is None:
            self._gate = WordGate(self._patterns)
        found = self._gate.positions(text)
        self._last = (text, found)
        return found


@dataclass(frozen=True)
class GatePart:
    """The positions of one scanner's patterns, from a ``SharedGate``."""

    shared: SharedGate
    lo: int
    hi: int

    def positions(self, text: str) -> list[list[int] | None]:
        """Per pattern of this part, as ``WordGate.positions``."""
        return self.shared.positions(text)[self.lo : self.hi]


_SHARED: dict[str, SharedGate] = {}


def shared_gate(lang: str) -> SharedGate:
    """The gate shared by the scanners of ``lang``'s articles."""
    return _SHARED.setdefault(lang, SharedGate())


#: The ASCII characters that are no word character (``\\w`` is ``isalnum()`` or "_"), but the space.
_ASCII_SEPARATORS = tuple(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) in "_ "))
_last_words: tuple[str, tuple[list[str], list[int]]] | None = None


def words(text: str) -> tuple[list[str], list[int]]:
    """The words (maximal ``\\w+`` runs) of ``text`` and their start offsets.

    Every character that is no word character (the regex engine's ``\\w``
    is exactly ``isalnum()`` or "_") is replaced by a space, one
    ``str.replace`` per such character the text holds (a few dozen, each at
    C speed; the non-ASCII ones from ``textnorm.non_ascii``), so the words
    are the pieces of a split at spaces and their offsets the running sum
    of the pieces' lengths: no Python step per word (speed only: the same
    words and offsets as every ``\\w+`` run, ``tests/test_speed_shortcuts.py``).
    The last text's words are kept, since the date and the number scans read
    the same article."""
    global _last_words
    if _last_words is not None and _last_words[0] is text:
        return _last_words[1]
    spaced = text
    for ch in _ASCII_SEPARATORS:
        if ch in spaced:
            spaced = spaced.replace(ch, " ")
    for ch in non_ascii(text):
        if not ch.isalnum():
            spaced = spaced.replace(ch, " ")
    pieces = spaced.split(" ")  # words and the empty strings between spaces
    tokens = list(filter(None, pieces))
    starts = list(compress(accumulate(map(add, map(len, pieces), repeat(1)), initial=0), pieces))
    result = (tokens, starts)
    _last_words = (text, result)
    return result


_last_distinct: tuple[str, set[str]] | None = None


def distinct_words(text: str) -> set[str]:
    """The set of ``text``'s words (``words``), kept for the last text: the
    date gate and the organisation head check ask it of the same article,
    and building it (hashing every word) is most of what either costs.
    Callers must not change it (speed only)."""
    global _last_distinct
    if _last_distinct is not None and _last_distinct[0] is text:
        return _last_distinct[1]
    found = set(words(text)[0])
    _last_distinct = (text, found)
    return found


def finditer(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match at ``starts``
    (None: anywhere)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    last = 0
    for s in starts:
        if s < last:
            continue
        m = pattern.match(text, s)
        if m is not None:
            if m.end() == m.start():  # an empty match: finditer's own rules apply
                yield from pattern.finditer(text, s)
                return
            yield m
            last = m.end()


def search(pattern: re.Pattern[str], text: str, pos: int, starts: list[int] | None) -> re.Match[str] | None:
    """``pattern.search(text, pos)`` for a pattern that can only match at
    ``starts`` (None: anywhere)."""
    if starts is None:
        return pattern.search(text, pos)
    for k in range(bisect_left(starts, pos), len(starts)):
        m = pattern.match(text, starts[k])
        if m is not None:
            return m
    return None


class EndGate:
    """Whether a pattern that must end with one of ``items`` (then only
    ``trailing`` characters, or any whitespace if None, up to the end of the
    window) can match in a window: the cheap test run before a windowed
    ``search`` ending in ``$``, which otherwise tries every position of the
    window with every item.

    The test is necessary, not sufficient: when it passes the caller still
    runs the search; when it fails the search could not have matched. Items
    are compared as an IGNORECASE regex compares them."""

    def __init__(self, items: Iterable[object], trailing: str | None) -> None:
        self.trailing = trailing
        self.words: set[str] = set()  # last words of items that end in a word character
        self.chars: set[str] = set()  # last characters of the others
        self.anything = False
        for item in items:
            text = str(item).rstrip()
            if not text:
                continue
            last = _canon(text[-1])
            if last is None:
                self.anything = True
            elif _is_word_char(text[-1]):
                m = _WORD.match(text[::-1])
                key = _canon(m.group()[::-1]) if m else None
                if key is None:
                    self.anything = True
                else:
                    self.words.add(key)
            else:
                self.chars.add(last)

    def may_match(self, text: str, start: int, end: int) -> bool:
        """Whether the window ``text[start:end]`` may end with an item."""
        if self.anything:
            return True
        window = text[start:end]
        # "$" also matches before a final newline.
        for w in (window, window[:-1]) if window.endswith("\n") else (window,):
            stripped = w.rstrip(self.trailing)
            if not stripped:
                continue
            last = stripped[-1]
            if not _is_word_char(last):
                if _canon(last) in self.chars:
                    return True
                continue
            # The last word: the last whitespace-separated chunk when that is
            # all word characters (the usual case, no reversed copy), else the
            # longest run of word characters read backwards.
            word = stripped.rsplit(None, 1)[-1]
            if not word.isalnum():
                word = _WORD.match(stripped[::-1]).group()[::-1]  # type: ignore[union-attr]  # ends in a word character
            if len(word) == len(stripped) and start > 0 and _is_word_char(text[start - 1]):
                return True  # the word runs on before the window: leave it to the regex
            if _canon(word) in self.words:
                return True
        return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
