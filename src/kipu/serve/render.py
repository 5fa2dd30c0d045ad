"""Jinja2 rendering with autoescape always on.

Article text, titles, reasons and every other stored string reach pages only
through autoescaped template variables; nothing is marked safe except the
SVG charts and map, which :mod:`kipu.serve.charts` and :mod:`kipu.serve.geomap`
build from numbers and escaped labels.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from kipu.serve.i18n import LANG_COOKIE, Translator, choose_language, languages


def _fmt_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _web_url(value: Any) -> str | None:
    """Only http(s) links are rendered (a stored ``javascript:`` URL becomes no link)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def _query(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "", [], ())}
    return urlencode(merged, doseq=True)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kipu.serve", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["fdate"] = _fmt_date
    env.filters["web_url"] = _web_url
    env.globals["query"] = _query
    env.globals["languages"] = languages
    return env


def render(ctx: Any, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    """Render a page template with the request context's globals (user, t, csrf...)."""
    html = environment().get_template(template).render(**ctx.template_globals(), **values)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """A plain error page (rendered without a database session)."""
    lang = choose_language(None, request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
    html = environment().get_template("error.html").render(t=Translator(lang), lang=lang, status=status, message=message)
    return HTMLResponse(html, status_code=status)
