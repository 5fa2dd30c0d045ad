"""Review endpoints (analysts): status, sensitive flag, manual field values, merge,
split, undo, and the audit log (read-only: there is no route that edits it).

Each write returns the audit record it appended. Requests authenticated by a
browser session cookie must send the page's CSRF token in ``X-CSRF-Token``;
API tokens need not.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field

from kipu import review
from kipu.serve import queries
from kipu.serve.deps import Ctx, context
from kipu.serve.review_run import REFUSALS, run_review_action
from kipu.store.repository import Repository
from kipu.store.tables import AuditLogRow

router = APIRouter(tags=["review"])


class StatusIn(BaseModel):
    status: str = Field(max_length=20)
    reason: str | None = Field(None, max_length=2000)


class SensitiveIn(BaseModel):
    sensitive: bool
    reason: str | None = Field(None, max_length=2000)


class ClaimIn(BaseModel):
    field: str = Field(max_length=40)
    value: dict[str, Any] = Field(description="e.g. {'value': 3, 'qualifier': 'at_least'} for a count")
    reason: str | None = Field(None, max_length=2000)


class MergeIn(BaseModel):
    other_id: int
    reason: str | None = Field(None, max_length=2000)


class SplitIn(BaseModel):
    mention_ids: list[int] = Field(min_length=1, max_length=1000)
    reason: str | None = Field(None, max_length=2000)


class UndoIn(BaseModel):
    reason: str | None = Field(None, max_length=2000)


def _write(ctx: Ctx, action: Any) -> dict[str, Any]:
    """Run one review action for an analyst; map refusals to 400/404 and commit."""
    ctx.require("analyst")
    ctx.check_api_write()
    try:
        row = run_review_action(ctx, action)
    except REFUSALS as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return queries.audit_json(ctx.db, row)


@router.post("/events/{event_id}/status")
def set_status(event_id: int, body: StatusIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """new → reviewed → verified, or rejected (with a reason); verified seals the record."""
    return _write(ctx, lambda: review.set_status(ctx.db, event_id, body.status, ctx.who, body.reason))


@router.post("/events/{event_id}/sensitive")
def set_sensitive(event_id: int, body: SensitiveIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Keep an event out of the public view and exports (or let it back)."""
    return _write(ctx, lambda: review.set_sensitive(ctx.db, event_id, body.sensitive, ctx.who, body.reason))


@router.post("/events/{event_id}/claims")
def add_manual_claim(event_id: int, body: ClaimIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Set a field by hand: a manual claim that wins over extracted ones (which are kept)."""
    return _write(ctx, lambda: review.edit_field(ctx.db, event_id, body.field, body.value, ctx.who, body.reason))


@router.post("/events/{event_id}/merge")
def merge(event_id: int, body: MergeIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Merge event ``other_id`` into this one."""
    return _write(ctx, lambda: review.merge_events(ctx.db, event_id, body.other_id, ctx.who, body.reason))


@router.post("/events/{event_id}/split")
def split(event_id: int, body: SplitIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Move the given mentions (and their claims) to a new event."""
    return _write(ctx, lambda: review.split_event(ctx.db, event_id, body.mention_ids, ctx.who, body.reason))


@router.post("/audit/{audit_id}/undo")
def undo(audit_id: int, body: UndoIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Revert one change (the latest still in force on its event); appends an ``undo`` record."""
    return _write(ctx, lambda: review.undo(ctx.db, audit_id, ctx.who, body.reason))


@router.get("/audit")
def audit_log(
    ctx: Ctx = Depends(context),
    entity: str | None = Query(None, max_length=40),
    entity_id: int | None = None,
    limit: int = Query(50, ge=1, le=queries.MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """The append-only audit log, newest first (analysts)."""
    ctx.require("analyst")
    rows = Repository(ctx.db).audit_log(entity, entity_id)
    rows = list(reversed(rows))
    page = [queries.audit_json(ctx.db, r) for r in rows[offset : offset + limit]]
    return queries.Page(page, len(rows), limit, offset).to_dict()


@router.get("/audit/{audit_id}")
def audit_entry(audit_id: int, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    ctx.require("analyst")
    row = ctx.db.get(AuditLogRow, audit_id)
    if row is None:
        raise HTTPException(status_code=404, detail="no such audit record")
    return queries.audit_json(ctx.db, row, with_undo=True)
