"""`kipu resolve` and `kipu tallies`: group mentions into events; show running totals."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from kipu.cli.app import DbOption, app
from kipu.config import db_url
from kipu.resolve import explain_event, resolve, tally_series
from kipu.scale.locks import lock_resolution
from kipu.store import Store


@app.command("resolve")
def resolve_command(
    full: bool = typer.Option(False, "--full", help="Re-group every mention, not only new and changed ones."),
    explain: int | None = typer.Option(None, "--explain", help="Print how event ID's fields were reconciled (JSON)."),
    db: str | None = DbOption,
) -> None:
    """Resolve new mentions into events (ingest does this already), or explain one event."""
    if explain is not None:
        with Store.open(db_url(db)) as store, store.session() as session:
            typer.echo(json.dumps(explain_event(session, explain), ensure_ascii=False, indent=2, default=str))
        return
    with Store.open(db_url(db), writer=True) as store, store.session() as session:
        lock_resolution(session)  # another process may be resolving the same database
        stats = resolve(session, full=full)
        session.commit()
    typer.echo(
        f"{stats.mentions} mentions considered; {stats.created} events created, {stats.updated} updated, "
        f"{stats.deleted} removed, {stats.unchanged} unchanged; {stats.events} events in total"
    )


@app.command("tallies")
def tallies_command(
    measure: str | None = typer.Option(None, "--measure", help="Only this measure (e.g. fatalities)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per series."),
    db: str | None = DbOption,
) -> None:
    """Running totals as time series, with decreases and contradictions flagged."""
    with Store.open(db_url(db)) as store, store.session() as session:
        series = tally_series(session, measure)
    if as_json:
        for s in series:
            typer.echo(json.dumps(s.to_dict(), ensure_ascii=False, default=str))
        return
    console = Console()
    for s in series:
        table = Table(title=f"{s.measure}: {s.scope}" + (f"  [flags: {', '.join(s.flags)}]" if s.flags else ""))
        for column in ("as of", "value", "qualifier", "source", "incidents sum", "flags"):
            table.add_column(column)
        for p in s.points:
            table.add_row(
                p.as_of.isoformat() if p.as_of else "",
                str(p.value),
                p.qualifier,
                p.source or p.doc_id,
                "" if p.incident_sum is None else str(p.incident_sum),
                ", ".join(p.flags),
            )
        console.print(table)
