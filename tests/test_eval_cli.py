"""`kipu eval` on temporary gold files, scoring saved predictions."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kipu.cli import app

runner = CliRunner()


def event(admin1: str | None, start: str, sub: str = "peaceful") -> dict:
    return {
        "type": "protest", "sub_type": sub, "forms": ["march"],
        "date": {"start": start, "end": start},
        "place": {"name": admin1 or "Perú", "admin1": admin1, "country": "PE"},
        "participants": None, "fatalities": None, "injuries": None, "arrests": None,
        "actors": ["students"], "opponents": [], "state_response": [], "demands": [],
        "evidence": "",
    }


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def make_gold(tmp_path: Path) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "b.txt").write_text("Students marched in Lima on Monday.", encoding="utf-8")
    return write_jsonl(tmp_path / "gold.jsonl", [
        {"doc_id": "a", "lang": "es", "published": "2023-01-10",
         "text": "Estudiantes marcharon en Puno y en Cusco el lunes.",
         "events": [event("Puno", "2023-01-09"), event("Cusco", "2023-01-09")], "tallies": []},
        {"doc_id": "b", "lang": "en", "published": "2023-01-10", "text_file": "texts/b.txt",
         "events": [event("Lima", "2023-01-09")],
         "tallies": [{"measure": "arrests", "value": 12, "qualifier": "exact", "scope": "", "country": "PE",
                      "period": None, "attributed_to": None, "evidence": ""}]},
    ])


def make_predictions(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "pred.jsonl", [
        {"doc_id": "a", "lang": "es", "events": [event("Puno", "2023-01-09", "intervention"), event("Tacna", "2023-01-09")],
         "tallies": []},
        {"doc_id": "b", "lang": "en", "events": [event("Lima", "2023-01-10")],
         "tallies": [{"measure": "arrests", "value": 12}]},
    ])


def test_eval_predictions_json(tmp_path):
    gold, preds = make_gold(tmp_path), make_predictions(tmp_path)
    result = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    ev = out["overall"]["events"]
    assert (ev["matched"], ev["false_positives"], ev["misses"]) == (2, 1, 1)
    assert ev["f1"] == 2 * 2 / (2 * 2 + 1 + 1)
    assert out["by_lang"]["es"]["events"]["recall"] == 0.5
    assert out["by_lang"]["en"]["events"]["recall"] == 1.0
    assert out["overall"]["fields"]["sub_type"]["accuracy"] == 0.5
    assert out["overall"]["fields"]["start_date"]["accuracy"] == 0.5
    assert out["overall"]["tallies"]["f1"] == 1.0
    assert "documents" not in out


def test_eval_table_and_details(tmp_path):
    gold, preds = make_gold(tmp_path), make_predictions(tmp_path)
    result = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--details"], terminal_width=200)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "event F1" in text and "0.667" in text
    assert "MISS" in text and "Cusco" in text
    assert "FP" in text and "Tacna" in text
    assert "differs: sub_type" in text


def test_eval_runs_extractor_when_no_predictions(tmp_path):
    gold = make_gold(tmp_path)
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["overall"]["documents"] == 2
    assert out["overall"]["events"]["gold"] == 3


def test_eval_reports_missing_text_file(tmp_path):
    gold = write_jsonl(tmp_path / "g.jsonl", [{"doc_id": "x", "lang": "en", "text_file": "nope.txt", "events": []}])
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr


def test_eval_json_details_and_unknown_prediction_warning(tmp_path):
    gold, preds = make_gold(tmp_path), make_predictions(tmp_path)
    with preds.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": "zzz", "lang": "en", "events": [], "tallies": []}) + "\n")
    result = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--json", "--details"])
    assert result.exit_code == 0, result.output
    docs = {d["doc_id"]: d for d in json.loads(result.stdout)["documents"]}
    assert set(docs) == {"a", "b"}
    assert docs["a"]["misses"][0]["gold_event"]["admin1"] == "Cusco"
    assert docs["b"]["tallies"]["matches"] == [{"pred": 0, "gold": 0}]
    assert "zzz" in result.stderr
