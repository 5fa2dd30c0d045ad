"""The relational schema, as SQLAlchemy 2 typed ORM models.

Portable SQL only (no SQLite-specific types): JSON columns use the generic
``JSON`` type and dates are ``Date``/``DateTime`` so the same models run on
PostgreSQL. The schema itself is created by the Alembic migrations shipped in
``kipu/store/migrations``; these models must stay in step with them (a test
compares the two).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Timezone-aware now; stored as UTC so runs on different machines compare."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base of all kipu tables."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class DocumentRow(Base):
    """One ingested article: normalised text plus provenance.

    A near-duplicate keeps its own row (its URL, outlet and date are evidence
    that another source carried the story) but points at the first copy with
    ``near_duplicate_of`` and is never extracted on its own, so its events are
    not counted twice.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(200), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    source: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[date | None] = mapped_column(Date)
    lang: Mapped[str | None] = mapped_column(String(8))
    near_duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    origin: Mapped[str | None] = mapped_column(Text)

    raw: Mapped[list[RawArchiveRow]] = relationship(back_populates="document")


class RawArchiveRow(Base):
    """The original bytes as fetched or read, kept as evidence with their hash."""

    __tablename__ = "raw_archive"
    __table_args__ = (UniqueConstraint("document_id", "sha256", name="uq_raw_archive_doc_sha"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str | None] = mapped_column(String(100))
    retrieved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    url: Mapped[str | None] = mapped_column(Text)
    content: Mapped[bytes] = mapped_column(LargeBinary)

    document: Mapped[DocumentRow] = relationship(back_populates="raw")


class ExtractionRow(Base):
    """That a document was extracted by a given extractor version (idempotence key)."""

    __tablename__ = "extractions"
    __table_args__ = (UniqueConstraint("document_id", "extractor_version", name="uq_extraction_doc_ver"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(50))
    lang: Mapped[str | None] = mapped_column(String(8))
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    n_tallies: Mapped[int] = mapped_column(Integer, default=0)
    run_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# The fields the text search looks in, joined by a control character no search
# contains (``EventFilter`` drops it from the needle), so a word never matches across two.
SEARCH_SEPARATOR = "\x1f"
SEARCH_TEXT_SQL = (
    f"lower(coalesce(evidence, '') || '{SEARCH_SEPARATOR}' || coalesce(place_name, '') "
    f"|| '{SEARCH_SEPARATOR}' || coalesce(admin1, ''))"
)


class EventRow(Base):
    """A canonical incident; its shown values are computed from its claims."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(64), unique=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    sub_type: Mapped[str] = mapped_column(String(40))
    forms: Mapped[list[Any]] = mapped_column(JSON, default=list)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    place_name: Mapped[str | None] = mapped_column(String(200))
    admin1: Mapped[str | None] = mapped_column(String(100), index=True)
    admin2: Mapped[str | None] = mapped_column(String(100))
    admin3: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[str | None] = mapped_column(String(20))
    gazetteer_id: Mapped[str | None] = mapped_column(String(64))
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    opponents: Mapped[list[Any]] = mapped_column(JSON, default=list)
    state_response: Mapped[list[Any]] = mapped_column(JSON, default=list)
    demands: Mapped[list[Any]] = mapped_column(JSON, default=list)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    fatalities_qualifier: Mapped[str | None] = mapped_column(String(12))
    injuries: Mapped[int | None] = mapped_column(Integer)
    injuries_qualifier: Mapped[str | None] = mapped_column(String(12))
    arrests: Mapped[int | None] = mapped_column(Integer)
    arrests_qualifier: Mapped[str | None] = mapped_column(String(12))
    participants_low: Mapped[int | None] = mapped_column(Integer)
    participants_high: Mapped[int | None] = mapped_column(Integer)
    participants_qualifier: Mapped[str | None] = mapped_column(String(12))
    evidence: Mapped[str | None] = mapped_column(Text)
    n_documents: Mapped[int] = mapped_column(Integer, default=0)
    review_status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    # Kept out of the public view and exports (e.g. victims' safety) whatever its status.
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    # What the text search reads: evidence, place and region, lowercased, kept by the
    # database (stored on PostgreSQL, computed on read on SQLite; migration 0006).
    # PostgreSQL's lower() was most of the cost of a search at 1M events.
    search_text: Mapped[str | None] = mapped_column(Text, Computed(SEARCH_TEXT_SQL), deferred=True)

    claims: Mapped[list[ClaimRow]] = relationship(back_populates="event", cascade="all, delete-orphan")


# The event list (GET /api/events) filters regions case-insensitively (lower(admin1) = ...)
# and pages in (date_start IS NULL, date_start, id) order: with this index a region's
# page is read in order from the index instead of scanning and sorting every event
# (benchmarks/bench_api.py).
Index("ix_events_admin1_order", func.lower(EventRow.admin1), EventRow.date_start.is_(None), EventRow.date_start, EventRow.id)
# The list order alone (broad filters read their first page from it), the order of
# date-filtered lists (dated events only; also within a region) and the last day of an
# event (the date_from bound); see migration 0005.
Index("ix_events_order", EventRow.date_start.is_(None), EventRow.date_start, EventRow.id)
# PostgreSQL: with the filters of the public view and a type in the index, the capped
# count of a date range is an index-only scan (migration 0006).
Index(
    "ix_events_dated",
    EventRow.date_start,
    EventRow.id,
    postgresql_include=["date_end", "review_status", "sensitive", "type"],
)
Index("ix_events_admin1_dated", func.lower(EventRow.admin1), EventRow.date_start, EventRow.id)
Index("ix_events_date_last", func.coalesce(EventRow.date_end, EventRow.date_start))
# PostgreSQL: the longest event (the event list bounds date ranges with it) and a trigram
# index serving the text search (search_text LIKE '%word%').
Index("ix_events_span", func.coalesce(EventRow.date_end, EventRow.date_start) - EventRow.date_start).ddl_if(
    dialect="postgresql"
)
Index(
    "ix_events_search_trgm",
    EventRow.search_text,
    postgresql_using="gin",
    postgresql_ops={"search_text": "gin_trgm_ops"},
).ddl_if(dialect="postgresql")


class EventMentionRow(Base):
    """What one document says about one incident (one extractor output item)."""

    __tablename__ = "event_mentions"
    __table_args__ = (UniqueConstraint("document_id", "ordinal", name="uq_mention_doc_ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    extraction_id: Mapped[int | None] = mapped_column(ForeignKey("extractions.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(40))
    sub_type: Mapped[str] = mapped_column(String(40))
    family: Mapped[str] = mapped_column(String(20))
    forms: Mapped[list[Any]] = mapped_column(JSON, default=list)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    place_name: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(100))
    admin2: Mapped[str | None] = mapped_column(String(100))
    admin3: Mapped[str | None] = mapped_column(String(100))
    geo_precision: Mapped[str | None] = mapped_column(String(20))
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    cues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # An analyst put this mention on this event (merge/split): the resolver never moves it.
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[DocumentRow] = relationship()


Index("ix_mentions_block", EventMentionRow.country, EventMentionRow.admin1, EventMentionRow.family)


class ClaimRow(Base):
    """One source's value for one field of an event (or a manual edit)."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON)
    qualifier: Mapped[str | None] = mapped_column(String(12))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("event_mentions.id", ondelete="CASCADE"), index=True)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    attributed_to: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    is_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    event: Mapped[EventRow] = relationship(back_populates="claims")


class TallyMentionRow(Base):
    """A running total stated by a document ("tally point"); never added to events."""

    __tablename__ = "tally_mentions"
    __table_args__ = (UniqueConstraint("document_id", "ordinal", name="uq_tally_doc_ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    extraction_id: Mapped[int | None] = mapped_column(ForeignKey("extractions.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(String(40), index=True)
    value: Mapped[int] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(12), default="exact")
    scope: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str | None] = mapped_column(String(2))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    as_of: Mapped[date | None] = mapped_column(Date)
    attributed_to: Mapped[str | None] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class FeedItemRow(Base):
    """A feed entry already seen by ``kipu watch`` (by guid or link)."""

    __tablename__ = "feed_items"
    __table_args__ = (UniqueConstraint("feed_url", "entry_key", name="uq_feed_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_url: Mapped[str] = mapped_column(Text)
    entry_key: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditLogRow(Base):
    """Append-only record of who changed what, when and why."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text)


class UserRow(Base):
    """A person who logs in to the web app; ``role`` is viewer, analyst or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    # scrypt parameters, salt and hash in one string (see kipu.auth.passwords).
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default="viewer")
    lang: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UserSessionRow(Base):
    """A login session; only the SHA-256 of the cookie value is stored, so a leaked database opens nothing."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ApiTokenRow(Base):
    """A revocable bearer token for scripts (stored hashed, shown once)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SettingRow(Base):
    """One site setting changed by an admin (e.g. which review statuses are public)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class DataVersionRow(Base):
    """A counter moved by committed writes (``*``: any; ``events``: events updated...).

    Moved by :mod:`kipu.store.versions` on commit (any process, any writer), so
    the web app can cache a response for as long as its counters are unchanged.
    """

    __tablename__ = "data_version"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class DirtyEventRow(Base):
    """An event whose mentions changed under it since the last resolution.

    Written where the change happens (:meth:`kipu.store.Repository.save_extraction`
    marks the events of the mentions it replaces) and consumed by the resolver,
    so an incremental run finds them without recounting every event's
    documents. Not unique on ``event_id``: two writers may mark one event at
    once; the resolver deletes the markers it read by ``id``.
    """

    __tablename__ = "dirty_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(Integer)


__all__ = [
    "DataVersionRow",
    "DirtyEventRow",
    "ApiTokenRow",
    "SettingRow",
    "UserRow",
    "UserSessionRow",
    "AuditLogRow",
    "Base",
    "ClaimRow",
    "DocumentRow",
    "EventMentionRow",
    "EventRow",
    "ExtractionRow",
    "FeedItemRow",
    "RawArchiveRow",
    "TallyMentionRow",
    "utcnow",
]
