"""An event's shown values from its claims, after a review change.

The resolver computes shown values when it builds an event from mentions;
review changes the claims of an existing event (a manual claim, claims moved
by a merge or split), so the same policies of :mod:`kipu.resolve.reconcile`
are applied here to the claims the event holds now.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kipu.resolve.resolver import apply_shown
from kipu.store.tables import DocumentRow, EventMentionRow, EventRow


def snapshot(event: EventRow) -> dict[str, Any]:
    """The shown values of an event as plain JSON (for audit before/after)."""
    out: dict[str, Any] = {}
    for column in EventRow.__table__.columns:
        if column.name in ("created_at", "updated_at") or column.computed is not None:
            continue  # timestamps, and what the database derives (search_text)
        value = getattr(event, column.key)
        out[column.key] = value.isoformat() if isinstance(value, date) else value
    return out


def recompute(session: Session, event: EventRow) -> None:
    """Set every shown field of ``event`` from its current claims and members.

    The resolver's own :func:`~kipu.resolve.resolver.apply_shown` does the
    work, so a reviewed event and a freshly resolved one follow one policy.
    An event whose claims name no place keeps the place it showed.
    """
    session.flush()
    session.refresh(event, ["claims"])
    rows = session.execute(
        select(EventMentionRow, DocumentRow.published, DocumentRow.sha256)
        .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
        .where(EventMentionRow.event_id == event.id)
    ).all()
    members = [(mention, published, f"{sha}:{mention.ordinal}") for mention, published, sha in rows]
    kept_place = {name: getattr(event, name) for name in _PLACE_COLUMNS}
    apply_shown(event, event.claims, members)
    if not members:
        # Nothing extracted is left on it (all moved away by a split): keep
        # the place it showed unless a claim says otherwise, count its sources.
        if not any(c.field == "place" for c in event.claims):
            for name, value in kept_place.items():
                setattr(event, name, value)
        event.n_documents = len({c.document_id for c in event.claims if c.document_id is not None})
    session.flush()


_PLACE_COLUMNS = ("place_name", "country", "admin1", "admin2", "admin3", "lat", "lon", "geo_precision", "gazetteer_id")
