"""The FastAPI application factory: ``create_app(db_url)``.

One process serves the REST API under ``/api/`` (with its OpenAPI document
at ``/api/openapi.json``) and the server-rendered pages. No page runs inline
script and nothing is loaded from another origin, which is what lets the
Content-Security-Policy (``kipu.serve.middleware``) be strict. Anonymous
reads are replayed from a response cache (``kipu.serve.cache``).
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from importlib import resources
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from kipu import __version__
from kipu.auth.ratelimit import LoginThrottle
from kipu.auth.service import SESSION_TTL
from kipu.serve.cache import ReadCache, VersionReader
from kipu.serve.deps import NeedLogin
from kipu.serve.middleware import SecurityHeaders
from kipu.serve.render import error_page
from kipu.store import Store


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(
    db_url: str,
    *,
    secret: bytes | None = None,
    session_ttl: timedelta = SESSION_TTL,
    secure_cookies: bool = False,
    throttle: LoginThrottle | None = None,
    store: Store | None = None,
) -> FastAPI:
    """The kipu web app on the database at ``db_url`` (migrated on open).

    ``secret`` signs CSRF tokens (a random one per process by default: forms
    rendered before a restart must be reloaded). ``secure_cookies`` marks
    cookies ``Secure`` for deployments behind HTTPS.
    """
    from kipu.serve.api import router as api_router
    from kipu.serve.pages import router as pages_router

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if getattr(app.state, "version_reader", None) is not None:
            app.state.version_reader.close()
        app.state.store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="kipu",
        version=__version__,
        description="Sourced protest and repression events: events, claims and evidence, documents, tallies, exports, review.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store or Store.open(db_url)
    app.state.secret = secret or secrets.token_bytes(32)
    app.state.session_ttl = session_ttl
    app.state.secure_cookies = secure_cookies
    app.state.throttle = throttle or LoginThrottle()

    if app.state.store.versioned:
        app.state.version_reader = VersionReader(app.state.store.engine)
        app.add_middleware(ReadCache, versions=app.state.version_reader, secret=app.state.secret)
    app.add_middleware(SecurityHeaders, secure_cookies=secure_cookies)

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, _exc: NeedLogin) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return error_page(request, 422, "invalid request")

    static_dir = resources.files("kipu.serve").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    app.include_router(api_router, prefix="/api")
    app.include_router(pages_router)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> HTMLResponse:
        return HTMLResponse("ok")

    return app
