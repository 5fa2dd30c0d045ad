"""Security headers and the anonymous CSRF cookie, as plain ASGI middleware.

Starlette's ``BaseHTTPMiddleware`` (``@app.middleware("http")``) runs every
request through an extra task and memory stream; at a few milliseconds of CPU
per request that was a large share of the request path. This class only edits
the response's start message.
"""

from __future__ import annotations

import secrets

from starlette.datastructures import MutableHeaders
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ANON_COOKIE = "kipu_anon"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
}


def request_cookies(scope: Scope) -> dict[str, str]:
    """The request's cookies (as Starlette's ``Request.cookies`` parses them)."""
    out: dict[str, str] = {}
    for name, value in scope.get("headers", ()):
        if name == b"cookie":
            out.update(cookie_parser(value.decode("latin-1")))
    return out


def request_header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def anon_cookie_header(value: str, *, secure: bool) -> str:
    """``Set-Cookie`` for the anonymous cookie that binds CSRF tokens before login."""
    return f"{ANON_COOKIE}={value}; HttpOnly; Path=/; SameSite=strict" + ("; Secure" if secure else "")


class SecurityHeaders:
    """Security headers on every response; an anonymous cookie for pages visited without one.

    The new cookie's value is put in ``scope["state"]["anon_cookie"]`` so the
    page rendered for this very request binds its CSRF token to it.
    """

    def __init__(self, app: ASGIApp, *, secure_cookies: bool = False) -> None:
        self.app = app
        self.secure_cookies = secure_cookies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        is_api = path.startswith("/api/")
        no_store = not is_api and not path.startswith("/static/")
        new_anon = None
        if not is_api and not request_cookies(scope).get(ANON_COOKIE):
            new_anon = secrets.token_urlsafe(24)
            scope.setdefault("state", {})["anon_cookie"] = new_anon

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if no_store:
                    headers.setdefault("Cache-Control", "no-store")
                if new_anon:
                    headers.append("set-cookie", anon_cookie_header(new_anon, secure=self.secure_cookies))
            await send(message)

        await self.app(scope, receive, send_with_headers)
