"""`kipu serve` and `kipu demo` ending by serving the web app at a printed address."""

from __future__ import annotations

import re

from typer.testing import CliRunner

import kipu.cli.serve_cmd as serve_cmd
from kipu.auth import verify_password
from kipu.auth.service import AuthService
from kipu.cli import app
from kipu.cli.demo_cmd import DEMO_PASSWORD, DEMO_USERS, free_port
from kipu.store import Store


def test_serve_runs_uvicorn_with_the_app(tmp_path, monkeypatch):
    calls = {}

    def fake_run(application, host, port, log_level):
        calls.update(app=application, host=host, port=port)

    monkeypatch.setattr("uvicorn.run", fake_run)
    db = tmp_path / "s.sqlite"
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "at http://127.0.0.1:8123/" in result.output
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8123
    assert any(getattr(r, "path", "") == "/api/openapi.json" for r in calls["app"].routes)


def test_demo_ends_by_serving_at_a_printed_address(tmp_path, monkeypatch):
    served = {}
    monkeypatch.setattr(serve_cmd, "serve_app", lambda url, host, port, **kw: served.update(url=url, host=host, port=port))
    db = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(app, ["demo", "--db", str(db), "--port", "0"])
    assert result.exit_code == 0, result.output
    address = re.search(r"Open (http://127\.0\.0\.1:(\d+)/)", result.output)
    assert address and int(address.group(2)) == served["port"] > 0
    assert served["url"] == f"sqlite:///{db}" and "Events by type and region" in result.output
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        auth = AuthService(s)
        for name, role in DEMO_USERS:
            user = auth.find_user(name)
            assert user.role == role and verify_password(DEMO_PASSWORD, user.password_hash)


def test_free_port_falls_back_when_taken():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken = sock.getsockname()[1]
        assert free_port("127.0.0.1", taken) != taken
