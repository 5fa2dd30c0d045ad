"""Fixtures shared by the whole suite."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kipu.extract.pipeline import Extractor

# PostgreSQL server and the sqlite/postgresql `db_url` fixtures (see tests/pg.py).
from pg import db_backend, db_url, db_url_factory, pg_server  # noqa: F401


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only evaluation material beside the repo (``../shared``, or ``$KIPU_SHARED``).

    Tests that need it skip when it is absent, except under CI, where a missing
    component is a failure.
    """
    path = Path(os.environ.get("KIPU_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
    if not path.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared directory {path} is missing under CI")
        pytest.skip(f"shared directory {path} not present")
    return path


@pytest.fixture(scope="session")
def dev_gold_docs(shared_dir: Path) -> list[dict]:
    """The development gold articles (news and seeds), parsed, with their events."""
    docs: list[dict] = []
    for name in ("news.jsonl", "seeds.jsonl"):
        path = shared_dir / "eval" / "dev" / name
        if path.exists():
            docs.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    if not docs:
        pytest.fail(f"no development gold under {shared_dir}")
    return docs


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the bundled sample corpus, ingested, extracted and resolved once.

    Tests that write must copy it first (see ``sample_db`` fixtures in the web and review tests).
    """
    from rich.console import Console

    from kipu.cli.ingest_cmd import run_ingest
    from kipu.corpus import sample_path
    from kipu.ingest.readers import read_inputs

    path = tmp_path_factory.mktemp("sample-db") / "sample.sqlite"
    run_ingest(read_inputs([str(sample_path())]), f"sqlite:///{path}", extract=True, console=Console(quiet=True))
    return path


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for the suite: it holds no state between articles."""
    return Extractor()
