"""Read pages: dashboard, events list, event page, documents list, document page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from kipu.serve import queries
from kipu.serve.api.read import event_filter, visible_event
from kipu.serve.charts import TYPES, toll_chart, weekly_bars
from kipu.serve.deps import Ctx, context
from kipu.serve.geomap import Marker, peru_map
from kipu.serve.highlight import Span, segments
from kipu.serve.render import render
from kipu.serve.tallies import chart_series
from kipu.review.fields import EDITABLE_FIELDS, vocabularies
from kipu.store.filters import REVIEW_STATUSES, EventFilter
from kipu.store.tables import DocumentRow, EventRow

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 25


def _filter_params(f: EventFilter) -> dict[str, Any]:
    return {
        "date_from": f.date_from.isoformat() if f.date_from else None,
        "date_to": f.date_to.isoformat() if f.date_to else None,
        "region": f.admin1,
        "type": f.type,
        "actor": f.actor,
        "status": list(f.review_status),
        "q": f.text,
        "include_sensitive": "true" if f.include_sensitive else None,
    }


def _regions(ctx: Ctx) -> list[str]:
    stmt = ctx.visible(EventFilter()).apply(select(EventRow.admin1).distinct())
    return sorted(a for a in ctx.db.scalars(stmt) if a)


@router.get("/", response_class=HTMLResponse)
def dashboard(ctx: Ctx = Depends(context), filters: EventFilter = Depends(event_filter)) -> HTMLResponse:
    ctx.require_read(page=True)
    t = ctx.t
    scope = ctx.visible(filters)
    weeks = queries.weekly_counts(ctx.db, scope)
    bars = weekly_bars(weeks, lambda ty: t.label("type", ty), t("dash.weekly"), lambda d: d.isoformat())
    markers = [
        Marker(
            e.lat,
            e.lon,
            f"#{e.id} {e.date_start.isoformat() if e.date_start else ''} {e.place_name or ''} — {t.label('type', e.type)}",
            f"/events/{e.id}",
            f"type-{e.type}",
        )
        for e in queries.map_points(ctx.db, scope)
        if e.lat is not None and e.lon is not None
    ]
    counts = queries.counts_by_admin1(ctx.db, scope)
    svg_map = peru_map(counts, markers, lambda name, n: t("dash.dept_count", name=name, n=n), t("dash.map"))
    tolls = [
        (s, toll_chart(s, s.name, lambda d: d.isoformat(), f"series-{i % 6}"))
        for i, s in enumerate(chart_series(ctx.db, t))
    ]
    return render(
        ctx,
        "dashboard.html",
        bars=bars,
        svg_map=svg_map,
        tolls=tolls,
        latest=queries.latest_events(ctx.db, scope, 10),
        by_region=sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10],
        total=queries.count_events(ctx.db, scope),
        params=_filter_params(filters),
        types=TYPES,
        regions=_regions(ctx),
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(
    ctx: Ctx = Depends(context),
    filters: EventFilter = Depends(event_filter),
    page: int = Query(1, ge=1, le=100_000),
) -> HTMLResponse:
    ctx.require_read(page=True)
    found = queries.list_events(ctx.db, ctx.visible(filters), PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return render(
        ctx,
        "events.html",
        events=found.rows,
        total=found.total,
        total_exact=found.exact,
        more=found.more,
        page=page,
        pages=max(page + (1 if found.more else 0), (found.total + PAGE_SIZE - 1) // PAGE_SIZE),
        params=_filter_params(filters),
        types=TYPES,
        statuses=REVIEW_STATUSES,
        regions=_regions(ctx),
    )


def _claim_spans(detail: dict[str, Any], t: Any) -> dict[int, list[Span]]:
    """Highlight spans per document: every claim's evidence, labelled by field and value."""
    by_doc: dict[int, list[Span]] = {}
    for c in detail["claims"]:
        if c.get("document_id") is None or not c.get("evidence_span"):
            continue
        start, end = c["evidence_span"]
        by_doc.setdefault(c["document_id"], []).append(
            Span(start, end, f"{t.label('field', c['field'])}: {short_value(c['value'])}", f"field-{c['field']}", None, f"claim-{c['claim_id']}")
        )
    return by_doc


