"""The ingest use case: documents into the store, then extraction and resolution.

Shared by ``kipu ingest``, ``kipu watch`` and the demo so that all of them
count new / duplicate / near-duplicate / failed the same way and extract
exactly the documents that still lack an extraction by the current version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError

from kipu import __version__
from kipu.ingest.errors import IngestError
from kipu.model import Document, Extraction
from kipu.store.repository import DUPLICATE, NEAR_DUPLICATE, NEW, AddResult, Repository

T = TypeVar("T")


class ExtractorLike(Protocol):
    def extract(self, text: str, *, published: Any = None, lang: str | None = None, doc_id: str = "") -> Extraction: ...


SAMPLE_LIMIT = 100


class Sample(Generic[T]):
    """The first ``limit`` items appended, and how many were appended in all.

    A run over a 10^6-line file with a broken line in ten must not keep 10^5
    error objects alive to the end: every error is printed as it happens, so
    the summary needs only the count and a few examples.
    """

    def __init__(self, limit: int = SAMPLE_LIMIT) -> None:
        self.limit = limit
        self.total = 0
        self.last: T | None = None  # the latest, kept or not, for whoever reports as they go
        self._kept: list[T] = []

    def append(self, item: T) -> None:
        self.total += 1
        self.last = item
        if len(self._kept) < self.limit:
            self._kept.append(item)

    @property
    def dropped(self) -> int:
        """How many were counted but not kept."""
        return self.total - len(self._kept)

    def __iter__(self) -> Iterator[T]:
        return iter(self._kept)

    def __len__(self) -> int:
        """The number kept (at most ``limit``); ``total`` counts them all."""
        return len(self._kept)

    def __bool__(self) -> bool:
        return self.total > 0


@dataclass
class IngestSummary:
    """Counts of one ingest run plus a bounded sample of its errors and warnings.

    Memory does not grow with the number of items: outcomes are counted, and
    only the first :data:`SAMPLE_LIMIT` errors and warnings are kept (each is
    reported to the user when it happens, see ``kipu ingest``).
    """

    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    errors: Sample[IngestError] = field(default_factory=Sample)
    warnings: Sample[IngestError] = field(default_factory=Sample)
    extracted: int = 0
    events: int = 0

    @property
    def failed(self) -> int:
        return self.errors.total

    def record(self, result: AddResult) -> None:
        if result.status == NEW:
            self.new += 1
        elif result.status == DUPLICATE:
            self.duplicate += 1
        elif result.status == NEAR_DUPLICATE:
            self.near_duplicate += 1

    def line(self) -> str:
        line = (
            f"{self.new} new, {self.duplicate} duplicate, {self.near_duplicate} near-duplicate, "
            f"{self.failed} failed; {self.extracted} extracted, {self.events} events"
        )
        if self.warnings.total:
            line += f" ({self.warnings.total} stored with warnings)"
        return line


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
    if result.status != DUPLICATE:
        origin = item.origin or item.doc_id or "<document>"
        for warning in item.warnings:
            summary.warnings.append(IngestError(origin, warning))
    return result


ADD_ATTEMPTS = 5
DEADLOCK = "40P01"  # PostgreSQL's SQLSTATE for "deadlock detected"


def _add_in_savepoint(repo: Repository, doc: Document, minhash: Any = None) -> AddResult:
    """``add_document`` in a SAVEPOINT, retried when another process got in the way.

    Several processes may ingest into one database. The document insert itself
    is idempotent (a text or doc_id another process inserted meanwhile is
    read back as a duplicate, see ``Repository.add_document``); what remains is
    two processes inserting overlapping texts in opposite orders (PostgreSQL
    deadlock) or a unique violation on some other row. Rolling back to the
    savepoint drops only our insert, and looking again finds the other's
    committed rows. A document that still fails is reported, never raised.
    """
    origin = doc.origin or doc.doc_id or "<document>"
    for attempt in range(1, ADD_ATTEMPTS + 1):
        try:
            with repo.session.begin_nested():
                return repo.add_document(doc, minhash)
        except IntegrityError as exc:
            if attempt == ADD_ATTEMPTS:
                raise IngestError(origin, f"could not be stored ({type(exc.orig).__name__}: {exc.orig})") from exc
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


class ErrorSink(Protocol):
    def append(self, item: IngestError, /) -> None: ...


def extract_pending(
    repo: Repository,
    extractor: ExtractorLike,
    progress: Callable[[int, int], None] | None = None,
    *,
    errors: ErrorSink | None = None,
    commit_every: int = 0,
) -> int:
    """Extract every canonical document with no extraction by this extractor version.

    Each document's mentions are saved inside a SAVEPOINT: a document is
    either fully extracted or not at all. An extractor failure on one text is
    recorded in ``errors`` (when given) and the rest go on; the failed
    document stays pending, so a fixed extractor picks it up next run. With
    ``commit_every`` documents are claimed and committed that many at a time,
    so a killed run keeps the work done so far, and on PostgreSQL each page
    stays locked against other extracting processes until it is committed (a
    single up-front claim would be released by the first commit, letting two
    processes extract, and race to save, the same document). Returns the
    number extracted by this call.
    """
    version = extractor_version(extractor)
    total = repo.count_to_extract(version) if progress is not None else 0
    done = seen = after = 0
    while True:
        page = repo.documents_to_extract(version, after=after, limit=commit_every or None)
        if not page:
            break
        for doc in page:
            seen += 1
            after = doc.id
            if _extract_one(repo, extractor, doc, version, errors):
                done += 1
            if progress is not None:
                progress(seen, max(total, seen))
        if not commit_every:
            break
        repo.session.commit()
    return done


def _extract_one(repo: Repository, extractor: ExtractorLike, doc: Any, version: str, errors: ErrorSink | None) -> bool:
    """Extract and save one document; False (and an error, unless another process did it) on failure."""
    try:
        extraction = extractor.extract(doc.text, published=doc.published, lang=doc.lang, doc_id=doc.doc_id)
        with repo.session.begin_nested():
            repo.save_extraction(doc.id, extraction, version)
        return True
    except IntegrityError:
        # Another process saved this document's extraction between our claim and
        # our save (possible only outside the paged claim): its result stands.
        if repo.has_extraction(doc.id, version):
            return False
        if errors is not None:
            errors.append(IngestError(doc.origin or doc.doc_id, "extraction could not be saved (unique constraint)"))
        return False
    except Exception as exc:  # one bad text must not lose the batch
        if errors is not None:
            origin = doc.origin or doc.doc_id
            errors.append(IngestError(origin, f"extraction failed ({type(exc).__name__}: {exc})"))
        return False
