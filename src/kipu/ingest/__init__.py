"""Ingestion: files, folders, feeds and URLs -> normalised :class:`kipu.model.Document`.

Readers live in :mod:`kipu.ingest.readers`; storing and counting in
:mod:`kipu.ingest.service` (imported explicitly: it depends on the store,
which itself uses this package's text and dedup helpers).
"""

from kipu.ingest.errors import IngestError
from kipu.ingest.language import detect_language

__all__ = ["IngestError", "detect_language"]
