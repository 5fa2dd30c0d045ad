"""Operations on the store: the only module that writes documents and mentions.

Keeps the rules of the data in one place:

* an exact duplicate (same SHA-256 of normalised text) is a no-op;
* a near-duplicate is stored as a row *linked* to the first copy
  (``near_duplicate_of``) and is never extracted, so a syndicated story is
  one article with several provenances, not two articles with double events;
* saving an extraction replaces whatever an earlier run stored for that
  document, so re-extraction is idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from kipu.ingest.dedup import NearDuplicateIndex, confirm, signature, to_bytes
from kipu.ingest.errors import IngestError
from kipu.ingest.language import detect_language
from kipu.ingest.text import normalise_text, sha256_bytes, sha256_text
from kipu.model import Document, Extraction
from kipu.resolve.families import family_of
from kipu.store.filters import EventFilter
from kipu.store.tables import (
    AuditLogRow,
    ClaimRow,
    DirtyEventRow,
    DocumentRow,
    EventMentionRow,
    EventRow,
    ExtractionRow,
    FeedItemRow,
    RawArchiveRow,
    TallyMentionRow,
    utcnow,
)

NEW, DUPLICATE, NEAR_DUPLICATE = "new", "duplicate", "near_duplicate"
INSERT_ATTEMPTS = 5  # look-then-insert rounds lost to concurrent writers before giving up


@dataclass(frozen=True)
class AddResult:
    """Outcome of :meth:`Repository.add_document`.

    ``document_id`` is the row that now holds this text (for a duplicate, the
    existing row); ``duplicate_of`` is the canonical row for duplicates and
    near-duplicates.
    """

    status: str
    document_id: int
    doc_id: str
    duplicate_of: int | None = None


def _parse_time(value: str | None) -> datetime:
    if value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return utcnow()


class Repository:
    """Store operations bound to one session (the caller owns the transaction)."""

    def __init__(self, session: Session, near_index: NearDuplicateIndex | None = None) -> None:
        """``near_index``: an LSH index the caller keeps current (a long-lived
        worker refreshes one incrementally instead of reloading every signature
        per batch); by default it is built from the database on first use."""
        self.session = session
        self._index: NearDuplicateIndex | None = near_index

    # -- documents -----------------------------------------------------------------

    def _near_index(self) -> NearDuplicateIndex:
        """LSH index of canonical documents, rebuilt from stored signatures once."""
        if self._index is None:
            rows = self.session.execute(
                select(DocumentRow.id, DocumentRow.minhash)
                .where(DocumentRow.minhash.is_not(None), DocumentRow.near_duplicate_of.is_(None))
                .order_by(DocumentRow.id)
            )
            self._index = NearDuplicateIndex.from_rows((pk, mh) for pk, mh in rows)
        return self._index

    def add_document(self, doc: Document, minhash: Any = None) -> AddResult:
        """Store ``doc`` unless its text is already stored; link near-duplicates.

        ``minhash``: the text's signature, when a parallel worker computed it
        before taking the write lock (it is the costliest step of a store).
        """
        origin = doc.origin or doc.url or doc.doc_id or "<document>"
        text = normalise_text(doc.text or "")
        if not text:
            raise IngestError(origin, "empty document (no text)")
        sha = sha256_text(text)
        doc_id = doc.doc_id or sha[:16]
        mh = minhash if minhash is not None else signature(text)
        near_of: int | None = None
        checked_near = False
        for _ in range(INSERT_ATTEMPTS):
            found = self._stored_as(sha, doc_id, origin)
            if found is not None:
                return found
            if not checked_near:
                near_of = self._find_near_duplicate(text, mh) if mh is not None else None
                checked_near = True
            values = {
                "doc_id": doc_id,
                "sha256": sha,
                "text": text,
                "title": (doc.title or "").strip() or None,
                "url": doc.url,
                "source": doc.source,
                "published": doc.published,
                "lang": doc.lang or detect_language(text),
                "near_duplicate_of": near_of,
                "minhash": to_bytes(mh) if mh is not None else None,
                "origin": doc.origin,
            }
            pk = self._insert_if_absent(values)
            if pk is not None:
                break
            # Another process stored this text or doc_id since we looked: look again.
        else:
            raise IngestError(origin, "could not store the document: it kept clashing with concurrent inserts")
        if doc.raw is not None:
            self.session.add(
                RawArchiveRow(
                    document_id=pk,
                    sha256=sha256_bytes(doc.raw),
                    media_type=doc.raw_media_type,
                    retrieved_at=_parse_time(doc.retrieved_at),
                    url=doc.url,
                    content=doc.raw,
                )
            )
        if mh is not None and near_of is None:
            self._near_index().add(pk, mh)
        status = NEAR_DUPLICATE if near_of is not None else NEW
        return AddResult(status, pk, doc_id, near_of)

    def _stored_as(self, sha: str, doc_id: str, origin: str) -> AddResult | None:
        """The duplicate result when this text is already stored; an error when its doc_id is taken."""
        # One indexed lookup for both keys (an OR of two unique indexes), not two round trips.
        found = self.session.execute(
            select(DocumentRow.id, DocumentRow.doc_id, DocumentRow.sha256).where(
                or_(DocumentRow.sha256 == sha, DocumentRow.doc_id == doc_id)
            )
        ).all()
        for row in found:
            if row.sha256 == sha:
                return AddResult(DUPLICATE, row.id, row.doc_id, row.id)
        if found:
            raise IngestError(origin, f"doc_id {doc_id!r} is already used by a different text")
        return None

    def _insert_if_absent(self, values: dict[str, Any]) -> int | None:
        """Insert a document row; None, and no error, if its text or doc_id is already there.

        ``ON CONFLICT DO NOTHING`` (PostgreSQL) / ``INSERT OR IGNORE`` (SQLite):
        when several processes ingest the same article at once, the losers of
        the race see "nothing inserted", not a unique violation that would
        abort their transaction, so the caller simply reads the winner's row.
        On PostgreSQL the insert waits for a concurrent uncommitted insert of
        the same key and then does nothing if that one commits.
        """
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        elif dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:  # another database: a plain insert (a race surfaces as IntegrityError, retried by the caller)
            row = DocumentRow(**values)
            self.session.add(row)
            self.session.flush()
            return row.id
        stmt = dialect_insert(DocumentRow).values(**values).on_conflict_do_nothing().returning(DocumentRow.id)
        return self.session.scalar(stmt)

    def _find_near_duplicate(self, text: str, mh: Any) -> int | None:
        for pk in self._near_index().candidates(mh):
            other = self.session.get(DocumentRow, pk)
            if other is not None and confirm(text, other.text):
                return pk
        return None

    def get_document(self, pk: int) -> DocumentRow | None:
        return self.session.get(DocumentRow, pk)

    def _pending(self, version: str):  # type: ignore[no-untyped-def]
        done = select(ExtractionRow.document_id).where(ExtractionRow.extractor_version == version)
        return DocumentRow.near_duplicate_of.is_(None), DocumentRow.id.not_in(done)

    def documents_to_extract(self, version: str, *, after: int = 0, limit: int | None = None) -> list[DocumentRow]:
        """Canonical documents with no extraction by ``version`` (oldest first).

        ``after``/``limit`` page through them by id: a caller that commits
        between pages claims one page at a time, and the claim (a row lock on
        PostgreSQL) then lasts until that page's commit, never released while
        the page is still being extracted.
        """
        stmt = (
            select(DocumentRow)
            .where(*self._pending(version), DocumentRow.id > after)
            .order_by(DocumentRow.id)
            # PostgreSQL: two processes extracting at once claim disjoint documents
            # (rows another one holds are skipped); SQLite ignores this clause.
            .with_for_update(skip_locked=True, key_share=True)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self.session.scalars(stmt))

    def count_to_extract(self, version: str) -> int:
        """How many documents :meth:`documents_to_extract` would return now (for progress bars)."""
        return int(self.session.scalar(select(func.count()).select_from(DocumentRow).where(*self._pending(version))) or 0)

    def has_extraction(self, document_id: int, version: str) -> bool:
        stmt = select(ExtractionRow.id).where(
            ExtractionRow.document_id == document_id, ExtractionRow.extractor_version == version
        )
        return self.session.scalar(stmt) is not None

    # -- extractions ---------------------------------------------------------------

    def save_extraction(self, document_id: int, extraction: Extraction, version: str) -> ExtractionRow:
        """Replace the document's stored mentions and tallies with ``extraction``.

        Claims that came from the old mentions go too; the resolver then
        rebuilds events, so running this twice leaves the same rows.
        """
        doc = self.session.get(DocumentRow, document_id)
        if doc is None:
            raise KeyError(f"no document with id {document_id}")
        old_mentions = select(EventMentionRow.id).where(EventMentionRow.document_id == document_id)
        # The events those mentions were on change under them: mark them for the next
        # resolution (an incremental run reads the marks instead of recounting every event).
        on_events = (
            select(EventMentionRow.event_id)
            .where(EventMentionRow.document_id == document_id, EventMentionRow.event_id.is_not(None))
            .distinct()
        )
        self.session.execute(insert(DirtyEventRow).from_select(["event_id"], on_events))
        self.session.execute(delete(ClaimRow).where(ClaimRow.mention_id.in_(old_mentions)))
        self.session.execute(delete(EventMentionRow).where(EventMentionRow.document_id == document_id))
        self.session.execute(delete(TallyMentionRow).where(TallyMentionRow.document_id == document_id))
        self.session.execute(delete(ExtractionRow).where(ExtractionRow.document_id == document_id))
        run = ExtractionRow(
            document_id=document_id,
            extractor_version=version,
            lang=extraction.lang,
            n_events=len(extraction.events),
            n_tallies=len(extraction.tallies),
        )
        self.session.add(run)
        self.session.flush()
        text = doc.text
        for i, m in enumerate(extraction.events):
            place = m.place
            self.session.add(
                EventMentionRow(
                    document_id=document_id,
                    extraction_id=run.id,
                    ordinal=i,
                    type=m.type,
                    sub_type=m.sub_type,
                    family=family_of(m.type),
                    forms=list(m.forms),
                    date_start=m.date.start if m.date else None,
                    date_end=m.date.end if m.date else None,
                    date_precision=m.date.precision if m.date else None,
                    place_name=place.name if place else None,
                    country=place.country if place else None,
                    admin1=place.admin1 if place else None,
                    admin2=place.admin2 if place else None,
                    admin3=place.admin3 if place else None,
                    geo_precision=place.precision if place else None,
                    evidence_start=m.evidence.start,
                    evidence_end=m.evidence.end,
                    cues=list(m.cues),
                    data=m.to_dict(text),
                )
            )
        for i, t in enumerate(extraction.tallies):
            self.session.add(
                TallyMentionRow(
                    document_id=document_id,
                    extraction_id=run.id,
                    ordinal=i,
                    measure=t.measure,
                    value=t.value,
                    qualifier=t.qualifier,
                    scope=t.scope,
                    country=t.country,
                    period_start=t.period.start if t.period else None,
                    period_end=t.period.end if t.period else None,
                    as_of=doc.published,
                    attributed_to=t.attributed_to,
                    evidence_start=t.evidence.start,
                    evidence_end=t.evidence.end,
                    data=t.to_dict(text),
                )
            )
        self.session.flush()
        return run

    # -- events ----------------------------------------------------------------------

    def list_events(
        self,
        filters: EventFilter | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventRow]:
        """Events matching ``filters`` (see :class:`EventFilter`), oldest first."""
        stmt = (filters or EventFilter(include_sensitive=True)).apply(select(EventRow))
        stmt = stmt.order_by(EventRow.date_start.is_(None), EventRow.date_start, EventRow.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self.session.scalars(stmt))

    def claims_of(self, event_id: int) -> list[ClaimRow]:
        stmt = select(ClaimRow).where(ClaimRow.event_id == event_id).order_by(ClaimRow.field, ClaimRow.id)
        return list(self.session.scalars(stmt))

    def counts_by_type(self) -> dict[str, int]:
        rows = self.session.execute(select(EventRow.type, func.count()).group_by(EventRow.type).order_by(EventRow.type))
        return {t: n for t, n in rows}

    def counts_by_admin1(self) -> dict[str | None, int]:
        rows = self.session.execute(
            select(EventRow.admin1, func.count()).group_by(EventRow.admin1).order_by(EventRow.admin1)
        )
        return {a: n for a, n in rows}

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for one-line summaries."""
        tables = {
            "documents": DocumentRow,
            "near_duplicates": None,
            "mentions": EventMentionRow,
            "events": EventRow,
            "tallies": TallyMentionRow,
        }
        out: dict[str, int] = {}
        for name, table in tables.items():
            if table is None:
                stmt = select(func.count()).select_from(DocumentRow).where(DocumentRow.near_duplicate_of.is_not(None))
            else:
                stmt = select(func.count()).select_from(table)
            out[name] = int(self.session.scalar(stmt) or 0)
        return out

    # -- feeds and audit ---------------------------------------------------------------

    def feed_item_seen(self, feed_url: str, entry_key: str) -> bool:
        stmt = select(FeedItemRow.id).where(FeedItemRow.feed_url == feed_url, FeedItemRow.entry_key == entry_key)
        return self.session.scalar(stmt) is not None

    def mark_feed_item(self, feed_url: str, entry_key: str, document_id: int | None) -> None:
        if not self.feed_item_seen(feed_url, entry_key):
            self.session.add(FeedItemRow(feed_url=feed_url, entry_key=entry_key, document_id=document_id))

    def audit(
        self,
        who: str,
        action: str,
        entity: str,
        entity_id: int | None,
        before: Any = None,
        after: Any = None,
        reason: str | None = None,
    ) -> AuditLogRow:
        """Append one audit record (never updated or deleted)."""
        row = AuditLogRow(
            who=who, action=action, entity=entity, entity_id=entity_id, before=before, after=after, reason=reason
        )
        self.session.add(row)
        return row

    def audit_log(self, entity: str | None = None, entity_id: int | None = None) -> Sequence[AuditLogRow]:
        stmt = select(AuditLogRow)
        if entity:
            stmt = stmt.where(AuditLogRow.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditLogRow.entity_id == entity_id)
        return list(self.session.scalars(stmt.order_by(AuditLogRow.id)))
