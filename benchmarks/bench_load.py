"""Read load on the web app while an ingest writes into the same PostgreSQL database.

```
.venv/bin/python benchmarks/bench_load.py [--duration 20] [--threads 8] [--ingest-n 120] [--server-workers 1] [--client python|wrk --connections 16]
.venv/bin/python benchmarks/bench_load.py profile    # serial service time per request kind
```

1. Starts a throwaway PostgreSQL server (``tests/pg.py``), creates a database,
   ingests the bundled sample corpus into it (extract + resolve).
2. Starts ``kipu serve --db URL --port P`` as a subprocess on a free loopback
   port (``--server-workers 2`` instead runs uvicorn with 2 worker processes on
   the same app factory, since ``kipu serve`` has no workers option).
3. Starts ``kipu ingest`` of ``--ingest-n`` generated articles
   (``benchmarks/generate.py``) into the same database, then, in a second
   process (``bench_load.py client``), runs a bounded read load for
   ``--duration`` seconds from ``--threads`` threads, each with its own
   keep-alive ``httpx.Client``: GET /api/events with filters and pagination,
   GET /api/events/{id}, the dashboard page ``/``.
4. Reports requests/s, p50/p95/p99 latency, errors (any status other than 200
   or a transport error), whether the ingest overlapped the whole load, and
   writes ``benchmarks/out/bench_load.json``.

Everything listens on and talks to 127.0.0.1 only. The request loop is bounded
by time and by ``--max-requests``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
OUT = BENCH / "out"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(BENCH))

HOST = "127.0.0.1"


# -- server side ------------------------------------------------------------------------------


def app_from_env():  # type: ignore[no-untyped-def]
    """uvicorn ``--factory`` entry point for the multi-worker variant (URL in ``KIPU_DB``)."""
    from kipu.serve import create_app

    return create_app(os.environ["KIPU_DB"])


def _bin(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@contextmanager
def postgres() -> Iterator[Any]:
    """A TempPostgres server (raises RuntimeError when the binaries are missing)."""
    from pg import find_bin_dir, running_postgres

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL binaries not installed (apt-get install postgresql)")
    with running_postgres(bin_dir) as server:
        yield server


def load_sample(url: str) -> tuple[list[int], list[str]]:
    """Ingest the bundled sample corpus into ``url``; the ids of the public events and the regions."""
    from rich.console import Console
    from sqlalchemy import select

    from kipu.cli.ingest_cmd import run_ingest
    from kipu.corpus import sample_path
    from kipu.ingest.readers import read_inputs
    from kipu.store import Store
    from kipu.store.tables import EventRow

    run_ingest(read_inputs([str(sample_path())]), url, extract=True, console=Console(quiet=True))
    with Store.open(url) as store, store.session() as session:
        ids = list(session.scalars(select(EventRow.id).where(EventRow.sensitive.is_(False), EventRow.review_status != "rejected")))
        regions = sorted({r for r in session.scalars(select(EventRow.admin1).distinct()) if r})
    return ids, regions


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` and its live descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += stats.get(p, (0, 0.0))[1]
        todo += [c for c, (ppid, _) in stats.items() if ppid == p]
    return total


@contextmanager
def serve(url: str, workers: int = 1, log: Path | None = None) -> Iterator[tuple[str, int]]:
    """``kipu serve`` (or uvicorn with ``workers`` processes) on a free port; yields the base URL and its pid."""
    port = _free_port()
    env = dict(os.environ, KIPU_DB=url)
    if workers <= 1:
        cmd = [_bin("kipu"), "serve", "--db", url, "--host", HOST, "--port", str(port)]
    else:
        cmd = [
            _bin("uvicorn"), "bench_load:app_from_env", "--factory", "--app-dir", str(BENCH),
            "--host", HOST, "--port", str(port), "--workers", str(workers), "--log-level", "warning",
        ]
    out = open(log, "wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://{HOST}:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}: {' '.join(cmd)}")
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not answer /healthz within 60 s")
            time.sleep(0.2)
        yield base, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()  # type: ignore[union-attr]


def start_ingest(url: str, n: int, tmp: Path, seed: int = 7, log: Path | None = None) -> subprocess.Popen:
    """``kipu ingest`` of ``n`` generated ~800-word articles (extract + resolve), in the background."""
    import generate

    corpus = generate.write(n, tmp / f"generated-{n}.jsonl", seed=seed)
    out = open(log, "wb") if log else subprocess.DEVNULL
    return subprocess.Popen([_bin("kipu"), "ingest", str(corpus), "--db", url], stdout=out, stderr=subprocess.STDOUT)


# -- client side ------------------------------------------------------------------------------


def request_paths(ids: list[int], regions: list[str], seed: int = 1, n: int = 2000) -> list[str]:
    """A shuffled mix of read requests: 50% filtered/paginated lists, 35% event pages, 15% dashboard."""
    rng = random.Random(seed)
    lists = [
        "/api/events",
        "/api/events?limit=20&offset=20",
        "/api/events?type=protest",
        "/api/events?date_from=2023-01-01&date_to=2023-03-31",
        "/api/events?status=new&limit=10",
        "/api/events?q=juliaca",
    ] + [f"/api/events?region={r}&limit=20" for r in regions[:6]]
    out = []
    for _ in range(n):
        x = rng.random()
        if x < 0.50 or not ids:
            out.append(rng.choice(lists))
        elif x < 0.85:
            out.append(f"/api/events/{rng.choice(ids)}")
        else:
            out.append("/")
    return out


def run_client(base: str, paths: list[str], duration: float, threads: int, max_requests: int) -> dict[str, Any]:
    """Hit ``paths`` round-robin from ``threads`` threads for ``duration`` s (at most ``max_requests``)."""
    import httpx

    lock = threading.Lock()
    latencies: list[float] = []
    per_kind: dict[str, list[float]] = {}
    errors: list[str] = []
    hits = [0]
    counter = iter(range(max_requests))
    cpu_start = time.process_time()
    start = time.perf_counter()
    stop_at = start + duration

    def kind(path: str) -> str:
        if path == "/":
            return "dashboard"
        if path.startswith("/api/events/"):
            return "event"
        return "list"

    def worker(k: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            i = k * 97
            while time.perf_counter() < stop_at:
                with lock:
                    if next(counter, None) is None:
                        return
                path = paths[i % len(paths)]
                i += 1
                t0 = time.perf_counter()
                hit = False
                try:
                    r = client.get(path)
                    status = r.status_code
                    hit = r.headers.get("x-kipu-cache") == "hit"
                except httpx.HTTPError as exc:
                    status = f"{type(exc).__name__}"
                dt = time.perf_counter() - t0
                with lock:
                    hits[0] += hit
                    latencies.append(dt)
                    per_kind.setdefault(kind(path), []).append(dt)
                    if status != 200:
                        errors.append(f"{status} {path}")

    pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - start
    client_cpu = time.process_time() - cpu_start
    return {
        "requests": len(latencies),
        "elapsed_s": round(elapsed, 2),
        "requests_per_s": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "latency_ms": _summary(latencies),
        "latency_ms_by_kind": {k: {"n": len(v), **_summary(v)} for k, v in sorted(per_kind.items())},
        "errors": len(errors),
        "error_samples": errors[:10],
        "threads": threads,
        # the load client's own CPU per request (httpx in threads): on a small machine
        # the client, the ingest and the server share the same cores
        "client_cpu_ms_per_request": round(1000 * client_cpu / max(1, len(latencies)), 2),
        "cache_hits": hits[0],
    }


_WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests": %%d, "duration_us": %%d, "p50": %%d, "p95": %%d, "p99": %%d, "max": %%d, ' ..
    '"mean": %%d, "connect": %%d, "read": %%d, "write": %%d, "status": %%d, "timeout": %%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def _visitor_cookie(base: str) -> str:
    """The cookies a first visit to ``/`` sets, as one ``Cookie`` header value."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as client:
        client.get("/")
        return "; ".join(f"{k}={v}" for k, v in client.cookies.items())


