"""One event filter shared by the CLI, the exports and the web API.

Every way of asking for "some events" (``kipu events``, ``kipu export``, the
REST list endpoint, the dashboard) goes through :class:`EventFilter`, so a
filter means the same thing everywhere and sensitive events stay out of every
public output unless a caller explicitly asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, cast, func, tuple_

from kipu.store.tables import SEARCH_SEPARATOR, EventRow

REVIEW_STATUSES = ("new", "reviewed", "verified", "rejected")


@dataclass(frozen=True)
class EventFilter:
    """Which canonical events to return; every field is optional."""

    date_from: date | None = None
    date_to: date | None = None
    admin1: str | None = None
    country: str | None = None
    type: str | None = None
    sub_type: str | None = None
    actor: str | None = None
    review_status: tuple[str, ...] = field(default_factory=tuple)
    text: str | None = None
    include_sensitive: bool = False
    # Not a user filter: no event matching ``date_from`` starts before this day (the list
    # query derives it from the longest event, so a date range reads an index range).
    start_floor: date | None = None

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        """Add this filter's WHERE clauses to a SELECT over :class:`EventRow`."""
        if self.type:
            stmt = stmt.where(EventRow.type == self.type)
        if self.sub_type:
            stmt = stmt.where(EventRow.sub_type == self.sub_type)
        if self.admin1:
            stmt = stmt.where(func.lower(EventRow.admin1) == self.admin1.lower())
        if self.country:
            stmt = stmt.where(EventRow.country == self.country.upper())
        if self.review_status:
            stmt = stmt.where(EventRow.review_status.in_(self.review_status))
        if self.has_dates:
            # a date range selects the dated events that overlap it
            stmt = stmt.where(EventRow.date_start.is_not(None))
        if self.date_from:
            stmt = stmt.where(func.coalesce(EventRow.date_end, EventRow.date_start) >= self.date_from)
        if self.start_floor:
            stmt = stmt.where(EventRow.date_start >= self.start_floor)
        if self.date_to:
            stmt = stmt.where(EventRow.date_start <= self.date_to)
        if self.actor:
            # Actors are a JSON list; a case-insensitive substring over its text
            # form works on SQLite and PostgreSQL alike.
            stmt = stmt.where(func.lower(cast(EventRow.actors, String)).contains(self.actor.lower()))
        if self.text:
            # evidence, place or region contains the words (case-insensitive): one LIKE over
            # the lowercased text the database keeps (``EventRow.search_text``)
            needle = f"%{self.text.lower().replace(SEARCH_SEPARATOR, '')}%"
            stmt = stmt.where(EventRow.search_text.like(needle))
        if not self.include_sensitive:
            stmt = stmt.where(EventRow.sensitive.is_(False))
        return stmt

    @property
    def has_dates(self) -> bool:
        return self.date_from is not None or self.date_to is not None


def span_days() -> ColumnElement[Any]:
    """Days from an event's first to its last day (PostgreSQL: ``date - date`` is days)."""
    return func.coalesce(EventRow.date_end, EventRow.date_start) - EventRow.date_start


def list_order(filters: EventFilter) -> tuple[ColumnElement[Any], ...]:
    """The list order: by first day (undated last), then id.

    Unfiltered by dates it matches the ``ix_events_order`` index, which serves
    the first pages of broad filters straight from the index. A date range
    holds dated events only, so the same order is ``date_start, id``, which a
    ``date_start`` index reads between the range's bounds (with
    ``start_floor``), instead of PostgreSQL walking the whole order index from
    the oldest event to reach, say, last month.
    """
    if filters.has_dates:
        return (EventRow.date_start, EventRow.id)
    return (EventRow.date_start.is_(None), EventRow.date_start, EventRow.id)


@dataclass(frozen=True)
class Cursor:
    """Where a keyset page starts: just after the event with this order key.

    Its text form (``2023-01-05_123``; ``_123`` for an undated event) is the
    ``after`` parameter of the list endpoint: unlike ``offset``, the next page
    costs the same however deep it is, and rows inserted meanwhile do not shift it.
    """

    date_start: date | None
    id: int

    def encode(self) -> str:
        return f"{self.date_start.isoformat() if self.date_start else ''}_{self.id}"

    @classmethod
    def decode(cls, text: str) -> Cursor:
        """Parse ``encode``'s output; ValueError on anything else."""
        day, sep, ident = text.partition("_")
        if not sep or not ident.isdigit():
            raise ValueError(f"not a list cursor: {text!r}")
        return cls(date.fromisoformat(day) if day else None, int(ident))

    def after(self, filters: EventFilter) -> ColumnElement[bool]:
        """Rows after this one in :func:`list_order` (a row comparison, so an index range)."""
        if filters.has_dates:
            if self.date_start is None:
                return EventRow.id.is_(None)  # no dated event comes after an undated one
            return tuple_(EventRow.date_start, EventRow.id) > tuple_(self.date_start, self.id)
        if self.date_start is None:
            return and_(EventRow.date_start.is_(None), EventRow.id > self.id)
        return tuple_(EventRow.date_start.is_(None), EventRow.date_start, EventRow.id) > tuple_(
            False, self.date_start, self.id
        )
