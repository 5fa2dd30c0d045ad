"""Reading HTML form posts without an extra dependency.

Every form kipu renders is ``application/x-www-form-urlencoded`` (no file
uploads), which the standard library parses; this avoids pulling in
python-multipart just for that. Bodies are capped so a huge post cannot
exhaust memory.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import HTTPException, Request

MAX_FORM_BYTES = 256 * 1024


class FormData(dict[str, str]):
    """Single values by name, plus :meth:`getlist` for repeated names (checkboxes)."""

    def __init__(self, multi: dict[str, list[str]]) -> None:
        super().__init__({k: v[-1] for k, v in multi.items()})
        self._multi = multi

    def getlist(self, key: str) -> list[str]:
        return list(self._multi.get(key, []))


async def read_form(request: Request) -> FormData:
    """The posted form; 415 for other content types, 413 when too large."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise HTTPException(status_code=415, detail="expected a form post")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(status_code=413, detail="form too large")
    return FormData(parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True))
