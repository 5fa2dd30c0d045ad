"""Per-request context: database session, who is asking, language, CSRF, visibility.

Every route takes a :class:`Ctx` (``ctx: Ctx = Depends(context)``), so the
rules "who may see what" and "which events are public" are written once here
and not in each route.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from fastapi import Depends, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from kipu.auth.csrf import csrf_token, csrf_valid
from kipu.auth.roles import has_role
from kipu.auth.service import AuthService, Principal
from kipu.serve.i18n import LANG_COOKIE, Translator, choose_language
from kipu.serve.middleware import ANON_COOKIE
from kipu.serve.settings import SiteSettings, load_settings
from kipu.store.filters import EventFilter
from kipu.store.tables import ClaimRow, EventMentionRow, EventRow

SESSION_COOKIE = "kipu_session"
CSRF_HEADER = "x-csrf-token"


class NeedLogin(Exception):
    """Raised by page routes when a visitor must log in first (turned into a redirect)."""


def db_session(request: Request) -> Iterator[Session]:
    """A session per request; write routes commit explicitly."""
    session = request.app.state.store._sessions()
    try:
        yield session
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@dataclass
class Ctx:
    """What a route needs to know about the request it serves."""

    request: Request
    db: Session
    principal: Principal | None
    lang: str
    t: Translator
    settings: SiteSettings
    csrf: str

    # -- permissions ---------------------------------------------------------------------

    def can(self, role: str) -> bool:
        return has_role(self.principal.role if self.principal else None, role)

    @property
    def who(self) -> str:
        return self.principal.username if self.principal else "anonymous"

    @property
    def auth(self) -> AuthService:
        return AuthService(self.db, session_ttl=self.request.app.state.session_ttl)

    def require(self, role: str, *, page: bool = False) -> Principal:
        """The principal if at least ``role``; else 401 (not logged in) or 403."""
        if self.principal is None:
            if page:
                raise NeedLogin()
            raise HTTPException(status_code=401, detail="authentication required", headers={"WWW-Authenticate": "Bearer"})
        if not self.can(role):
            raise HTTPException(status_code=403, detail=f"requires the {role} role")
        return self.principal

    def require_read(self, *, page: bool = False) -> None:
        """Reading the public view: open to anyone unless the admin turned public access off."""
        if self.principal is None and not self.settings.public_access:
            self.require("viewer", page=page)

    # -- CSRF ------------------------------------------------------------------------------

    def check_csrf(self, token: str | None) -> None:
        if not csrf_valid(self.request.app.state.secret, _csrf_binding(self.request), token):
            raise HTTPException(status_code=403, detail="invalid or missing CSRF token")

    def check_api_write(self) -> None:
        """Writes through the API with a browser cookie must carry the CSRF header; tokens need not."""
        if self.principal is not None and not self.principal.via_token:
            self.check_csrf(self.request.headers.get(CSRF_HEADER))

    # -- visibility ------------------------------------------------------------------------

    @property
    def sees_all(self) -> bool:
        """Analysts and admins see every event, including rejected and sensitive ones."""
        return self.can("analyst")

    def visible(self, wanted: EventFilter, *, export: bool = False) -> EventFilter:
        """``wanted`` narrowed to what this user may see.

        Analysts see sensitive events in lists and pages (they review them), but an
        export leaves them out unless asked for with ``include_sensitive``, so a file
        handed to the press is clean by default.
        """
        if self.sees_all:
            return wanted if export else replace(wanted, include_sensitive=True)
        public = self.settings.public_statuses
        statuses = tuple(s for s in (wanted.review_status or public) if s in public) or ("__none__",)
        return replace(wanted, review_status=statuses, include_sensitive=False)

    def event_visible(self, event: EventRow) -> bool:
        if self.sees_all:
            return True
        return not event.sensitive and event.review_status in self.settings.public_statuses

    def document_visible(self, document_id: int) -> bool:
        """Public users see a document only if it supports an event they can see."""
        if self.sees_all:
            return True
        events = select(EventRow).where(
            EventRow.id.in_(select(ClaimRow.event_id).where(ClaimRow.document_id == document_id))
            | EventRow.id.in_(select(EventMentionRow.event_id).where(EventMentionRow.document_id == document_id))
        )
        return any(self.event_visible(e) for e in self.db.scalars(events))

    def template_globals(self) -> dict[str, Any]:
        return {"ctx": self, "t": self.t, "lang": self.lang, "csrf": self.csrf, "user": self.principal}


def _csrf_binding(request: Request) -> str | None:
    return request.cookies.get(SESSION_COOKIE) or request.cookies.get(ANON_COOKIE) or getattr(
        request.state, "anon_cookie", None
    )


def _principal(request: Request, auth: AuthService) -> Principal | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        principal = auth.token_principal(header[7:].strip())
        if principal is None:
            raise HTTPException(status_code=401, detail="invalid or revoked token", headers={"WWW-Authenticate": "Bearer"})
        auth.session.commit()
        return principal
    return auth.session_principal(request.cookies.get(SESSION_COOKIE))


def context(request: Request, db: Session = Depends(db_session)) -> Ctx:
    """Build the :class:`Ctx` of a request (the dependency every route uses)."""
    auth = AuthService(db, session_ttl=request.app.state.session_ttl)
    principal = _principal(request, auth)
    lang = choose_language(
        principal.lang if principal else None,
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )
    binding = _csrf_binding(request) or ""
    return Ctx(
        request=request,
        db=db,
        principal=principal,
        lang=lang,
        t=Translator(lang),
        settings=load_settings(db),
        csrf=csrf_token(request.app.state.secret, binding),
    )
