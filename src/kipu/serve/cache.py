"""A response cache for anonymous reads, valid while the data they show is unchanged.

Most traffic is anonymous visitors reading the same lists, events and the
dashboard. Building one of those costs 15–50 ms of CPU; replaying it costs one
small query. The cache is keyed on everything an anonymous response depends on:

* the request line (path and query string) and the language inputs
  (``Accept-Language``, the language cookie);
* the data versions the route reads (:mod:`kipu.store.versions`: counters
  moved in the same transaction as every committed write, by any process:
  ingest, resolve, review, settings). They are read *before* the response is
  built, so an entry can only be older than its key if a write committed while
  it was being built — and then the counters have already moved on and no
  later request asks for that key. A write is never followed by a stale read.
  :data:`ROUTE_READS` names what the busiest routes read (an event list reads
  events and the site settings, so storing new articles does not empty it);
  every other route depends on any write (``*``).

Pages carry a CSRF token bound to the visitor's anonymous cookie: a page is
stored with that token replaced by a same-length placeholder and replayed with
the token of the visitor asking, so one rendering serves every visitor.

Only anonymous requests are cached (no session cookie, no ``Authorization``
header): logged-in users' responses depend on their role and are built
afresh, so nothing an analyst may see can reach a visitor. Only ``200``
responses of ``GET`` are kept, without their ``Set-Cookie`` headers; exports
and static files are left alone. A replayed response says ``X-Kipu-Cache: hit``.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import anyio.to_thread
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kipu.auth.csrf import csrf_token
from kipu.serve.deps import SESSION_COOKIE
from kipu.serve.i18n import LANG_COOKIE
from kipu.serve.middleware import ANON_COOKIE, request_cookies, request_header
from kipu.store.versions import ANY, data_versions

SKIP_PREFIXES = ("/static/", "/api/exports/", "/healthz", "/login", "/logout")
CSRF_PLACEHOLDER = b"kipu-csrf-placeholder-".ljust(64, b"0")  # as long as a token (content-length holds)

# What an anonymous response of these routes reads, as data version names
# (``table``: rows updated/deleted, ``table+``: rows inserted). Documents are
# reached only through the claims, mentions and tally mentions that reference
# them, so new documents alone change none of these responses.
_EVENTS = ("events", "events+", "settings", "settings+")
ROUTE_READS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # the event list (API and page; the page's region menu is events too)
    (re.compile(r"/(api/)?events"), _EVENTS),
    # an event: its claims and their documents, its mentions (no history for visitors)
    (re.compile(r"/api/events/\d+"), (*_EVENTS, "claims", "claims+", "event_mentions", "event_mentions+", "documents")),
    # the dashboard: event counts, map, latest events, tally charts and their documents
    (re.compile(r"/"), (*_EVENTS, "tally_mentions", "tally_mentions+", "documents")),
)


def reads_of(path: str) -> tuple[str, ...]:
    for pattern, names in ROUTE_READS:
        if pattern.fullmatch(path):
            return names
    return (ANY,)


class VersionReader:
    """Reads the data versions in one round trip.

    On PostgreSQL through a small autocommit pool of its own (no BEGIN, no
    ROLLBACK, no ping: a dead connection fails one read, and that request then
    bypasses the cache); on SQLite through the store's engine.
    """

    def __init__(self, engine: Engine) -> None:
        self.own: Engine | None = None
        if engine.dialect.name == "postgresql":
            self.own = create_engine(
                engine.url, isolation_level="AUTOCOMMIT", pool_size=4, max_overflow=4, pool_reset_on_return=None
            )
        self.engine = self.own or engine

    def __call__(self) -> dict[str, int]:
        return data_versions(self.engine)

    def close(self) -> None:
        if self.own is not None:
            self.own.dispose()


@dataclass(frozen=True)
class Cached:
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ReadCache:
    """ASGI middleware: replay anonymous GET responses while the data they read is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        versions: Callable[[], dict[str, int]],
        secret: bytes,
        max_bytes: int = 64_000_000,
        max_body: int = 2_000_000,
    ) -> None:
        self.app = app
        self.read_versions = versions
        self.secret = secret
        self.max_bytes = max_bytes
        self.max_body = max_body
        self.size = 0
        self.entries: OrderedDict[tuple[object, ...], Cached] = OrderedDict()

    def request_key(self, scope: Scope) -> tuple[tuple[str, ...], bytes] | None:
        """The request part of the key and the CSRF token of its pages, or None if it must not be cached."""
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        path: str = scope["path"]
        if path.startswith(SKIP_PREFIXES) or request_header(scope, b"authorization") is not None:
            return None
        cookies = request_cookies(scope)
        if cookies.get(SESSION_COOKIE):
            return None
        token = b""
        if not path.startswith("/api/"):
            anon = cookies.get(ANON_COOKIE, "")
            if not anon:
                return None  # a first visit gets a new cookie and a page bound to it
            token = csrf_token(self.secret, anon).encode()
        query = scope.get("query_string", b"").decode("latin-1")
        return (path, query, cookies.get(LANG_COOKIE, ""), request_header(scope, b"accept-language") or ""), token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        keyed = self.request_key(scope)
        if keyed is None:
            await self.app(scope, receive, send)
            return
        request, token = keyed
        try:
            versions = await anyio.to_thread.run_sync(self.read_versions)
        except (SQLAlchemyError, OSError):  # the database is away: build the response normally (and fail there if it must)
            await self.app(scope, receive, send)
            return
        key = (*request, *(versions.get(name, 0) for name in reads_of(request[0])))
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            await send({"type": "http.response.start", "status": 200, "headers": [*hit.headers, (b"x-kipu-cache", b"hit")]})
            await send({"type": "http.response.body", "body": hit.body.replace(CSRF_PLACEHOLDER, token) if token else hit.body})
            return
        start: Message = {}
        chunks: list[bytes] = []
        size = 0

        async def capture(message: Message) -> None:
            nonlocal size, start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= self.max_body:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
            await send(message)

        await self.app(scope, receive, capture)
        if start.get("status") == 200 and size <= self.max_body:
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"set-cookie"]
            body = b"".join(chunks)
            self.store(key, Cached(headers, body.replace(token, CSRF_PLACEHOLDER) if token else body))

    def store(self, key: tuple[object, ...], entry: Cached) -> None:
        """Keep ``entry``, dropping the least recently used ones beyond ``max_bytes``
        (entries of older versions are never asked for again and age out first)."""
        old = self.entries.pop(key, None)
        self.size += len(entry.body) - (len(old.body) if old else 0)
        self.entries[key] = entry
        while self.size > self.max_bytes and self.entries:
            self.size -= len(self.entries.popitem(last=False)[1].body)
