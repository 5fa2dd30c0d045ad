"""Plain `kipu ingest` processes racing on one database (issue 7): no spurious unique violations.

Two races used to surface as errors: two processes inserting the same text
at once (the loser's INSERT hit the unique index), and two processes
extracting the same document after the first one's periodic commit released
its claim on the documents it had not reached yet. The document insert is
now ``ON CONFLICT DO NOTHING`` / ``INSERT OR IGNORE`` followed by a re-read,
and extraction claims documents a page at a time, each page locked until
its own commit.
"""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kipu.cli.ingest_cmd import COMMIT_EVERY
from kipu.corpus import load_sample
from kipu.model import Document
from kipu.store import Repository, Store
from kipu.store.repository import DUPLICATE, NEW
from kipu.store.tables import DocumentRow, EventMentionRow, ExtractionRow

KIPU = str(Path(sys.executable).with_name("kipu"))


def _combined_articles(n: int) -> list[dict]:
    """``n`` distinct articles, each two sample articles joined (different enough not to be near-duplicates)."""
    sample = [r["text"] for r in load_sample()]
    out = []
    for k in range(1, len(sample)):
        for i in range(len(sample)):
            if len(out) == n:
                return out
            out.append({"doc_id": f"c{len(out)}", "published": "2023-01-10", "lang": "es",
                        "text": sample[i] + "\n\n" + sample[(i + k) % len(sample)]})
    return out


def _write_copies(tmp_path: Path, rows: list[dict], n: int) -> list[Path]:
    import json

    paths = []
    for i in range(n):
        shuffled = list(rows)
        random.Random(i).shuffle(shuffled)
        path = tmp_path / f"copy{i}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in shuffled), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.slow
