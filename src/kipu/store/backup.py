"""Portable backups: any kipu database to one file, and back into an empty one.

Why not ``sqlite3 .backup`` or ``pg_dump``: a backup must restore into either
kind of database (a laptop's SQLite to a server's PostgreSQL and back) and be
checkable without kipu. The file is a tar archive holding

* ``manifest.json``: format and version, kipu version, the source dialect,
  the Alembic revision(s) of the schema, and per table (in foreign-key
  order) its columns, row count and the SHA-256 of its uncompressed data;
* ``tables/<name>.jsonl.gz``: one JSON object per row, in primary-key order.

Cells are plain JSON: ``None`` is SQL NULL; dates and times are ISO 8601
(times in UTC, without offset); binary is base64; JSON columns hold the
column's JSON *text*, so SQL NULL and JSON ``null`` stay distinct. Tables are
read from the database itself (reflection), not from kipu's models, so tables
added by later migrations are backed up without changing this module.

Reading happens in one transaction (a consistent snapshot while ``kipu
watch`` writes); rows are streamed, so memory does not grow with the
database. Restoring checks every checksum before writing anything, writes in
one transaction (all or nothing), then migrates the result to the current
schema, so an old backup restores into a new kipu.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    cast,
    func,
    null,
    select,
    text,
)

from kipu import __version__
from kipu.store.database import make_engine, upgrade

FORMAT = "kipu-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SKIP_TABLES = {"alembic_version"}
BATCH_ROWS = 1000


class BackupError(Exception):
    """A backup that cannot be written or restored, with a reason a user can act on."""


@dataclass
class TableInfo:
    name: str
    rows: int
    sha256: str
    columns: list[dict[str, str]] = field(default_factory=list)

    @property
    def member(self) -> str:
        return f"tables/{self.name}.jsonl.gz"


@dataclass
class Manifest:
    revisions: list[str]
    tables: list[TableInfo]
    dialect: str = ""
    kipu_version: str = __version__
    created_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kipu_version": self.kipu_version,
            "created_at": self.created_at,
            "dialect": self.dialect,
            "alembic_revisions": self.revisions,
            "tables": [
                {"name": t.name, "file": t.member, "rows": t.rows, "sha256": t.sha256, "columns": t.columns}
                for t in self.tables
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        if data.get("format") != FORMAT:
            raise BackupError("not a kipu backup (manifest format is not 'kipu-backup')")
        if data.get("format_version") != FORMAT_VERSION:
            raise BackupError(f"unsupported backup format version {data.get('format_version')!r}")
        tables = [TableInfo(t["name"], int(t["rows"]), t["sha256"], t.get("columns", [])) for t in data["tables"]]
        return cls(
            revisions=list(data.get("alembic_revisions") or []),
            tables=tables,
            dialect=data.get("dialect", ""),
            kipu_version=data.get("kipu_version", ""),
            created_at=data.get("created_at", ""),
        )

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)


# -- cells ------------------------------------------------------------------------------


def encode_cell(value: Any) -> Any:
    """A database value as plain JSON (see the module docstring)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode_cell(value: Any, column: Any) -> Any:
    """The inverse of :func:`encode_cell`, driven by the *target* column's type."""
    kind = column.type
    if isinstance(kind, JSON):
        if value is None:
            return null()  # SQL NULL, not JSON null
        parsed = json.loads(value)
        return JSON.NULL if parsed is None else parsed
    if value is None:
        return None
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    if isinstance(kind, DateTime):
        moment = datetime.fromisoformat(value)
        return moment.replace(tzinfo=timezone.utc) if getattr(kind, "timezone", False) else moment
    if isinstance(kind, Date):
        return date.fromisoformat(value[:10])
    return value


# -- reading ----------------------------------------------------------------------------


def _user_tables(conn: Connection) -> list[Table]:
    meta = MetaData()
    meta.reflect(conn)
    return [t for t in meta.sorted_tables if t.name not in SKIP_TABLES]


def _revisions(conn: Connection) -> list[str]:
    return sorted(MigrationContext.configure(conn).get_current_heads())


def data_columns(table: Table) -> list[Any]:
    """The columns a backup holds: generated ones (``events.search_text``) are derived, not data."""
    return [c for c in table.columns if c.computed is None]


def iter_rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """Rows of ``table`` as encoded dicts, in primary-key order, streamed."""
    columns = [cast(c, Text).label(c.name) if isinstance(c.type, JSON) else c for c in data_columns(table)]
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(select(*columns).order_by(*order))
    for row in result.mappings():
        yield {name: encode_cell(value) for name, value in row.items()}


def _snapshot(engine: Engine) -> Connection:
    """A connection whose reads all see one moment of the database."""
    conn = engine.connect()
    if engine.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def backup(url: str, dest: Path) -> Manifest:
    """Write every table of the database at ``url`` to the archive ``dest``.

    The archive is written beside ``dest`` and renamed into place at the end,
    so an interrupted backup never leaves a truncated file under that name.
    """
    dest = Path(dest)
    engine = make_engine(url)
    try:
        with _snapshot(engine) as conn, conn.begin(), tempfile.TemporaryDirectory(dir=dest.parent) as tmp:
            revisions = _revisions(conn)
            if not revisions:
                raise BackupError("the database has no kipu schema (no Alembic revision); nothing to back up")
            infos: list[TableInfo] = []
            for table in _user_tables(conn):
                info = TableInfo(
                    table.name, 0, "", [{"name": c.name, "type": type(c.type).__name__} for c in data_columns(table)]
                )
                digest = hashlib.sha256()
                path = Path(tmp) / f"{table.name}.jsonl.gz"
                with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
                    for row in iter_rows(conn, table):
                        line = json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
                        digest.update(line)
                        out.write(line)
                        info.rows += 1
                info.sha256 = digest.hexdigest()
                infos.append(info)
            manifest = Manifest(
                revisions=revisions,
                tables=infos,
                dialect=engine.dialect.name,
                created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            )
            part = Path(tmp) / "backup.tar"
            with tarfile.open(part, "w") as tar:
                _add_bytes(tar, MANIFEST, json.dumps(manifest.to_dict(), indent=2).encode("utf-8"))
                for info in infos:
                    tar.add(Path(tmp) / f"{info.name}.jsonl.gz", arcname=info.member, filter=_anonymous)
            os.replace(part, dest)
    finally:
        engine.dispose()
    return manifest


