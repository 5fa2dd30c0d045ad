"""index for the event list filtered by region: lower(admin1) + the list order

Revision ID: 0004_api_indexes
Revises: 0003_users

GET /api/events filters regions case-insensitively (``lower(admin1) = ...``)
and orders pages by ``(date_start IS NULL), date_start, id``. The plain
``admin1`` index cannot serve ``lower(admin1)``, so every region page scanned
and sorted all events; this index reads a region's page in order
(``benchmarks/bench_api.py``). A global index on the order alone was tried and
left out: PostgreSQL walks it from the oldest event for recent date ranges.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_api_indexes"
down_revision: str | Sequence[str] | None = "0003_users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_events_admin1_order",
        "events",
        [sa.text("lower(admin1)"), sa.text("(date_start IS NULL)"), "date_start", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_events_admin1_order", table_name="events")
