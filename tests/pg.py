"""A real, throwaway PostgreSQL server for the tests (and the scale benchmark).

Why a real server: "works on PostgreSQL" means the same migrations, types,
locking and unique-violation behaviour as production, which no in-memory
substitute gives. The server is started with ``initdb``/``pg_ctl`` from
Debian's ``postgresql`` package in a temporary directory, listens only on
127.0.0.1 on a free port, trusts local connections and is stopped and deleted
at the end of the session.

``initdb`` refuses to run as root, and CI runs as root, so when we are root
the server runs as ``nobody`` (the directory is chowned to it). When the
binaries are missing the PostgreSQL tests skip, except under CI
(``CI=true``), where that is a failure: CI installs the package.

Fixtures (imported into ``tests/conftest.py``):

- ``db_backend``: ``"sqlite"`` or ``"postgresql"`` (parametrized);
- ``db_url_factory``: ``make(name) -> url``, a fresh empty database per call;
- ``db_url``: one fresh database URL of the current backend.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SEARCH_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")
USER = "kipu"
UNPRIVILEGED = "nobody"


def find_bin_dir() -> Path | None:
    """Directory holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates = [Path(d) for d in SEARCH_DIRS]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for d in candidates:
        if all((d / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return d
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempPostgres:
    """One PostgreSQL server in a temporary directory; ``create_database`` hands out URLs."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="kipu-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._counter = itertools.count(1)
        # initdb refuses root: run every server command as an unprivileged user.
        self._run_as: dict[str, str] = {}
        if os.geteuid() == 0:
            self._run_as = {"user": UNPRIVILEGED, "group": _group_of(UNPRIVILEGED)}
            shutil.chown(self.root, UNPRIVILEGED, self._run_as["group"])

    def _run(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
            **self._run_as,  # type: ignore[arg-type]
        )
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({result.returncode}): {result.stderr.strip()}\n{tail}")

    def start(self) -> TempPostgres:
        self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync")
        # fsync off: a test server whose data is thrown away need not survive power loss.
        opts = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", opts, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; its SQLAlchemy URL."""
        import psycopg

        name = f"{prefix}_{next(self._counter)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={USER} dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _group_of(user: str) -> str:
    import grp
    import pwd

    return grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name


def _wait_ready(server: TempPostgres, timeout: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(f"host=127.0.0.1 port={server.port} user={USER} dbname=postgres").close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TempPostgres]:
    """The session's PostgreSQL server (skipped without binaries, except under CI)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) are missing under CI")
        pytest.skip("PostgreSQL binaries not installed (apt-get install postgresql)")
    with running_postgres(bin_dir) as server:
        yield server


@contextmanager
def running_postgres(bin_dir: Path) -> Iterator[TempPostgres]:
    """A started, ready TempPostgres server, stopped on exit (tests and benchmarks)."""
    server = TempPostgres(bin_dir).start()
    try:
        _wait_ready(server)
        yield server
    finally:
        server.stop()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=BACKENDS)
def db_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture()
def db_url_factory(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """``make(name)``: a fresh empty database of the current backend per call."""
    if db_backend == "sqlite":
        return lambda name="k": f"sqlite:///{tmp_path / (name + '.sqlite')}"
    server: TempPostgres = request.getfixturevalue("pg_server")
    return lambda name="k": server.create_database("t")


@pytest.fixture()
def db_url(db_url_factory: Callable[[str], str]) -> str:
    """One fresh database URL (SQLite file or PostgreSQL database)."""
    return db_url_factory("k")
