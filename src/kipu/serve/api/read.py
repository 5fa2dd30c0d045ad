"""Read endpoints: events, event detail and history, documents, tallies, exports.

Every list is paginated (``limit``, ``offset``; the response says ``total``,
``total_exact`` and ``next_offset``; the event list also takes a keyset
cursor, ``after`` / ``next_cursor``). Visitors and viewers get the public view (see
:meth:`kipu.serve.deps.Ctx.visible`); analysts see everything.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from kipu.serve import queries
from kipu.serve.deps import Ctx, context
from kipu.store.filters import REVIEW_STATUSES, Cursor, EventFilter
from kipu.store.tables import DocumentRow, EventRow

router = APIRouter()

EXPORT_TYPES = {
    "acled": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


def _day(name: str, value: str | None) -> date | None:
    """An ISO day; an empty value (an untouched form field) means no bound."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=f"{name} must be a date (YYYY-MM-DD)") from exc


def event_filter(
    date_from: str | None = Query(None, max_length=10, description="events ending on or after this day (YYYY-MM-DD)"),
    date_to: str | None = Query(None, max_length=10, description="events starting on or before this day (YYYY-MM-DD)"),
    region: str | None = Query(None, max_length=100, description="first-level division (admin1), e.g. Puno"),
    type: str | None = Query(None, max_length=40, description="event type, e.g. protest"),
    sub_type: str | None = Query(None, max_length=40),
    actor: str | None = Query(None, max_length=100, description="actor word, e.g. students"),
    status: list[str] = Query(default_factory=list, description="review status (repeatable)"),
    q: str | None = Query(None, max_length=200, description="text search in evidence and place"),
    include_sensitive: bool = Query(False, description="analysts, exports: include sensitive events (lists for analysts always show them, flagged)"),
) -> EventFilter:
    """The list filters as one :class:`EventFilter` (values are bound parameters, never SQL)."""
    status = [s for s in status if s]
    bad = [s for s in status if s not in REVIEW_STATUSES]
    if bad:
        raise HTTPException(status_code=422, detail=f"unknown status: {', '.join(bad)}")
    return EventFilter(
        date_from=_day("date_from", date_from),
        date_to=_day("date_to", date_to),
        admin1=region or None,
        type=type or None,
        sub_type=sub_type or None,
        actor=actor or None,
        review_status=tuple(status),
        text=q or None,
        include_sensitive=include_sensitive,
    )


def visible_event(ctx: Ctx, event_id: int) -> EventRow:
    event = ctx.db.get(EventRow, event_id)
    if event is None or not ctx.event_visible(event):
        raise HTTPException(status_code=404, detail="no such event")
    return event


@router.get("/events", tags=["events"])
def list_events(
    ctx: Ctx = Depends(context),
    filters: EventFilter = Depends(event_filter),
    limit: int = Query(50, ge=1, le=queries.MAX_LIMIT),
    offset: int = Query(0, ge=0),
    after: str | None = Query(
        None, max_length=40, description="keyset pagination: the next_cursor of the previous page (then offset skips further)"
    ),
) -> dict[str, Any]:
    """Events matching the filters, oldest first.

    ``total`` is exact up to 1,000 matches; above that ``total_exact`` is false
    and ``total`` is a lower bound. Page with ``offset`` / ``next_offset`` or,
    cheaper for deep pages, with ``after`` / ``next_cursor``.
    """
    ctx.require_read()
    try:
        cursor = Cursor.decode(after) if after else None
    except ValueError as exc:
        raise HTTPException(status_code=422, detail="after must be a next_cursor value") from exc
    page = queries.list_events(ctx.db, ctx.visible(filters), limit, offset, cursor)
    items = [queries.event_json(e, with_flags=ctx.sees_all) for e in page.rows]
    return queries.Page(
        items, page.total, limit, offset, total_exact=page.exact, more=page.more, next_cursor=page.next_cursor
    ).to_dict()


