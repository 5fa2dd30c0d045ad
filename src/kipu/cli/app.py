"""The shared Typer application and options used by every command."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="kipu",
    help="Turn news articles into a sourced database of protest and repression events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DB_HELP = "Database URL or SQLite path (default: KIPU_DB, else a file in the user data dir)."
DbOption = typer.Option(None, "--db", help=DB_HELP, envvar=None)
