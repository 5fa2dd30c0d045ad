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

from sqlalchemy import Select, String, cast, func, or_

from kipu.store.tables import EventRow

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
        if self.date_from:
            stmt = stmt.where(func.coalesce(EventRow.date_end, EventRow.date_start) >= self.date_from)
        if self.date_to:
            stmt = stmt.where(EventRow.date_start <= self.date_to)
        if self.actor:
            # Actors are a JSON list; a case-insensitive substring over its text
            # form works on SQLite and PostgreSQL alike.
            stmt = stmt.where(func.lower(cast(EventRow.actors, String)).contains(self.actor.lower()))
        if self.text:
            needle = f"%{self.text.lower()}%"
            stmt = stmt.where(
                or_(
                    func.lower(EventRow.evidence).like(needle),
                    func.lower(EventRow.place_name).like(needle),
                    func.lower(EventRow.admin1).like(needle),
                )
            )
        if not self.include_sensitive:
            stmt = stmt.where(EventRow.sensitive.is_(False))
        return stmt
