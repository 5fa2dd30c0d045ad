"""An event's shown values from its claims, after a review change.

The resolver computes shown values when it builds an event from mentions;
review changes the claims of an existing event (a manual claim, claims moved
by a merge or split), so the same policies of :mod:`kipu.resolve.reconcile`
are applied here to the claims the event holds now.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from kipu.resolve import reconcile
from kipu.store.tables import ClaimRow, EventMentionRow, EventRow, utcnow


def snapshot(event: EventRow) -> dict[str, Any]:
    """The shown values of an event as plain JSON (for audit before/after)."""
    out: dict[str, Any] = {}
    for column in EventRow.__table__.columns:
        if column.name in ("created_at", "updated_at"):
            continue
        value = getattr(event, column.key)
        out[column.key] = value.isoformat() if isinstance(value, date) else value
    return out


def recompute(session: Session, event: EventRow) -> None:
    """Set every shown field of ``event`` from its current claims."""
    session.flush()
    session.refresh(event, ["claims"])
    claims: dict[str, list[ClaimRow]] = defaultdict(list)
    for claim in event.claims:
        claims[claim.field].append(claim)
    if claims["type"]:
        event.type, event.sub_type = reconcile.reconcile_type(claims["type"])
    dates = reconcile.reconcile_date(claims["date"])
    event.date_start, event.date_end, event.date_precision = dates if dates else (None, None, None)
    place = reconcile.reconcile_place(claims["place"])
    if place is not None:
        event.place_name = place.get("name")
        event.country = place.get("country")
        event.admin1 = place.get("admin1")
        event.admin2 = place.get("admin2")
        event.admin3 = place.get("admin3")
        event.lat = place.get("lat")
        event.lon = place.get("lon")
        event.geo_precision = place.get("precision")
        event.gazetteer_id = place.get("gazetteer_id")
    for name in reconcile.COUNT_FIELDS:
        value = reconcile.reconcile_count(claims[name])
        setattr(event, name, value["value"] if value else None)
        setattr(event, f"{name}_qualifier", value.get("qualifier") if value else None)
    participants = reconcile.reconcile_count(claims["participants"])
    event.participants_low = participants["low"] if participants else None
    event.participants_high = participants["high"] if participants else None
    event.participants_qualifier = participants.get("qualifier") if participants else None
    for name in reconcile.LIST_FIELDS:
        setattr(event, name, reconcile.reconcile_list(claims[name]))
    sourced = [c for c in event.claims if c.document_id is not None]
    event.n_documents = len({c.document_id for c in sourced})
    earliest = min(sourced, key=lambda c: (c.published or date.max, c.document_id, c.id), default=None)
    if earliest is not None and earliest.mention_id is not None:
        mention = session.get(EventMentionRow, earliest.mention_id)
        if mention is not None:
            event.evidence = (mention.data or {}).get("evidence") or event.evidence
    event.updated_at = utcnow()
    session.flush()
