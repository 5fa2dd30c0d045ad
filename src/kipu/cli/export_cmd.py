"""`kipu export`: canonical events as ACLED CSV, GeoJSON, JSONL or Parquet."""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path

import typer

from kipu.cli.app import DbOption, app
from kipu.config import db_url
from kipu.export import write_export
from kipu.store import Store
from kipu.store.filters import REVIEW_STATUSES, EventFilter


class ExportFormat(str, Enum):
    acled = "acled"
    geojson = "geojson"
    jsonl = "jsonl"
    parquet = "parquet"


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


@app.command("export")
def export(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="acled, geojson, jsonl or parquet."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Output file (default: standard output)."),
    date_from: str | None = typer.Option(None, "--from", help="Only events ending on or after this date."),
    date_to: str | None = typer.Option(None, "--to", help="Only events starting on or before this date."),
    region: str | None = typer.Option(None, "--region", help="Only this first-level region (admin1), e.g. Puno."),
    type_: str | None = typer.Option(None, "--type", help="Only this event type (e.g. protest, riot)."),
    status: list[str] = typer.Option([], "--status", help=f"Only these review statuses ({', '.join(REVIEW_STATUSES)})."),
    include_sensitive: bool = typer.Option(False, "--include-sensitive", help="Also events marked sensitive."),
    db: str | None = DbOption,
) -> None:
    """Write canonical events (filtered) in one of the export formats."""
    unknown = [s for s in status if s not in REVIEW_STATUSES]
    if unknown:
        raise typer.BadParameter(f"unknown review status {unknown[0]!r}", param_hint="--status")
    filters = EventFilter(
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
        admin1=region,
        type=type_,
        review_status=tuple(status),
        include_sensitive=include_sensitive,
    )
    if out is None and fmt is ExportFormat.parquet and sys.stdout.isatty():
        raise typer.BadParameter("parquet is binary: give --out FILE or redirect standard output", param_hint="--out")
    with Store.open(db_url(db)) as store, store.session() as session:
        if out is None:
            n = write_export(session, fmt.value, sys.stdout.buffer, filters)
            sys.stdout.buffer.flush()
        else:
            n = write_export(session, fmt.value, out, filters)
    typer.echo(f"{n} {'features' if fmt is ExportFormat.geojson else 'events'} written"
               + (f" to {out}" if out else ""), err=True)
