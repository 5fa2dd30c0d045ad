"""Persistence: SQLAlchemy models, Alembic migrations and repository operations.

``Store.open(url)`` gives a migrated database; ``Repository(session)`` the
operations (add documents, save extractions, list events).
"""

from kipu.store.database import Store
from kipu.store.repository import DUPLICATE, NEAR_DUPLICATE, NEW, AddResult, Repository

__all__ = ["DUPLICATE", "NEAR_DUPLICATE", "NEW", "AddResult", "Repository", "Store"]
