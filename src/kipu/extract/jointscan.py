"""One automaton walk of an article for both the place names and the lexicon.

The gazetteer (``Gazetteer._whole_words``) and the lexicon
(``Lexicon._hits``) each read the same spaced text (``" " +
word_spaced(folded) + " "``) with an Aho-Corasick automaton of keys bounded
by spaces. A walk costs little on a warm cache, but between two articles the
rest of the extraction pushes the tries' nodes out of the processor's cache,
and each walk then pays about one cache miss per character: the two walks
were some 8% of an article's extraction. One automaton holding both sets of
keys is walked once, and its hits are split back: a key of both sets carries
both values. The hits of each set are exactly the walk of its own automaton
(an automaton reports every occurrence of every key), in the same order of
ends; neither reader depends on the order of hits that end together (speed
only; ``tests/test_speed_shortcuts.py``).
"""

from __future__ import annotations

from typing import Any

import ahocorasick

from kipu.extract.lexicon import Lexicon
from kipu.extract.warmup import per_language
from kipu.geo.gazetteer import Gazetteer
from kipu.textnorm import word_spaced


class JointScan:
    """The merged automaton of the gazetteer's names and one lexicon's terms."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        merged: dict[str, list[Any]] = {}
        for key, value in gazetteer._bounded.items():
            merged.setdefault(key, [None, None])[0] = value
        for key, value in lexicon._bounded.items():
            merged.setdefault(key, [None, None])[1] = value
        self._automaton = ahocorasick.Automaton()
        for key, (places, terms) in merged.items():
            self._automaton.add_word(key, (places, terms))
        self._automaton.make_automaton()
        self._last: tuple[str, tuple[list[tuple[int, Any]], list[tuple[int, Any]]]] | None = None

    def hits(self, folded: str) -> tuple[list[tuple[int, Any]], list[tuple[int, Any]]]:
        """The hits of the gazetteer's automaton and of the lexicon's in the
        spaced ``folded``, as each one's ``iter`` gives them; remembered for
        the last text (the places are read first, the lexicon's terms next)."""
        last = self._last
        if last is not None and last[0] == folded:  # (the same string object, for a long text: compared at once)
            return last[1]
        found = self._walk(folded)
        self._last = (folded, found)
        return found

    def terms(self, folded: str) -> list[tuple[int, Any]]:
        """The lexicon automaton's hits alone (``Lexicon.scan``'s ``walk``): a
        phrase across a day, read in a window, walks this automaton too, whose
        nodes the article's walk just brought into the cache."""
        return self.hits(folded)[1]

    def _walk(self, folded: str) -> tuple[list[tuple[int, Any]], list[tuple[int, Any]]]:
        places: list[tuple[int, Any]] = []
        terms: list[tuple[int, Any]] = []
        for end, (place, term) in self._automaton.iter(" " + word_spaced(folded) + " "):
            if place is not None:
                places.append((end, place))
            if term is not None:
                terms.append((end, term))
        return places, terms


@per_language
def joint_scan(lang: str) -> JointScan:
    """The joint scanner of ``lang``'s lexicon and the gazetteer, built once."""
    return JointScan(Gazetteer.load(), Lexicon.for_lang(lang))
