"""Article text cut into segments so that evidence spans can be highlighted safely.

The text is never turned into HTML here: it is split at span boundaries into
plain-string segments, each knowing which spans cover it, and the template
prints every segment through Jinja's autoescape. A ``<script>`` or a quote in
an article therefore stays text, whatever spans surround it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A highlighted range: ``label`` is the tooltip, ``href`` where it links, ``anchor`` its id."""

    start: int
    end: int
    label: str
    css: str = ""
    href: str | None = None
    anchor: str | None = None


@dataclass
class Segment:
    text: str
    spans: list[Span] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(s.label for s in self.spans))

    @property
    def css(self) -> str:
        return " ".join(dict.fromkeys(s.css for s in self.spans if s.css))

    @property
    def href(self) -> str | None:
        return next((s.href for s in self.spans if s.href), None)


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Split ``text`` at every span boundary (spans are clipped to the text; empty ones dropped)."""
    n = len(text)
    clean = [s for s in spans if 0 <= s.start < s.end and s.start < n]
    cuts = sorted({0, n, *(s.start for s in clean), *(min(s.end, n) for s in clean)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in clean if s.start <= a and min(s.end, n) >= b]
        anchors = [s.anchor for s in clean if s.start == a and s.anchor]
        out.append(Segment(text[a:b], covering, anchors))
    return out