def run_wrk(base: str, paths: list[str], duration: float, threads: int, connections: int, tmp: Path) -> dict[str, Any]:
    """The same request mix from ``wrk`` (Debian's C load generator), whose own
    CPU per request is a small fraction of a Python client's: on a 2-core
    machine shared with the server and an ingest, the client must not be the
    bottleneck. Errors are socket errors plus any non-2xx/3xx status."""
    script = tmp / "mix.lua"
    from urllib.parse import quote

    # Lua string literals: percent-encode anything beyond ASCII ("Apurímac")
    script.write_text(_WRK_SCRIPT % ", ".join(json.dumps(quote(p, safe="/?=&:")) for p in paths))
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, int(duration))}s", "-s", str(script), base]
    cookie = _visitor_cookie(base)
    if cookie:  # a returning visitor, as a browser (and the Python client) would be
        cmd[1:1] = ["-H", f"Cookie: {cookie}"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60)
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("WRK_JSON ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed: {result.stdout[-1000:]} {result.stderr[-1000:]}")
    w = json.loads(line.split(" ", 1)[1])
    elapsed = w["duration_us"] / 1e6
    errors = w["connect"] + w["read"] + w["write"] + w["status"] + w["timeout"]
    return {
        "client": "wrk",
        "requests": w["requests"],
        "elapsed_s": round(elapsed, 2),
        "requests_per_s": round(w["requests"] / elapsed, 1) if elapsed else 0.0,
        "latency_ms": {k: round(w[k] / 1000, 1) for k in ("p50", "p95", "p99", "max", "mean")},
        "latency_ms_by_kind": {},
        "errors": errors,
        "error_samples": [f"{k}: {w[k]}" for k in ("connect", "read", "write", "status", "timeout") if w[k]],
        "threads": threads,
        "connections": connections,
        "client_cpu_ms_per_request": None,
        "cache_hits": None,
    }


