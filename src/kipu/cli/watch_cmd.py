"""`kipu watch`: poll RSS/Atom feeds and ingest entries not seen before.

An entry is "seen" by (feed URL, guid or link), remembered in the database,
and its text is deduplicated by content hash like any ingested document. A
feed that is down or malformed is logged and skipped; the next feed and the
next cycle still run.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.logging import RichHandler

from kipu.cli.app import DbOption, app
from kipu.cli.ingest_cmd import extract_and_resolve
from kipu.config import db_url
from kipu.ingest.errors import IngestError
from kipu.ingest.feeds import parse_feed
from kipu.ingest.fetch import fetch, is_url
from kipu.ingest.service import IngestSummary, add_one
from kipu.store import Repository, Store

log = logging.getLogger("kipu.watch")


def feed_urls(values: list[str]) -> list[str]:
    """URLs given directly, or read from files of one URL per line ('#' comments)."""
    urls: list[str] = []
    for value in values:
        if is_url(value):
            urls.append(value)
            continue
        path = Path(value).expanduser()
        if not path.is_file():
            raise typer.BadParameter(f"{value}: neither an http(s) URL nor a file of feed URLs")
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                urls.append(line)
    return list(dict.fromkeys(urls))


def poll_feed(repo: Repository, feed_url: str, summary: IngestSummary) -> tuple[int, int]:
    """Ingest one feed's unseen entries; returns (unseen entries, already seen). Raises on a bad feed."""
    fetched = fetch(feed_url)
    entries, errors = parse_feed(fetched.content, origin=feed_url, feed_url=fetched.url)
    for error in errors:
        log.warning("%s", error)
        summary.errors.append(error)
    unseen = seen = 0
    for entry in entries:
        if repo.feed_item_seen(feed_url, entry.key):
            seen += 1
            continue
        unseen += 1
        entry.document.retrieved_at = fetched.retrieved_at
        result = add_one(repo, entry.document, summary)
        repo.mark_feed_item(feed_url, entry.key, result.document_id if result else None)
    repo.session.commit()
    return unseen, seen


def run_cycle(store: Store, urls: list[str], *, extract: bool, console: Console, cycle: int) -> IngestSummary:
    summary = IngestSummary()
    with store.session() as session:
        repo = Repository(session)
        for url in urls:
            try:
                unseen, seen = poll_feed(repo, url, summary)
            except IngestError as exc:
                session.rollback()
                summary.errors.append(exc)
                log.error("cycle %d: feed skipped: %s", cycle, exc)
                continue
            log.info("cycle %d: %s: %d new entries, %d already seen", cycle, url, unseen, seen)
        if extract and (summary.new or summary.near_duplicate):
            extract_and_resolve(repo, summary, console)
    log.info("cycle %d: %s", cycle, summary.line())
    return summary


@app.command()
def watch(
    feeds: list[str] = typer.Argument(..., metavar="FEEDS_FILE_OR_URLS...", help="Feed URLs, or files listing them."),
    interval: float = typer.Option(900.0, "--interval", min=0.0, help="Seconds between polls."),
    once: bool = typer.Option(False, "--once", help="Poll once and exit."),
    max_cycles: int | None = typer.Option(None, "--max-cycles", min=1, help="Stop after N polls."),
    db: str | None = DbOption,
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Extract and resolve new entries."),
) -> None:
    """Poll RSS/Atom feeds and ingest entries not seen before (survives failing feeds)."""
    console = Console(stderr=True)
    if not log.handlers:
        log.addHandler(RichHandler(console=console, show_path=False, markup=False))
        log.setLevel(logging.INFO)
        log.propagate = False
    urls = feed_urls(feeds)
    if not urls:
        raise typer.BadParameter("no feed URLs given")
    cycles = 1 if once else max_cycles
    with Store.open(db_url(db)) as store:
        cycle = 0
        while True:
            cycle += 1
            summary = run_cycle(store, urls, extract=extract, console=console, cycle=cycle)
            typer.echo(f"watch cycle {cycle}: {summary.line()}")
            if cycles is not None and cycle >= cycles:
                break
            time.sleep(interval)
