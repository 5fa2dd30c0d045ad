"""Canonical events as JSON Lines: everything kipu knows about each event.

One line per event: the shown values (guideline schema), the sources, every
claim with its evidence text and span, and the per-field explanation of how
the shown value was chosen (conservative, range, latest authoritative,
revision history). This is the lossless export; the others are views of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from kipu.export.records import EventRecord


def event_document(record: EventRecord) -> dict[str, Any]:
    """The full JSON object written for one event."""
    return {
        **record.event,
        "sources": record.sources,
        "fields": record.explanation(),
    }


def write_jsonl(records: Iterable[EventRecord], out: TextIO) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(event_document(record), ensure_ascii=False, sort_keys=True))
        out.write("\n")
        n += 1
    return n
