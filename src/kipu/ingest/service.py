"""The ingest use case: documents into the store, then extraction and resolution.

Shared by ``kipu ingest``, ``kipu watch`` and the demo so that all of them
count new / duplicate / near-duplicate / failed the same way and extract
exactly the documents that still lack an extraction by the current version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.exc import IntegrityError, OperationalError

from kipu import __version__
from kipu.ingest.errors import IngestError
from kipu.model import Document, Extraction
from kipu.store.repository import DUPLICATE, NEAR_DUPLICATE, NEW, AddResult, Repository


class ExtractorLike(Protocol):
    def extract(self, text: str, *, published: Any = None, lang: str | None = None, doc_id: str = "") -> Extraction: ...


@dataclass
class IngestSummary:
    """Counts of one ingest run plus the errors, each naming its input."""

    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    errors: list[IngestError] = field(default_factory=list)
    results: list[AddResult] = field(default_factory=list)
    extracted: int = 0
    events: int = 0

    @property
    def failed(self) -> int:
        return len(self.errors)

    def record(self, result: AddResult) -> None:
        self.results.append(result)
        if result.status == NEW:
            self.new += 1
        elif result.status == DUPLICATE:
            self.duplicate += 1
        elif result.status == NEAR_DUPLICATE:
            self.near_duplicate += 1

    def line(self) -> str:
        return (
            f"{self.new} new, {self.duplicate} duplicate, {self.near_duplicate} near-duplicate, "
            f"{self.failed} failed; {self.extracted} extracted, {self.events} events"
        )


def add_one(
    repo: Repository, item: Document | IngestError, summary: IngestSummary, minhash: Any = None
) -> AddResult | None:
    """Store one reader item, recording the outcome; a failure never aborts the run.

    Each document is added inside a SAVEPOINT so that a database error on one
    (for example a clashing ``doc_id``) rolls back only that document.
    """
    if isinstance(item, IngestError):
        summary.errors.append(item)
        return None
    try:
        result = _add_in_savepoint(repo, item, minhash)
    except IngestError as exc:
        summary.errors.append(exc)
        return None
    summary.record(result)
    return result


ADD_ATTEMPTS = 5
DEADLOCK = "40P01"  # PostgreSQL's SQLSTATE for "deadlock detected"


def _add_in_savepoint(repo: Repository, doc: Document, minhash: Any = None) -> AddResult:
    """``add_document`` in a SAVEPOINT, retried when another process got in the way.

    Several processes may ingest into one database: another may insert the
    same text (or doc_id) between our duplicate check and our insert (unique
    violation), or two may insert overlapping texts in opposite orders
    (PostgreSQL deadlock). Rolling back to the savepoint drops only our insert;
    looking again then finds the other's committed row (a duplicate).
    """
    for attempt in range(1, ADD_ATTEMPTS + 1):
        try:
            with repo.session.begin_nested():
                return repo.add_document(doc, minhash)
        except IntegrityError:
            if attempt == ADD_ATTEMPTS:
                raise
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != DEADLOCK or attempt == ADD_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def ingest_items(
    repo: Repository,
    items: Iterable[Document | IngestError],
    progress: Callable[[Document | IngestError], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    for item in items:
        add_one(repo, item, summary)
        if progress is not None:
            progress(item)
    return summary


def extractor_version(extractor: object) -> str:
    return str(getattr(extractor, "version", None) or __version__)


def extract_pending(
    repo: Repository,
    extractor: ExtractorLike,
    progress: Callable[[int, int], None] | None = None,
    *,
    errors: list[IngestError] | None = None,
    commit_every: int = 0,
) -> int:
    """Extract every canonical document with no extraction by this extractor version.

    Each document's mentions are saved inside a SAVEPOINT: a document is
    either fully extracted or not at all. An extractor failure on one text is
    recorded in ``errors`` (when given) and the rest go on; the failed
    document stays pending, so a fixed extractor picks it up next run. With
    ``commit_every`` the session is committed every that many documents, so a
    killed run keeps the work done so far. Returns the number extracted.
    """
    version = extractor_version(extractor)
    pending = repo.documents_to_extract(version)
    done = 0
    for i, doc in enumerate(pending, start=1):
        try:
            extraction = extractor.extract(doc.text, published=doc.published, lang=doc.lang, doc_id=doc.doc_id)
            with repo.session.begin_nested():
                repo.save_extraction(doc.id, extraction, version)
            done += 1
        except Exception as exc:  # one bad text must not lose the batch
            if errors is not None:
                origin = doc.origin or doc.doc_id
                errors.append(IngestError(origin, f"extraction failed ({type(exc).__name__}: {exc})"))
        if commit_every and i % commit_every == 0:
            repo.session.commit()
        if progress is not None:
            progress(i, len(pending))
    return done
