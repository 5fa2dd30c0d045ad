"""stored search text and a covering date index for the event list's capped counts

Revision ID: 0006_search_text
Revises: 0005_list_indexes

GET /api/events at 1M events (``benchmarks/bench_api.py``): after 0005 every
page query was an index scan; what still cost up to 70 ms was the capped count
(``count(*)`` over ``LIMIT 1001``) of two filters:

* a recent date range: the two date bounds are correlated, PostgreSQL
  underestimated the matches ~8x and ANDed two date-index bitmaps (one of
  124k rows). With ``ix_events_dated`` covering what the public view and a
  type filter test (``INCLUDE (date_end, review_status, sensitive, type)``;
  PostgreSQL only, SQLite keeps the plain index), that count is an index-only
  scan that stops at the cap (34 ms -> 1 ms in EXPLAIN ANALYZE).
* a common word (10% of events): the count reads ~10k rows, and per row
  ``lower()`` of three columns (PostgreSQL's lower() on a UTF-8 locale) was
  most of the time. ``events.search_text`` is that lowercased text, computed
  by the database on write (PostgreSQL: a stored generated column; SQLite:
  a virtual one, computed on read as before), and the search reads it (28 ms
  -> ~9 ms for the same scan). One trigram GIN index on it replaces the three
  on ``lower(evidence)``, ``lower(place_name)``, ``lower(admin1)``.

The index-only count needs the table's pages marked all-visible by VACUUM;
after heavy writes the planner falls back to the bitmap plan (p95 86-99 ms
measured) until autovacuum runs. ``events`` is therefore vacuumed sooner than
PostgreSQL's default (after 2% inserted or 5% changed rows instead of 20%).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_search_text"
down_revision: str | Sequence[str] | None = "0005_list_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in kipu.store.tables (a migration keeps its own copy: the model may change later).
SEPARATOR = "\x1f"
SEARCH_TEXT_SQL = (
    f"lower(coalesce(evidence, '') || '{SEPARATOR}' || coalesce(place_name, '') "
    f"|| '{SEPARATOR}' || coalesce(admin1, ''))"
)
OLD_TRGM_COLUMNS = ("evidence", "place_name", "admin1")
DATED_INCLUDE = "date_end, review_status, sensitive, type"
AUTOVACUUM = "autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.05"


def _has_pg_trgm(bind: sa.Connection) -> bool:
    return bool(bind.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"ALTER TABLE events ADD COLUMN search_text text GENERATED ALWAYS AS ({SEARCH_TEXT_SQL}) STORED")
        op.execute("DROP INDEX IF EXISTS ix_events_dated")
        op.execute(f"CREATE INDEX ix_events_dated ON events (date_start, id) INCLUDE ({DATED_INCLUDE})")
        for column in OLD_TRGM_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_events_{column}_trgm")
        if _has_pg_trgm(bind):
            op.execute("CREATE INDEX ix_events_search_trgm ON events USING gin (search_text gin_trgm_ops)")
        op.execute(f"ALTER TABLE events SET ({AUTOVACUUM})")
    else:
        # SQLite adds only virtual generated columns to an existing table
        op.execute(f"ALTER TABLE events ADD COLUMN search_text TEXT GENERATED ALWAYS AS ({SEARCH_TEXT_SQL}) VIRTUAL")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE events RESET (autovacuum_vacuum_insert_scale_factor, autovacuum_vacuum_scale_factor)")
        op.execute("DROP INDEX IF EXISTS ix_events_search_trgm")
        if _has_pg_trgm(bind):
            for column in OLD_TRGM_COLUMNS:
                op.execute(f"CREATE INDEX ix_events_{column}_trgm ON events USING gin (lower({column}) gin_trgm_ops)")
        op.execute("DROP INDEX IF EXISTS ix_events_dated")
        op.execute("CREATE INDEX ix_events_dated ON events (date_start, id)")
    op.drop_column("events", "search_text")