def _summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0, "max": 0.0}
    xs = sorted(values)

    def q(p: float) -> float:
        return round(1000 * xs[min(len(xs) - 1, int(p * len(xs)))], 1)

    return {"p50": q(0.50), "p95": q(0.95), "p99": q(0.99), "max": round(1000 * xs[-1], 1), "mean": round(1000 * statistics.fmean(xs), 1)}


def client_subprocess(base: str, paths: list[str], duration: float, threads: int, max_requests: int, tmp: Path) -> dict[str, Any]:
    """Run :func:`run_client` in a second Python process (so the client does not share the GIL with us)."""
    spec = tmp / "client.json"
    spec.write_text(json.dumps({"base": base, "paths": paths, "duration": duration, "threads": threads, "max_requests": max_requests}))
    result = subprocess.run(
        [sys.executable, __file__, "client", str(spec)], capture_output=True, text=True, timeout=duration + 120
    )
    if result.returncode != 0:
        raise RuntimeError(f"load client failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- the whole run ----------------------------------------------------------------------------


def run_load(
    *,
    duration: float,
    threads: int,
    ingest_n: int,
    server_workers: int = 1,
    max_requests: int = 200_000,
    tmp: Path | None = None,
    client: str = "python",
    connections: int = 16,
) -> dict[str, Any]:
    """PostgreSQL + sample corpus + server + concurrent ingest + load client; the measurements."""
    from sqlalchemy import create_engine, text

    own_tmp = tmp is None
    tmp = tmp or Path(tempfile.mkdtemp(prefix="kipu-load-"))
    with postgres() as server:
        url = server.create_database("load")
        t0 = time.perf_counter()
        ids, regions = load_sample(url)
        setup_s = time.perf_counter() - t0
        paths = request_paths(ids, regions)

        def n_documents() -> int:
            engine = create_engine(url)
            try:
                with engine.connect() as conn:
                    return int(conn.execute(text("select count(*) from documents")).scalar() or 0)
            finally:
                engine.dispose()

        def data_version() -> int:
            """The ``*`` data version (-1 on a schema without one, e.g. an older kipu)."""
            engine = create_engine(url)
            try:
                with engine.connect() as conn:
                    return int(conn.execute(text("select version from data_version where name = '*'")).scalar() or 0)
            except Exception:  # noqa: BLE001 - only a diagnostic
                return -1
            finally:
                engine.dispose()

        docs_before = n_documents()
        with serve(url, workers=server_workers, log=tmp / "serve.log") as (base, server_pid):
            ingest = start_ingest(url, ingest_n, tmp, log=tmp / "ingest.log")
            t_ingest = time.perf_counter()
            time.sleep(0.5)  # let the ingest open its store and start writing
            version0, cpu0 = data_version(), tree_cpu_s(server_pid)
            if client == "wrk":
                load = run_wrk(base, paths, duration, threads, connections, tmp)
            else:
                load = client_subprocess(base, paths, duration, threads, max_requests, tmp)
            server_cpu = tree_cpu_s(server_pid) - cpu0
            versions = data_version() - version0
            ingest_running_at_end = ingest.poll() is None
            try:
                ingest.wait(timeout=max(60.0, 3 * duration))
            except subprocess.TimeoutExpired:
                ingest.terminate()
                ingest.wait(timeout=20)
            ingest_s = time.perf_counter() - t_ingest
            docs_after = n_documents()
            serve_log = (tmp / "serve.log").read_text(errors="replace")[-2000:]
            ingest_log = (tmp / "ingest.log").read_text(errors="replace")[-1000:]
    result = {
        "backend": "postgresql",
        "server": "kipu serve (1 uvicorn process)" if server_workers <= 1 else f"uvicorn --workers {server_workers}",
        "duration_s": duration,
        "sample_events": len(ids),
        "setup_s": round(setup_s, 1),
        "load": load,
        # server CPU per request (all its processes) and the data versions the ingest
        # committed during the load (each one empties the response cache)
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(1, load["requests"]), 2),
        "data_versions_during_load": versions,
        "ingest": {
            "articles": ingest_n,
            "returncode": ingest.returncode,
            "documents_added": docs_after - docs_before,
            "still_running_when_load_ended": ingest_running_at_end,
            "wall_s": round(ingest_s, 1),
            "log_tail": ingest_log,
        },
        "serve_log_tail": serve_log,
        "load_average": list(os.getloadavg()),
        "cpus": os.cpu_count(),
    }
    if own_tmp:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return result


