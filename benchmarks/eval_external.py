#!/usr/bin/env python
"""Measure kipu's extractor on third-party protest datasets.

Reads the datasets from ``shared/eval/data`` at run time (their terms forbid
copying rows into the project), runs the extractor on each row's text, and
compares with the dataset's own labels through :mod:`kipu.evaluate.external`:

* ACLED Latin America 2022 H1 (no Peru), Protests and Riots rows: text
  ``notes``, publication date ``event_date``; event type, sub-event type,
  admin1 and fatalities of the most severe demonstration found.
* IIS-UCR Costa Rica protests: text ``Resumen``, date ``Fecha``; detection rate
  (strict, and mapped: a demonstration or set-aside claims-making), per
  ``Tipo de Protesta`` too, and agreement with ``Represión``.
* GloCon gold documents: protest-document classification.

Usage: ``python benchmarks/eval_external.py [--limit N] [--only acled,iis,glocon,case]``.
Prints a table and writes ``benchmarks/out/eval_external.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from kipu.evaluate import external
from kipu.evaluate.run import extract_record
from kipu.extract.pipeline import Extractor

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"


def shared_dir() -> Path:
    """``$KIPU_SHARED`` or the ``shared`` folder beside the repository."""
    return Path(os.environ.get("KIPU_SHARED") or REPO.parent / "shared")


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _run(
    rows: Iterator[dict[str, Any]],
    keep: Callable[[dict[str, Any]], bool],
    text_of: Callable[[dict[str, Any]], tuple[str, str, date | None, str]],
    compare: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any] | None],
    extractor: Extractor,
    limit: int | None,
) -> tuple[list[dict[str, Any]], float]:
    """Extract each kept row and compare; returns (row results, seconds)."""
    results: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for row in rows:
        if not keep(row):
            continue
        if limit is not None and len(results) >= limit:
            break
        doc_id, text, published, lang = text_of(row)
        pred = extract_record(extractor, text, doc_id=doc_id, published=published, lang=lang)
        result = compare(row, pred)
        results.append(result)
    return results, time.perf_counter() - t0


def bench_acled(data: Path, extractor: Extractor, limit: int | None) -> dict[str, Any]:
    types = external.mapping()["acled"]["event_type"]
    rows, secs = _run(
        _csv(data / "acled_latam_2022h1_no_peru.csv"),
        lambda r: r.get("event_type") in types,
        lambda r: (r["event_id_cnty"], r["notes"], _date(r["event_date"]), "en"),
        external.acled_row,
        extractor,
        limit,
    )
    return {**external.score_acled(rows), "seconds": round(secs, 2)}


def bench_iis(data: Path, extractor: Extractor, limit: int | None) -> dict[str, Any]:
    rows, secs = _run(
        _csv(data / "iis_ucr_protestas_costa_rica.csv"),
        lambda r: bool((r.get("Resumen") or "").strip()),
        lambda r: (f"iis-{r['ID']}", r["Resumen"], _date(r["Fecha"]), "es"),
        external.iis_row,
        extractor,
        limit,
    )
    return {**external.score_iis(rows), "seconds": round(secs, 2)}


def bench_glocon(data: Path, extractor: Extractor, limit: int | None) -> dict[str, Any]:
    rows, secs = _run(
        _jsonl(data / "glocon_gold_sample_documents.jsonl"),
        lambda r: external.glocon_row(r, {}) is not None,
        lambda r: (str(r["id"]), r["text"], None, "en"),
        external.glocon_row,
        extractor,
        limit,
    )
    return {**external.score_glocon(rows), "seconds": round(secs, 2)}


def bench_case(data: Path, extractor: Extractor, limit: int | None) -> dict[str, Any]:
    rows, secs = _run(
        _tsv(data / "case2021_task2_test_with_labels.tsv"),
        lambda r: bool((r.get("EventSnippet") or "").strip()),
        lambda r: (f"case-{r['id']}", r["EventSnippet"], None, "en"),
        external.case_row,
        extractor,
        limit,
    )
    return {**external.score_case(rows), "seconds": round(secs, 2)}


BENCHES = {"acled": bench_acled, "iis": bench_iis, "glocon": bench_glocon, "case": bench_case}


def _fmt(v: Any) -> str:
    return "–" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def table(results: dict[str, dict[str, Any]]) -> Table:
    t = Table(title="kipu on third-party datasets")
    t.add_column("dataset")
    t.add_column("metric")
    t.add_column("value", justify="right")
    for name, figures in results.items():
        for key, value in _flat(figures):
            t.add_row(name, key, _fmt(value))
    return t


def _flat(figures: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """(key path, value) of nested figures ("by_action Marcha detection_rate")."""
    rows: list[tuple[str, Any]] = []
    for key, value in figures.items():
        if isinstance(value, dict):
            rows.extend(_flat(value, f"{prefix}{key} "))
        else:
            rows.append((f"{prefix}{key}", value))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="at most N rows per dataset")
    ap.add_argument("--only", default=",".join(BENCHES), help="comma-separated subset of: " + ", ".join(BENCHES))
    ap.add_argument("--out", type=Path, default=OUT / "eval_external.json", help="where to write the JSON figures")
    args = ap.parse_args(argv)

    data = shared_dir() / "eval" / "data"
    if not data.is_dir():
        print(f"error: {data} not found (set KIPU_SHARED)", file=sys.stderr)
        return 2
    extractor = Extractor()
    results = {}
    for name in [n.strip() for n in args.only.split(",") if n.strip()]:
        if name not in BENCHES:
            print(f"error: unknown dataset {name!r}", file=sys.stderr)
            return 2
        results[name] = BENCHES[name](data, extractor, args.limit)
    Console().print(table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"limit": args.limit, "results": results}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
