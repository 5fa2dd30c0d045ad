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


DEMO_USERS = (("demo-admin", "admin"), ("demo-analyst", "analyst"))
DEMO_PASSWORD = "kipu-demo-password"


def ensure_demo_users(url: str) -> list[str]:
    """Create the demo accounts if missing; returns the names created (for a local demo only)."""
    from kipu.auth.service import AuthService

    created = []
    with Store.open(url) as store, store.session() as session:
        auth = AuthService(session)
        for name, role in DEMO_USERS:
            if auth.find_user(name) is None:
                auth.create_user(name, DEMO_PASSWORD, role)
                created.append(name)
    return created


def free_port(host: str, preferred: int) -> int:
    """``preferred`` if it can be bound, else a free port chosen by the OS."""
    import socket

    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise OSError("no free port")


@app.command()
def demo(
    db: str | None = DbOption,
    serve: bool = typer.Option(True, "--serve/--no-serve", help="End by serving the web app on this machine."),
    port: int = typer.Option(8000, help="Preferred port for the web app (another free one if taken)."),
) -> None:
    """Ingest the bundled sample corpus, extract, resolve, print a summary, then serve the web app."""
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
    if serve:
        from kipu.cli.serve_cmd import serve_app

        ensure_demo_users(url)
        host = "127.0.0.1"
        chosen = free_port(host, port)
        console.print(
            f"Demo accounts (local use only): {', '.join(n for n, _ in DEMO_USERS)} "
            f"with password [bold]{DEMO_PASSWORD}[/bold]"
        )
        console.print(f"[bold]Open http://{host}:{chosen}/[/bold] — Ctrl-C stops the server.")
        serve_app(url, host, chosen, echo=False)
