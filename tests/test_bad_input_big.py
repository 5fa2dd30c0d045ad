"""The big bad inputs (issue 7): a 200 MB ".txt" and a 10^6-line JSONL, with memory measured.

Both files are generated into ``tmp_path`` at test time. Each is read in a
child process whose peak resident memory is taken from ``os.wait4`` (the
child's own rusage, not the test run's). The bound is relative to a
baseline child that imports the same code and reads a tiny file, so it
measures what the input costs, not what Python and kipu's imports cost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

MB = 1024 * 1024
LINES = 1_000_000
BROKEN_EVERY = 997  # some broken lines, spread through the file
EXTRA_MEMORY_BOUND = 120 * MB  # what any single input may add to the baseline

READER = """
import json, sys
from kipu.ingest.readers import read_inputs
from kipu.model import Document
docs = errors = 0
reasons = set()
for item in read_inputs(sys.argv[1:]):
    if isinstance(item, Document):
        docs += 1
    else:
        errors += 1
        reasons.add(item.reason[:40])
print(json.dumps({"docs": docs, "errors": errors, "reasons": sorted(reasons)}))
"""


def run_measured(args: list[str], tmp: Path, env: dict[str, str] | None = None) -> tuple[int, str, str, int]:
    """(exit code, stdout, stderr, peak RSS in bytes) of a child process.

    ``os.wait4`` gives this child's own rusage; ``RUSAGE_CHILDREN`` would be
    the maximum over every child the test run ever waited for.
    """
    out_path, err_path = tmp / f"out-{len(list(tmp.glob('out-*')))}.txt", tmp / f"err-{len(list(tmp.glob('err-*')))}.txt"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return proc.returncode, out_path.read_text(), err_path.read_text(), peak


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> int:
    tmp = tmp_path_factory.mktemp("baseline")
    small = tmp / "small.txt"
    small.write_text("Marcha en Puno\n\nLos comuneros marcharon por la plaza de armas.", encoding="utf-8")
    code, out, err, peak = run_measured([sys.executable, "-c", READER, str(small)], tmp)
    assert code == 0, err
    assert json.loads(out)["docs"] == 1
    return peak


def test_200_mb_text_file_is_refused_with_bounded_memory(tmp_path: Path, baseline: int) -> None:
    big = tmp_path / "huge.txt"
    chunk = ("En Juliaca los manifestantes marcharon y la policía observó desde la plaza. " * 1000).encode()
    with big.open("wb") as fh:
        while fh.tell() < 200 * MB:
            fh.write(chunk)
    assert big.stat().st_size >= 200 * MB
    code, out, err, peak = run_measured([sys.executable, "-c", READER, str(big)], tmp_path)
    assert code == 0, err
    result = json.loads(out)
    assert result == {"docs": 0, "errors": 1, "reasons": [result["reasons"][0]]}
    assert "too large" in result["reasons"][0]
    print(f"200 MB reader: peak {peak / MB:.0f} MB, baseline {baseline / MB:.0f} MB")
    assert peak < baseline + EXTRA_MEMORY_BOUND, f"peak {peak / MB:.0f} MB vs baseline {baseline / MB:.0f} MB"


def test_200_mb_file_through_the_cli_keeps_what_is_stored(tmp_path: Path) -> None:
    """`kipu ingest` on a folder with the huge file and a good one: one clear error, the good one
    stored, and no more memory than the same command on the good file alone (plus the bound)."""
    kipu = str(Path(sys.executable).with_name("kipu"))
    good = "Paro en Ilave\n\nLos comuneros de Ilave bloquearon la carretera el lunes."
    alone, folder = tmp_path / "alone", tmp_path / "in"
    for d in (alone, folder):
        d.mkdir()
        (d / "good.txt").write_text(good, encoding="utf-8")
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(200 * MB)  # sparse: the size is what matters, and it must not be read
        fh.seek(0)
        fh.write(b"Marcha en Lima\n\n")
    env = {**os.environ, "KIPU_DB": f"sqlite:///{tmp_path / 'base.sqlite'}"}
    code, out, err, cli_baseline = run_measured([kipu, "ingest", "--no-extract", str(alone)], tmp_path, env)
    assert code == 0, err
    env = {**os.environ, "KIPU_DB": f"sqlite:///{tmp_path / 'k.sqlite'}"}
    code, out, err, peak = run_measured([kipu, "ingest", "--no-extract", str(folder)], tmp_path, env)
    assert code == 1
    assert "huge.txt: file too large" in err and "Traceback" not in err
    assert "1 new" in out and "1 failed" in out
    print(f"200 MB via kipu ingest: peak {peak / MB:.0f} MB, same command without it {cli_baseline / MB:.0f} MB")
    assert peak < cli_baseline + EXTRA_MEMORY_BOUND, f"peak {peak / MB:.0f} MB vs {cli_baseline / MB:.0f} MB"


def test_million_line_jsonl_streams_with_bounded_memory(tmp_path: Path, baseline: int) -> None:
    path = tmp_path / "million.jsonl"
    broken = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(LINES):
            if i % BROKEN_EVERY == 0:
                fh.write('{"doc_id": "b%d", "text": "roto\n' % i)  # unterminated string
                broken += 1
            else:
                fh.write('{"doc_id": "d%d", "published": "2023-01-10", "text": "Marcha n\\u00famero %d en Puno."}\n' % (i, i))
    assert path.stat().st_size > 50 * MB
    code, out, err, peak = run_measured([sys.executable, "-c", READER, str(path)], tmp_path)
    assert code == 0, err
    result = json.loads(out)
    assert result["docs"] == LINES - broken
    assert result["errors"] == broken
    assert result["reasons"] == ["malformed JSON (Unterminated string starting"[:40]]
    print(f"10^6-line JSONL ({path.stat().st_size / MB:.0f} MB): peak {peak / MB:.0f} MB, baseline {baseline / MB:.0f} MB")
    assert peak < baseline + EXTRA_MEMORY_BOUND, f"peak {peak / MB:.0f} MB vs baseline {baseline / MB:.0f} MB"
