"""The database layer: migrations, pragmas, and that models match migrations."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from kipu.store import Store
from kipu.store.database import alembic_config
from kipu.store.tables import Base, DocumentRow, RawArchiveRow

EXPECTED_TABLES = {
    "documents",
    "raw_archive",
    "extractions",
    "event_mentions",
    "events",
    "claims",
    "tally_mentions",
    "feed_items",
    "audit_log",
    "alembic_version",
}


def test_migrations_create_all_tables(db_url):
    store = Store.open(db_url)
    names = set(inspect(store.engine).get_table_names())
    assert EXPECTED_TABLES <= names
    with store.engine.connect() as conn:
        applied = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    heads = set(ScriptDirectory.from_config(alembic_config(db_url)).get_heads())
    assert applied == heads
    store.close()


def test_models_match_migrations(db_url):
    """Autogenerate finds nothing to add: the shipped migration is the ORM schema (both backends)."""
    store = Store.open(db_url)
    dialect = store.engine.dialect.name

    def for_this_dialect(obj, name, type_, reflected, compare_to):  # an index declared .ddl_if(dialect=...)
        ddl_if = getattr(obj, "_ddl_if", None)
        return ddl_if is None or ddl_if.dialect in (None, dialect)

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": for_this_dialect})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    store.close()


def test_sqlite_pragmas(tmp_path):
    store = Store.open(str(f"sqlite:///{tmp_path / 'k.sqlite'}"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    store.close()


@pytest.fixture()
def round_trip_url(db_backend, db_url, tmp_path):
    # On SQLite, a missing parent directory is created on demand.
    return f"sqlite:///{tmp_path / 'sub' / 'k.sqlite'}" if db_backend == "sqlite" else db_url


def test_open_twice_is_idempotent_and_round_trips(round_trip_url):
    url = round_trip_url
    with Store.open(url) as store, store.session() as s:
        doc = DocumentRow(doc_id="d1", sha256="a" * 64, text="Un texto breve.", published=date(2023, 1, 9), lang="es")
        s.add(doc)
        s.flush()
        s.add(RawArchiveRow(document_id=doc.id, sha256="b" * 64, media_type="text/plain", content=b"\xf1and\xfa"))
    with Store.open(url) as store, store.session() as s:
        row = s.scalar(select(DocumentRow).where(DocumentRow.doc_id == "d1"))
        assert row is not None and row.published == date(2023, 1, 9) and row.text == "Un texto breve."
        assert row.raw[0].content == b"\xf1and\xfa"
        assert row.ingested_at is not None


def test_rollback_on_error_keeps_database_clean(db_url):
    store = Store.open(db_url)
    try:
        with store.session() as s:
            s.add(DocumentRow(doc_id="d1", sha256="a" * 64, text="x"))
            s.flush()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with store.session() as s:
        assert s.scalar(select(DocumentRow)) is None
    store.close()
