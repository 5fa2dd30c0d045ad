"""HTML pages and fragments to text, via trafilatura (pages) and lxml (fragments).

trafilatura finds the article body and its title/date metadata in a full
page; feed entries carry only small HTML fragments, for which boilerplate
removal would throw the text away, so those are flattened with lxml.
"""

from __future__ import annotations

import re
from datetime import date

import lxml.html
import trafilatura

from kipu.ingest.errors import IngestError
from kipu.model import Document

_BLOCK_END = re.compile(r"(?i)(<br\s*/?>|</p>|</div>|</li>|</h[1-6]>|</blockquote>)")


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, with block elements as line breaks."""
    if "<" not in fragment:
        return fragment.strip()
    marked = _BLOCK_END.sub(lambda m: m.group(1) + "\n", fragment)
    try:
        node = lxml.html.fragment_fromstring(marked, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    return node.text_content().strip()


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
