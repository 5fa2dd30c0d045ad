"""Review operations on events; each one appends exactly one audit record (plus a
pointer record on an event created by a split).

* **status** — new → reviewed → verified, or rejected. Rejecting and moving a
  record back need a reason. A *verified* event is sealed: its fields, merges
  and splits are refused until an analyst moves it back to reviewed (with a
  reason), as in Atlos.
* **edit** — a manual claim for one field; it wins over extracted claims and
  keeps them (nothing extracted is ever overwritten).
* **merge** — every claim and mention of one event moves to another, the
  emptied event is removed; mentions are *pinned* so the resolver never pulls
  them apart again.
* **split** — chosen mentions (and their claims) move to a new event, pinned.
* **undo** — reverts one change using what its audit record kept; only the
  latest change still in force on an event can be undone (a stack), so an undo
  never silently discards later work.

The audit log itself is append-only: an undo is a new record pointing at the
one it reverts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kipu.review.fields import parse_manual_value
from kipu.review.recompute import recompute, snapshot
from kipu.store.filters import REVIEW_STATUSES
from kipu.store.repository import Repository
from kipu.store.tables import AuditLogRow, ClaimRow, EventMentionRow, EventRow

ENTITY = "event"
UNDOABLE = ("status", "sensitive", "edit", "merge", "split")
_ORDER = {"new": 0, "reviewed": 1, "verified": 2}
REASON_MAX = 2000


class ReviewError(ValueError):
    """A refused review operation; the message is shown to the analyst."""


def _event(session: Session, event_id: int) -> EventRow:
    event = session.get(EventRow, event_id)
    if event is None:
        raise LookupError(f"no event {event_id}")
    return event


def _unsealed(event: EventRow) -> None:
    if event.review_status == "verified":
        raise ReviewError(f"event {event.id} is verified (sealed); move it back to reviewed first")


def _reason(reason: str | None) -> str | None:
    text = (reason or "").strip()
    return text[:REASON_MAX] or None


def _diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _mentions(session: Session, event_id: int) -> list[EventMentionRow]:
    stmt = select(EventMentionRow).where(EventMentionRow.event_id == event_id).order_by(EventMentionRow.id)
    return list(session.scalars(stmt))


# -- status and flags -------------------------------------------------------------------


def set_status(session: Session, event_id: int, status: str, who: str, reason: str | None = None) -> AuditLogRow:
    """Move an event through new → reviewed → verified, or to rejected."""
    event = _event(session, event_id)
    reason = _reason(reason)
    old = event.review_status
    if status not in REVIEW_STATUSES:
        raise ReviewError(f"unknown status {status!r}")
    if status == old:
        raise ReviewError(f"event {event_id} is already {status}")
    if status == "rejected" and not reason:
        raise ReviewError("rejecting an event needs a reason")
    if status != "rejected":
        if old != "rejected" and _ORDER[status] > _ORDER[old] + 1:
            raise ReviewError(f"an event goes {old} → {'reviewed' if old == 'new' else 'verified'} first")
        backwards = old == "rejected" or _ORDER[status] < _ORDER[old]
        if backwards and not reason:
            raise ReviewError("moving an event back needs a reason")
    event.review_status = status
    return Repository(session).audit(who, "status", ENTITY, event_id, {"review_status": old}, {"review_status": status}, reason)


def set_sensitive(session: Session, event_id: int, sensitive: bool, who: str, reason: str | None = None) -> AuditLogRow:
    """Keep an event out of (or let it back into) the public view and exports."""
    event = _event(session, event_id)
    if bool(event.sensitive) == sensitive:
        raise ReviewError(f"event {event_id} is already {'sensitive' if sensitive else 'public'}")
    old = bool(event.sensitive)
    event.sensitive = sensitive
    return Repository(session).audit(who, "sensitive", ENTITY, event_id, {"sensitive": old}, {"sensitive": sensitive}, _reason(reason))


# -- manual edits -----------------------------------------------------------------------


def edit_field(
    session: Session, event_id: int, field: str, raw: Mapping[str, Any], who: str, reason: str | None = None
) -> AuditLogRow:
    """Add a manual claim for ``field`` (parsed from ``raw``) and recompute the event."""
    event = _event(session, event_id)
    _unsealed(event)
    value, qualifier = parse_manual_value(field, raw)
    before = snapshot(event)
    claim = ClaimRow(field=field, value=value, qualifier=qualifier, is_manual=True, author=who)
    event.claims.append(claim)
    recompute(session, event)
    shown_before, shown_after = _diff(before, snapshot(event))
    return Repository(session).audit(
        who,
        "edit",
        ENTITY,
        event_id,
        {"field": field, "shown": shown_before},
        {"field": field, "value": value, "claim_id": claim.id, "shown": shown_after},
        _reason(reason),
    )


# -- merge and split --------------------------------------------------------------------


def merge_events(session: Session, keep_id: int, other_id: int, who: str, reason: str | None = None) -> AuditLogRow:
    """Move everything of ``other_id`` into ``keep_id`` and remove ``other_id``."""
    if keep_id == other_id:
        raise ReviewError("an event cannot be merged with itself")
    keep, other = _event(session, keep_id), _event(session, other_id)
    _unsealed(keep)
    _unsealed(other)
    keep_before, other_before = snapshot(keep), snapshot(other)
    claim_ids = [c.id for c in other.claims]
    mentions = _mentions(session, keep_id) + _mentions(session, other_id)
    pins = [{"id": m.id, "event_id": m.event_id, "pinned": bool(m.pinned)} for m in mentions]
    session.execute(update(ClaimRow).where(ClaimRow.event_id == other_id).values(event_id=keep_id))
    session.execute(
        update(EventMentionRow)
        .where(EventMentionRow.id.in_([m.id for m in mentions] or [-1]))
        .values(event_id=keep_id, pinned=True)
    )
    session.expire(other)
    session.expire(keep, ["claims"])
    session.delete(other)
    session.flush()
    recompute(session, keep)
    shown_before, shown_after = _diff(keep_before, snapshot(keep))
    return Repository(session).audit(
        who,
        "merge",
        ENTITY,
        keep_id,
        {"shown": shown_before, "merged_event": other_before, "claims": claim_ids, "mentions": pins},
        {"merged": other_id, "shown": shown_after},
        _reason(reason),
    )


def split_event(
    session: Session, event_id: int, mention_ids: Iterable[int], who: str, reason: str | None = None
) -> AuditLogRow:
    """Move the given mentions, with their claims, to a new event."""
    event = _event(session, event_id)
    _unsealed(event)
    chosen = sorted(set(mention_ids))
    mentions = _mentions(session, event_id)
    own = {m.id for m in mentions}
    if not chosen or not set(chosen) <= own:
        raise ReviewError("choose one or more mentions of this event to split off")
    if set(chosen) == own:
        raise ReviewError("at least one mention must stay with the original event")
    before = snapshot(event)
    pins = [{"id": m.id, "event_id": event_id, "pinned": bool(m.pinned)} for m in mentions]
    new = EventRow(type=event.type, sub_type=event.sub_type, review_status="new", sensitive=event.sensitive)
    session.add(new)
    session.flush()
    claim_ids = list(session.scalars(select(ClaimRow.id).where(ClaimRow.event_id == event_id, ClaimRow.mention_id.in_(chosen))))
    session.execute(update(ClaimRow).where(ClaimRow.id.in_(claim_ids or [-1])).values(event_id=new.id))
    session.execute(update(EventMentionRow).where(EventMentionRow.id.in_(chosen)).values(event_id=new.id, pinned=True))
    session.execute(update(EventMentionRow).where(EventMentionRow.id.in_(own - set(chosen))).values(pinned=True))
    session.expire(event, ["claims"])
    recompute(session, event)
    recompute(session, new)
    shown_before, shown_after = _diff(before, snapshot(event))
    repo = Repository(session)
    row = repo.audit(
        who,
        "split",
        ENTITY,
        event_id,
        {"shown": shown_before, "mentions": pins},
        {"new_event": new.id, "moved_mentions": chosen, "claims": claim_ids, "shown": shown_after},
        _reason(reason),
    )
    session.flush()
    repo.audit(who, "split_from", ENTITY, new.id, None, {"from_event": event_id, "split": row.id}, _reason(reason))
    return row


# -- undo -------------------------------------------------------------------------------


def _undone_ids(session: Session) -> set[int]:
    rows = session.scalars(select(AuditLogRow.after).where(AuditLogRow.action == "undo"))
    return {int(a["undoes"]) for a in rows if isinstance(a, dict) and "undoes" in a}


def _touched_events(row: AuditLogRow) -> set[int]:
    ids = {row.entity_id} if row.entity_id is not None else set()
    if row.action == "split" and isinstance(row.after, dict):
        ids.add(int(row.after["new_event"]))
    return ids


def undoable(session: Session, row: AuditLogRow) -> bool:
    """Whether ``row`` can be undone: an undoable action, not undone yet, and the
    latest change still in force on every event it touched."""
    if row.entity != ENTITY or row.action not in UNDOABLE:
        return False
    undone = _undone_ids(session)
    if row.id in undone:
        return False
    touched = _touched_events(row)
    later = session.scalars(
        select(AuditLogRow).where(
            AuditLogRow.entity == ENTITY, AuditLogRow.id > row.id, AuditLogRow.entity_id.in_(touched)
        )
    )
    for other in later:
        if other.action == "undo" or other.id in undone:
            continue
        if other.action == "split_from" and isinstance(other.after, dict) and other.after.get("split") == row.id:
            continue
        return False
    return True


def undo(session: Session, audit_id: int, who: str, reason: str | None = None) -> AuditLogRow:
    """Revert the change recorded in audit row ``audit_id``."""
    row = session.get(AuditLogRow, audit_id)
    if row is None:
        raise LookupError(f"no audit record {audit_id}")
    if not undoable(session, row):
        raise ReviewError("only the latest change still in force on an event can be undone")
    event = _event(session, int(row.entity_id))
    before_state = snapshot(event)
    if row.action == "status":
        event.review_status = row.before["review_status"]
    elif row.action == "sensitive":
        event.sensitive = bool(row.before["sensitive"])
    elif row.action == "edit":
        _unsealed(event)
        claim = session.get(ClaimRow, int(row.after["claim_id"]))
        if claim is not None:
            session.delete(claim)
            session.flush()
        session.expire(event, ["claims"])
        recompute(session, event)
    elif row.action == "merge":
        _unsealed(event)
        _undo_merge(session, event, row)
    elif row.action == "split":
        _unsealed(event)
        _undo_split(session, event, row)
    shown_before, shown_after = _diff(before_state, snapshot(event))
    return Repository(session).audit(
        who, "undo", ENTITY, event.id, {"shown": shown_before}, {"undoes": row.id, "action": row.action, "shown": shown_after}, _reason(reason)
    )


def _restore_pins(session: Session, pins: list[dict[str, Any]]) -> None:
    for pin in pins:
        session.execute(
            update(EventMentionRow)
            .where(EventMentionRow.id == pin["id"])
            .values(event_id=pin["event_id"], pinned=pin["pinned"])
        )


def _undo_merge(session: Session, keep: EventRow, row: AuditLogRow) -> None:
    data = dict(row.before["merged_event"])
    old_id = int(data.pop("id"))
    columns = EventRow.__table__.columns
    # generated columns (search_text) are the database's to fill, even when an old snapshot has them
    fields = {k: v for k, v in data.items() if k in columns and columns[k].computed is None}
    restored = EventRow(**_typed(fields))
    if session.get(EventRow, old_id) is None:
        restored.id = old_id
    session.add(restored)
    session.flush()
    claim_ids = list(row.before["claims"])
    session.execute(update(ClaimRow).where(ClaimRow.id.in_(claim_ids or [-1])).values(event_id=restored.id))
    pins = [
        {**p, "event_id": restored.id if p["event_id"] == old_id else p["event_id"]} for p in row.before["mentions"]
    ]
    _restore_pins(session, pins)
    session.expire(keep, ["claims"])
    recompute(session, keep)
    recompute(session, restored)


def _undo_split(session: Session, event: EventRow, row: AuditLogRow) -> None:
    new = session.get(EventRow, int(row.after["new_event"]))
    claim_ids = list(row.after["claims"])
    session.execute(update(ClaimRow).where(ClaimRow.id.in_(claim_ids or [-1])).values(event_id=event.id))
    _restore_pins(session, row.before["mentions"])
    if new is not None:
        session.expire(new)
        session.delete(new)
        session.flush()
    session.expire(event, ["claims"])
    recompute(session, event)


def _typed(fields: dict[str, Any]) -> dict[str, Any]:
    """Snapshot values back to column types (dates were stored as ISO strings)."""
    from datetime import date

    out = dict(fields)
    for key in ("date_start", "date_end"):
        if isinstance(out.get(key), str):
            out[key] = date.fromisoformat(out[key])
    return out
