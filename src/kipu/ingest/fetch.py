"""Fetching http(s) URLs with limits: timeout, redirects, size.

The fetched bytes are returned untouched (they are archived as evidence);
turning them into documents is the readers' job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

from kipu import __version__
from kipu.ingest.errors import IngestError

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = f"kipu/{__version__} (+https://github.com/kipu; news research)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    media_type: str  # e.g. "text/html", lower case, without parameters
    retrieved_at: str  # ISO 8601, UTC


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """GET ``url``; raises :class:`IngestError` on network errors, HTTP errors or oversize bodies."""
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT},
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, f"response too large ({declared} bytes > {max_bytes})")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(url, f"response too large (> {max_bytes} bytes)")
                chunks.append(chunk)
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(str(response.url), b"".join(chunks), media_type, datetime.now(timezone.utc).isoformat())
    except httpx.TooManyRedirects as exc:
        raise IngestError(url, f"too many redirects (> {MAX_REDIRECTS})") from exc
    except httpx.TimeoutException as exc:
        raise IngestError(url, f"timed out after {timeout:g}s") from exc
    except httpx.HTTPError as exc:
        raise IngestError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from exc
