"""The one error type readers raise, so the CLI can print one clear line per bad input."""

from __future__ import annotations


class IngestError(Exception):
    """A bad input: ``origin`` names the file (and line) or URL, ``reason`` says why."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
