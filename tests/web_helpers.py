"""Helpers shared by the web tests (test_serve_*, test_auth_*, browser): a sample
database copy with one user per role, and a logged-in TestClient."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from kipu.auth.service import AuthService
from kipu.store import Store

PASSWORD = "correct horse battery"
USERS = {"ada": "admin", "ana": "analyst", "vic": "viewer"}
CSRF_RE = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def copy_db(template: Path, dest: Path) -> str:
    """Copy a SQLite file (with its WAL, if any) and return its URL."""
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(template) + suffix)
        if src.exists():
            shutil.copy(src, str(dest) + suffix)
    return f"sqlite:///{dest}"


def add_users(url: str, users: dict[str, str] = USERS, password: str = PASSWORD) -> None:
    with Store.open(url) as store, store.session() as session:
        auth = AuthService(session)
        for name, role in users.items():
            auth.create_user(name, password, role)


def csrf_of(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns a CSRF token valid for the new session."""
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": username, "password": password, "csrf": token}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/").text)
