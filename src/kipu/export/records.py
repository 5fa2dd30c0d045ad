"""The events an export writes, loaded once with everything every format needs.

Each format (ACLED CSV, GeoJSON, JSONL, Parquet, the DataFrame) is a pure
function of :class:`EventRecord` values, so they all see the same events,
filtered the same way (:class:`kipu.store.filters.EventFilter`, which also
keeps sensitive events out unless asked), and loading costs a fixed number of
queries whatever the number of events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from kipu.resolve.explain import ClaimView, explain_claims, load_claims
from kipu.store.filters import EventFilter
from kipu.store.repository import Repository
from kipu.store.tables import EventRow
from kipu.store.views import event_to_dict

BATCH = 1000


@dataclass
class EventRecord:
    """One canonical event as plain data, with its claims and sources."""

    event: dict[str, Any]
    claims: list[ClaimView] = field(default_factory=list)
    updated_at: float | None = None

    @property
    def sources(self) -> list[dict[str, Any]]:
        """Distinct source documents behind the claims, oldest publication first."""
        seen: dict[str, dict[str, Any]] = {}
        for c in self.claims:
            if c.doc_id and c.doc_id not in seen:
                seen[c.doc_id] = {
                    "doc_id": c.doc_id,
                    "source": c.source,
                    "url": c.url,
                    "published": c.published.isoformat() if c.published else None,
                }
        return sorted(seen.values(), key=lambda s: (s["published"] is None, s["published"] or "", s["doc_id"]))

    def explanation(self) -> dict[str, dict[str, Any]]:
        return explain_claims(self.claims)


def iter_records(
    session: Session, filters: EventFilter | None = None, *, with_evidence: bool = False
) -> Iterator[EventRecord]:
    """Events matching ``filters`` (oldest first), in batches of :data:`BATCH`."""
    repo = Repository(session)
    offset = 0
    flt = filters or EventFilter()
    while True:
        rows: list[EventRow] = repo.list_events(flt, limit=BATCH, offset=offset)
        if not rows:
            return
        claims = load_claims(session, [e.id for e in rows], with_evidence=with_evidence)
        for e in rows:
            yield EventRecord(
                event=event_to_dict(e),
                claims=claims.get(e.id, []),
                updated_at=e.updated_at.timestamp() if e.updated_at else None,
            )
        if len(rows) < BATCH:
            return
        offset += BATCH
