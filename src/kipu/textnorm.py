"""Length-preserving text folding, shared by the lexicon scan and the gazetteer.

Lexicon and gazetteer scans run on a lower-cased, accent-stripped copy of the
article. Offsets found there must be valid in the original text, so folding
never changes the length: each character maps to exactly one character
(``str.translate`` with a one-to-one table, which also keeps it at C speed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Typographic variants that should match their plain forms.
_EXTRA = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "`": "'",
    "\u00b4": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _EXTRA.items()}
    for code in list(range(ord("A"), ord("Z") + 1)) + list(range(0xC0, 0x250)) + list(range(0x370, 0x400)):
        ch = chr(code)
        if code in table:
            continue
        low = ch.lower()
        if len(low) != 1:
            continue
        base = unicodedata.normalize("NFD", low)[0]
        table[code] = base if len(base) == 1 else low
    return table


_TABLE = _build_table()
# The ASCII entries of ``_EXTRA``: the table maps every other ASCII
# character as ``str.lower`` does (tests/test_speed_shortcuts.py checks it).
_ASCII_EXTRA = {k: v for k, v in _EXTRA.items() if k.isascii()}
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


_last_fold: tuple[str, str] = ("", "")


def fold(text: str) -> str:
    """Lower-case and strip accents without changing ``len(text)``.

    The last long text folded is remembered: the lexicon and the gazetteer
    scans fold the same article (speed only; keyed by identity)."""
    global _last_fold
    last = _last_fold
    if last[0] is text:
        return last[1]
    if len(text) <= 200:
        return text.translate(_TABLE)
    folded = _fold_long(text)
    _last_fold = (text, folded)
    return folded


_last_non_ascii: tuple[str, frozenset[str]] = ("", frozenset())


def non_ascii(text: str) -> frozenset[str]:
    """The distinct non-ASCII characters of ``text``, remembered for the
    last text: folding an article and splitting it into words
    (``kipu.extract.wordgate.words``) both ask (speed only; keyed by identity)."""
    global _last_non_ascii
    last = _last_non_ascii
    if last[0] is text:
        return last[1]
    found = frozenset() if text.isascii() else frozenset(_only_non_ascii(text))
    _last_non_ascii = (text, found)
    return found


#: Every ASCII byte, deleted by ``_only_non_ascii``.
_ASCII_BYTES = bytes(range(128))


def _only_non_ascii(text: str) -> str:
    """The non-ASCII characters of ``text``, in order: its UTF-8 bytes less
    the ASCII ones, decoded. A byte below 0x80 is never part of another
    character's UTF-8 sequence, so what is left is exactly those characters'
    sequences ("surrogatepass" carries a lone surrogate through both ways).
    Several times faster than a set of every character of an article, most
    of them ASCII (speed only; ``tests/test_speed_shortcuts.py``)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _fold_long(text: str) -> str:
    """``text.translate(_TABLE)``, a few times faster on an article.

    An article holds a dozen or so distinct non-ASCII characters (accents,
    curly quotes, dashes). When the table folds each of them to an ASCII
    character, each is replaced throughout by ``str.replace`` (a search at
    C speed; no replacement can bring in another, since all they bring is
    ASCII), and the text, now all ASCII, is lower-cased at C speed, which
    is what the table does to ASCII apart from ``_ASCII_EXTRA``, replaced
    at the end. Otherwise (a character the table keeps, or folds to
    another non-ASCII one or to a capital) ``_fold_runs`` does it (speed only; the same
    string, ``tests/test_speed_shortcuts.py``)."""
    folded = text
    for ch in non_ascii(text):
        to = _TABLE.get(ord(ch))
        if to is None or not to.isascii() or to.lower() != to:
            return _fold_runs(text)
        folded = folded.replace(ch, to)
    folded = folded.lower()
    for old, new in _ASCII_EXTRA.items():
        folded = folded.replace(old, new)
    return folded


def _fold_runs(text: str) -> str:
    """``text.translate(_TABLE)`` run by run.

    ``str.translate`` with a dict looks every character up in it once the
    text holds any non-ASCII character (an accent is enough). Here only the
    non-ASCII runs are translated; the ASCII runs between them are
    lower-cased at C speed, which is what the table does to ASCII apart from
    ``_ASCII_EXTRA``, replaced at the end (no non-ASCII character folds to
    one of its keys, so the replacement touches only ASCII characters of the
    text itself)."""
    parts = _NON_ASCII_RUN.split(text)  # ASCII, non-ASCII, ASCII, ..., ASCII
    parts[0::2] = [p.lower() for p in parts[0::2]]
    parts[1::2] = [p.translate(_TABLE) for p in parts[1::2]]
    folded = "".join(parts)
    for old, new in _ASCII_EXTRA.items():
        folded = folded.replace(old, new)
    return folded


def phrase_key(s: object) -> str:
    """``s`` lower-cased with its runs of white space made one space: the key
    a word list's phrase and the text's are compared by. (``str.split()``
    splits on exactly the characters the regex's ``\\s`` matches: the same
    string as collapsing white space with ``re.sub`` after ``strip``.)"""
    return " ".join(str(s).lower().split())


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


#: ``word_spaced``'s table for ASCII text: every character that is no word
#: character (``\\w`` is ``isalnum()`` or "_") becomes a space.
_SPACED_ASCII = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + bytes(range(128, 256))


def word_spaced(text: str) -> str:
    """``text`` with every character that is no word character (not
    ``isalnum()`` and not "_") replaced by a space: the same length, so the
    same offsets. An ASCII text goes through one ``bytes.translate``; any
    other through one ``str.replace`` per distinct such character (C speed
    either way; ``tests/test_speed_shortcuts.py`` holds it to the per-character
    test)."""
    if text.isascii():
        return text.encode("ascii").translate(_SPACED_ASCII).decode("ascii")
    spaced = text
    for ch in set(text):
        if ch != " " and not (ch.isalnum() or ch == "_"):
            spaced = spaced.replace(ch, " ")
    return spaced


def contains_any(text: str, needles: Iterable[str]) -> bool:
    """Whether any of ``needles`` occurs in ``text``: ``any(n in text for n
    in needles)`` with the substring tests run from ``map``, at C speed, not
    one generator step per needle (the cheap word gates asked of every
    sentence; speed only)."""
    return any(map(text.__contains__, needles))
