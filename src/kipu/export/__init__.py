"""Exports of canonical events: ACLED CSV, GeoJSON, JSONL, Parquet, and a DataFrame.

The Python API (used by ``kipu export`` and the web app):

* :func:`events_frame` — a pandas DataFrame, one row per event;
* :func:`write_export` — one of :data:`FORMATS` to a path or a binary stream.

Both take an optional :class:`~kipu.store.filters.EventFilter` (date range,
region, type, review status, ...); sensitive events stay out unless the filter
says ``include_sensitive=True``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from kipu.export.acled import acled_columns, write_acled
from kipu.export.frame import events_frame
from kipu.export.geojson import write_geojson
from kipu.export.jsonl import write_jsonl
from kipu.export.parquet import write_parquet
from kipu.export.records import EventRecord, iter_records
from kipu.store.filters import EventFilter

# format -> (writer, is_text, needs evidence text, file suffix)
_WRITERS: dict[str, tuple[Callable[[Iterable[EventRecord], Any], int], bool, bool, str]] = {
    "acled": (write_acled, True, False, ".csv"),
    "geojson": (write_geojson, True, False, ".geojson"),
    "jsonl": (write_jsonl, True, True, ".jsonl"),
    "parquet": (write_parquet, False, False, ".parquet"),
}
FORMATS = tuple(_WRITERS)


def suffix_of(fmt: str) -> str:
    """The usual file suffix of a format (".csv" for acled)."""
    return _WRITERS[fmt][3]


def _write(session: Session, fmt: str, out: BinaryIO, filters: EventFilter | None) -> int:
    writer, is_text, with_evidence, _ = _WRITERS[fmt]
    records = iter_records(session, filters, with_evidence=with_evidence)
    if not is_text:
        return writer(records, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        return writer(records, text)
    finally:
        text.flush()
        text.detach()


def write_export(session: Session, fmt: str, out: Path | BinaryIO, filters: EventFilter | None = None) -> int:
    """Write events matching ``filters`` as ``fmt`` to ``out``; returns rows (features) written."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(out, (str, Path)):
        with open(out, "wb") as fh:
            return _write(session, fmt, fh, filters)
    return _write(session, fmt, out, filters)


__all__ = ["FORMATS", "EventFilter", "acled_columns", "events_frame", "suffix_of", "write_export"]
