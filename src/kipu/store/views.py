"""Plain-dict views of stored rows, in the guideline schema (for JSONL output and APIs)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kipu.store.tables import ClaimRow, DocumentRow, EventRow


def _count(value: int | None, qualifier: str | None) -> dict[str, Any] | None:
    return None if value is None else {"value": value, "qualifier": qualifier or "exact"}


def event_sources(session: Session, event_id: int) -> list[dict[str, Any]]:
    """The documents behind an event's claims, oldest publication first."""
    stmt = (
        select(DocumentRow.doc_id, DocumentRow.url, DocumentRow.source, DocumentRow.published)
        .join(ClaimRow, ClaimRow.document_id == DocumentRow.id)
        .where(ClaimRow.event_id == event_id)
        .distinct()
    )
    rows = sorted(session.execute(stmt).all(), key=lambda r: (r.published is None, r.published, r.doc_id))
    return [
        {"doc_id": r.doc_id, "url": r.url, "source": r.source, "published": r.published.isoformat() if r.published else None}
        for r in rows
    ]


def event_to_dict(event: EventRow, sources: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An event as the guideline schema plus id, geo, review status and sources."""
    out: dict[str, Any] = {
        "id": event.id,
        "type": event.type,
        "sub_type": event.sub_type,
        "forms": list(event.forms or []),
        "date": (
            {"start": event.date_start.isoformat(), "end": (event.date_end or event.date_start).isoformat()}
            if event.date_start
            else None
        ),
        "date_precision": event.date_precision,
        "place": (
            {"name": event.place_name, "admin1": event.admin1, "country": event.country}
            if event.place_name or event.admin1 or event.country
            else None
        ),
        "geo": {
            "admin2": event.admin2,
            "admin3": event.admin3,
            "lat": event.lat,
            "lon": event.lon,
            "precision": event.geo_precision,
            "gazetteer_id": event.gazetteer_id,
        },
        "participants": (
            {"low": event.participants_low, "high": event.participants_high, "qualifier": event.participants_qualifier}
            if event.participants_low is not None
            else None
        ),
        "fatalities": _count(event.fatalities, event.fatalities_qualifier),
        "injuries": _count(event.injuries, event.injuries_qualifier),
        "arrests": _count(event.arrests, event.arrests_qualifier),
        "actors": list(event.actors or []),
        "opponents": list(event.opponents or []),
        "state_response": list(event.state_response or []),
        "demands": list(event.demands or []),
        "evidence": event.evidence,
        "n_documents": event.n_documents,
        "review_status": event.review_status,
    }
    if sources is not None:
        out["sources"] = sources
    return out
