""""Desde" that says where people came from, not since when.

Spanish uses one word for both: "200 detenidos desde el 7 de diciembre" opens
a period (a running total's cue), "detuvieron a 193 personas que llegaron
desde el sur del país" or "delegaciones llegadas desde Puno" names where a
crowd set out. Read as a period, the second turns one raid's arrests into a
campaign's tally. A weak tally cue that is also an ``origin_word`` of
``lang/<code>/cues.yaml`` ("desde"), right before a place name or inside an
``origin``/``phrase`` ("desde el sur", "desde provincias"), is dropped from
the sentence's matches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kipu.extract.lexicon import lang_words

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

#: Words allowed between "desde" and the place it names ("desde la ciudad de Puno"): ``lang/<code>/origins.yaml``.
_BEFORE_PLACE = frozenset(lang_words("origins", "before_place"))
PLACE_REACH = 24  # chars from "desde" to the place it names


def strip_origins(view: SentenceView, places: list[Any]) -> None:
    """Drop the "since" cues of ``view`` that name a crowd's origin."""
    words = {(m.start, m.end) for m in view.of("origin_word")}
    if not words:
        return
    sinces = [m for m in view.of("tally", "weak") if (m.start, m.end) in words]
    if not sinces:
        return
    origins = view.of("origin", "phrase")
    base = view.span.start

    def an_origin(m: Any) -> bool:
        if any(o.start <= m.start and m.end <= o.end for o in origins):
            return True
        for p in places:
            if 0 < p.span.start - m.end <= PLACE_REACH:
                words = view.text[m.end - base : p.span.start - base].split()
                if all(w.lower() in _BEFORE_PLACE for w in words):
                    return True
        return False

    drop = [m for m in sinces if an_origin(m)]
    if drop:
        view.matches[:] = [m for m in view.matches if not any(m is d for d in drop)]