def short_value(value: Any) -> str:
    """A claim value in a few words, for tooltips and tables."""
    if isinstance(value, dict):
        if "value" in value:
            return f"{value['value']} ({value.get('qualifier') or 'exact'})"
        if "low" in value:
            rng = value["low"] if value["low"] == value.get("high") else f"{value['low']}–{value.get('high')}"
            return f"{rng} ({value.get('qualifier') or 'exact'})"
        if "sub_type" in value:
            return f"{value['type']} / {value['sub_type']}"
        if "start" in value:
            return value["start"] if value["start"] == value.get("end") else f"{value['start']} – {value.get('end')}"
        if "name" in value:
            return ", ".join(str(value[k]) for k in ("name", "admin1") if value.get(k))
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def event_page_values(ctx: Ctx, event: EventRow, **extra: Any) -> dict[str, Any]:
    """Everything the event template shows (also used to re-render after a refused change)."""
    detail = queries.event_detail(ctx.db, event, with_flags=ctx.sees_all, with_history=ctx.principal is not None)
    spans = _claim_spans(detail, ctx.t)
    docs = []
    for src in detail["mentions"]:
        if any(d["id"] == src["document_id"] for d in docs):
            continue
        doc = ctx.db.get(DocumentRow, src["document_id"])
        if doc is None:
            continue
        docs.append({"id": doc.id, "title": doc.title, "source": doc.source, "published": doc.published, "url": doc.url,
                     "segments": segments(doc.text, spans.get(doc.id, []))})
    claimed_docs = {c["document_id"] for c in detail["claims"] if c.get("document_id")}
    for pk in sorted(claimed_docs - {d["id"] for d in docs}):
        doc = ctx.db.get(DocumentRow, pk)
        if doc is not None:
            docs.append({"id": doc.id, "title": doc.title, "source": doc.source, "published": doc.published, "url": doc.url,
                         "segments": segments(doc.text, spans.get(doc.id, []))})
    order = {name: i for i, name in enumerate(("fatalities", "injuries", "arrests", "participants", "type", "date", "place"))}
    detail["claims"].sort(key=lambda c: (order.get(c["field"], 99), c["field"], c.get("published") or "", c["claim_id"]))
    fields: dict[str, list[dict[str, Any]]] = {}
    for c in detail["claims"]:
        fields.setdefault(c["field"], []).append(c)
    values = {
        "event": event,
        "detail": detail,
        "docs": docs,
        "claims_by_field": fields,
        "short_value": short_value,
        "editable": EDITABLE_FIELDS,
        "vocab": vocabularies(),
        "statuses": REVIEW_STATUSES,
        "error": None,
    }
    values.update(extra)
    return values


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(event_id: int, ctx: Ctx = Depends(context)) -> HTMLResponse:
    ctx.require_read(page=True)
    event = visible_event(ctx, event_id)
    return render(ctx, "event.html", **event_page_values(ctx, event))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    ctx: Ctx = Depends(context), q: str | None = Query(None, max_length=200), page: int = Query(1, ge=1, le=100_000)
) -> HTMLResponse:
    ctx.require_read(page=True)
    scope = None if ctx.sees_all else ctx.visible(EventFilter())
    rows, total = queries.list_documents(ctx.db, scope, PAGE_SIZE, (page - 1) * PAGE_SIZE, q)
    return render(
        ctx, "documents.html", documents=rows, total=total, page=page,
        pages=max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE), params={"q": q},
    )


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(document_id: int, ctx: Ctx = Depends(context)) -> HTMLResponse:
    ctx.require_read(page=True)
    doc = ctx.db.get(DocumentRow, document_id)
    if doc is None or not ctx.document_visible(document_id):
        raise HTTPException(status_code=404, detail="no such document")
    t = ctx.t
    mentions, tallies = queries.document_extractions(ctx.db, document_id)
    events = {e.id: e for e in ctx.db.scalars(select(EventRow).where(EventRow.id.in_([m.event_id for m in mentions if m.event_id])))}
    shown = [m for m in mentions if m.event_id in events and ctx.event_visible(events[m.event_id])]
    if ctx.sees_all:
        shown = mentions
    spans = []
    for m in shown:
        href = f"/events/{m.event_id}" if m.event_id in events else None
        label = t("doc.mention_label", n=m.ordinal + 1, type=t.label("sub_type", m.sub_type), event=m.event_id or "—")
        spans.append(Span(m.evidence_start, m.evidence_end, label, "mention", href, f"mention-{m.id}"))
        for field, ranges in ((m.data or {}).get("spans") or {}).items():
            for start, end in ranges:
                spans.append(Span(int(start), int(end), t.label("field", field), "field", href))
    for tl in tallies:
        label = t("doc.tally_label", measure=t.label("measure", tl.measure), value=tl.value)
        spans.append(Span(tl.evidence_start, tl.evidence_end, label, "tally", None, f"tally-{tl.id}"))
    return render(
        ctx, "document.html", doc=doc, segments=segments(doc.text, spans), mentions=shown, tallies=tallies, events=events
    )
