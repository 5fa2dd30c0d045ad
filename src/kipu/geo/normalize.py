"""Length-preserving text folding for accent- and case-insensitive matching.

Folding keeps one output character per input character, so offsets found in
the folded text are offsets in the original: spans need no re-mapping. That is
why this is not ``unicodedata.normalize`` on the whole string.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = "".join(c for c in unicodedata.normalize("NFD", low) if unicodedata.category(c) != "Mn")
    if len(base) != 1:
        return low
    if base in "\u2019\u2018`´":
        return "'"
    if base in "\u2010\u2011\u2012\u2013\u2014":
        return "-"
    return base


def fold(text: str) -> str:
    """Lower case, accents removed, curly quotes/dashes unified; same length."""
    return "".join(_fold_char(ch) for ch in text)


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
