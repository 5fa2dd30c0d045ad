"""Log in, log out, and the language switcher.

Login is throttled per client address and per username (see
:class:`kipu.auth.ratelimit.LoginThrottle`); the session cookie is HttpOnly
and SameSite=Lax, and its value is stored only hashed.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kipu.serve.deps import SESSION_COOKIE, Ctx, context
from kipu.serve.forms import FormData, read_form
from kipu.serve.i18n import LANG_COOKIE, languages
from kipu.serve.render import render

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only same-site paths: never ``//host`` or ``https://...`` (open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_page(ctx: Ctx = Depends(context), next: str | None = Query(None, max_length=500)) -> HTMLResponse:
    return render(ctx, "login.html", next=safe_next(next), error=None)


@router.post("/login")
def login(ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    ctx.check_csrf(form.get("csrf"))
    username = form.get("username", "").strip()[:100]
    password = form.get("password", "")[:1000]
    target = safe_next(form.get("next"))
    client = ctx.request.client.host if ctx.request.client else "unknown"
    keys = (f"ip:{client}", f"user:{username.lower()}")
    throttle = ctx.request.app.state.throttle
    if throttle.blocked(*keys):
        return render(ctx, "login.html", status_code=429, next=target, error=ctx.t("login.too_many"))
    auth = ctx.auth
    user = auth.authenticate(username, password)
    if user is None:
        throttle.failure(*keys)
        return render(ctx, "login.html", status_code=401, next=target, error=ctx.t("login.failed"))
    throttle.success(*keys)
    token = auth.start_session(user)
    ctx.db.commit()
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(ctx.request.app.state.session_ttl.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=ctx.request.app.state.secure_cookies,
        path="/",
    )
    return response


@router.post("/logout")
def logout(ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    ctx.check_csrf(form.get("csrf"))
    ctx.auth.end_session(ctx.request.cookies.get(SESSION_COOKIE))
    ctx.db.commit()
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/lang")
def set_language(ctx: Ctx = Depends(context), form: FormData = Depends(read_form)) -> Response:
    """Switch the interface language (stored on the user when logged in, else in a cookie)."""
    ctx.check_csrf(form.get("csrf"))
    lang = form.get("lang", "")
    response = RedirectResponse(safe_next(form.get("next")), status_code=303)
    if lang in languages():
        if ctx.principal is not None:
            user = ctx.auth.get_user(ctx.principal.user_id)
            if user is not None:
                user.lang = lang
                ctx.db.commit()
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", path="/")
    return response
