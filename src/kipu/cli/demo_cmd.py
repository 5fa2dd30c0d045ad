"""`kipu demo`: the bundled sample corpus into a database, and a summary of it.

This is what `make demo` runs on a fresh machine, so it must need nothing but
the installed package: the sample articles ship inside it.
"""

from __future__ import annotations

from collections import Counter

import typer
from rich.console import Console
from rich.table import Table

from kipu.cli.app import DbOption, app
from kipu.cli.ingest_cmd import run_ingest
from kipu.config import db_url
from kipu.corpus import sample_path
from kipu.ingest.readers import read_inputs
from kipu.store import Repository, Store
from kipu.store.tables import EventRow


TYPE_COLUMNS = (
    ("protest", "protest"),
    ("riot", "riot"),
    ("violence_against_civilians", "violence"),
    ("strategic_development", "strategic"),
)


def summary_table(repo: Repository) -> Table:
    """Events per region (rows) by type (columns), with totals; fits 80 columns."""
    counts: Counter[tuple[str, str]] = Counter()
    regions: Counter[str] = Counter()
    for ev in repo.session.query(EventRow).all():
        region = ev.admin1 or (f"{ev.country or '?'} (national)")
        counts[(region, ev.type)] += 1
        regions[region] += 1
    table = Table(title="Events by type and region")
    table.add_column("region")
    for _, header in TYPE_COLUMNS:
        table.add_column(header, justify="right")
    table.add_column("total", justify="right", style="bold")
    for region, total in sorted(regions.items(), key=lambda kv: (-kv[1], kv[0])):
        row = [str(counts[(region, t)] or "") for t, _ in TYPE_COLUMNS]
        table.add_row(region, *row, str(total))
    table.add_row("all", *[str(sum(counts[(r, t)] for r in regions)) for t, _ in TYPE_COLUMNS], str(sum(regions.values())), style="bold")
    return table


@app.command()
def demo(db: str | None = DbOption) -> None:
    """Ingest the bundled sample corpus, extract, resolve and print a summary."""
    console = Console()
    url = db_url(db)
    console.print(f"[bold]kipu demo[/bold]: sample corpus -> {url}")
    summary = run_ingest(read_inputs([str(sample_path())]), url, extract=True, console=Console(stderr=True))
    console.print(f"ingest: {summary.line()}")
    with Store.open(url) as store, store.session() as session:
        repo = Repository(session)
        console.print(summary_table(repo))
        totals = repo.counts()
        console.print(
            f"{totals.get('documents', 0)} documents, {totals.get('events', 0)} events, "
            f"{totals.get('tallies', totals.get('tally_mentions', 0))} tally figures in {url}"
        )
    console.print("Next: `kipu events --format jsonl` lists every event with its claims and evidence.")
    if summary.failed:
        raise typer.Exit(code=1)
