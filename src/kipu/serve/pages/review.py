"""Review forms on the event page (analysts): status, sensitive, edit a field,
merge, split, undo; and the audit log page.

Each post checks the CSRF token, runs one :mod:`kipu.review` action, commits
and redirects back (post/redirect/get). A refused change re-renders the event
page with the reason and status 400, so nothing is lost silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kipu import review
from kipu.serve import queries
from kipu.serve.deps import Ctx, context
from kipu.serve.review_run import REFUSALS, run_review_action
from kipu.serve.forms import FormData, read_form
from kipu.serve.pages.browse import event_page_values
from kipu.serve.render import render
from kipu.store.repository import Repository
from kipu.store.tables import AuditLogRow, EventRow

router = APIRouter(include_in_schema=False)


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError as exc:
        raise review.ReviewError("not a number") from exc


def _apply(ctx: Ctx, form: FormData, event_id: int, action: Callable[[], Any], back: Callable[[Any], int] | None = None) -> Response:
    ctx.require("analyst", page=True)
    ctx.check_csrf(form.get("csrf"))
    try:
        row = run_review_action(ctx, action)
    except REFUSALS as exc:
        event = ctx.db.get(EventRow, event_id)
        if event is None:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        return render(ctx, "event.html", status_code=400, **event_page_values(ctx, event, error=str(exc)))
    target = back(row) if back else event_id
    return RedirectResponse(f"/events/{target}?done={row.action}#history", status_code=303)


@router.post("/events/{event_id}/status")
def status(event_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    return _apply(ctx, form, event_id, lambda: review.set_status(ctx.db, event_id, form.get("status", ""), ctx.who, form.get("reason")))


@router.post("/events/{event_id}/sensitive")
def sensitive(event_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    flag = form.get("sensitive") == "true"
    return _apply(ctx, form, event_id, lambda: review.set_sensitive(ctx.db, event_id, flag, ctx.who, form.get("reason")))


@router.post("/events/{event_id}/edit")
def edit(event_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    field = form.get("field", "")
    return _apply(ctx, form, event_id, lambda: review.edit_field(ctx.db, event_id, field, form, ctx.who, form.get("reason")))


@router.post("/events/{event_id}/merge")
def merge(event_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    return _apply(
        ctx, form, event_id, lambda: review.merge_events(ctx.db, event_id, _int(form.get("other_id")), ctx.who, form.get("reason"))
    )


@router.post("/events/{event_id}/split")
def split(event_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    def action() -> Any:
        ids = [_int(v) for v in form.getlist("mention")]
        return review.split_event(ctx.db, event_id, ids, ctx.who, form.get("reason"))

    return _apply(ctx, form, event_id, action, back=lambda row: row.after["new_event"])


@router.post("/audit/{audit_id}/undo")
def undo(audit_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    ctx.require("analyst", page=True)
    ctx.check_csrf(form.get("csrf"))
    row = ctx.db.get(AuditLogRow, audit_id)
    if row is None or row.entity_id is None:
        raise HTTPException(status_code=404, detail="no such change")
    return _apply(ctx, form, int(row.entity_id), lambda: review.undo(ctx.db, audit_id, ctx.who, form.get("reason")))


@router.get("/audit", response_class=HTMLResponse)
def audit_page(ctx: Ctx = Depends(context), page: int = Query(1, ge=1, le=100_000)) -> HTMLResponse:
    ctx.require("analyst", page=True)
    rows = list(reversed(Repository(ctx.db).audit_log()))
    size = 50
    chunk = [queries.audit_json(ctx.db, r) for r in rows[(page - 1) * size : page * size]]
    return render(ctx, "audit.html", entries=chunk, page=page, pages=max(1, (len(rows) + size - 1) // size), total=len(rows))
