"""Engine, sessions and schema migrations.

``Store.open(url)`` is the one way in: it builds the engine (SQLite gets WAL,
foreign keys and a busy timeout so a ``kipu watch`` and a web server can share
one file), then runs ``alembic upgrade heads`` with a configuration built in
code from the package's own ``migrations`` directory, so it works from an
installed wheel with no ``alembic.ini`` anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 10_000
# A writer waits for the others' batches (extraction, resolution) rather than fail.
SQLITE_WRITER_TIMEOUT_MS = 300_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Set per-connection pragmas: WAL lets readers run while one process writes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # Let SQLAlchemy, not pysqlite, decide when transactions begin, so that
    # SAVEPOINTs (one per ingested document) work as documented.
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def _sqlite_begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_writer_timeout(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout={SQLITE_WRITER_TIMEOUT_MS}")


def make_engine(url: str, *, writer: bool = False) -> Engine:
    """An engine for ``url``; SQLite parent directories are created on demand.

    ``writer``: on SQLite, transactions take the write lock when they begin, so
    that several processes writing one file wait their turn (busy timeout)
    instead of failing when a read transaction tries to become a write one
    after another process committed (``SQLITE_BUSY_SNAPSHOT``).
    """
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate if writer else _sqlite_begin)
        if writer:
            event.listen(engine, "connect", _sqlite_writer_timeout)
        return engine
    return create_engine(_with_driver(url), pool_pre_ping=True)


def _with_driver(url: str) -> str:
    """``postgresql://`` means psycopg 3 (the driver kipu ships), not SQLAlchemy's psycopg2 default."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at the packaged migrations (no ini file)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema of ``engine``'s database to ``revision``.

    The default is ``heads`` so that independent migration branches (added in
    parallel by separate features) are all applied without a merge revision.
    """
    cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


class Store:
    """A migrated database plus a session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        from kipu.store.versions import track_data_versions

        self.versioned = track_data_versions(engine)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, writer: bool = False) -> Store:
        """Open (and by default migrate to head) the database at ``url``.

        ``writer=True`` for processes that may write concurrently with others
        (see :func:`make_engine`).
        """
        engine = make_engine(url, writer=writer)
        if migrate:
            upgrade(engine)
        return cls(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
