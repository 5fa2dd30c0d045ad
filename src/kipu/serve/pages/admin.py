"""Account page (language, API tokens) and admin pages (users, site settings)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kipu.auth.roles import ROLES
from kipu.auth.service import AuthError
from kipu.serve.deps import Ctx, context
from kipu.serve.forms import FormData, read_form
from kipu.serve.render import render
from kipu.serve.settings import save_settings
from kipu.store.filters import REVIEW_STATUSES
from kipu.store.repository import Repository

router = APIRouter(include_in_schema=False)


@router.get("/account", response_class=HTMLResponse)
def account(ctx: Ctx = Depends(context)) -> HTMLResponse:
    p = ctx.require("viewer", page=True)
    return render(ctx, "account.html", tokens=ctx.auth.tokens_of(p.user_id), new_token=None)


@router.post("/account/tokens", response_class=HTMLResponse)
def new_token(ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> HTMLResponse:
    p = ctx.require("viewer", page=True)
    ctx.check_csrf(form.get("csrf"))
    user = ctx.auth.get_user(p.user_id)
    assert user is not None
    row, plain = ctx.auth.create_token(user, form.get("name", ""))
    Repository(ctx.db).audit(ctx.who, "token_create", "api_token", row.id, None, {"name": row.name, "user": user.username})
    ctx.db.commit()
    # Shown once, on this response only (never stored in plain text).
    return render(ctx, "account.html", tokens=ctx.auth.tokens_of(p.user_id), new_token=plain)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(token_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    p = ctx.require("viewer", page=True)
    ctx.check_csrf(form.get("csrf"))
    mine = {t.id: t for t in ctx.auth.tokens_of(p.user_id)}
    if token_id not in mine:
        raise HTTPException(status_code=404, detail="no such token")
    ctx.auth.revoke_token(token_id)
    Repository(ctx.db).audit(ctx.who, "token_revoke", "api_token", token_id, None, {"name": mine[token_id].name})
    ctx.db.commit()
    return RedirectResponse("/account", status_code=303)


def _admin_page(ctx: Ctx, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    return render(
        ctx, "admin.html", status_code=status_code, users=ctx.auth.list_users(), roles=ROLES,
        statuses=REVIEW_STATUSES, error=error,
    )


@router.get("/admin", response_class=HTMLResponse)
def admin(ctx: Ctx = Depends(context)) -> HTMLResponse:
    ctx.require("admin", page=True)
    return _admin_page(ctx)


@router.post("/admin/users", response_class=HTMLResponse)
def add_user(ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    ctx.require("admin", page=True)
    ctx.check_csrf(form.get("csrf"))
    try:
        user = ctx.auth.create_user(form.get("username", ""), form.get("password", ""), form.get("role", "viewer"))
    except AuthError as exc:
        ctx.db.rollback()
        return _admin_page(ctx, str(exc), 400)
    Repository(ctx.db).audit(ctx.who, "user_create", "user", user.id, None, {"username": user.username, "role": user.role})
    ctx.db.commit()
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{user_id}", response_class=HTMLResponse)
def change_user(user_id: int, ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    admin_p = ctx.require("admin", page=True)
    ctx.check_csrf(form.get("csrf"))
    user = ctx.auth.get_user(user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="no such user")
    role = form.get("role") or None
    active = form.get("active") == "true"
    if user.id == admin_p.user_id and (not active or (role and role != "admin")):
        return _admin_page(ctx, ctx.t("admin.no_self_demote"), 400)
    before = {"role": user.role, "active": bool(user.active)}
    try:
        ctx.auth.update_user(user, role=role, active=active)
    except AuthError as exc:
        ctx.db.rollback()
        return _admin_page(ctx, str(exc), 400)
    Repository(ctx.db).audit(ctx.who, "user_update", "user", user.id, before, {"role": user.role, "active": bool(user.active)})
    ctx.db.commit()
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/settings", response_class=HTMLResponse)
def settings(ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    ctx.require("admin", page=True)
    ctx.check_csrf(form.get("csrf"))
    before = ctx.settings.to_dict()
    try:
        new = save_settings(ctx.db, form.getlist("public_status"), form.get("public_access") == "true")
    except ValueError as exc:
        ctx.db.rollback()
        return _admin_page(ctx, str(exc), 400)
    Repository(ctx.db).audit(ctx.who, "settings", "settings", None, before, new.to_dict())
    ctx.db.commit()
    return RedirectResponse("/admin", status_code=303)
