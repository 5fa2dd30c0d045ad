"""Users, login sessions and API tokens in the database.

Session cookies and API tokens are random 32-byte strings handed to the
client once; the database keeps only their SHA-256, so reading the database
does not let anyone log in. Sessions expire; tokens last until revoked.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kipu.auth.passwords import DUMMY_HASH, hash_password, verify_password
from kipu.auth.roles import check_role
from kipu.store.tables import ApiTokenRow, UserRow, UserSessionRow, utcnow

SESSION_TTL = timedelta(hours=12)
MIN_PASSWORD_LENGTH = 8
USERNAME_MAX = 100


class AuthError(ValueError):
    """A refused user operation (bad input, duplicate name, unknown user)."""


@dataclass(frozen=True)
class Principal:
    """Who is making a request: enough to check permissions and write the audit log."""

    user_id: int
    username: str
    role: str
    lang: str | None = None
    via_token: bool = False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _aware(value: datetime) -> datetime:
    """SQLite gives back naive datetimes; they were stored as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _principal(user: UserRow, *, via_token: bool = False) -> Principal:
    return Principal(user.id, user.username, user.role, user.lang, via_token)


class AuthService:
    """Authentication operations bound to one session (the caller commits)."""

    def __init__(self, session: Session, *, session_ttl: timedelta = SESSION_TTL) -> None:
        self.session = session
        self.session_ttl = session_ttl

    # -- users -----------------------------------------------------------------------

    def get_user(self, user_id: int) -> UserRow | None:
        return self.session.get(UserRow, user_id)

    def find_user(self, username: str) -> UserRow | None:
        return self.session.scalar(select(UserRow).where(UserRow.username == username))

    def list_users(self) -> list[UserRow]:
        return list(self.session.scalars(select(UserRow).order_by(UserRow.username)))

    def create_user(self, username: str, password: str, role: str = "viewer", lang: str | None = None) -> UserRow:
        username = username.strip()
        if not username or len(username) > USERNAME_MAX or any(c.isspace() for c in username):
            raise AuthError("username must be 1-100 characters without spaces")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AuthError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
        try:
            check_role(role)
        except ValueError as exc:
            raise AuthError(str(exc)) from exc
        if self.find_user(username) is not None:
            raise AuthError(f"user {username!r} already exists")
        user = UserRow(username=username, password_hash=hash_password(password), role=role, lang=lang, active=True)
        self.session.add(user)
        self.session.flush()
        return user

    def set_password(self, user: UserRow, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AuthError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
        user.password_hash = hash_password(password)
        self.end_sessions(user.id)

    def update_user(self, user: UserRow, *, role: str | None = None, active: bool | None = None, lang: str | None = None) -> None:
        if role is not None:
            try:
                user.role = check_role(role)
            except ValueError as exc:
                raise AuthError(str(exc)) from exc
        if active is not None:
            user.active = active
            if not active:
                self.end_sessions(user.id)
        if lang is not None:
            user.lang = lang or None

    def authenticate(self, username: str, password: str) -> UserRow | None:
        """The active user with this name and password, else None (same cost either way)."""
        user = self.find_user(username)
        if user is None or not user.active:
            verify_password(password, DUMMY_HASH)
            return None
        return user if verify_password(password, user.password_hash) else None

    # -- sessions --------------------------------------------------------------------

    def start_session(self, user: UserRow) -> str:
        """A new session for ``user``; returns the cookie value (stored only hashed)."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        self.session.add(
            UserSessionRow(token_hash=_digest(token), user_id=user.id, created_at=now, expires_at=now + self.session_ttl)
        )
        self.session.execute(delete(UserSessionRow).where(UserSessionRow.expires_at < now))
        self.session.flush()
        return token

    def session_principal(self, token: str | None) -> Principal | None:
        """Who holds this session cookie, if the session exists, has not expired and the user is active."""
        if not token:
            return None
        row = self.session.scalar(select(UserSessionRow).where(UserSessionRow.token_hash == _digest(token)))
        if row is None or _aware(row.expires_at) <= utcnow():
            return None
        user = self.session.get(UserRow, row.user_id)
        if user is None or not user.active:
            return None
        return _principal(user)

    def end_session(self, token: str | None) -> None:
        if token:
            self.session.execute(delete(UserSessionRow).where(UserSessionRow.token_hash == _digest(token)))

    def end_sessions(self, user_id: int) -> None:
        self.session.execute(delete(UserSessionRow).where(UserSessionRow.user_id == user_id))

    # -- API tokens ------------------------------------------------------------------

    def create_token(self, user: UserRow, name: str) -> tuple[ApiTokenRow, str]:
        """A new API token; the plain value is returned once and never stored."""
        name = (name or "").strip()[:100] or "token"
        plain = "kipu_" + secrets.token_urlsafe(32)
        row = ApiTokenRow(token_hash=_digest(plain), user_id=user.id, name=name)
        self.session.add(row)
        self.session.flush()
        return row, plain

    def tokens_of(self, user_id: int | None = None) -> list[ApiTokenRow]:
        stmt = select(ApiTokenRow).order_by(ApiTokenRow.id)
        if user_id is not None:
            stmt = stmt.where(ApiTokenRow.user_id == user_id)
        return list(self.session.scalars(stmt))

    def revoke_token(self, token_id: int) -> ApiTokenRow | None:
        row = self.session.get(ApiTokenRow, token_id)
        if row is not None and row.revoked_at is None:
            row.revoked_at = utcnow()
        return row

    def token_principal(self, plain: str | None) -> Principal | None:
        """Who this bearer token belongs to, unless it is unknown or revoked or the user inactive."""
        if not plain:
            return None
        row = self.session.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == _digest(plain)))
        if row is None or row.revoked_at is not None:
            return None
        user = self.session.get(UserRow, row.user_id)
        if user is None or not user.active:
            return None
        row.last_used_at = utcnow()
        return _principal(user, via_token=True)
