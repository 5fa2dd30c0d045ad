"""Running the extractor over documents: shared by `kipu eval` and `kipu extract`.

Language detection is looked up lazily because its module
(``kipu.ingest.language``) is optional here: when it is absent, or the text is
too short for it, the fallback only tells Spanish from English by Spanish-only
characters, which is enough for this project's two languages.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kipu.extract.pipeline import Extractor

_SPANISH_MARKS = frozenset("ñÑ¿¡áéíóúÁÉÍÓÚ")


def detect_lang(text: str) -> str:
    """ISO 639-1 code of ``text``: the project's detector, else a heuristic."""
    try:
        from kipu.ingest import language
    except ImportError:
        language = None  # type: ignore[assignment]
    detect = getattr(language, "detect_language", None) or getattr(language, "detect", None)
    if detect is not None:
        try:
            found = detect(text)
        except Exception:  # a detector failure must not stop a batch
            found = None
        if isinstance(found, str) and found:
            return found
    return "es" if any(c in _SPANISH_MARKS for c in text) else "en"


def extract_record(
    extractor: Extractor, text: str, *, doc_id: str, published: date | None, lang: str | None
) -> dict[str, Any]:
    """One document through the extractor, as a guideline-schema dict."""
    lang = lang or detect_lang(text)
    extraction = extractor.extract(text, published=published, lang=lang, doc_id=doc_id)
    return extraction.to_dict(text)
