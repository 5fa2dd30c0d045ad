"""HTML pages and fragments to text, via trafilatura (pages) and lxml (fragments).

trafilatura finds the article body and its title/date metadata in a full
page; feed entries carry only small HTML fragments, for which boilerplate
removal would throw the text away, so those are flattened with lxml.

Both rest on libxml2, which stops building the tree 256 elements deep: the
text of deeper markup is silently lost. When a page is nested that deep and
the tree parsers found much less than its visible text, the text comes from
a streaming tokenizer (:mod:`kipu.ingest.visible`) instead, and the document
carries a warning that boilerplate was not removed.
"""

from __future__ import annotations

import re
from datetime import date

import lxml.html
import trafilatura

from kipu.ingest.errors import IngestError
from kipu.ingest.text import decode_lenient
from kipu.ingest.visible import visible_text
from kipu.model import Document

# libxml2's default limit on element nesting (XML_PARSE_HUGE raises it, to 2048 only).
TREE_PARSER_MAX_DEPTH = 256
# Below this share of the visible text, the tree parsers lost text rather than
# removed boilerplate (only considered when libxml2 reported hitting its limit).
LOST_TEXT_RATIO = 0.5

_BLOCK_END = re.compile(r"(?i)(<br\s*/?>|</p>|</div>|</li>|</h[1-6]>|</blockquote>)")


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, with block elements as line breaks."""
    if "<" not in fragment:
        return fragment.strip()
    marked = _BLOCK_END.sub(lambda m: m.group(1) + "\n", fragment)
    parser = lxml.html.HTMLParser()
    try:
        node = lxml.html.fragment_fromstring(marked, create_parent="div", parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    text = node.text_content().strip()
    if _hit_depth_limit(parser):
        visible = visible_text(fragment)
        if len(text) < LOST_TEXT_RATIO * len(visible.text):
            return visible.text
    return text


def _hit_depth_limit(parser: lxml.html.HTMLParser) -> bool:
    """Whether libxml2 stopped building the tree at its nesting limit (it says so in its error log)."""
    return any("excessive depth" in e.message.lower() for e in parser.error_log)


def depth_limited(raw: bytes) -> bool:
    """Whether the tree parsers (lxml, hence trafilatura) lose part of this page to the nesting limit.

    A C parse costing about a tenth of the streaming tokenizer, so the
    fallback is paid for only by pages that need it.
    """
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(raw, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return False
    return _hit_depth_limit(parser)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def html_to_document(data: bytes | str, *, origin: str, url: str | None = None) -> Document:
    """Main text, title and date of an HTML page; the raw bytes are kept for the archive."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    result = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(result, "text", None) if result is not None else None
    title = getattr(result, "title", None) if result is not None else None
    published = _parse_date(getattr(result, "date", None) if result is not None else None)
    source = getattr(result, "sitename", None) if result is not None else None
    if not text or not text.strip():
        text, title = _fallback(raw, title)
    warnings: list[str] = []
    if depth_limited(raw):
        visible = visible_text(data if isinstance(data, str) else decode_lenient(raw))
        if len(text or "") < LOST_TEXT_RATIO * len(visible.text):
            text, title = visible.text, title or visible.title
            warnings.append(
                f"HTML nested {visible.max_depth} elements deep (the page parser stops at {TREE_PARSER_MAX_DEPTH}): "
                "text taken from every visible element, boilerplate not removed"
            )
    if not text:
        raise IngestError(origin, "no article text found in HTML")
    return Document(
        text=text,
        title=title,
        published=published,
        url=url,
        source=source,
        raw=raw,
        raw_media_type="text/html",
        origin=origin,
        warnings=warnings,
    )


def _fallback(raw: bytes, title: str | None) -> tuple[str, str | None]:
    """Whole-body text when trafilatura finds no main content (very short pages)."""
    try:
        tree = lxml.html.document_fromstring(raw)
    except (lxml.etree.ParserError, ValueError):
        return "", title
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//title"):
        bad.drop_tree()
    body = tree.find("body")
    node = body if body is not None else tree
    text = fragment_to_text(lxml.html.tostring(node, encoding="unicode"))
    if title is None:
        found = tree.xpath("//h1")
        title = found[0].text_content().strip() if found else None
    return text, title