@router.get("/events/{event_id}", tags=["events"])
def get_event(event_id: int, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """One event with its sources, every claim with evidence, the per-field explanation,
    its mentions, and (for logged-in users) its history."""
    ctx.require_read()
    event = visible_event(ctx, event_id)
    return queries.event_detail(ctx.db, event, with_flags=ctx.sees_all, with_history=ctx.principal is not None)


@router.get("/events/{event_id}/history", tags=["events"])
def event_history(
    event_id: int,
    ctx: Ctx = Depends(context),
    limit: int = Query(50, ge=1, le=queries.MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """The audit log of one event, oldest first (who, when, action, before, after, reason)."""
    ctx.require("viewer")
    visible_event(ctx, event_id)
    rows = queries.history(ctx.db, event_id, with_undo=ctx.sees_all)
    return queries.Page(rows[offset : offset + limit], len(rows), limit, offset).to_dict()


@router.get("/documents", tags=["documents"])
def list_documents(
    ctx: Ctx = Depends(context),
    q: str | None = Query(None, max_length=200, description="search in title and source"),
    limit: int = Query(50, ge=1, le=queries.MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Source documents, newest first (public users: those behind public events)."""
    ctx.require_read()
    scope = None if ctx.sees_all else ctx.visible(EventFilter())
    rows, total = queries.list_documents(ctx.db, scope, limit, offset, q)
    return queries.Page([queries.document_json(d) for d in rows], total, limit, offset).to_dict()


@router.get("/documents/{document_id}", tags=["documents"])
def get_document(document_id: int, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """A document's text with its extracted event mentions and tallies (character spans)."""
    ctx.require_read()
    doc = ctx.db.get(DocumentRow, document_id)
    if doc is None or not ctx.document_visible(document_id):
        raise HTTPException(status_code=404, detail="no such document")
    mentions, tallies = queries.document_extractions(ctx.db, document_id)
    out = queries.document_json(doc, with_text=True)
    visible_ids = {
        e.id for e in ctx.db.query(EventRow).filter(EventRow.id.in_([m.event_id for m in mentions if m.event_id]))
        if ctx.event_visible(e)
    }
    out["mentions"] = [
        {
            "id": m.id,
            "event_id": m.event_id if m.event_id in visible_ids else None,
            "type": m.type,
            "sub_type": m.sub_type,
            "evidence_span": [m.evidence_start, m.evidence_end],
            "spans": (m.data or {}).get("spans", {}),
        }
        for m in mentions
        if ctx.sees_all or m.event_id in visible_ids
    ]
    out["tallies"] = [
        {"id": t.id, "measure": t.measure, "value": t.value, "qualifier": t.qualifier, "evidence_span": [t.evidence_start, t.evidence_end]}
        for t in tallies
    ]
    return out


@router.get("/tallies", tags=["tallies"])
def list_tallies(
    ctx: Ctx = Depends(context),
    limit: int = Query(50, ge=1, le=queries.MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Running totals as stated by sources (tally points), newest first."""
    ctx.require_read()
    items, total = queries.tally_points(ctx.db, limit, offset)
    return queries.Page(items, total, limit, offset).to_dict()


@router.get("/tallies/series", tags=["tallies"])
def tally_series(ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Tally series (each running total over time with the source of every point)."""
    ctx.require_read()
    from kipu.serve.tallies import series_json

    return {"series": series_json(ctx.db)}


@router.get("/exports/{fmt}", tags=["exports"])
def export(fmt: str, ctx: Ctx = Depends(context), filters: EventFilter = Depends(event_filter)) -> Response:
    """The filtered events as ACLED CSV, GeoJSON, JSONL or Parquet (public users: public events only)."""
    ctx.require_read()
    if fmt not in EXPORT_TYPES:
        raise HTTPException(status_code=404, detail=f"unknown export format; choose one of {', '.join(EXPORT_TYPES)}")
    from kipu.export import write_export

    buffer = io.BytesIO()
    write_export(ctx.db, fmt, buffer, ctx.visible(filters, export=True))
    media, suffix = EXPORT_TYPES[fmt]
    return Response(
        buffer.getvalue(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="kipu-events.{suffix}"'},
    )
