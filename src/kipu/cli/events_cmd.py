"""`kipu events`: list canonical events as a table or as JSONL."""

from __future__ import annotations

import json
from enum import Enum

import typer
from rich.console import Console
from rich.table import Table

from kipu.cli.app import DbOption, app
from kipu.config import db_url
from kipu.store.filters import EventFilter
from kipu.store import Repository, Store
from kipu.store.views import event_sources, event_to_dict


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def _count(value: int | None, qualifier: str | None) -> str:
    if value is None:
        return ""
    prefix = {"at_least": "≥", "more_than": ">", "about": "~", "at_most": "≤"}.get(qualifier or "", "")
    return f"{prefix}{value}"


@app.command()
def events(
    db: str | None = DbOption,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or jsonl."),
    limit: int | None = typer.Option(50, "--limit", min=0, help="At most N events (0: all)."),
    type_: str | None = typer.Option(None, "--type", help="Only this event type (e.g. protest, riot)."),
    region: str | None = typer.Option(None, "--region", help="Only this first-level region (admin1), e.g. Puno."),
) -> None:
    """List canonical events, oldest first."""
    with Store.open(db_url(db)) as store, store.session() as session:
        repo = Repository(session)
        rows = repo.list_events(EventFilter(type=type_, admin1=region), limit=limit or None)
        if fmt is OutputFormat.jsonl:
            for event in rows:
                typer.echo(json.dumps(event_to_dict(event, event_sources(session, event.id)), ensure_ascii=False))
            return
        table = Table(title=f"{len(rows)} events")
        for column in ("id", "date", "type", "sub_type", "place", "admin1", "killed", "injured", "arrested", "sources"):
            table.add_column(column)
        for e in rows:
            table.add_row(
                str(e.id),
                e.date_start.isoformat() if e.date_start else "",
                e.type,
                e.sub_type,
                e.place_name or "",
                e.admin1 or "",
                _count(e.fatalities, e.fatalities_qualifier),
                _count(e.injuries, e.injuries_qualifier),
                _count(e.arrests, e.arrests_qualifier),
                str(e.n_documents),
            )
        Console().print(table)
