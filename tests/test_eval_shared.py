"""`kipu eval` and `kipu extract` on the shared development gold.

Reads ../shared at run time (never copied into the repo): skipped when it is
absent, except under CI=true, where its absence is a failure.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kipu.cli import app
from kipu.evaluate.gold import load_gold
from kipu.evaluate.schema import validation_errors
from kipu.extract.pipeline import Extractor

pytestmark = pytest.mark.shared
runner = CliRunner()




def test_eval_seeds_prints_figures(shared_dir):
    seeds = shared_dir / "eval" / "dev" / "seeds.jsonl"
    result = runner.invoke(app, ["eval", str(seeds)], terminal_width=160)
    assert result.exit_code == 0, result.output
    assert "event F1" in result.stdout and "tally F1" in result.stdout
    result = runner.invoke(app, ["eval", str(seeds), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    gold_events = sum(len(d.record["events"]) for d in load_gold([seeds]))
    assert figures["overall"]["events"]["gold"] == gold_events > 0
    assert figures["overall"]["events"]["f1"] is not None


def test_gold_validates_against_output_schema(shared_dir):
    """The schema must accept what the guideline's own coders wrote."""
    for name in ("seeds.jsonl", "news.jsonl"):
        for doc in load_gold([shared_dir / "eval" / "dev" / name]):
            for event in doc.record["events"]:
                assert validation_errors(event, "event") == [], doc.doc_id
            for tally in doc.record["tallies"]:
                assert validation_errors(tally, "tally") == [], doc.doc_id


def test_extract_output_on_seed_texts_validates(shared_dir, tmp_path):
    docs = load_gold([shared_dir / "eval" / "dev" / "seeds.jsonl"])
    src = tmp_path / "seeds_in.jsonl"
    src.write_text(
        "".join(
            json.dumps({"doc_id": d.doc_id, "text": d.text, "published": d.record.get("published"),
                        "lang": d.lang}, ensure_ascii=False) + "\n"
            for d in docs
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["doc_id"] for line in lines] == [d.doc_id for d in docs]
    for line in lines:
        assert validation_errors(line) == [], line["doc_id"]


def test_external_benchmark_runs_on_a_few_rows(shared_dir, tmp_path):
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_external.py"
    out = tmp_path / "ext.json"
    proc = subprocess.run(
        [sys.executable, str(script), "--limit", "5", "--out", str(out)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "KIPU_SHARED": str(shared_dir)},
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert results["acled"]["rows"] == 5
    assert results["iis"]["rows"] == 5
    assert results["glocon"]["documents"] == 5
    assert "detection_rate" in proc.stdout


def test_gold_scored_against_itself_is_perfect(shared_dir):
    files = [str(shared_dir / "eval" / "dev" / n) for n in ("seeds.jsonl", "news.jsonl")]
    for f in files:
        result = runner.invoke(app, ["eval", f, "--predictions", f, "--json"])
        assert result.exit_code == 0, result.output
        overall = json.loads(result.stdout)["overall"]
        assert overall["events"]["f1"] == 1.0
        assert overall["events"]["splits"] == overall["events"]["merges"] == 0
        assert all(v.get("accuracy", v.get("f1")) in (1.0, None) for v in overall["fields"].values())
        if overall["tallies"]["matched"]:
            assert overall["tallies"]["f1"] == 1.0


def test_seed_article_names_the_juliaca_massacre_once(shared_dir):
    """seed-002 reports the 9 January killings in Juliaca, then refers back to
    "the Juliaca massacre" in a later, undated paragraph: one incident."""
    doc = next(d for d in load_gold([shared_dir / "eval" / "dev" / "seeds.jsonl"]) if d.doc_id == "seed-002")
    ex = Extractor().extract(doc.text, published=doc.published, lang=doc.lang)
    lethal = [e for e in ex.events if e.sub_type == "excessive_force" and e.place and e.place.name == "Juliaca"]
    assert len(lethal) == 1
    assert lethal[0].date.start == date(2023, 1, 9)
