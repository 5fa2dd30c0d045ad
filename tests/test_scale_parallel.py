"""Parallel ingest on a real Dask LocalCluster of processes, and concurrent writers.

Both run on SQLite and on a real PostgreSQL server (``db_url``). The
reference is the plain sequential ``kipu ingest`` of the same articles:
parallel ingest must store the same documents and resolve to the same events.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import func, select
from typer.testing import CliRunner

from kipu.cli import app
from kipu.cli.ingest_cmd import run_ingest
from kipu.corpus import load_documents, sample_path
from kipu.ingest.errors import IngestError
from kipu.model import Document
from kipu.scale import ParallelOptions, run_parallel_ingest
from kipu.scale.partition import batches
from kipu.store import Repository, Store
from kipu.store.tables import DocumentRow, EventMentionRow, ExtractionRow

QUIET = Console(file=open(os.devnull, "w"), stderr=False)


def test_batches_cut_documents_and_pass_errors_through():
    docs = [Document(text=f"t{i}") for i in range(5)]
    err = IngestError("f.jsonl:3", "bad json")
    out = list(batches([docs[0], docs[1], err, docs[2], docs[3], docs[4]], 2))
    assert out[0] == [docs[0], docs[1]] and out[1] is err
    assert out[2] == [docs[2], docs[3]] and out[3] == [docs[4]]
    with pytest.raises(ValueError):
        list(batches(docs, 0))


def _snapshot(url: str) -> tuple[dict, set]:
    """Documents with their mention count, and events as comparable values."""
    with Store.open(url) as store, store.session() as s:
        per_doc = dict(
            s.execute(
                select(DocumentRow.doc_id, func.count(EventMentionRow.id))
                .outerjoin(EventMentionRow, EventMentionRow.document_id == DocumentRow.id)
                .group_by(DocumentRow.doc_id)
            ).all()
        )
        events = {
            (e.key, e.type, e.sub_type, e.date_start, e.admin1, e.place_name, e.fatalities, e.n_documents)
            for e in Repository(s).list_events()
        }
        extractions = s.scalar(select(func.count()).select_from(ExtractionRow))
        assert extractions == sum(1 for _ in per_doc)  # each document extracted exactly once
    return per_doc, events


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[dict, set]:
    url = f"sqlite:///{tmp_path_factory.mktemp('ref') / 'ref.sqlite'}"
    run_ingest(load_documents(), url, extract=True, console=QUIET)
    return _snapshot(url)


@pytest.fixture(scope="module")
def cluster():
    """One real LocalCluster of 2 worker processes for the module (reached via --scheduler)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


@pytest.mark.slow
def test_parallel_ingest_matches_sequential(db_url, cluster, reference):
    docs = load_documents()
    again = random.Random(3).sample(docs, 10)  # exact duplicates spread over other batches
    options = ParallelOptions(scheduler=cluster.scheduler_address, batch_size=7)
    summary = run_parallel_ingest(docs + again, db_url, options, QUIET)
    assert (summary.new, summary.duplicate, summary.failed) == (len(docs), 10, 0)
    assert summary.extracted == len(docs)
    per_doc, events = _snapshot(db_url)
    assert (per_doc, events) == reference
    assert summary.events == len(events)
    assert len(cluster.scheduler_info["workers"]) == 2  # the work really ran on two processes


@pytest.mark.slow
def test_parallel_ingest_reports_bad_lines_and_keeps_going(tmp_path, cluster):
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    docs = load_documents()[:5]
    items = [docs[0], IngestError("x.jsonl:2", "bad json"), *docs[1:], Document(text="   ", origin="empty.txt")]
    summary = run_parallel_ingest(items, url, ParallelOptions(scheduler=cluster.scheduler_address, batch_size=2), QUIET)
    assert summary.new == 5 and summary.failed == 2
    assert {e.origin for e in summary.errors} == {"x.jsonl:2", "empty.txt"}


@pytest.mark.slow
def test_cli_workers_starts_a_local_cluster(tmp_path, reference):
    db = tmp_path / "cli.sqlite"
    result = CliRunner().invoke(app, ["ingest", str(sample_path()), "--db", str(db), "--workers", "2", "--batch-size", "8"])
    assert result.exit_code == 0, result.output
    assert "30 new, 0 duplicate" in result.output and "30 extracted" in result.output
    assert _snapshot(f"sqlite:///{db}") == reference


def _shuffled_copies(tmp_path: Path, n: int) -> list[Path]:
    lines = sample_path().read_text(encoding="utf-8").splitlines()
    paths = []
    for i in range(n):
        rows = [line for line in lines if line.strip()]
        random.Random(i).shuffle(rows)
        path = tmp_path / f"copy{i}.jsonl"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.slow
def test_concurrent_cli_ingests_lose_and_duplicate_nothing(db_url, tmp_path, reference):
    """Three `kipu ingest` processes at once, each with every article in its own order."""
    Store.open(db_url).close()  # migrate first: concurrent first-time migrations are not supported
    kipu = str(Path(sys.executable).with_name("kipu"))
    procs = [
        subprocess.Popen([kipu, "ingest", str(p), "--db", db_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for p in _shuffled_copies(tmp_path, 3)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
    new = sum(int(out.split("ingest: ")[1].split(" new")[0]) for out, _ in outputs)
    assert new == 30  # each article stored by exactly one process
    assert _snapshot(db_url) == reference


def _counts(out: str) -> tuple[int, int]:
    line = out.split("ingest: ")[1]
    return int(line.split(" new")[0]), int(line.split(", ")[1].split(" duplicate")[0])


@pytest.mark.slow
def test_concurrent_parallel_ingests_lose_and_duplicate_nothing(db_url, cluster, tmp_path, reference):
    """Two `kipu ingest --scheduler` processes with overlapping halves, at once, on one cluster."""
    lines = [line for line in sample_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    halves = []
    for i, part in enumerate([lines[:20], lines[10:]]):
        halves.append(tmp_path / f"half{i}.jsonl")
        halves[-1].write_text("\n".join(part) + "\n", encoding="utf-8")
    Store.open(db_url).close()
    kipu = str(Path(sys.executable).with_name("kipu"))
    procs = [
        subprocess.Popen(
            [kipu, "ingest", str(h), "--db", db_url, "--scheduler", cluster.scheduler_address, "--batch-size", "3"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for h in halves
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
    counts = [_counts(out) for out, _ in outputs]
    assert sum(n for n, _ in counts) == 30 and sum(d for _, d in counts) == 10
    assert _snapshot(db_url) == reference
