"""`kipu backup` / `kipu restore` (issue 7): a round trip that compares every row of every table.

The source database holds the sample corpus ingested, extracted and resolved
(plus an audit row with SQL NULL and JSON null, which must stay distinct).
It is backed up, restored into an empty database of the same kind and, on
PostgreSQL, across kinds (SQLite -> PostgreSQL -> SQLite), and every table is
compared row by row. Damaged archives and non-empty targets are refused
before anything is written.
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from sqlalchemy import JSON, MetaData, create_engine, func, null, select
from typer.testing import CliRunner

from kipu.cli import app
from kipu.cli.ingest_cmd import run_ingest
from kipu.corpus import sample_path
from kipu.ingest.readers import read_inputs
from kipu.store import Repository, Store
from kipu.store.backup import BackupError, backup, iter_rows, restore, verify
from kipu.store.tables import AuditLogRow

runner = CliRunner()


def seed(url: str) -> None:
    """The sample corpus, extracted and resolved, plus audit rows with both kinds of null."""
    summary = run_ingest(read_inputs([str(sample_path())]), url, extract=True, console=Console(file=io.StringIO()))
    assert summary.new == 30 and summary.events > 0
    with Store.open(url) as store, store.session() as session:
        repo = Repository(session)
        repo.audit("tester", "edit", "event", 1, before=None, after={"fatalities": 3, "note": "año ñ"}, reason="prueba")
        session.add(AuditLogRow(who="tester", action="note", entity="event", entity_id=None, before={"x": None}, after=null()))


def contents(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (but Alembic's), JSON cells parsed, SQL NULL kept apart from JSON null."""
    engine = create_engine(url)
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        meta = MetaData()
        meta.reflect(conn)
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            json_cols = {c.name for c in table.columns if isinstance(c.type, JSON)}
            rows = []
            for row in iter_rows(conn, table):
                rows.append(tuple(
                    (name, ("json", json.loads(value)) if name in json_cols and value is not None else value)
                    for name, value in sorted(row.items())
                ))
            out[table.name] = rows
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded SQLite file per module; tests work on copies (seeding takes seconds)."""
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    seed(f"sqlite:///{path}")
    with create_engine(f"sqlite:///{path}").connect() as conn:  # fold the WAL into the file before copying
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def seeded_copy(seeded_sqlite: Path, tmp_path: Path, name: str = "src.sqlite") -> str:
    target = tmp_path / name
    shutil.copyfile(seeded_sqlite, target)
    return f"sqlite:///{target}"


@pytest.fixture()
def seeded_url(db_backend: str, db_url_factory: Callable[[str], str], seeded_sqlite: Path, tmp_path: Path) -> str:
    if db_backend == "sqlite":
        return seeded_copy(seeded_sqlite, tmp_path)
    url = db_url_factory("source")
    seed(url)
    return url


def test_round_trip_compares_every_row(seeded_url: str, db_url_factory: Callable[[str], str], tmp_path: Path) -> None:
    archive = tmp_path / "kipu.tar"
    manifest = backup(seeded_url, archive)
    names = {t.name for t in manifest.tables}
    assert {"documents", "raw_archive", "event_mentions", "events", "claims", "audit_log"} <= names
    assert manifest.revisions and all(t.sha256 for t in manifest.tables)
    assert verify(archive).total_rows == manifest.total_rows

    target = db_url_factory("target")
    restore(archive, target)
    before, after = contents(seeded_url), contents(target)
    assert set(before) == set(after)
    for name in before:
        assert after[name] == before[name], f"table {name} differs after restore"
    assert len(before["documents"]) == 30 and before["events"] and before["claims"]
    audit = [dict(r) for r in before["audit_log"]]
    assert None in [a["after"] for a in audit]  # SQL NULL survived ...
    assert ("json", None) in [a["before"] for a in audit]  # ... and so did JSON null, apart from it
    assert ("json", {"x": None}) in [a["before"] for a in audit]

    # The restored database keeps working: new rows get fresh ids (PostgreSQL sequences were reset).
    with Store.open(target) as store, store.session() as session:
        row = Repository(session).audit("tester", "after-restore", "event", None)
        session.flush()
        assert row.id > max(a["id"] for a in audit)


@pytest.mark.postgresql
def test_sqlite_to_postgresql_and_back(tmp_path: Path, pg_server: Any, seeded_sqlite: Path) -> None:
    sqlite_src = seeded_copy(seeded_sqlite, tmp_path)
    to_pg = pg_server.create_database("cross")
    backup(sqlite_src, tmp_path / "a.tar")
    restore(tmp_path / "a.tar", to_pg)
    back = f"sqlite:///{tmp_path / 'back.sqlite'}"
    backup(to_pg, tmp_path / "b.tar")
    restore(tmp_path / "b.tar", back)
    original, via_pg, returned = contents(sqlite_src), contents(to_pg), contents(back)
    for name in original:
        assert via_pg[name] == original[name], f"table {name} differs on PostgreSQL"
        assert returned[name] == original[name], f"table {name} differs after the return trip"


def test_cli_backup_and_restore(tmp_path: Path, seeded_sqlite: Path) -> None:
    source = tmp_path / "src.sqlite"
    seeded_copy(seeded_sqlite, tmp_path)
    archive = tmp_path / "out" / "kipu.tar"
    archive.parent.mkdir()
    result = runner.invoke(app, ["backup", str(archive), "--db", str(source)])
    assert result.exit_code == 0, result.output
    assert "rows in" in result.output and archive.exists()
    again = runner.invoke(app, ["backup", str(archive), "--db", str(source)])
    assert again.exit_code == 2 and "exists" in again.output
    check = runner.invoke(app, ["restore", "--check", str(archive)])
    assert check.exit_code == 0 and "verified" in check.output
    target = tmp_path / "restored.sqlite"
    result = runner.invoke(app, ["restore", str(archive), "--db", str(target)])
    assert result.exit_code == 0, result.output
    assert contents(f"sqlite:///{target}") == contents(f"sqlite:///{source}")
    refused = runner.invoke(app, ["restore", str(archive), "--db", str(target)])
    assert refused.exit_code == 1 and "not empty" in refused.output


def _rewrite_member(archive: Path, name: str, change: Callable[[bytes], bytes], out: Path) -> None:
    with tarfile.open(archive) as src, tarfile.open(out, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == name:
                data = change(data)
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))


def _doc_count(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        meta = MetaData()
        meta.reflect(conn, only=lambda n, _m: n == "documents")
        n = conn.execute(select(func.count()).select_from(meta.tables["documents"])).scalar() if "documents" in meta.tables else 0
    engine.dispose()
    return int(n or 0)


def test_damaged_archives_are_refused_before_writing(tmp_path: Path, seeded_sqlite: Path) -> None:
    source = seeded_copy(seeded_sqlite, tmp_path)
    archive = tmp_path / "good.tar"
    backup(source, archive)

    def drop_last_row(data: bytes) -> bytes:
        lines = gzip.decompress(data).splitlines(keepends=True)
        return gzip.compress(b"".join(lines[:-1]))

    def alter_a_value(data: bytes) -> bytes:
        return gzip.compress(gzip.decompress(data).replace(b"Juliaca", b"Juliaka", 1))

    for label, change in (("truncated", drop_last_row), ("tampered", alter_a_value), ("garbage", lambda d: b"not gzip")):
        bad = tmp_path / f"{label}.tar"
        _rewrite_member(archive, "tables/documents.jsonl.gz", change, bad)
        target = f"sqlite:///{tmp_path / (label + '.sqlite')}"
        with pytest.raises(BackupError, match="documents"):
            restore(bad, target)
        assert _doc_count(target) == 0, f"{label}: rows were written from a damaged archive"

    not_tar = tmp_path / "not.tar"
    not_tar.write_bytes(b"hello")
    with pytest.raises(BackupError, match="cannot read backup"):
        verify(not_tar)


def test_an_older_schema_restores_and_is_migrated(tmp_path: Path) -> None:
    """A backup taken at an earlier Alembic revision restores at that revision, then upgrades."""
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy.orm import Session

    from kipu.model import Document
    from kipu.store.database import make_engine, upgrade

    old = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(old)
    upgrade(engine, "0002")
    with Session(engine) as session:
        Repository(session).add_document(Document(text="Comuneros de Ilave marcharon el lunes por la carretera.", doc_id="old-1", lang="es"))
        session.commit()
    engine.dispose()
    manifest = backup(old, tmp_path / "old.tar")
    assert manifest.revisions == ["0002"]

    target = f"sqlite:///{tmp_path / 'new.sqlite'}"
    restore(tmp_path / "old.tar", target)
    engine = create_engine(target)
    with engine.connect() as conn:
        heads = set(MigrationContext.configure(conn).get_current_heads())
    engine.dispose()
    with Store.open(target) as store:  # what `Store.open` would migrate to: nothing left to do
        with store.engine.connect() as conn:
            assert set(MigrationContext.configure(conn).get_current_heads()) == heads
    assert heads != {"0002"}
    assert contents(target)["documents"] == contents(old)["documents"]
