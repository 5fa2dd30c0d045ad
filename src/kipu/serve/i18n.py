"""Interface language: message catalogs in YAML and the choice of language per request.

Every UI string lives in ``locales/<code>.yaml`` (flat keys); adding a
language is adding a file. The language of a request is, in order: the
logged-in user's choice, the ``kipu_lang`` cookie (the switcher in the page
header), the browser's ``Accept-Language``, then Spanish.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

DEFAULT_LANG = "es"
LANG_COOKIE = "kipu_lang"


@lru_cache(maxsize=None)
def catalog(lang: str) -> dict[str, str]:
    """The flat message catalog of ``lang`` (empty if there is none)."""
    path = resources.files("kipu.serve").joinpath("locales", f"{lang}.yaml")
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Language codes that have a catalog, default first."""
    folder = resources.files("kipu.serve").joinpath("locales")
    codes = sorted(p.name.rsplit(".", 1)[0] for p in folder.iterdir() if p.name.endswith(".yaml"))
    return tuple(sorted(codes, key=lambda c: c != DEFAULT_LANG))


class Translator:
    """``t("key", n=3)``: the message in this language, else Spanish, else the key itself."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in languages() else DEFAULT_LANG
        self._messages = catalog(self.lang)
        self._fallback = catalog(DEFAULT_LANG)

    def __call__(self, key: str, **params: object) -> str:
        text = self._messages.get(key) or self._fallback.get(key) or key
        return text.format(**params) if params else text

    def label(self, group: str, value: object) -> str:
        """A vocabulary label (e.g. ``type.protest``), or the raw value when untranslated."""
        key = f"{group}.{value}"
        for messages in (self._messages, self._fallback):
            if key in messages:
                return messages[key]
        return str(value).replace("_", " ")


def from_accept_language(header: str | None) -> str | None:
    """The first supported language in an ``Accept-Language`` header, by quality."""
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, i, tag.strip().lower().split("-")[0]))
    for _, _, code in sorted(ranked):
        if code in languages():
            return code
    return None


def choose_language(user_lang: str | None, cookie: str | None, accept: str | None) -> str:
    for candidate in (user_lang, cookie):
        if candidate in languages():
            return candidate
    return from_accept_language(accept) or DEFAULT_LANG
