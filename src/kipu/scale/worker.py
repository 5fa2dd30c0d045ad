"""What a Dask worker does with one batch: extract it, then store it in one transaction.

Extraction is pure, so it runs first with no database lock held; the write
that follows is short (insert documents, save the extractions of the new
ones). The write is idempotent, since a document already stored is reported
as a duplicate, so a batch whose transaction fails on a lock (SQLite busy,
PostgreSQL deadlock between two workers inserting the same texts in opposite
orders) is simply retried.

Each worker process keeps, per database, one engine, one extractor and one
near-duplicate index, refreshed with the rows other workers added since the
last batch, instead of reloading every signature for every batch.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kipu.ingest.dedup import NearDuplicateIndex, from_bytes, signature
from kipu.ingest.errors import IngestError
from kipu.ingest.language import detect_language
from kipu.ingest.service import IngestSummary, Sample, add_one, extractor_version
from kipu.ingest.text import normalise_text, sha256_text
from kipu.model import Document, Extraction
from kipu.store import Repository, Store
from kipu.store.repository import NEW
from kipu.store.tables import DocumentRow

MAX_ATTEMPTS = 6


@dataclass
class BatchResult:
    """Counts of one batch, sent back to the client (plain data: it is pickled)."""

    documents: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    extracted: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # documents stored, with a caveat
    extract_seconds: float = 0.0
    write_seconds: float = 0.0
    attempts: int = 0


@dataclass
class _Index:
    index: NearDuplicateIndex = field(default_factory=NearDuplicateIndex)
    last_id: int = 0


_stores: dict[str, Store] = {}
_indexes: dict[str, _Index] = {}
_extractor: object | None = None


def _store(url: str) -> Store:
    # The client migrated the database before submitting work: no worker runs
    # migrations, so they cannot race on DDL.
    if url not in _stores:
        _stores[url] = Store.open(url, migrate=False, writer=True)
    return _stores[url]


def _get_extractor() -> object:
    global _extractor
    if _extractor is None:
        from kipu.extract.pipeline import Extractor

        _extractor = Extractor()
    return _extractor


def warm_up() -> None:
    """Load the extractor and both languages' data now (``client.run(warm_up)``),
    so that the first batch's timing is extraction, not loading."""
    extractor = _get_extractor()
    for lang, text in (("es", "Ayer hubo una marcha en Juliaca."), ("en", "A march in Juliaca yesterday.")):
        extractor.extract(text, lang=lang)  # type: ignore[attr-defined]


def _refreshed_index(session: Session, url: str) -> NearDuplicateIndex:
    """This process's LSH index plus the canonical documents stored since it last looked."""
    state = _indexes.setdefault(url, _Index())
    rows = session.execute(
        select(DocumentRow.id, DocumentRow.minhash)
        .where(
            DocumentRow.id > state.last_id,
            DocumentRow.minhash.is_not(None),
            DocumentRow.near_duplicate_of.is_(None),
        )
        .order_by(DocumentRow.id)
    )
    for pk, data in rows:
        state.index.add(pk, from_bytes(data))
        state.last_id = max(state.last_id, pk)
    return state.index


@dataclass
class _Prepared:
    doc: Document
    extraction: Extraction | None = None
    minhash: Any = None
    sha: str = ""


def _prepare(doc: Document, extract: bool, result: BatchResult) -> _Prepared:
    """Normalise as the repository will, sign and extract what would be stored.

    The text extracted is the stored (normalised) text and the language the
    one the repository would detect, so offsets and output are those of
    ``kipu ingest`` without workers. The MinHash signature is computed here,
    in parallel, not under the write lock.
    """
    text = normalise_text(doc.text or "")
    prepared = _Prepared(doc, None, signature(text) if text else None, sha256_text(text))
    if not extract or not text:
        return prepared
    lang = doc.lang or detect_language(text)
    doc = prepared.doc = replace(doc, text=text, lang=lang)
    extractor = _get_extractor()
    try:
        extraction = extractor.extract(  # type: ignore[attr-defined]
            text, published=doc.published, lang=lang, doc_id=doc.doc_id or sha256_text(text)[:16]
        )
    except Exception as exc:  # one article that breaks the extractor must not stop the batch
        result.errors.append((doc.origin or doc.doc_id or "<document>", f"extraction failed: {exc!r}"))
        return prepared
    prepared.extraction = extraction
    return prepared


def _write(url: str, prepared: list[_Prepared], result: BatchResult) -> None:
    version = extractor_version(_get_extractor()) if any(p.extraction is not None for p in prepared) else ""
    # One batch is small: keep every error and warning, the client counts and samples them.
    summary = IngestSummary(errors=Sample(limit=sys.maxsize), warnings=Sample(limit=sys.maxsize))
    extracted = 0
    with _store(url).session() as session:
        repo = Repository(session, near_index=_refreshed_index(session, url))
        for p in prepared:
            added = add_one(repo, p.doc, summary, p.minhash)
            if added is not None and added.status == NEW and p.extraction is not None:
                repo.save_extraction(added.document_id, p.extraction, version)
                extracted += 1
    result.new, result.duplicate, result.near_duplicate = summary.new, summary.duplicate, summary.near_duplicate
    result.extracted = extracted
    result.errors.extend((e.origin, e.reason) for e in summary.errors)
    result.warnings = [(w.origin, w.reason) for w in summary.warnings]


def ingest_batch(url: str, docs: list[Document], extract: bool = True) -> BatchResult:
    """Extract and store ``docs`` in the database at ``url``; runs on a Dask worker."""
    result = BatchResult(documents=len(docs))
    t0 = time.perf_counter()
    # Written in SHA-256 order: two workers inserting overlapping texts then take
    # the unique-index waits in the same order and cannot deadlock.
    prepared = sorted((_prepare(d, extract, result) for d in docs), key=lambda p: p.sha)
    extract_errors = list(result.errors)
    t1 = time.perf_counter()
    for attempt in range(1, MAX_ATTEMPTS + 1):
        result.attempts = attempt
        result.errors = list(extract_errors)
        try:
            _write(url, prepared, result)
            break
        except OperationalError:
            if attempt == MAX_ATTEMPTS:
                raise
            time.sleep(0.05 * 2**attempt)
    result.extract_seconds = t1 - t0
    result.write_seconds = time.perf_counter() - t1
    return result


def as_errors(result: BatchResult) -> list[IngestError]:
    """The batch's failures as the error type the CLI reports."""
    return [IngestError(origin, reason) for origin, reason in result.errors]
