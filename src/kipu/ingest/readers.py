"""Readers: one input (file, folder or URL) -> documents, or errors naming the input.

Readers *yield* errors instead of raising them so that one bad JSONL line or
feed entry does not stop the rest of the file. Every document carries its
``origin`` (path, path:line, or URL) for error messages and provenance.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import BinaryIO

from kipu.ingest.errors import IngestError
from kipu.ingest.feeds import feed_documents, looks_like_feed
from kipu.ingest.fetch import fetch, is_url
from kipu.ingest.html import html_to_document
from kipu.ingest.text import ascii_head, decode_bytes, decode_line, has_words, looks_binary, unicode_encoding
from kipu.model import Document

Item = Document | IngestError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
TITLE_MAX_CHARS = 200
# One article is never this big; a bigger file is a mistake (a dump, a video
# renamed .txt) and reading it whole would take unbounded memory. The same
# limit as for fetched URLs. JSONL files may be any size (they are streamed),
# but each line is one article and has the same limit.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_LINE_BYTES = MAX_FILE_BYTES
_SKIP_CHUNK = 1024 * 1024
FEED_MEDIA_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def split_title(text: str) -> tuple[str | None, str]:
    """A plain-text article's first non-empty line is its title when it looks like one.

    It must be short and not end like a sentence, and some text must follow.
    The text is returned whole (title included) so evidence offsets refer to
    what the file says.
    """
    lines = [line.strip() for line in text.splitlines()]
    nonempty = [i for i, line in enumerate(lines) if line]
    if len(nonempty) < 2:
        return None, text
    first = lines[nonempty[0]]
    if len(first) <= TITLE_MAX_CHARS and not first.endswith((".", ",", ";", ":")):
        return first, text
    return None, text


def text_document(data: bytes, *, origin: str, url: str | None = None, media_type: str = "text/plain") -> Document:
    text = decode_bytes(data, origin)
    if not has_words(text):
        raise IngestError(origin, "empty file (no text)")
    title, text = split_title(text)
    return Document(text=text, title=title, url=url, raw=data, raw_media_type=media_type, origin=origin)


def _parse_published(value: object, origin: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise IngestError(origin, f"'published' must be an ISO date string, not {type(value).__name__}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise IngestError(origin, f"'published' is not an ISO date: {value!r}") from exc


def _jsonl_line(line: bytes, origin: str, base: Path | None = None) -> Document:
    if looks_binary(line):
        raise IngestError(origin, "binary data, not a JSON line (contains NUL or control bytes)")
    decoded, fallback = decode_line(line)
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise IngestError(origin, f"malformed JSON ({exc})") from exc
    if not isinstance(record, dict):
        raise IngestError(origin, "a JSONL line must be an object")
    text, html, text_file = record.get("text"), record.get("html"), record.get("text_file")
    if isinstance(text, str) and has_words(text):
        doc = Document(text=text, raw=line, raw_media_type="application/x-ndjson", origin=origin)
    elif isinstance(html, str) and html.strip():
        doc = html_to_document(html, origin=origin, url=record.get("url"))
    elif isinstance(text_file, str) and text_file.strip() and base is not None:
        # The gold-file convention: the article lives in a file next to the JSONL.
        # Relative paths may climb ("../../corpus/x.txt" in the gold files); the size is still capped.
        target = base / text_file
        try:
            data = read_limited(target, MAX_FILE_BYTES)
        except IngestError as exc:
            raise IngestError(origin, f"text_file {text_file!r}: {exc.reason}") from exc
        doc = text_document(data, origin=origin)
    else:
        raise IngestError(origin, "line has neither a non-empty 'text', 'html' nor 'text_file'")
    doc_id = record.get("doc_id")
    for name in ("doc_id", "url", "title", "lang", "source"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(origin, f"'{name}' must be a string")
    doc.doc_id = doc_id or None
    doc.url = record.get("url") or doc.url
    doc.title = record.get("title") or doc.title
    doc.lang = record.get("lang") or None
    doc.source = record.get("source") or doc.source
    doc.published = _parse_published(record.get("published"), origin) or doc.published
    if fallback is not None:
        doc.warnings.append(f"line is not UTF-8; decoded as {fallback}")
        if doc.raw_media_type == "application/x-ndjson":  # the archived bytes say how they were read
            doc.raw_media_type = f"application/x-ndjson; charset={fallback}"
    return doc


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of ``handle``; ``None`` stands for a line longer than ``limit``, skipped unread.

    Streaming with a per-line cap keeps memory bounded whatever the file:
    a 10^6-line file is never held whole and one giant line is never held at all.
    """
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # discard the rest of the oversized line in bounded chunks
                rest = handle.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def read_jsonl(path: Path) -> Iterator[Item]:
    """One article per line; a bad line is an error naming ``path:line``.

    Each line has ``text`` or ``html`` (or ``text_file``, relative to the JSONL
    file, as in the gold files) and optional ``doc_id``, ``url``, ``title``,
    ``published``, ``lang``, ``source``.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield IngestError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    base = path.parent
    with handle:
        for lineno, line in enumerate(_bounded_lines(handle, MAX_LINE_BYTES), start=1):
            origin = f"{path}:{lineno}"
            if line is None:
                yield IngestError(origin, f"line too long (> {MAX_LINE_BYTES} bytes), skipped")
                continue
            if not line.strip():
                continue
            try:
                yield _jsonl_line(line.rstrip(b"\r\n"), origin, base)
            except IngestError as exc:
                yield exc


def sniff(data: bytes) -> str:
    """'feed', 'html' or 'text' from the first bytes (decoded first if UTF-16/32)."""
    data = ascii_head(data)
    if looks_like_feed(data):
        return "feed"
    head = data[:1024].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refusing (without reading it) a file over ``limit``.

    The size is checked before reading and the read itself is capped, so a
    file that grows, or a device or pipe that reports no size, cannot make
    kipu read without bound either.
    """
    origin = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise IngestError(origin, "not a regular file")
        size = info.st_size
        if size > limit:
            raise IngestError(origin, f"file too large ({size} bytes > {limit}); an article file must be smaller")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise IngestError(origin, f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise IngestError(origin, f"file too large (> {limit} bytes); an article file must be smaller")
    return data


def read_bytes(data: bytes, *, origin: str, kind: str, url: str | None = None, retrieved_at: str | None = None) -> Iterator[Item]:
    """Documents of one blob whose kind ('text', 'html', 'feed') is known."""
    try:
        if kind == "feed":
            yield from feed_documents(data, origin=origin, feed_url=url)
            return
        if kind == "html":
            if unicode_encoding(data) is None and looks_binary(data):
                raise IngestError(origin, "binary file, not HTML (contains NUL or control bytes)")
            doc = html_to_document(data, origin=origin, url=url)
        else:
            doc = text_document(data, origin=origin, url=url)
        doc.retrieved_at = retrieved_at or _now()
        yield doc
    except IngestError as exc:
        yield exc


def read_file(path: Path) -> Iterator[Item]:
    """Documents of one file, dispatched on suffix (sniffed when unknown or .xml)."""
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except IngestError as exc:
        yield exc
        return
    if not data.strip():
        yield IngestError(origin, "empty file (no text)")
        return
    if suffix in TEXT_SUFFIXES:
        kind = "text"
    elif suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in {".rss", ".atom"}:
        kind = "feed"
    else:
        kind = sniff(data)
    yield from read_bytes(data, origin=origin, kind=kind, retrieved_at=_now())


def read_url(url: str) -> Iterator[Item]:
    """Fetch a page or feed and read it according to its media type (or sniffing)."""
    try:
        fetched = fetch(url)
    except IngestError as exc:
        yield exc
        return
    media = fetched.media_type
    if media in FEED_MEDIA_TYPES or looks_like_feed(fetched.content):
        kind = "feed"
    elif media in {"text/html", "application/xhtml+xml"}:
        kind = "html"
    elif media.startswith("text/") or not media:
        kind = sniff(fetched.content)
    else:
        yield IngestError(url, f"unsupported media type {media!r}")
        return
    yield from read_bytes(fetched.content, origin=url, kind=kind, url=fetched.url, retrieved_at=fetched.retrieved_at)


def walk(folder: Path) -> Iterator[Path]:
    """Files with known suffixes under ``folder``, recursively, in sorted order, no hidden files."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and path.suffix.lower() in KNOWN_SUFFIXES:
            yield path


def read_inputs(inputs: Iterable[str]) -> Iterator[Item]:
    """Documents and errors from paths, folders and http(s) URLs, in the given order."""
    for value in inputs:
        if is_url(value):
            yield from read_url(value)
            continue
        path = Path(value).expanduser()
        if path.is_dir():
            for file in walk(path):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield IngestError(value, "no such file, folder or URL")
