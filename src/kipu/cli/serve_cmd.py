"""`kipu serve` (the web app) and `kipu user add` (accounts from the shell).

`kipu user add` is how the first admin is created on a fresh database; after
that, admins can add users in the web app.
"""

from __future__ import annotations

import getpass
import os

import typer

from kipu.auth.roles import ROLES
from kipu.cli.app import DbOption, app
from kipu.config import db_url

user_app = typer.Typer(help="Manage web app users.", no_args_is_help=True)
app.add_typer(user_app, name="user")

PASSWORD_ENV = "KIPU_PASSWORD"


def serve_app(url: str, host: str, port: int, *, secure_cookies: bool = False, echo: bool = True) -> None:
    """Run the web app with uvicorn until interrupted."""
    import uvicorn

    from kipu.serve import create_app

    application = create_app(url, secure_cookies=secure_cookies)
    if echo:
        typer.echo(f"kipu is serving {url} at http://{host}:{port}/  (Ctrl-C to stop)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def serve(
    db: str | None = DbOption,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (keep 127.0.0.1 unless behind a proxy)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    secure_cookies: bool = typer.Option(False, "--secure-cookies", help="Mark cookies Secure (serving over HTTPS)."),
) -> None:
    """Serve the web app and REST API (API document at /api/openapi.json)."""
    serve_app(db_url(db), host, port, secure_cookies=secure_cookies)


@user_app.command("add")
def user_add(
    username: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option("viewer", help=f"One of: {', '.join(ROLES)}."),
    lang: str | None = typer.Option(None, help="Interface language (es, en); default: the browser's."),
    db: str | None = DbOption,
) -> None:
    """Create a user; the password is read from KIPU_PASSWORD or asked for."""
    from kipu.auth.service import AuthError, AuthService
    from kipu.store import Repository, Store

    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"password for {username}: ")
    with Store.open(db_url(db)) as store, store.session() as session:
        try:
            user = AuthService(session).create_user(username, password, role, lang)
        except AuthError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=1) from exc
        Repository(session).audit("cli", "user_create", "user", user.id, None, {"username": user.username, "role": user.role})
    typer.echo(f"created {role} {username}")


@user_app.command("list")
def user_list(db: str | None = DbOption) -> None:
    """List users and their roles."""
    from kipu.auth.service import AuthService
    from kipu.store import Store

    with Store.open(db_url(db)) as store, store.session() as session:
        for u in AuthService(session).list_users():
            typer.echo(f"{u.username}\t{u.role}\t{'active' if u.active else 'inactive'}")
