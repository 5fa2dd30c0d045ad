"""Serialise the steps that must not run twice at once on a shared database.

Resolution rewrites events across all articles; two processes resolving at
the same moment on PostgreSQL would both insert the same event keys and one
would fail. A transaction-scoped advisory lock makes the second wait for the
first and then see its events. SQLite needs nothing: writers already take
the database lock at ``BEGIN IMMEDIATE`` (``Store.open(..., writer=True)``).
"""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlalchemy.orm import Session

RESOLVE_LOCK = zlib.crc32(b"kipu.resolve")


def lock_resolution(session: Session) -> None:
    """Block until this transaction may resolve; released at commit or rollback."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": RESOLVE_LOCK})
