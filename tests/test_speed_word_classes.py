"""``WordGate._classes`` files a word by table lookups (speed only): the same
bits as testing the word against every class, the way the gate was first written."""

from __future__ import annotations

import random

import pytest

from kipu.extract import wordgate
from kipu.extract.pipeline import Extractor
from kipu.extract.wordgate import _PHRASE_CLASSES, Heads, WordGate, _starts_digit


def _reference(gate: WordGate, token: str) -> bytes:
    """The classes of ``token``, one test per class."""
    key = wordgate._canon(token)
    digit = _starts_digit(token)
    bits = 0
    for i, h in enumerate(gate.heads):
        if not h.anywhere and (token in h.exact or (digit and h.digits) or key is None or key in h.folded):
            bits |= 1 << i
    base = len(gate.heads)
    for q, p in enumerate(gate._phrased):
        at = base + _PHRASE_CLASSES * q
        rests = p.whole.get(key) if key is not None else None
        if key is None or (rests is not None and () in rests):
            bits |= 1 << at
        if key is None or key in p.seconds:
            bits |= 1 << (at + 1)
        if key is None or key in p.pair_ends:
            bits |= 1 << (at + 2)
        if key is None or key in p.thirds:
            bits |= 1 << (at + 3)
    return bits.to_bytes(gate._bytes, "little")


def _vocabulary(gate: WordGate) -> list[str]:
    words: set[str] = set()
    for h in gate.heads:
        words |= h.folded | h.exact
    for p in gate._phrased:
        words |= set(p.whole) | p.seconds | p.pair_ends | p.thirds
    return sorted(words)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_classes_from_tables_are_the_classes_tested_one_by_one(lang: str) -> None:
    Extractor().extract("El 9 de enero hubo una marcha en Juliaca." if lang == "es" else "On 9 January a march in Juliaca.", lang=lang)
    gate = wordgate.shared_gate(lang)._gate
    assert gate is not None and gate._phrased
    rng = random.Random(31)
    vocabulary = _vocabulary(gate)
    odd = ["İstanbul", "ſeis", "K", "\u212a", "Enero", "ENERO", "Diciembre", "2023", "9", "١٢", "²", "_x", "x_", "ñandú", "Ñ"]
    tokens = vocabulary + [w.upper() for w in vocabulary] + [w.capitalize() for w in vocabulary] + odd
    tokens += ["".join(rng.choice(vocabulary + odd)[: rng.randint(1, 6)] for _ in range(2)) for _ in range(2000)]
    for token in tokens:
        assert gate._classes(token) == _reference(gate, token), token


def test_a_word_with_no_fold_is_of_every_class_but_the_anywhere_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = WordGate([Heads().words(["enero"], ignore_case=True), Heads(anywhere=True), Heads().phrases(["el día siguiente"])])
    assert gate._classes("enero") == _reference(gate, "enero") == (0b1).to_bytes(gate._bytes, "little")
    # heads: "enero" (class 0), anywhere (1), the phrase's first word "el" (2); then the phrase's four (3-6)
    assert gate._classes("el") == _reference(gate, "el") == (0b100).to_bytes(gate._bytes, "little")
    assert gate._classes("DÍA") == _reference(gate, "DÍA") == (1 << 4).to_bytes(gate._bytes, "little")
    assert gate._classes("x") == (0).to_bytes(gate._bytes, "little")
    monkeypatch.setattr(wordgate, "_canon", lambda word: None)  # (a Python whose regex folding is unknown)
    every = 0b1111101  # all but the anywhere class
    assert gate._classes("x") == _reference(gate, "x") == every.to_bytes(gate._bytes, "little")


def test_canonical_form_from_the_character_table_is_each_character_folded() -> None:
    """``wordgate._canon`` looks each character's form up once worked out: the
    same word as folding every character as the regex engine does."""
    from re._casefix import _EXTRA_CASES
    from _sre import unicode_tolower

    def folded(word: str) -> str:
        if word.isascii():
            return word.lower()
        return "".join(chr(min((unicode_tolower(ord(c)), *_EXTRA_CASES.get(unicode_tolower(ord(c)), ())))) for c in word)

    rng = random.Random(7)
    chars = [chr(i) for i in range(0x20, 0x2200) if chr(i).isprintable()] + ["ſ", "K", "İ", "ı", "ß", "ẞ", "ς", "σ", "Σ"]
    words = ["Perú", "PERÚ", "ñandú", "İstanbul", "ſeis", "Kelvin", "straße", "ΣΊΣΥΦΟΣ"]
    words += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 9))) for _ in range(5000)]
    for word in words:
        assert wordgate._canon(word) == folded(word), word
    assert wordgate._canon("PERÚ") == wordgate._canon("perú") == "perú"
