"""Crash safety (issue 7): `kipu ingest` killed with SIGKILL mid-batch, then restarted.

A hundred and fifty generated articles (three commit batches) go into SQLite and PostgreSQL through the real CLI in a
subprocess. The first run is killed while storing documents, the second
while extracting them, the third runs to the end. The result must equal an
uninterrupted run into a fresh database: every article stored exactly once,
every extraction whole (its row and all its mentions, or nothing), every
mention and claim pointing at a stored document, and the same events.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

pytestmark = pytest.mark.slow

KIPU = str(Path(sys.executable).with_name("kipu"))
N_ARTICLES = 150
PLACES = ["Juliaca", "Puno", "Cusco", "Ayacucho", "Andahuaylas", "Arequipa", "Tacna", "Huancayo", "Ilave", "Chala"]
FILLER = (
    "río montaña comunidad asamblea dirigente vecinos mercado escuela carretera puente lluvia cosecha "
    "alpaca quinua feria radio periódico municipio plaza iglesia colegio hospital camión minera agua "
    "tierra canal sindicato gremio federación ronda campesina docentes estudiantes madres obreros "
    "transportistas agricultores comerciantes pescadores mineros artesanos jóvenes ancianos autoridades"
).split()


def write_articles(path: Path, n: int = N_ARTICLES) -> None:
    """``n`` distinct articles, each reporting one protest (texts differ enough not to be near-duplicates)."""
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            place = PLACES[i % len(PLACES)]
            day = 1 + i % 28
            filler = " ".join(rng.choice(FILLER) for _ in range(40))
            text = (
                f"El {day} de enero de 2023, en {place}, unos {100 + i} manifestantes marcharon por la plaza "
                f"y la policía detuvo a {1 + i % 9} personas. {filler.capitalize()}. "
                f"Nota número {i}: {' '.join(rng.choice(FILLER) for _ in range(25))}."
            )
            rec = {"doc_id": f"crash-{i:04d}", "published": f"2023-02-{1 + i % 27:02d}", "lang": "es", "text": text}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


class Probe:
    """Reads the database from outside the kipu process (SQLite WAL and PostgreSQL both allow it)."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url, poolclass=NullPool)

    def count(self, sql: str) -> int:
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(text(sql)).scalar() or 0)
        except DBAPIError:  # the schema does not exist yet, or the file is being created
            return 0

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with self.engine.connect() as conn:
            return [tuple(_plain(v) for v in row) for row in conn.execute(text(sql))]

    def close(self) -> None:
        self.engine.dispose()


def _plain(value: Any) -> Any:
    """JSON cells come back as text (SQLite) or objects (PostgreSQL); compare them as sorted JSON."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def run_and_kill(args: list[str], env: dict[str, str], when: Callable[[], bool], timeout: float = 240) -> int:
    """Start kipu, SIGKILL it as soon as ``when()`` holds; returns its exit status."""
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if when():
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.01)
        return proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def dump(db: Probe) -> dict[str, list[tuple[Any, ...]]]:
    """What must survive, keyed by stable identities (row ids may differ between runs)."""
    return {
        "documents": sorted(db.rows("SELECT doc_id, sha256, text FROM documents")),
        "mentions": sorted(
            db.rows(
                "SELECT d.doc_id, m.ordinal, m.type, m.evidence_start, m.evidence_end, m.data "
                "FROM event_mentions m JOIN documents d ON d.id = m.document_id"
            )
        ),
        "extractions": sorted(
            db.rows("SELECT d.doc_id, x.n_events FROM extractions x JOIN documents d ON d.id = x.document_id")
        ),
        "events": sorted(
            db.rows(
                "SELECT key, type, sub_type, date_start, admin1, place_name, participants_low, arrests, n_documents "
                "FROM events"
            ),
            key=repr,
        ),
        "claims": sorted(
            db.rows(
                "SELECT e.key, c.field, d.doc_id, c.value FROM claims c JOIN events e ON e.id = c.event_id "
                "JOIN documents d ON d.id = c.document_id"
            ),
            key=repr,
        ),
    }


PARTIAL_EXTRACTIONS = (
    "SELECT count(*) FROM extractions x WHERE x.n_events != "
    "(SELECT count(*) FROM event_mentions m WHERE m.extraction_id = x.id)"
)


def check_integrity(db: Probe, *, finished: bool) -> None:
    """Nothing half-written: every row's parent exists, every extraction has all its mentions."""
    assert db.count("SELECT count(*) - count(DISTINCT doc_id) FROM documents") == 0
    assert db.count("SELECT count(*) - count(DISTINCT sha256) FROM documents") == 0
    assert db.count("SELECT count(*) FROM event_mentions WHERE document_id NOT IN (SELECT id FROM documents)") == 0
    assert db.count("SELECT count(*) FROM raw_archive WHERE document_id NOT IN (SELECT id FROM documents)") == 0
    assert db.count("SELECT count(*) FROM claims WHERE mention_id NOT IN (SELECT id FROM event_mentions)") == 0
    assert db.count(PARTIAL_EXTRACTIONS) == 0
    assert db.count("SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM raw_archive)") == 0
    if finished:
        assert db.count("SELECT count(*) FROM event_mentions WHERE extraction_id IS NULL OR event_id IS NULL") == 0


def test_sigkill_mid_batch_then_restart_equals_an_uninterrupted_run(
    tmp_path: Path, db_backend: str, db_url_factory: Callable[[str], str]
) -> None:
    source = tmp_path / "articles.jsonl"
    write_articles(source)
    url = db_url_factory("crash")
    db = Probe(url)
    env = {**os.environ, "KIPU_DB": url}
    args = [KIPU, "ingest", str(source)]

    # 1. killed while storing documents: after the first batch commit, before the last.
    status = run_and_kill(args, env, lambda: db.count("SELECT count(*) FROM documents") >= 50)
    assert status == -signal.SIGKILL, "kipu finished before it could be killed; use more articles"
    stored = db.count("SELECT count(*) FROM documents")
    assert 50 <= stored < N_ARTICLES
    check_integrity(db, finished=False)

    # 2. killed while extracting: after some extractions were committed, before all.
    status = run_and_kill(args, env, lambda: db.count("SELECT count(*) FROM extractions") >= 1)
    assert status == -signal.SIGKILL, "kipu finished before it could be killed during extraction"
    assert db.count("SELECT count(*) FROM documents") == N_ARTICLES
    extracted = db.count("SELECT count(*) FROM extractions")
    assert 1 <= extracted < N_ARTICLES
    check_integrity(db, finished=False)
    print(f"{db_backend}: killed after {stored} documents stored, then after {extracted} extracted")

    # 3. restarted: runs to the end.
    final = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr[-3000:]
    assert f"0 new, {N_ARTICLES} duplicate" in final.stdout
    check_integrity(db, finished=True)

    # 4. an uninterrupted run into a fresh database gives the same content.
    ref_url = db_url_factory("reference")
    ref = subprocess.run(args, env={**os.environ, "KIPU_DB": ref_url}, capture_output=True, text=True, timeout=300)
    assert ref.returncode == 0, ref.stderr[-3000:]
    reference = Probe(ref_url)
    got, want = dump(db), dump(reference)
    db.close()
    reference.close()
    assert len(got["documents"]) == N_ARTICLES
    assert len(got["extractions"]) == N_ARTICLES
    assert got["mentions"] and got["events"], "the generated articles should yield mentions and events"
    for table in want:
        assert got[table] == want[table], f"{table} differ after crash and restart"
