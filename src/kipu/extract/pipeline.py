"""The extractor: text + publication date + language -> events and tallies.

Placeholder interface; the real pipeline lands with the extraction modules.
"""

from __future__ import annotations

from datetime import date

from kipu.model import Extraction


class Extractor:
    """Pure and deterministic: the same inputs always give the same output."""

    def extract(
        self, text: str, *, published: date | None = None, lang: str | None = None, doc_id: str = ""
    ) -> Extraction:
        return Extraction(doc_id=doc_id, lang=lang or "en")
