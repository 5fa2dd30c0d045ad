"""Data versions: counters that every committed write moves, so readers can cache.

The web app caches anonymous responses for as long as the data they were
built from is unchanged. This module keeps one counter per kind of change in
the ``data_version`` table:

* ``*`` — any committed write to the data;
* ``<table>`` — rows of that table were updated or deleted;
* ``<table>+`` — rows were inserted into it.

The counters move *in the committing transaction itself* (an engine
``commit`` hook, so it holds for every process and code path that writes
through :class:`~kipu.store.Store`: ingest, resolve, review, settings): a
reader that sees the new data sees the new counters, and the other way round.
Updates/deletes that matched no row change nothing and move nothing; logins,
token use and migration bookkeeping are not data.

Inserts are told apart so that a response that reaches a table only through
rows of another (an event's sources are documents *referenced by its claims*)
need not be rebuilt when unrelated rows are added to it: referencing a new row
means writing the referencing table, whose counter moves.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, event, inspect

ANY = "*"
_UNVERSIONED = frozenset({"user_sessions", "api_tokens", "alembic_version", "data_version"})
_TARGET = re.compile(r'\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)
_WRITES = ("INSERT", "UPDATE", "DELETE", "WITH")
_KEY = "kipu_written"


def written_names(statement: str, rowcount: int) -> set[str]:
    """The counters a statement moves (empty for reads and for writes that changed nothing)."""
    if statement.lstrip()[:6].upper().split(" ")[0] not in _WRITES:
        return set()
    names: set[str] = set()
    for verb, table in _TARGET.findall(statement):
        table = table.lower()
        if table in _UNVERSIONED:
            continue
        if verb.upper().startswith("INSERT"):
            names.add(table + "+")
        elif rowcount != 0:  # -1 (unknown) counts as a change
            names.add(table)
    return names


def _note(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
    names = written_names(statement, getattr(cursor, "rowcount", -1))
    if names:
        conn.info.setdefault(_KEY, set()).update(names)


def _bump(conn: Any) -> None:
    names = conn.info.pop(_KEY, None)
    if not names:
        return
    # sorted: concurrent writers lock the counter rows in one order (no deadlock)
    values = ", ".join(f"('{name}', 1)" for name in sorted(names | {ANY}) if re.fullmatch(r"[\w*]+\+?", name))
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(
            f"INSERT INTO data_version (name, version) VALUES {values} "
            "ON CONFLICT (name) DO UPDATE SET version = data_version.version + 1"
        )
    finally:
        cursor.close()


def _forget(conn: Any) -> None:
    conn.info.pop(_KEY, None)


def track_data_versions(engine: Engine) -> bool:
    """Move the counters on every commit of ``engine`` that wrote data (once the table exists)."""
    if not inspect(engine).has_table("data_version"):
        return False
    if not event.contains(engine, "commit", _bump):
        event.listen(engine, "after_cursor_execute", _note)
        event.listen(engine, "commit", _bump)
        event.listen(engine, "rollback", _forget)
    return True


def data_versions(engine: Engine) -> dict[str, int]:
    """Every counter (absent ones are 0); equal counters mean no such write committed in between."""
    with engine.connect() as conn:
        return {name: int(v) for name, v in conn.exec_driver_sql("SELECT name, version FROM data_version")}


def data_version(engine: Engine) -> int:
    """The ``*`` counter: moves on any committed write to the data."""
    return data_versions(engine).get(ANY, 0)