def profile(n: int = 60) -> dict[str, Any]:
    """Serial service time per request kind (in-process TestClient, no load, no ingest).

    One request at a time on one thread: the CPU cost of a request in the app,
    which bounds what one server process can do (1 / service time); "cached"
    repeats a request (a response-cache hit), "uncached" makes each one a miss.
    """
    from fastapi.testclient import TestClient

    from kipu.serve import create_app

    out: dict[str, Any] = {}
    with postgres() as server:
        url = server.create_database("prof")
        ids, regions = load_sample(url)
        app = create_app(url)
        kinds = {
            "list": "/api/events?limit=20&offset=20",
            "list_region": f"/api/events?region={regions[0]}&limit=20",
            "event": f"/api/events/{ids[0]}",
            "dashboard": "/",
            "healthz": "/healthz",
        }
        with TestClient(app) as client:
            for name, path in kinds.items():
                assert client.get(path).status_code == 200
                for variant in ("cached", "uncached"):
                    cpu0, t0 = time.process_time(), time.perf_counter()
                    for i in range(n):
                        # uncached: a parameter the app ignores makes each request a cache miss
                        nonce = "" if variant == "cached" else ("&" if "?" in path else "?") + f"bench_nonce={i}"
                        assert client.get(path + nonce).status_code == 200
                    out[f"{name} ({variant})"] = {
                        "path": path,
                        "wall_ms": round(1000 * (time.perf_counter() - t0) / n, 2),
                        "client+app_cpu_ms": round(1000 * (time.process_time() - cpu0) / n, 2),
                    }
        app.state.store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["profile"]:
        res = profile()
        for k, v in res.items():
            print(f"{k:24s} {v['wall_ms']:7.2f} ms wall  {v['client+app_cpu_ms']:7.2f} ms CPU  {v['path']}")
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "bench_load_service_times.json").write_text(json.dumps(res, indent=2))
        return 0
    if argv[:1] == ["client"]:
        spec = json.loads(Path(argv[1]).read_text())
        print(json.dumps(run_client(spec["base"], spec["paths"], spec["duration"], spec["threads"], spec["max_requests"])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--ingest-n", type=int, default=120)
    parser.add_argument("--server-workers", type=int, default=1)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--client", choices=["python", "wrk"], default="python",
                        help="load generator: threads of httpx clients, or Debian's wrk (C, event loop)")
    parser.add_argument("--connections", type=int, default=16, help="open connections (wrk only)")
    parser.add_argument("--out", type=Path, default=OUT / "bench_load.json")
    args = parser.parse_args(argv)
    result = run_load(
        duration=args.duration, threads=args.threads, ingest_n=args.ingest_n,
        server_workers=args.server_workers, max_requests=args.max_requests,
        client=args.client, connections=args.connections,
    )
    load = result["load"]
    lat = load["latency_ms"]
    print(
        f"{result['server']}: {load['requests']} requests in {load['elapsed_s']} s = {load['requests_per_s']} req/s; "
        f"p50 {lat['p50']} ms, p95 {lat['p95']} ms, p99 {lat['p99']} ms; errors {load['errors']}"
    )
    for k, v in load["latency_ms_by_kind"].items():
        print(f"  {k}: n={v['n']} p50 {v['p50']} p95 {v['p95']} p99 {v['p99']} ms")
    print(
        f"CPU per request: server {result['server_cpu_ms_per_request']} ms, load client {load['client_cpu_ms_per_request']} ms ({load.get('client', 'python')}); "
        f"{load['cache_hits']} cache hits; {result['data_versions_during_load']} data versions during the load; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    ing = result["ingest"]
    print(f"ingest: {ing['documents_added']}/{ing['articles']} documents, rc {ing['returncode']}, {ing['wall_s']} s, still running at end of load: {ing['still_running_when_load_ended']}")
    bars = {"rps_500": load["requests_per_s"] >= 500, "p99_200ms": lat["p99"] < 200, "no_errors": load["errors"] == 0}
    result["bars_met"] = bars
    print(f"bars: {bars}")
    append_run(args.out, result)
    print(f"wrote {args.out}")
    return 0


def append_run(out: Path, result: dict[str, Any], keep: int = 10) -> None:
    """Write ``result`` as the latest run to ``out``, keeping the last ``keep`` runs."""
    out.parent.mkdir(parents=True, exist_ok=True)
    existing: dict[str, Any] = {}
    if out.exists():
        try:
            existing = json.loads(out.read_text())
        except ValueError:
            existing = {}
    runs = existing.get("runs", []) if isinstance(existing, dict) else []
    runs.append(result)
    out.write_text(json.dumps({"latest": result, "runs": runs[-keep:]}, indent=2))


if __name__ == "__main__":
    raise SystemExit(main())
