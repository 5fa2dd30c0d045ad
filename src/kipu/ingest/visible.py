"""Visible text of HTML by streaming tokenisation: no tree, so no nesting limit.

libxml2 (under lxml and trafilatura) stops building the tree 256 elements
deep, silently dropping what is inside; Python's ``html.parser`` is a flat
tokenizer, so markup nested 50,000 deep costs it nothing more than flat
markup. It is the fallback that recovers the text when the tree parsers lose
it. It keeps no boilerplate judgement beyond skipping non-content elements
(scripts, styles, the head), so callers flag its output as a partial result.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"})
# Elements that end a line of text.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article", "section",
     "header", "footer", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "hr"}
)
# Elements with no end tag: they never deepen the nesting.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


@dataclass(frozen=True)
class VisibleText:
    """The text a reader would see, the deepest element nesting met, and the <title>."""

    text: str
    max_depth: int
    title: str | None


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skipping: list[str] = []  # open skipped elements (a stack, so nested ones close right)
        self.depth = 0
        self.max_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag == "body":
            self.skipping.clear()  # an unclosed <head> must not hide the body
        if tag in _SKIPPED:
            self.skipping.append(tag)
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)
        elif self.skipping[-1] == "title":
            self.title.append(data)


def visible_text(html: str) -> VisibleText:
    """Text of every visible element, one block per line, whitespace collapsed."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(collector.title).split()) or None
    return VisibleText(text, collector.max_depth, title)
