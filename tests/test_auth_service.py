"""Users, password hashing, sessions with expiry, revocable API tokens, CSRF, login throttle."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from kipu.auth import AuthError, AuthService, has_role, hash_password, verify_password
from kipu.auth.csrf import csrf_token, csrf_valid
from kipu.auth.ratelimit import LoginThrottle
from kipu.cli import app
from kipu.store import Store
from kipu.store.tables import ApiTokenRow, UserRow, UserSessionRow, utcnow


@pytest.fixture()
def store(tmp_path):
    s = Store.open(f"sqlite:///{tmp_path / 'auth.sqlite'}")
    yield s
    s.close()


def test_passwords_use_salted_scrypt():
    h1, h2 = hash_password("s3cret-pass"), hash_password("s3cret-pass")
    assert h1.startswith("scrypt$32768$8$1$") and h1 != h2  # fresh salt each time
    assert "s3cret" not in h1
    assert verify_password("s3cret-pass", h1)
    assert not verify_password("s3cret-pasS", h1)
    assert not verify_password("s3cret-pass", "md5$abc")
    assert not verify_password("s3cret-pass", "garbage")
    with pytest.raises(ValueError):
        hash_password("")


def test_roles_are_ordered():
    assert has_role("admin", "analyst") and has_role("analyst", "viewer")
    assert not has_role("viewer", "analyst") and not has_role("analyst", "admin")
    assert not has_role(None, "viewer") and not has_role("root", "viewer")


def test_users_and_authentication(store):
    with store.session() as s:
        auth = AuthService(s)
        user = auth.create_user("ana", "long enough", "analyst")
        assert user.password_hash.startswith("scrypt$")
        for bad in [("ana", "another one", "viewer"), ("", "long enough", "viewer"), ("a b", "long enough", "viewer"),
                    ("bo", "short", "viewer"), ("bo", "long enough", "root")]:
            with pytest.raises(AuthError):
                auth.create_user(*bad)
        assert auth.authenticate("ana", "long enough").id == user.id
        assert auth.authenticate("ana", "wrong password") is None
        assert auth.authenticate("nobody", "long enough") is None
        auth.update_user(user, active=False)
        assert auth.authenticate("ana", "long enough") is None


def test_sessions_expire_and_are_stored_hashed(store):
    with store.session() as s:
        auth = AuthService(s, session_ttl=timedelta(minutes=30))
        user = auth.create_user("ana", "long enough", "analyst")
        token = auth.start_session(user)
        row = s.scalar(select(UserSessionRow))
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest() and token not in row.token_hash
        assert auth.session_principal(token).username == "ana"
        assert auth.session_principal("forged") is None
        row.expires_at = utcnow() - timedelta(seconds=1)
        s.flush()
        assert auth.session_principal(token) is None
        token2 = auth.start_session(user)
        auth.end_session(token2)
        assert auth.session_principal(token2) is None
        token3 = auth.start_session(user)
        auth.set_password(user, "a new password")  # changing the password ends sessions
        assert auth.session_principal(token3) is None


def test_api_tokens_can_be_revoked(store):
    with store.session() as s:
        auth = AuthService(s)
        user = auth.create_user("bot", "long enough", "analyst")
        row, plain = auth.create_token(user, "nightly export")
        assert plain.startswith("kipu_") and s.get(ApiTokenRow, row.id).token_hash != plain
        p = auth.token_principal(plain)
        assert p.username == "bot" and p.via_token and row.last_used_at is not None
        auth.revoke_token(row.id)
        assert auth.token_principal(plain) is None
        assert auth.token_principal("kipu_forged") is None


def test_csrf_tokens_bind_to_the_cookie():
    secret = b"k" * 32
    token = csrf_token(secret, "cookie-a")
    assert csrf_valid(secret, "cookie-a", token)
    assert not csrf_valid(secret, "cookie-b", token)
    assert not csrf_valid(b"x" * 32, "cookie-a", token)
    assert not csrf_valid(secret, None, token) and not csrf_valid(secret, "cookie-a", None)


def test_login_throttle_window():
    now = [0.0]
    throttle = LoginThrottle(max_failures=3, window=60, clock=lambda: now[0])
    keys = ("ip:1.2.3.4", "user:ana")
    for _ in range(3):
        assert not throttle.blocked(*keys)
        throttle.failure(*keys)
    assert throttle.blocked(*keys)
    assert throttle.blocked("user:ana") and throttle.blocked("ip:1.2.3.4", "user:other")
    now[0] = 61.0
    assert not throttle.blocked(*keys)


def test_cli_user_add(tmp_path, monkeypatch):
    db = tmp_path / "cli.sqlite"
    monkeypatch.setenv("KIPU_PASSWORD", "from the env")
    runner = CliRunner()
    result = runner.invoke(app, ["user", "add", "ada", "--role", "admin", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "created admin ada" in result.output
    again = runner.invoke(app, ["user", "add", "ada", "--db", str(db)])
    assert again.exit_code == 1 and "already exists" in again.output
    bad = runner.invoke(app, ["user", "add", "bo", "--role", "root", "--db", str(db)])
    assert bad.exit_code == 1
    listed = runner.invoke(app, ["user", "list", "--db", str(db)])
    assert "ada\tadmin\tactive" in listed.output
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        user = s.scalar(select(UserRow).where(UserRow.username == "ada"))
        assert verify_password("from the env", user.password_hash)