def _anonymous(member: tarfile.TarInfo) -> tarfile.TarInfo:
    """No owner names or times in the archive: the same data gives the same members."""
    member.uid = member.gid = 0
    member.uname = member.gname = ""
    member.mtime = 0
    member.mode = 0o644
    return member


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    member = tarfile.TarInfo(name)
    member.size = len(data)
    member.mode = 0o644
    tar.addfile(member, io.BytesIO(data))


# -- restoring --------------------------------------------------------------------------


def read_manifest(tar: tarfile.TarFile) -> Manifest:
    try:
        handle = tar.extractfile(MANIFEST)
    except KeyError as exc:
        raise BackupError("not a kipu backup (no manifest.json)") from exc
    if handle is None:
        raise BackupError("not a kipu backup (manifest.json is not a file)")
    try:
        return Manifest.from_dict(json.loads(handle.read()))
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"damaged manifest.json ({exc})") from exc


def _lines(tar: tarfile.TarFile, info: TableInfo) -> Iterator[bytes]:
    try:
        handle: IO[bytes] | None = tar.extractfile(info.member)
    except KeyError as exc:
        raise BackupError(f"backup is missing {info.member}") from exc
    if handle is None:
        raise BackupError(f"{info.member} is not a file")
    try:
        with gzip.GzipFile(fileobj=handle) as data:
            yield from data
    except (OSError, EOFError) as exc:
        raise BackupError(f"{info.member} is damaged ({exc})") from exc


def verify(path: Path) -> Manifest:
    """Check the archive against its manifest (row counts and SHA-256) without a database."""
    with _open(path) as tar:
        manifest = read_manifest(tar)
        for info in manifest.tables:
            digest, rows = hashlib.sha256(), 0
            for line in _lines(tar, info):
                digest.update(line)
                rows += 1
            if rows != info.rows or digest.hexdigest() != info.sha256:
                raise BackupError(
                    f"{info.member} does not match the manifest ({rows} rows, expected {info.rows}; checksum "
                    f"{'ok' if digest.hexdigest() == info.sha256 else 'differs'})"
                )
    return manifest


def _open(path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, "r")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"cannot read backup {path} ({exc})") from exc


def _prepare_target(engine: Engine, manifest: Manifest) -> None:
    """Bring an empty database to the backup's schema revision; refuse a non-empty one."""
    with engine.connect() as conn:
        current = _revisions(conn)
        for table in _user_tables(conn):
            if conn.execute(select(func.count()).select_from(table)).scalar():
                raise BackupError(f"the target database is not empty (table {table.name!r} has rows)")
    if not current:
        for revision in manifest.revisions:
            upgrade(engine, revision)
    elif current != manifest.revisions:
        raise BackupError(
            f"the target database's schema is at {current}, the backup's at {manifest.revisions}; "
            "restore into a new, empty database"
        )


def restore(path: Path, url: str) -> Manifest:
    """Load the archive ``path`` into the empty database at ``url`` (SQLite or PostgreSQL)."""
    manifest = verify(path)
    engine = make_engine(url)
    try:
        _prepare_target(engine, manifest)
        with _open(path) as tar, engine.begin() as conn:
            tables = {t.name: t for t in _user_tables(conn)}
            for info in manifest.tables:
                table = tables.get(info.name)
                if table is None:
                    raise BackupError(f"the target schema has no table {info.name!r}")
                _load_table(conn, tar, table, info)
                got = conn.execute(select(func.count()).select_from(table)).scalar()
                if got != info.rows:
                    raise BackupError(f"table {info.name!r}: {got} rows restored, {info.rows} expected")
            if engine.dialect.name == "postgresql":
                _reset_sequences(conn, [tables[i.name] for i in manifest.tables])
        upgrade(engine)  # an older backup comes up to the current schema
    finally:
        engine.dispose()
    return manifest


def _load_table(conn: Connection, tar: tarfile.TarFile, table: Table, info: TableInfo) -> None:
    batch: list[dict[str, Any]] = []
    for line in _lines(tar, info):
        row = json.loads(line)
        unknown = set(row) - set(table.columns.keys())
        if unknown:
            raise BackupError(f"table {table.name!r} has no column(s) {sorted(unknown)} in the target schema")
        batch.append({name: decode_cell(value, table.columns[name]) for name, value in row.items()})
        if len(batch) >= BATCH_ROWS:
            conn.execute(table.insert(), batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """PostgreSQL serial counters must continue after the restored ids, not restart at 1."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        column = pk[0].name
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column}).scalar()
        if sequence:
            conn.execute(
                text(f'SELECT setval(:s, coalesce((SELECT max("{column}") FROM "{table.name}"), 0) + 1, false)'),
                {"s": sequence},
            )
