"""IngestSummary keeps counts and a bounded sample, whatever the size of the run (issue 7).

Memory is shown bounded by counting what the summary retains, not by timing
or measuring the process: a run over tens of thousands of broken, duplicate
and good lines must leave at most ``SAMPLE_LIMIT`` errors and warnings in it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from rich.console import Console

from kipu.cli.ingest_cmd import run_ingest
from kipu.ingest.errors import IngestError
from kipu.ingest.readers import read_inputs
from kipu.ingest.service import SAMPLE_LIMIT, IngestSummary, Sample

QUIET = Console(file=open(os.devnull, "w"))  # noqa: SIM115 - lives for the test module


def test_sample_keeps_the_first_items_and_counts_all() -> None:
    sample: Sample[int] = Sample(limit=3)
    assert not sample and sample.last is None
    for i in range(1000):
        sample.append(i)
    assert list(sample) == [0, 1, 2]
    assert len(sample) == 3 and sample.total == 1000 and sample.dropped == 997
    assert sample.last == 999 and sample


def _retained(summary: IngestSummary) -> int:
    """Every item held by any container in the summary (lists, samples, dicts, sets)."""
    total = 0
    for value in vars(summary).values():
        if isinstance(value, (Sample, list, dict, set, tuple)):
            total += len(value)
    return total


def test_a_long_run_retains_a_bounded_sample(tmp_path: Path) -> None:
    """5,000 broken lines, 2,000 duplicate lines and 300 good ones (a third of them cp1252,
    so they carry a warning): every outcome is counted, at most SAMPLE_LIMIT of each kept."""
    path = tmp_path / "big.jsonl"
    good = 300
    with path.open("wb") as fh:
        for i in range(good):
            record = {"doc_id": f"g{i}", "text": f"Marcha número {i} de los comuneros de Ñaña en Puno."}
            line = json.dumps(record, ensure_ascii=False)
            fh.write((line.encode("cp1252") if i % 3 == 0 else line.encode()) + b"\n")
        for i in range(5_000):
            fh.write(b'{"doc_id": "broken%d", "text": "sin cerrar\n' % i)
        for _ in range(2_000):
            fh.write(json.dumps({"doc_id": "g1", "text": "Marcha número 1 de los comuneros de Ñaña en Puno."}).encode() + b"\n")
    summary = run_ingest(read_inputs([str(path)]), f"sqlite:///{tmp_path / 'k.sqlite'}", extract=False, console=QUIET)
    assert (summary.new, summary.duplicate, summary.failed) == (good, 2_000, 5_000)
    assert summary.warnings.total == good // 3
    assert len(summary.errors) == SAMPLE_LIMIT and len(summary.warnings) == SAMPLE_LIMIT
    assert _retained(summary) <= 2 * SAMPLE_LIMIT
    first = next(iter(summary.errors))
    assert isinstance(first, IngestError) and first.origin == f"{path}:{good + 1}"  # the first ones, in order
    assert "5000 failed" in summary.line() and "100 stored with warnings" in summary.line()
