"""`kipu ingest`: files, folders and URLs into the database, then extract and resolve."""

from __future__ import annotations

from collections.abc import Iterable

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from kipu.cli.app import DbOption, app
from kipu.config import db_url
from kipu.ingest.errors import IngestError
from kipu.ingest.readers import read_inputs
from kipu.ingest.service import IngestSummary, add_one, extract_pending
from kipu.model import Document
from kipu.store import Repository, Store

COMMIT_EVERY = 50


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


class _Reported:
    """An error sink that prints each error as it comes and counts it in the summary."""

    def __init__(self, summary: IngestSummary) -> None:
        self.summary = summary

    def append(self, error: IngestError) -> None:
        self.summary.errors.append(error)
        typer.echo(f"error: {error}", err=True)


def _report(item: Document | IngestError, summary: IngestSummary, failed_before: int, warned_before: int) -> None:
    """Print what went wrong with the item just added (the summary keeps only a sample)."""
    if summary.failed > failed_before:
        typer.echo(f"error: {summary.errors.last}", err=True)
    if summary.warnings.total > warned_before and isinstance(item, Document):
        origin = item.origin or item.doc_id or "<document>"
        for warning in item.warnings:
            typer.echo(f"warning: {origin}: {warning}", err=True)


def extract_and_resolve(repo: Repository, summary: IngestSummary, console: Console) -> None:
    """Extract documents lacking an extraction by the current version, then resolve."""
    from kipu.extract.pipeline import Extractor
    from kipu.resolve import resolve

    extractor = Extractor()
    with _progress(console) as progress:
        task = progress.add_task("extracting", total=None)

        def tick(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary.extracted = extract_pending(
            repo, extractor, tick, errors=_Reported(summary), commit_every=COMMIT_EVERY
        )
    repo.session.commit()
    from kipu.scale.locks import lock_resolution

    lock_resolution(repo.session)  # another process may be resolving the same database
    summary.events = resolve(repo.session).events
    repo.session.commit()


def run_ingest(
    items: Iterable[Document | IngestError], url: str, *, extract: bool, console: Console
) -> IngestSummary:
    """Store reader items (committing in batches), then optionally extract and resolve."""
    summary = IngestSummary()
    with Store.open(url, writer=True) as store, store.session() as session:
        repo = Repository(session)
        # PostgreSQL: one document per transaction, so that concurrent ingests,
        # whose uncommitted inserts of shared texts wait on each other, never deadlock.
        commit_every = 1 if session.get_bind().dialect.name == "postgresql" else COMMIT_EVERY
        with _progress(console) as progress:
            task = progress.add_task("ingesting", total=None)
            for n, item in enumerate(items, start=1):
                failed_before, warned_before = summary.failed, summary.warnings.total
                add_one(repo, item, summary)
                _report(item, summary, failed_before, warned_before)
                progress.update(task, advance=1, description=f"ingesting {n}")
                if n % commit_every == 0:
                    session.commit()
        session.commit()
        if extract:
            extract_and_resolve(repo, summary, console)
        else:
            summary.events = repo.counts()["events"]
    return summary


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., metavar="PATH_OR_URL...", help="Files, folders or http(s) URLs."),
    db: str | None = DbOption,
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Extract and resolve after ingesting."),
    workers: int | None = typer.Option(
        None, "--workers", min=1, help="Extract in parallel on a local Dask cluster of N processes."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", metavar="tcp://HOST:PORT", help="Extract on an existing dask.distributed cluster."
    ),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="Documents per Dask task (with --workers/--scheduler)."),
) -> None:
    """Ingest articles (.txt, .html, .jsonl, RSS/Atom, folders, URLs) and extract events."""
    console = Console(stderr=True)
    if workers or scheduler:
        from kipu.scale import ParallelOptions, run_parallel_ingest

        options = ParallelOptions(workers=workers, scheduler=scheduler, batch_size=batch_size, extract=extract)
        summary = run_parallel_ingest(read_inputs(inputs), db_url(db), options, console)
    else:
        summary = run_ingest(read_inputs(inputs), db_url(db), extract=extract, console=console)
    typer.echo(f"ingest: {summary.line()}")
    if summary.failed:
        raise typer.Exit(code=1)

