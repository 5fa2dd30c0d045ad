"""Accounts: who am I, my API tokens, users and site settings (admins).

User and settings changes are written to the audit log too (entity ``user``
or ``settings``), never with password hashes.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field

from kipu.auth.service import AuthError
from kipu.serve.deps import Ctx, context
from kipu.serve.queries import MAX_LIMIT, Page
from kipu.serve.settings import save_settings
from kipu.store.repository import Repository
from kipu.store.tables import UserRow

router = APIRouter(tags=["accounts"])


class TokenIn(BaseModel):
    name: str = Field("script", max_length=100)


class UserIn(BaseModel):
    username: str = Field(max_length=100)
    password: str = Field(min_length=8, max_length=1000)
    role: str = Field("viewer", max_length=20)
    lang: str | None = Field(None, max_length=8)


class UserPatch(BaseModel):
    role: str | None = Field(None, max_length=20)
    active: bool | None = None
    lang: str | None = Field(None, max_length=8)
    password: str | None = Field(None, min_length=8, max_length=1000)


class SettingsIn(BaseModel):
    public_statuses: list[str]
    public_access: bool


def user_json(user: UserRow) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "role": user.role,
        "lang": user.lang,
        "active": bool(user.active),
        "created_at": user.created_at.isoformat() if user.created_at else None,
    }


@router.get("/me")
def me(ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """The logged-in user (401 for anonymous requests)."""
    p = ctx.require("viewer")
    return {"id": p.user_id, "username": p.username, "role": p.role, "lang": ctx.lang}


@router.get("/tokens")
def my_tokens(
    ctx: Ctx = Depends(context), limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)
) -> dict[str, Any]:
    """My API tokens (never their values)."""
    p = ctx.require("viewer")
    rows = [
        {
            "id": t.id,
            "name": t.name,
            "created_at": t.created_at.isoformat(),
            "last_used_at": t.last_used_at.isoformat() if t.last_used_at else None,
            "revoked": t.revoked_at is not None,
        }
        for t in ctx.auth.tokens_of(p.user_id)
    ]
    return Page(rows[offset : offset + limit], len(rows), limit, offset).to_dict()


@router.post("/tokens", status_code=201)
def create_token(body: TokenIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """A new API token for me; its value is shown only in this response."""
    p = ctx.require("viewer")
    ctx.check_api_write()
    user = ctx.auth.get_user(p.user_id)
    assert user is not None
    row, plain = ctx.auth.create_token(user, body.name)
    Repository(ctx.db).audit(ctx.who, "token_create", "api_token", row.id, None, {"name": row.name, "user": user.username})
    ctx.db.commit()
    return {"id": row.id, "name": row.name, "token": plain}


@router.delete("/tokens/{token_id}")
def revoke_token(token_id: int, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Revoke one of my tokens (admins: anyone's)."""
    p = ctx.require("viewer")
    ctx.check_api_write()
    rows = {t.id: t for t in ctx.auth.tokens_of(None if ctx.can("admin") else p.user_id)}
    if token_id not in rows:
        raise HTTPException(status_code=404, detail="no such token")
    ctx.auth.revoke_token(token_id)
    Repository(ctx.db).audit(ctx.who, "token_revoke", "api_token", token_id, None, {"name": rows[token_id].name})
    ctx.db.commit()
    return {"id": token_id, "revoked": True}


@router.get("/users")
def list_users(
    ctx: Ctx = Depends(context), limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)
) -> dict[str, Any]:
    """All users, by name (admins)."""
    ctx.require("admin")
    rows = [user_json(u) for u in ctx.auth.list_users()]
    return Page(rows[offset : offset + limit], len(rows), limit, offset).to_dict()


@router.post("/users", status_code=201)
def create_user(body: UserIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Create a user (admins)."""
    ctx.require("admin")
    ctx.check_api_write()
    try:
        user = ctx.auth.create_user(body.username, body.password, body.role, body.lang)
    except AuthError as exc:
        ctx.db.rollback()
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    Repository(ctx.db).audit(ctx.who, "user_create", "user", user.id, None, {"username": user.username, "role": user.role})
    ctx.db.commit()
    return user_json(user)


@router.patch("/users/{user_id}")
def update_user(user_id: int, body: UserPatch, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Change a user's role, active flag, language or password (admins)."""
    admin = ctx.require("admin")
    ctx.check_api_write()
    user = ctx.auth.get_user(user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="no such user")
    if user.id == admin.user_id and (body.active is False or (body.role and body.role != "admin")):
        raise HTTPException(status_code=400, detail="admins cannot demote or deactivate themselves")
    before = user_json(user)
    try:
        ctx.auth.update_user(user, role=body.role, active=body.active, lang=body.lang)
        if body.password:
            ctx.auth.set_password(user, body.password)
    except AuthError as exc:
        ctx.db.rollback()
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    after = user_json(user)
    if body.password:
        after["password"] = "changed"
    Repository(ctx.db).audit(ctx.who, "user_update", "user", user.id, before, after)
    ctx.db.commit()
    return user_json(user)


@router.get("/settings")
def get_settings(ctx: Ctx = Depends(context)) -> dict[str, Any]:
    ctx.require("admin")
    return ctx.settings.to_dict()


@router.put("/settings")
def put_settings(body: SettingsIn, ctx: Ctx = Depends(context)) -> dict[str, Any]:
    """Which review statuses are public, and whether anonymous visitors may read (admins)."""
    ctx.require("admin")
    ctx.check_api_write()
    before = ctx.settings.to_dict()
    try:
        new = save_settings(ctx.db, body.public_statuses, body.public_access)
    except ValueError as exc:
        ctx.db.rollback()
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    Repository(ctx.db).audit(ctx.who, "settings", "settings", None, before, new.to_dict())
    ctx.db.commit()
    return new.to_dict()
