"""event list indexes (order, last day, trigram text search) and the data version counter

Revision ID: 0005_list_indexes
Revises: 0004_api_indexes

GET /api/events at 1M events (``benchmarks/bench_api.py``):

* ``ix_events_order`` — the list order ``(date_start IS NULL), date_start, id``:
  the first page of a broad filter (none, a type, a status, a common word) is
  read in order from the index instead of sorting every match. Lists filtered
  by dates order by ``date_start, id`` instead, read from ``ix_events_dated``
  (``ix_events_admin1_dated`` within a region) between the range's bounds
  (see ``kipu.store.filters.list_order``).
* ``ix_events_date_last`` — ``coalesce(date_end, date_start)``, the bound of
  ``date_from``; with the ``date_start`` index either end of a date range is an
  index range scan.
* PostgreSQL only: ``ix_events_span``, days from first to last day, whose
  maximum bounds how early an event overlapping ``date_from`` can start, so a
  date range is read as a ``date_start`` index range.
* PostgreSQL only, when the ``pg_trgm`` extension is available: trigram GIN
  indexes on ``lower(evidence)``, ``lower(place_name)``, ``lower(admin1)``, which
  serve the ``lower(x) LIKE '%word%'`` text search without a full scan. Without
  the extension (or on SQLite) the search still works, by scanning.
* ``data_version`` — counters that committed writes to the data move
  (``kipu.store.versions``): the web app's response cache keys on them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_list_indexes"
down_revision: str | Sequence[str] | None = "0004_api_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRGM_COLUMNS = ("evidence", "place_name", "admin1")


def _pg_trgm(bind: sa.Connection) -> bool:
    """Install pg_trgm if it ships with the server and we may; whether it is there."""
    if bind.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")):
        return True
    if not bind.scalar(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")):
        return False
    savepoint = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:  # not allowed to (no CREATE privilege): search scans instead
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def upgrade() -> None:
    op.create_index(
        "ix_events_order", "events", [sa.text("(date_start IS NULL)"), "date_start", "id"], unique=False
    )
    op.create_index("ix_events_dated", "events", ["date_start", "id"], unique=False)
    op.create_index(
        "ix_events_admin1_dated", "events", [sa.text("lower(admin1)"), "date_start", "id"], unique=False
    )
    op.create_index("ix_events_date_last", "events", [sa.text("coalesce(date_end, date_start)")], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_events_span ON events ((coalesce(date_end, date_start) - date_start))")
    if bind.dialect.name == "postgresql" and _pg_trgm(bind):
        for column in TRGM_COLUMNS:
            op.execute(
                f"CREATE INDEX IF NOT EXISTS ix_events_{column}_trgm ON events USING gin (lower({column}) gin_trgm_ops)"
            )
    op.create_table(
        "data_version",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("data_version")
    op.execute("DROP INDEX IF EXISTS ix_events_span")
    for column in TRGM_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_events_{column}_trgm")
    op.drop_index("ix_events_date_last", table_name="events")
    op.drop_index("ix_events_admin1_dated", table_name="events")
    op.drop_index("ix_events_dated", table_name="events")
    op.drop_index("ix_events_order", table_name="events")
