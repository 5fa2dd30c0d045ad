"""Turn stored event mentions into canonical events with one claim per field per source.

A first, simple resolver. Each run regroups every mention that is not
attached to a *protected* event (one a reviewer touched: ``review_status`` not
``new``, or holding a manual claim) and rewrites the automatic events:

1. mentions are grouped by :func:`kipu.resolve.match.cluster` (blocking by
   country, admin1 and type family; dates within a day; compatible places);
2. each group becomes an event whose ``key`` is a hash of its smallest member
   identity (document SHA-256 + mention ordinal), so an event keeps its row
   id across runs while that member stays in it, and the result is the same
   whatever order documents were ingested in;
3. every field of every mention becomes a claim (value, qualifier, document,
   published date, evidence span, attribution) and the shown values are
   computed by :mod:`kipu.resolve.reconcile`.

Known limit: protected events do not absorb new mentions; those form new
events next to them until review merges them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from kipu.resolve import reconcile
from kipu.resolve.match import MentionKey, cluster
from kipu.store.tables import ClaimRow, DocumentRow, EventMentionRow, EventRow, utcnow

CLAIM_FIELDS = (
    "type",
    "date",
    "place",
    "participants",
    "fatalities",
    "injuries",
    "arrests",
    "forms",
    "actors",
    "opponents",
    "state_response",
    "demands",
)


@dataclass
class ResolveStats:
    mentions: int = 0
    events: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0


def _event_key(ident: str) -> str:
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()


def _claim_values(data: dict[str, Any]) -> dict[str, tuple[Any, str | None]]:
    """(value, qualifier) per field of one mention's ``to_dict`` output."""
    out: dict[str, tuple[Any, str | None]] = {"type": ({"type": data["type"], "sub_type": data["sub_type"]}, None)}
    if data.get("date"):
        out["date"] = ({**data["date"], "precision": data.get("date_precision") or "day"}, data.get("date_precision"))
    if data.get("place"):
        geo = data.get("geo") or {}
        out["place"] = ({**data["place"], **geo}, geo.get("precision"))
    for name in ("participants", *reconcile.COUNT_FIELDS):
        if data.get(name):
            out[name] = (data[name], data[name].get("qualifier"))
    for name in reconcile.LIST_FIELDS:
        if data.get(name):
            out[name] = (sorted(data[name]), None)
    return out


def _span_for(data: dict[str, Any], name: str) -> list[int]:
    spans = (data.get("spans") or {}).get(name)
    return list(spans[0]) if spans else list(data["evidence_span"])


class Resolver:
    """Rebuilds automatic events from mentions; call :meth:`run` after extraction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _protected_ids(self) -> set[int]:
        manual = select(ClaimRow.event_id).where(ClaimRow.is_manual.is_(True))
        stmt = select(EventRow.id).where(or_(EventRow.review_status != "new", EventRow.id.in_(manual)))
        return set(self.session.scalars(stmt))

    def run(self) -> ResolveStats:
        session = self.session
        protected = self._protected_ids()
        rows = session.execute(
            select(EventMentionRow, DocumentRow.sha256, DocumentRow.published)
            .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
            .where(or_(EventMentionRow.event_id.is_(None), EventMentionRow.event_id.not_in(protected or {-1})))
        ).all()
        keys = []
        by_id: dict[int, tuple[EventMentionRow, date | None]] = {}
        for m, sha, published in rows:
            by_id[m.id] = (m, published)
            keys.append(
                MentionKey(
                    id=m.id,
                    ident=f"{sha}:{m.ordinal}",
                    document_id=m.document_id,
                    country=m.country,
                    admin1=m.admin1,
                    family=m.family,
                    start=m.date_start,
                    end=m.date_end,
                    place_name=m.place_name,
                    admin2=m.admin2,
                    admin3=m.admin3,
                    precision=m.geo_precision,
                )
            )
        groups = cluster(keys)
        existing = {
            e.key: e
            for e in session.scalars(select(EventRow).where(EventRow.id.not_in(protected or {-1})))
            if e.key is not None
        }
        stats = ResolveStats(mentions=len(keys), events=len(groups))
        assignments: dict[int, list[int]] = defaultdict(list)
        for group in groups:
            key = _event_key(group[0].ident)
            event = existing.pop(key, None)
            if event is None:
                event = EventRow(key=key, type="", sub_type="")
                session.add(event)
                stats.created += 1
            else:
                stats.updated += 1
                event.claims.clear()
            members = [(*by_id[k.id], k.ident) for k in group]
            self._fill(event, members)
            session.flush()
            assignments[event.id] = [k.id for k in group]
        for stale in existing.values():
            session.delete(stale)
            stats.deleted += 1
        session.flush()
        for event_id, mention_ids in assignments.items():
            session.execute(
                update(EventMentionRow).where(EventMentionRow.id.in_(mention_ids)).values(event_id=event_id)
            )
        session.flush()
        return stats

    def _fill(self, event: EventRow, members: list[tuple[EventMentionRow, date | None, str]]) -> None:
        """Write claims for every member and recompute the shown values."""
        claims: dict[str, list[ClaimRow]] = defaultdict(list)
        for mention, published, _ident in members:
            data = mention.data
            attribution = data.get("attribution") or {}
            for name, (value, qualifier) in _claim_values(data).items():
                start, end = _span_for(data, name)
                claim = ClaimRow(
                    field=name,
                    value=value,
                    qualifier=qualifier,
                    document_id=mention.document_id,
                    mention_id=mention.id,
                    evidence_start=start,
                    evidence_end=end,
                    attributed_to=attribution.get(name),
                    published=published,
                    is_manual=False,
                )
                event.claims.append(claim)
                claims[name].append(claim)
        event.type, event.sub_type = reconcile.reconcile_type(claims["type"])
        dates = reconcile.reconcile_date(claims["date"])
        event.date_start, event.date_end, event.date_precision = dates if dates else (None, None, None)
        place = reconcile.reconcile_place(claims["place"]) or {}
        event.place_name = place.get("name")
        event.country = place.get("country")
        event.admin1 = place.get("admin1")
        event.admin2 = place.get("admin2")
        event.admin3 = place.get("admin3")
        event.lat = place.get("lat")
        event.lon = place.get("lon")
        event.geo_precision = place.get("precision")
        event.gazetteer_id = place.get("gazetteer_id")
        if not place:
            first = members[0][0]
            event.country, event.admin1 = first.country, first.admin1
        for name in reconcile.COUNT_FIELDS:
            value = reconcile.reconcile_count(claims[name])
            setattr(event, name, value["value"] if value else None)
            setattr(event, f"{name}_qualifier", value["qualifier"] if value else None)
        participants = reconcile.reconcile_count(claims["participants"])
        event.participants_low = participants["low"] if participants else None
        event.participants_high = participants["high"] if participants else None
        event.participants_qualifier = participants["qualifier"] if participants else None
        for name in reconcile.LIST_FIELDS:
            setattr(event, name, reconcile.reconcile_list(claims[name]))
        earliest = min(members, key=lambda mp: (mp[1] or date.max, mp[2]))
        event.evidence = earliest[0].data.get("evidence")
        event.n_documents = len({m.document_id for m, _, _ in members})
        event.updated_at = utcnow()


def resolve(session: Session) -> ResolveStats:
    """Convenience wrapper: ``Resolver(session).run()``."""
    return Resolver(session).run()
