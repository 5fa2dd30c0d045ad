"""`kipu export`, `kipu resolve` and `kipu tallies` from the command line."""

from __future__ import annotations

import csv
import json

import pandas as pd
from typer.testing import CliRunner

from kipu.cli import app
from kipu.store import Store
from sample_gold_mentions import gold_articles, ingest_gold


def _db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    with Store.open(url) as store:
        ingest_gold(store, gold_articles())
    return url


def test_export_commands_write_each_format(tmp_path):
    url = _db(tmp_path)
    runner = CliRunner()
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--format", "acled", "--out", str(out), "--db", url])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 20 and "event_id_cnty" in rows[0]
    assert f"{len(rows)} events written" in result.output

    result = runner.invoke(app, ["export", "-f", "jsonl", "--region", "Puno", "--from", "2023-01-01", "--to", "2023-01-31", "--db", url])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert lines and all(e["place"]["admin1"] == "Puno" for e in lines)

    parquet = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "-f", "parquet", "-o", str(parquet), "--db", url]).exit_code == 0
    assert len(pd.read_parquet(parquet)) == len(rows)

    geojson = tmp_path / "events.geojson"
    assert runner.invoke(app, ["export", "-f", "geojson", "-o", str(geojson), "--type", "protest", "--db", url]).exit_code == 0
    assert json.loads(geojson.read_text("utf-8"))["type"] == "FeatureCollection"


def test_export_refuses_bad_options(tmp_path):
    url = _db(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["export", "-f", "shapefile", "--db", url]).exit_code != 0
    assert runner.invoke(app, ["export", "-f", "acled", "--from", "yesterday", "--db", url]).exit_code != 0
    assert runner.invoke(app, ["export", "-f", "acled", "--status", "approved", "--db", url]).exit_code != 0


def test_resolve_and_tallies_commands(tmp_path):
    url = _db(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["resolve", "--full", "--db", url])
    assert result.exit_code == 0 and "0 events created" in result.output and "unchanged" in result.output
    explained = runner.invoke(app, ["resolve", "--explain", "1", "--db", url])
    assert explained.exit_code == 0 and "type" in json.loads(explained.output)
    tallies = runner.invoke(app, ["tallies", "--json", "--measure", "fatalities", "--db", url])
    series = [json.loads(x) for x in tallies.output.splitlines()]
    assert series and all(s["measure"] == "fatalities" for s in series)
    assert any("decrease" in s["flags"] for s in series)
