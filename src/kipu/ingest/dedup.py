"""Near-duplicate detection: MinHash LSH over word shingles, confirmed by rapidfuzz.

Syndicated wire stories reappear with a new headline or a trimmed last
paragraph; exact hashes miss them. LSH proposes candidates in sub-linear time;
a character-level ratio confirms them so that two different articles that
share boilerplate are not linked. Signatures are stored with each document
(``documents.minhash``) so the index is rebuilt from the database, not
recomputed from text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

NUM_PERM = 128
SHINGLE = 3
LSH_THRESHOLD = 0.8
CONFIRM_RATIO = 85.0  # rapidfuzz ratio (0-100) over the normalised texts
MIN_WORDS = 20
SCHEME = "affine32"  # pinned: stored signatures must stay comparable across upgrades  # shorter texts are too small for shingles to mean anything
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def signature(text: str) -> MinHash | None:
    """MinHash of the word 3-shingles of ``text``; None for very short texts."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    mh.update_batch([" ".join(tokens[i : i + SHINGLE]).encode("utf-8") for i in range(len(tokens) - SHINGLE + 1)])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint64))


def confirm(a: str, b: str) -> bool:
    """Character-level check that two LSH candidates really are the same text."""
    return fuzz.ratio(a, b, score_cutoff=CONFIRM_RATIO) > 0


class NearDuplicateIndex:
    """An LSH index of document ids; rebuilt from stored signatures."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, bytes]]) -> NearDuplicateIndex:
        index = cls()
        for doc_pk, data in rows:
            index.add(doc_pk, from_bytes(data))
        return index

    def add(self, doc_pk: int, mh: MinHash) -> None:
        key = str(doc_pk)
        if key not in self._lsh:
            self._lsh.insert(key, mh)

    def candidates(self, mh: MinHash) -> list[int]:
        """Candidate document ids, smallest (oldest) first for determinism."""
        return sorted(int(k) for k in self._lsh.query(mh))
