"""The ``kipu`` command line: one Typer app, one module per command group.

Each module under ``kipu.cli`` registers its commands on :data:`app` when
imported, so a command's code sits next to nothing but its own wiring.
"""

from __future__ import annotations

from kipu.cli.app import app

# Importing the command modules registers their commands on ``app``.
from kipu.cli import demo_cmd, eval_cmd, events_cmd, extract_cmd, ingest_cmd, watch_cmd  # noqa: E402,F401
from kipu.cli import export_cmd, resolve_cmd  # noqa: E402,F401
from kipu.cli import serve_cmd  # noqa: E402,F401
from kipu.cli import backup_cmd  # noqa: E402,F401


def main() -> None:
    app()


__all__ = ["app", "main"]
