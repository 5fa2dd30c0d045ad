"""The bad-input corpus (issue 7): every case gives a clear error or a correct partial result.

Cases are generated into ``tmp_path`` by :mod:`bad_input.cases`. Each is read
on its own (the reader must not raise, and must say what is wrong or return
the text really there); then the whole folder goes through ``kipu ingest``
into a database that already holds the sample corpus, and nothing stored
before may be lost or changed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from bad_input.cases import CASES, Case
from kipu.corpus import sample_path
from kipu.ingest.errors import IngestError
from kipu.ingest.readers import read_inputs
from kipu.model import Document
from kipu.store.tables import DocumentRow, EventMentionRow, RawArchiveRow

KIPU = [sys.executable, "-m", "kipu.cli"] if False else [str(Path(sys.executable).with_name("kipu"))]


def test_corpus_has_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_case(case: Case, tmp_path: Path) -> None:
    if "posix" in case.tags and os.name != "posix":
        pytest.skip("POSIX only")
    path = tmp_path / case.name
    case.make(path)
    items = list(read_inputs([str(path)]))  # must never raise
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) + len(errors) == len(items)
    for err in errors:
        assert str(path) in err.origin and err.reason  # every error names its input and says why
    if case.error is not None:
        assert docs == [], f"{case.name} should be refused, got {[d.text[:60] for d in docs]}"
        assert len(errors) == 1
        assert case.error.lower() in errors[0].reason.lower(), errors[0].reason
        return
    if case.docs is not None:
        assert len(docs) == case.docs, [e.reason for e in errors]
    if case.errors is not None:
        assert len(errors) == case.errors, [e.reason for e in errors]
    text = "\n".join(d.text for d in docs)
    for doc in docs:
        assert doc.text.strip() and "\x00" not in doc.text
    for needle in case.contains:
        assert needle in text, needle
    for needle in case.absent:
        assert needle not in text, needle
    warnings = [w for d in docs for w in d.warnings]
    if case.warning is None:
        assert warnings == [], warnings  # a clean read carries no caveat
    else:
        assert any(case.warning in w for w in warnings), warnings


def _snapshot(url: str) -> tuple[dict[int, tuple[str, str]], set[tuple[int, int, int, int]], int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        docs = {pk: (sha, text) for pk, sha, text in conn.execute(select(DocumentRow.id, DocumentRow.sha256, DocumentRow.text))}
        mentions = set(
            conn.execute(
                select(EventMentionRow.document_id, EventMentionRow.ordinal, EventMentionRow.evidence_start, EventMentionRow.evidence_end)
            ).all()
        )
        raw = len(conn.execute(select(RawArchiveRow.id)).all())
    engine.dispose()
    return docs, mentions, raw


@pytest.mark.slow
def test_ingest_of_the_whole_corpus_loses_nothing(tmp_path: Path) -> None:
    """`kipu ingest` over every case: exit 1, one error line per bad input, no traceback,
    the good ones stored and extracted, and the sample corpus stored before untouched."""
    db = tmp_path / "kipu.sqlite"
    url = f"sqlite:///{db}"
    env = {**os.environ, "KIPU_DB": url}
    seeded = subprocess.run([*KIPU, "ingest", str(sample_path())], env=env, capture_output=True, text=True, timeout=300)
    assert seeded.returncode == 0, seeded.stderr
    before_docs, before_mentions, _ = _snapshot(url)
    assert before_docs and before_mentions

    folder = tmp_path / "bad"
    folder.mkdir()
    cases = [c for c in CASES if "posix" not in c.tags]
    for case in cases:
        case.make(folder / case.name)
    run = subprocess.run([*KIPU, "ingest", str(folder)], env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr, run.stderr[-4000:]
    assert "extraction failed" not in run.stderr, run.stderr[-4000:]
    for case in cases:
        if case.error is not None:
            assert re.search(rf"error: {re.escape(str(folder / case.name))}\b.*{re.escape(case.error)}", run.stderr, re.I), case.name
    summary = re.search(r"ingest: (\d+) new, (\d+) duplicate, (\d+) near-duplicate, (\d+) failed; (\d+) extracted", run.stdout)
    assert summary, run.stdout
    new = int(summary.group(1))
    assert new >= 15

    after_docs, after_mentions, raw = _snapshot(url)
    for pk, row in before_docs.items():
        assert after_docs.get(pk) == row, f"document {pk} lost or changed"
    assert before_mentions <= after_mentions, "mentions of already-stored documents were lost"
    assert len(after_docs) == len(before_docs) + new + int(summary.group(3))
    assert raw >= len(after_docs) - len(before_docs)


ABSURD_CASES = ("absurd_numbers.txt", "dates_year0_9999.txt", "mixed_broken.jsonl", "no_sentence_breaks.txt", "feed_bad_dates.rss")
SANE_COUNT = 10**8  # more people than live in Peru: never a figure read from a real report


def test_absurd_figures_and_calendar_edges_store_a_sane_partial_result(tmp_path: Path) -> None:
    """Through extraction and resolution: "10^100 muertos", 20-digit counts, years 0 and 9999 and
    12,000 words with no full stop are stored without error, and no absurd figure reaches an event."""
    from rich.console import Console

    from kipu.cli.ingest_cmd import run_ingest

    by_name = {c.name: c for c in CASES}
    paths = []
    for name in ABSURD_CASES:
        by_name[name].make(tmp_path / name)
        paths.append(str(tmp_path / name))
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    summary = run_ingest(read_inputs(paths), url, extract=True, console=Console(file=open(os.devnull, "w")))  # noqa: SIM115
    assert summary.failed == by_name["mixed_broken.jsonl"].errors  # only the broken JSONL lines; no extraction failure
    assert summary.extracted == summary.new > 0 and summary.events > 0
    engine = create_engine(url)
    with engine.connect() as conn:
        from kipu.store.tables import EventRow

        events = conn.execute(select(EventRow)).mappings().all()
    engine.dispose()
    assert events
    for event in events:
        for name in ("fatalities", "injuries", "arrests", "participants_low", "participants_high"):
            assert event[name] is None or 0 <= event[name] < SANE_COUNT, (name, event[name])
        for name in ("date_start", "date_end"):
            assert event[name] is None or 1 <= event[name].year <= 9999
