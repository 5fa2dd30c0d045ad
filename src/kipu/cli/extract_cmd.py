"""`kipu extract FILE.jsonl|-`: one JSON line of events and tallies per document.

Input lines are ``{doc_id, text, published?, lang?}``. A bad line is reported
on stderr with its line number and skipped, so one broken record does not
lose a batch; the exit code is 1 if any line failed. stdout carries only
JSON lines (pipe-friendly); progress goes to stderr and only on a terminal.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, TextIO

import typer

from kipu.cli.app import app


class BadLine(ValueError):
    """An input line that cannot be extracted."""


def parse_line(line: str) -> dict[str, Any]:
    """Validate one input line; returns {doc_id, text, published, lang}."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON ({exc.msg})") from exc
    if not isinstance(rec, dict):
        raise BadLine("expected a JSON object")
    text = rec.get("text")
    if not isinstance(text, str):
        raise BadLine("missing or non-string 'text'")
    if "doc_id" not in rec or rec["doc_id"] in (None, ""):
        raise BadLine("missing 'doc_id'")
    published = rec.get("published")
    if published not in (None, ""):
        try:
            published = date.fromisoformat(str(published)[:10])
        except ValueError as exc:
            raise BadLine(f"bad 'published' date {published!r}") from exc
    else:
        published = None
    lang = rec.get("lang") or None
    return {"doc_id": str(rec["doc_id"]), "text": text, "published": published, "lang": lang}


def run_extract(src: TextIO, out: TextIO, err: TextIO, name: str, progress: bool = False) -> int:
    """Extract every line of ``src`` to ``out``; returns the number of bad lines."""
    from kipu.evaluate.run import extract_record
    from kipu.extract.pipeline import Extractor

    extractor = Extractor()
    bad = 0
    done = 0
    for n, line in enumerate(src, 1):
        if not line.strip():
            continue
        try:
            rec = parse_line(line)
            result = extract_record(
                extractor, rec["text"], doc_id=rec["doc_id"], published=rec["published"], lang=rec["lang"]
            )
        except BadLine as exc:
            bad += 1
            err.write(f"{name}:{n}: {exc}\n")
            continue
        except Exception as exc:  # an extractor bug on one text must not end the batch
            bad += 1
            err.write(f"{name}:{n}: extraction failed: {type(exc).__name__}: {exc}\n")
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        done += 1
        if progress:
            err.write(f"\r{done} documents")
            err.flush()
    if progress:
        err.write("\n")
    return bad


@app.command("extract")
def extract_command(
    source: str = typer.Argument(..., help="JSONL file of {doc_id, text, published?, lang?}, or '-' for stdin."),
) -> None:
    """Extract events and tallies, one JSON line per input document."""
    if source == "-":
        bad = run_extract(sys.stdin, sys.stdout, sys.stderr, "<stdin>", progress=sys.stderr.isatty())
    else:
        try:
            fh = open(source, encoding="utf-8")
        except OSError as exc:
            sys.stderr.write(f"error: cannot open {source}: {exc.strerror}\n")
            raise typer.Exit(2) from exc
        with fh:
            bad = run_extract(fh, sys.stdout, sys.stderr, source, progress=sys.stderr.isatty())
    if bad:
        raise typer.Exit(1)
