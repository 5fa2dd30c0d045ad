"""`kipu eval GOLD.jsonl ...`: score the extractor (or saved predictions) on gold.

Scoring follows GUIDELINES.md §4; the decisions it leaves open are documented
in :mod:`kipu.evaluate.score`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from kipu.cli.app import app


@app.command("eval")
def eval_command(
    gold: list[Path] = typer.Argument(..., help="Gold JSONL file(s) in the GUIDELINES.md §1 format."),
    details: bool = typer.Option(False, "--details", help="List matches, false positives, misses, splits and merges per document."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON instead of a table."),
    predictions: Path | None = typer.Option(
        None, "--predictions", help="Score this predictions JSONL (kipu extract output) instead of running the extractor."
    ),
) -> None:
    """Score event and tally extraction against gold annotations."""
    from kipu.evaluate.gold import GoldError, load_gold, load_predictions
    from kipu.evaluate.score import score

    err = Console(stderr=True)
    try:
        docs = load_gold(gold)
        if predictions is not None:
            preds = load_predictions(predictions)
        else:
            preds = _run_extractor(docs)
    except (GoldError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc

    unknown = sorted(set(preds) - {d.doc_id for d in docs})
    if unknown:
        err.print(f"warning: {len(unknown)} prediction(s) for documents not in the gold, ignored: {', '.join(unknown[:5])}")
    report = score((d.record, preds.get(d.doc_id)) for d in docs)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(details=details), ensure_ascii=False, indent=2) + "\n")
        return
    from kipu.evaluate.report import print_details, summary_table

    out = Console()
    if details:
        print_details(report, out)
    out.print(summary_table(report))


def _run_extractor(docs: list) -> dict[str, dict]:
    from kipu.evaluate.run import extract_record
    from kipu.extract.pipeline import Extractor

    extractor = Extractor()
    return {
        d.doc_id: extract_record(extractor, d.text, doc_id=d.doc_id, published=d.published, lang=d.lang)
        for d in docs
    }