def test_concurrent_ingests_past_the_commit_interval_extract_each_document_once(db_url, tmp_path):
    """Three `kipu ingest` processes, every article in each (own order), more articles than
    one extraction page: all exit 0 with no error, each article stored and extracted once."""
    n = 2 * COMMIT_EVERY + 20
    rows = _combined_articles(n)
    Store.open(db_url).close()  # migrate first: concurrent first-time migrations are not supported
    procs = [
        subprocess.Popen([KIPU, "ingest", str(p), "--db", db_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for p in _write_copies(tmp_path, rows, 3)
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err[-3000:]
        assert "error" not in err, err[-3000:]
    lines = [out.split("ingest: ")[1] for out, _ in outputs]
    assert sum(int(line.split(" new")[0]) for line in lines) == n  # each stored by exactly one process
    assert sum(int(line.split(", ")[1].split(" duplicate")[0]) for line in lines) == 2 * n
    with Store.open(db_url) as store, store.session() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == n
        per_doc = s.execute(select(ExtractionRow.document_id, func.count()).group_by(ExtractionRow.document_id)).all()
        assert len(per_doc) == n and all(c == 1 for _, c in per_doc)
        assert s.scalar(select(func.count()).select_from(EventMentionRow)) > 0


ARTICLE = (
    "Ayer, en Juliaca, miles de manifestantes marcharon hacia el aeropuerto y la policía disparó gases "
    "lacrimógenos. Al menos tres personas resultaron heridas, según el hospital regional de la ciudad."
)


def _wait_until_blocked(store: Store, pid: int, deadline_s: float = 60) -> None:
    """Wait until backend ``pid`` is waiting on a lock (synchronisation, not a timing assertion)."""
    end = time.monotonic() + deadline_s
    with store.engine.connect() as conn:
        while time.monotonic() < end:
            waiting = conn.execute(text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :p"), {"p": pid}).scalar()
            if waiting == "Lock":
                return
            conn.rollback()
            time.sleep(0.05)
    raise AssertionError(f"backend {pid} never waited on the other's insert")


@pytest.mark.postgresql
def test_insert_racing_an_uncommitted_copy_reads_it_back(pg_server):
    """PostgreSQL: B inserts the text A inserted but has not committed. B waits for A, then gets
    "duplicate" of A's row: no unique violation, and B's transaction stays usable."""
    store = Store.open(pg_server.create_database("race"), writer=True)
    outcome: dict = {}
    started = threading.Event()
    b_pid: list[int] = []

    def b() -> None:
        with store.session() as session:
            b_pid.append(session.execute(text("SELECT pg_backend_pid()")).scalar())
            started.set()
            try:
                outcome["result"] = Repository(session).add_document(Document(text=ARTICLE, doc_id="copy-b"))
                outcome["after"] = session.execute(select(func.count()).select_from(DocumentRow)).scalar()
            except Exception as exc:  # noqa: BLE001 - the assertion below reports it
                outcome["error"] = exc

    try:
        with store.session() as a:
            first = Repository(a).add_document(Document(text=ARTICLE, doc_id="copy-a"))
            assert first.status == NEW
            thread = threading.Thread(target=b)
            thread.start()
            assert started.wait(60)
            _wait_until_blocked(store, b_pid[0])
        thread.join(120)
        assert "error" not in outcome, outcome.get("error")
        assert outcome["result"].status == DUPLICATE and outcome["result"].document_id == first.document_id
        assert outcome["after"] == 1
    finally:
        store.close()


def test_insert_of_a_text_stored_meanwhile_is_a_duplicate_not_an_error(db_url):
    """Both backends: a document whose text (or doc_id) appears between the duplicate check and
    the insert is read back, not raised: the insert itself ignores conflicts."""
    with Store.open(db_url) as store, store.session() as s:
        repo = Repository(s)
        stored = repo.add_document(Document(text=ARTICLE, doc_id="x1"))
        values = {"doc_id": "x2", "sha256": s.scalar(select(DocumentRow.sha256)), "text": ARTICLE}
        assert repo._insert_if_absent(values) is None  # conflict on sha256: nothing inserted, no exception
        assert repo._insert_if_absent({**values, "doc_id": "x1", "sha256": "0" * 64}) is None  # on doc_id
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == 1  # and the transaction goes on
        again = repo.add_document(Document(text=ARTICLE, doc_id="x3"))
        assert again.status == DUPLICATE and again.document_id == stored.document_id


class _PeekingExtractor:
    """Extracts nothing; while extracting each document it asks, in another session, which
    documents a second process would claim now (what it would extract concurrently)."""

    version = "peek-1"

    def __init__(self, store: Store) -> None:
        self.store = store
        self.overlaps: list[tuple[str, list[str]]] = []
        self.extracted: list[str] = []

    def extract(self, text_: str, *, published=None, lang=None, doc_id: str = ""):
        from kipu.model import Extraction

        with self.store.session() as other:
            claimable = [d.doc_id for d in Repository(other).documents_to_extract(self.version)]
        if doc_id in claimable:
            self.overlaps.append((doc_id, claimable))
        self.extracted.append(doc_id)
        return Extraction(doc_id=doc_id, lang="es")


@pytest.mark.postgresql
def test_extraction_claims_stay_locked_until_their_page_is_committed(pg_server):
    """While one process extracts (committing every 2 documents), no document it is about to
    extract or is extracting can be claimed by another process: before paging, the first commit
    released the claim on every document not yet reached."""
    store = Store.open(pg_server.create_database("claims"), writer=True)
    try:
        with store.session() as s:
            repo = Repository(s)
            for i, row in enumerate(_combined_articles(7)):
                repo.add_document(Document(text=row["text"], doc_id=f"d{i}"))
        from kipu.ingest.service import extract_pending

        peek = _PeekingExtractor(store)
        with store.session() as s:
            done = extract_pending(Repository(s), peek, commit_every=2)
        assert done == 7 and sorted(peek.extracted) == [f"d{i}" for i in range(7)]
        assert peek.overlaps == []
        with store.session() as s:
            assert Repository(s).documents_to_extract(peek.version) == []
    finally:
        store.close()
