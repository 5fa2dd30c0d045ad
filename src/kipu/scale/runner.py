"""The client side of a parallel ingest: submit batches, gather counts, resolve once.

At most a few batches per worker are in flight, so a corpus of millions of
articles streams through the client in bounded memory. Workers write to the
shared database themselves (the client never holds the texts of more than
those in-flight batches). Resolution groups mentions *across* articles, so it
runs once, on the client, after every batch is stored; its result does not
depend on which worker stored what first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from kipu.ingest.errors import IngestError
from kipu.ingest.service import IngestSummary
from kipu.model import Document
from kipu.scale.cluster import open_client, worker_count
from kipu.scale.partition import DEFAULT_BATCH, batches
from kipu.scale.worker import BatchResult, as_errors, ingest_batch
from kipu.store import Repository, Store


@dataclass(frozen=True)
class ParallelOptions:
    """How to run: a local cluster of ``workers`` processes, or ``scheduler``'s cluster."""

    workers: int | None = None
    scheduler: str | None = None
    batch_size: int = DEFAULT_BATCH
    extract: bool = True
    resolve: bool = True
    in_flight_per_worker: int = 2


def progress_bar(console: Console) -> Progress:
    """Documents stored out of documents submitted, with rate and elapsed time."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
    )


def _merge(summary: IngestSummary, result: BatchResult) -> None:
    summary.new += result.new
    summary.duplicate += result.duplicate
    summary.near_duplicate += result.near_duplicate
    summary.extracted += result.extracted
    for err in as_errors(result):
        summary.errors.append(err)
        typer.echo(f"error: {err}", err=True)
    for origin, reason in result.warnings:
        summary.warnings.append(IngestError(origin, reason))
        typer.echo(f"warning: {origin}: {reason}", err=True)


def run_parallel_ingest(
    items: Iterable[Document | IngestError],
    url: str,
    options: ParallelOptions,
    console: Console | None = None,
    on_batch: Callable[[BatchResult], None] | None = None,
) -> IngestSummary:
    """Ingest ``items`` into ``url`` on a Dask cluster; resolve once at the end.

    ``on_batch`` sees every batch's result (timings of its extract and write
    phases, retries): the scale benchmark uses it to find the serial fraction.
    """
    from distributed import as_completed

    console = console or Console(stderr=True)
    summary = IngestSummary()
    Store.open(url).close()  # migrate once, here, before any worker writes
    with open_client(options.workers, options.scheduler) as client, progress_bar(console) as progress:
        limit = worker_count(client) * max(1, options.in_flight_per_worker)
        task = progress.add_task("ingesting", total=None, rate="")
        pending = as_completed()
        in_flight = submitted = done = 0

        def collect_one() -> None:
            nonlocal in_flight, done
            result: BatchResult = next(pending).result()
            _merge(summary, result)
            if on_batch is not None:
                on_batch(result)
            in_flight -= 1
            done += result.documents
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:,.0f} docs/s" if elapsed > 0 else ""
            progress.update(task, completed=done, rate=rate)

        for part in batches(items, options.batch_size):
            if isinstance(part, IngestError):
                summary.errors.append(part)
                typer.echo(f"error: {part}", err=True)
                continue
            pending.add(client.submit(ingest_batch, url, part, options.extract, pure=False))
            in_flight += 1
            submitted += len(part)
            while in_flight >= limit:
                collect_one()
        progress.update(task, total=submitted)
        while in_flight:
            collect_one()
        progress.update(task, description="ingested")
    with Store.open(url, writer=True) as store, store.session() as session:
        if options.extract and options.resolve:
            from kipu.resolve import resolve
            from kipu.scale.locks import lock_resolution

            lock_resolution(session)
            with progress_bar(console) as progress:
                progress.add_task("resolving", total=None, rate="")
                summary.events = resolve(session).events
        else:
            summary.events = Repository(session).counts()["events"]
    return summary
