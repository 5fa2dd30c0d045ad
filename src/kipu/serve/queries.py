"""Read-side queries shared by the API and the pages (one place, same answers).

Everything here takes a :class:`~kipu.serve.deps.Ctx` or an already narrowed
:class:`EventFilter`, so a page and its API endpoint can never disagree on
what a user may see.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kipu.resolve.explain import explain_event, load_claims
from kipu.review.actions import undoable
from kipu.store.filters import Cursor, EventFilter, list_order, span_days
from kipu.store.repository import Repository
from kipu.store.tables import AuditLogRow, ClaimRow, DocumentRow, EventMentionRow, EventRow, TallyMentionRow
from kipu.store.views import event_sources, event_to_dict

MAX_LIMIT = 500


COUNT_CAP = 1_000


@dataclass(frozen=True)
class Page:
    """One page of a list: items plus what a client needs to fetch the next.

    ``total`` is exact when ``total_exact`` is true; otherwise counting stopped
    at a cap and ``total`` is a lower bound ("more than ``total``"): an exact
    count of a broad filter over a million events costs more than the page.
    ``next_offset`` / ``next_cursor`` are None on the last page.
    """

    items: list[Any]
    total: int
    limit: int
    offset: int
    total_exact: bool = True
    more: bool | None = None
    next_cursor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        more = self.offset + self.limit < self.total if self.more is None else self.more
        out = {
            "items": self.items,
            "total": self.total,
            "total_exact": self.total_exact,
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.offset + self.limit if more else None,
        }
        if self.more is not None:
            out["next_cursor"] = self.next_cursor if more else None
        return out


@dataclass(frozen=True)
class EventList:
    """A page of events with its (possibly capped) count."""

    rows: list[EventRow]
    total: int
    exact: bool
    more: bool
    next_cursor: str | None


def count_events(session: Session, filters: EventFilter) -> int:
    return int(session.scalar(filters.apply(select(func.count(EventRow.id)))) or 0)


def count_events_capped(session: Session, filters: EventFilter, cap: int | None = None) -> tuple[int, bool]:
    """``(n, exact)``: the number of matches, counting at most ``cap + 1`` of them.

    The count stops reading once it knows there are more than ``cap``. Within a
    region it walks the matches in list order, from the region's index, as the
    page does (a region is a few % of events: a scan would read dozens of rows
    per match). Otherwise the planner's own choice measured faster at 1M events
    than walking in order (``benchmarks/bench_api.py --explain``): a scan stopped
    at the cap, or for a date range on PostgreSQL an index-only scan of
    ``ix_events_dated``, which holds what the public view tests (migration 0006).
    """
    cap = COUNT_CAP if cap is None else cap
    stmt = filters.apply(select(EventRow.id))
    if filters.admin1:
        stmt = stmt.order_by(*list_order(filters))
    matches = stmt.limit(cap + 1).subquery()
    n = int(session.scalar(select(func.count()).select_from(matches)) or 0)
    return (n, True) if n <= cap else (cap, False)


def with_start_floor(session: Session, filters: EventFilter) -> EventFilter:
    """``filters`` plus the earliest first day an event overlapping ``date_from`` can have.

    On PostgreSQL the longest event span is one index read (``ix_events_span``);
    elsewhere there is no such index and no floor (the filter is the same).
    """
    if filters.date_from is None or session.get_bind().dialect.name != "postgresql":
        return filters
    longest = int(session.scalar(select(func.max(span_days()))) or 0)
    return replace(filters, start_floor=filters.date_from - timedelta(days=max(longest, 0)))


def list_events(
    session: Session, filters: EventFilter, limit: int, offset: int = 0, after: Cursor | None = None
) -> EventList:
    """A page of events in list order (after ``after``, then skipping ``offset``) and the count."""
    filters = with_start_floor(session, filters)
    stmt = filters.apply(select(EventRow))
    if after is not None:
        stmt = stmt.where(after.after(filters))
    rows = list(session.scalars(stmt.order_by(*list_order(filters)).offset(offset).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    seen = offset + len(rows) + (1 if more else 0)
    if after is None and rows and not more:
        n, exact = seen, True  # the last page: no count needed
    else:
        n, exact = count_events_capped(session, filters)
        if after is None and seen > n:
            n = max(n, seen)  # a deep page past the cap: at least what the pages have seen
    last = rows[-1] if rows else None
    cursor = Cursor(last.date_start, last.id).encode() if last is not None and more else None
    return EventList(rows, n, exact, more, cursor)


def latest_events(session: Session, filters: EventFilter, n: int = 8) -> list[EventRow]:
    stmt = filters.apply(select(EventRow)).order_by(EventRow.date_start.is_(None), EventRow.date_start.desc(), EventRow.id.desc())
    return list(session.scalars(stmt.limit(n)))


def event_json(event: EventRow, *, with_flags: bool) -> dict[str, Any]:
    out = event_to_dict(event)
    if with_flags:
        out["sensitive"] = bool(event.sensitive)
    return out


def mentions_of(session: Session, event_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(EventMentionRow, DocumentRow.doc_id, DocumentRow.title, DocumentRow.source, DocumentRow.published)
        .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
        .where(EventMentionRow.event_id == event_id)
        .order_by(DocumentRow.published, EventMentionRow.id)
    ).all()
    return [
        {
            "id": m.id,
            "document_id": m.document_id,
            "doc_id": doc_id,
            "title": title,
            "source": source,
            "published": published.isoformat() if published else None,
            "type": m.type,
            "sub_type": m.sub_type,
            "place": m.place_name,
            "date": m.date_start.isoformat() if m.date_start else None,
            "evidence_span": [m.evidence_start, m.evidence_end],
            "pinned": bool(m.pinned),
        }
        for m, doc_id, title, source, published in rows
    ]


def audit_json(session: Session, row: AuditLogRow, *, with_undo: bool = False) -> dict[str, Any]:
    out = {
        "id": row.id,
        "at": row.at.isoformat() if row.at else None,
        "who": row.who,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "before": row.before,
        "after": row.after,
        "reason": row.reason,
    }
    if with_undo:
        out["undoable"] = undoable(session, row)
    return out


def history(session: Session, event_id: int, *, with_undo: bool = False) -> list[dict[str, Any]]:
    return [audit_json(session, r, with_undo=with_undo) for r in Repository(session).audit_log("event", event_id)]


def event_detail(session: Session, event: EventRow, *, with_flags: bool, with_history: bool) -> dict[str, Any]:
    """An event with every claim (source, evidence), the per-field explanation and mentions."""
    out = event_json(event, with_flags=with_flags)
    out["sources"] = event_sources(session, event.id)
    out["claims"] = [
        {**c.to_dict(), "field": c.field, "document_id": c.document_id}
        for c in load_claims(session, [event.id]).get(event.id, [])
    ]
    out["explanation"] = explain_event(session, event.id)
    out["mentions"] = mentions_of(session, event.id)
    if with_history:
        out["history"] = history(session, event.id, with_undo=with_flags)
    return out


# -- documents -------------------------------------------------------------------------------


def visible_document_ids(session: Session, filters: EventFilter) -> Any:
    """A subquery of documents that support at least one event matching ``filters``."""
    events = filters.apply(select(EventRow.id))
    return select(ClaimRow.document_id).where(ClaimRow.event_id.in_(events), ClaimRow.document_id.is_not(None))


def list_documents(
    session: Session, filters: EventFilter | None, limit: int, offset: int, text: str | None = None
) -> tuple[list[DocumentRow], int]:
    """Documents, newest first; ``filters`` None means all (analysts)."""
    stmt = select(DocumentRow)
    if filters is not None:
        stmt = stmt.where(DocumentRow.id.in_(visible_document_ids(session, filters)))
    if text:
        needle = f"%{text.lower()}%"
        stmt = stmt.where(func.lower(DocumentRow.title).like(needle) | func.lower(DocumentRow.source).like(needle))
    total = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = session.scalars(stmt.order_by(DocumentRow.published.desc(), DocumentRow.id.desc()).limit(limit).offset(offset))
    return list(rows), total


def document_json(doc: DocumentRow, *, with_text: bool = False) -> dict[str, Any]:
    out = {
        "id": doc.id,
        "doc_id": doc.doc_id,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published.isoformat() if doc.published else None,
        "lang": doc.lang,
        "near_duplicate_of": doc.near_duplicate_of,
        "sha256": doc.sha256,
    }
    if with_text:
        out["text"] = doc.text
    return out


def document_extractions(session: Session, document_id: int) -> tuple[list[EventMentionRow], list[TallyMentionRow]]:
    mentions = session.scalars(
        select(EventMentionRow).where(EventMentionRow.document_id == document_id).order_by(EventMentionRow.ordinal)
    )
    tallies = session.scalars(
        select(TallyMentionRow).where(TallyMentionRow.document_id == document_id).order_by(TallyMentionRow.ordinal)
    )
    return list(mentions), list(tallies)


def claims_in_document(session: Session, document_id: int) -> list[ClaimRow]:
    return list(session.scalars(select(ClaimRow).where(ClaimRow.document_id == document_id).order_by(ClaimRow.id)))


# -- dashboard aggregates -------------------------------------------------------------------


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_counts(session: Session, filters: EventFilter) -> dict[date, Counter[str]]:
    """Events per ISO week (Monday) by type."""
    out: dict[date, Counter[str]] = {}
    for start, type_ in session.execute(filters.apply(select(EventRow.date_start, EventRow.type))):
        if start is None:
            continue
        out.setdefault(week_of(start), Counter())[type_] += 1
    return dict(sorted(out.items()))


def map_points(session: Session, filters: EventFilter) -> list[EventRow]:
    stmt = filters.apply(select(EventRow)).where(EventRow.lat.is_not(None), EventRow.lon.is_not(None))
    return list(session.scalars(stmt.order_by(EventRow.id)))


def counts_by_admin1(session: Session, filters: EventFilter) -> dict[str, int]:
    rows = session.execute(filters.apply(select(EventRow.admin1, func.count(EventRow.id))).group_by(EventRow.admin1))
    return {a: n for a, n in rows if a}


def tally_points(session: Session, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Stored running totals with their source documents (newest first)."""
    total = int(session.scalar(select(func.count(TallyMentionRow.id))) or 0)
    rows = session.execute(
        select(TallyMentionRow, DocumentRow.doc_id, DocumentRow.source, DocumentRow.title)
        .join(DocumentRow, DocumentRow.id == TallyMentionRow.document_id)
        .order_by(TallyMentionRow.as_of.desc(), TallyMentionRow.id)
        .limit(limit)
        .offset(offset)
    ).all()
    items = [
        {
            "id": t.id,
            "measure": t.measure,
            "value": t.value,
            "qualifier": t.qualifier,
            "scope": t.scope,
            "as_of": t.as_of.isoformat() if t.as_of else None,
            "attributed_to": t.attributed_to,
            "document_id": t.document_id,
            "doc_id": doc_id,
            "source": source,
            "title": title,
            "evidence_span": [t.evidence_start, t.evidence_end],
        }
        for t, doc_id, source, title in rows
    ]
    return items, total
