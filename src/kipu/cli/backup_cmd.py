"""`kipu backup PATH` and `kipu restore PATH`: the database to one portable file and back.

The format (a tar of gzipped JSONL per table plus a manifest with the schema
revision, row counts and SHA-256) is described in :mod:`kipu.store.backup`;
it restores into an empty SQLite or PostgreSQL database whichever it came from.
"""

from __future__ import annotations

from pathlib import Path

import typer

from kipu.cli.app import DbOption, app
from kipu.config import db_url
from kipu.store.backup import BackupError, backup, restore, verify


@app.command("backup")
def backup_command(
    path: Path = typer.Argument(..., help="Archive to write (e.g. kipu-2024-11-30.tar)."),
    db: str | None = DbOption,
    force: bool = typer.Option(False, "--force", help="Overwrite PATH if it exists."),
) -> None:
    """Write every table of the database to one portable, checksummed archive."""
    if path.exists() and not force:
        typer.echo(f"error: {path} exists (use --force to overwrite)", err=True)
        raise typer.Exit(2)
    try:
        manifest = backup(db_url(db), path)
    except BackupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(
        f"backup: {manifest.total_rows} rows in {len(manifest.tables)} tables "
        f"(schema {', '.join(manifest.revisions)}) -> {path}"
    )


@app.command("restore")
def restore_command(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="Archive written by `kipu backup`."),
    db: str | None = DbOption,
    check: bool = typer.Option(False, "--check", help="Only verify the archive's checksums; write nothing."),
) -> None:
    """Load a backup into an empty database (SQLite or PostgreSQL), checksums first."""
    try:
        manifest = verify(path) if check else restore(path, db_url(db))
    except BackupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    verb = "verified" if check else "restored"
    typer.echo(f"restore: {verb} {manifest.total_rows} rows in {len(manifest.tables)} tables from {path}")
