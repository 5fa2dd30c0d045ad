"""RSS and Atom feeds to documents (feedparser on bytes, never on URLs).

feedparser is only ever given bytes, so it cannot fetch anything itself;
fetching goes through :mod:`kipu.ingest.fetch` with its limits. A feed entry's
"raw" evidence is its own content HTML as the feed carried it (archiving the
whole feed once per entry would multiply storage by the feed length).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

import defusedxml
import defusedxml.ElementTree as defused
import feedparser

from kipu.ingest.errors import IngestError
from kipu.ingest.html import fragment_to_text
from kipu.model import Document

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(data: bytes) -> bool:
    """Sniff RSS/Atom/RDF from the first bytes (for .xml files and URLs)."""
    head = data[:2048].lstrip().lower()
    return any(marker in head for marker in FEED_MARKERS)


_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def refuse_entities(data: bytes, origin: str) -> None:
    """Raise :class:`IngestError` for XML that declares entities.

    No real feed needs its own entities, and they are how "billion laughs"
    (exponential expansion) and external-entity attacks (reading local
    files) work. A byte scan catches the plain case cheaply; defusedxml
    catches the rest (other encodings, external references). Feeds that
    are merely malformed pass: feedparser's lenient mode reads those.
    """
    if _ENTITY_DECL.search(data):
        raise IngestError(origin, "XML declares entities (refused: entity expansion is unsafe)")
    try:
        defused.fromstring(data)
    except defusedxml.DefusedXmlException as exc:
        raise IngestError(origin, f"unsafe XML refused ({type(exc).__name__})") from exc
    except (defused.ParseError, ValueError, LookupError):
        pass  # malformed but not hostile: left to feedparser


@dataclass(frozen=True)
class FeedEntry:
    """One entry: its stable key (guid, else link) and its document."""

    key: str
    document: Document


def _entry_date(entry: dict) -> date | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            return date(value[0], value[1], value[2])
    return None


def parse_feed(data: bytes, *, origin: str, feed_url: str | None = None) -> tuple[list[FeedEntry], list[IngestError]]:
    """Entries of a feed, plus one error per unusable entry.

    Raises :class:`IngestError` when the bytes are not a feed at all. A feed
    that feedparser flags as slightly malformed ("bozo") but still yields
    entries is accepted: real feeds are often sloppy.
    """
    refuse_entities(data, origin)
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({type(problem).__name__}: {problem})" if problem else ""
        raise IngestError(origin, f"not a valid RSS/Atom feed{detail}")
    feed_title = parsed.feed.get("title")
    entries: list[FeedEntry] = []
    errors: list[IngestError] = []
    for i, entry in enumerate(parsed.entries, start=1):
        where = f"{origin} entry {i}"
        html = ""
        if entry.get("content"):
            html = max((c.get("value", "") for c in entry.content), key=len)
        if not html.strip():
            html = entry.get("summary", "") or entry.get("description", "")
        text = fragment_to_text(html)
        link = entry.get("link")
        key = entry.get("id") or entry.get("guid") or link
        if not text:
            errors.append(IngestError(where, "entry has no content or summary text"))
            continue
        if not key:
            key = f"title:{entry.get('title', '')}:{text[:80]}"
        source = feed_title or (urlparse(link or feed_url or "").hostname)
        document = Document(
            text=text,
            title=entry.get("title"),
            url=link,
            source=source,
            published=_entry_date(entry),
            raw=html.encode("utf-8"),
            raw_media_type="text/html; feed-entry",
            origin=where,
        )
        entries.append(FeedEntry(key=key, document=document))
    return entries, errors


def feed_documents(data: bytes, *, origin: str, feed_url: str | None = None) -> Iterator[Document | IngestError]:
    """Documents and per-entry errors of a feed, in feed order."""
    entries, errors = parse_feed(data, origin=origin, feed_url=feed_url)
    if not entries and not errors:
        yield IngestError(origin, "feed has no entries")
        return
    yield from (e.document for e in entries)
    yield from errors
