"""Latency of the filtered event list (GET /api/events) with many events in PostgreSQL.

```
.venv/bin/python benchmarks/bench_api.py [--n 1000000] [--requests 200] [--per-filter-s 30] [--explain]
```

1. Starts a throwaway PostgreSQL server (``tests/pg.py``), migrates a fresh
   database (``Store.open``), and bulk-loads ``--n`` synthetic canonical events
   (``events`` rows) with ``COPY ... FROM STDIN`` through psycopg, then ANALYZE.
   The events are spread over 25 regions, 4 types, Dec 2022 – Nov 2024, review
   statuses new 70% / reviewed 15% / verified 10% / rejected 5%, 2% sensitive,
   an evidence sentence naming the town.
2. Times GET /api/events (anonymous public view, the default ``limit`` of 50)
   through the FastAPI app in-process (``TestClient``: no network, the app's
   full request path: context, settings, count + page queries, JSON) with
   typical filters (each request a miss of the response cache, so the database
   answers every time): p50/p95 over ``--requests`` requests per filter (bounded
   by ``--per-filter-s`` seconds each), and page 100 by keyset cursor.
   ``--url`` times an already loaded database instead.
   ``total`` is counted up to a cap (1,000; ``total_exact`` false above it).
3. ``--explain``: EXPLAIN ANALYZE of the (capped) count and page queries of each filter
   (``benchmarks/out/bench_api_explain.txt``).

Writes ``benchmarks/out/bench_api.json``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

REGIONS = [
    "Puno", "Cusco", "Lima", "Arequipa", "Apurímac", "Ayacucho", "Junín", "Ica", "La Libertad", "Piura",
    "Lambayeque", "Cajamarca", "Huánuco", "Pasco", "Tacna", "Moquegua", "Madre de Dios", "Loreto", "Ucayali",
    "San Martín", "Amazonas", "Áncash", "Huancavelica", "Tumbes", "Callao",
]
TYPES = [("protest", "peaceful"), ("protest", "intervention"), ("riot", "violent_demonstration"),
         ("violence_against_civilians", "attack"), ("strategic_development", "arrests")]
TOWNS = ["Juliaca", "Ilave", "Andahuaylas", "Huamanga", "Sicuani", "Chala", "Ica", "Trujillo", "Piura", "Chiclayo"]
ACTORS = ["students", "farmers", "teachers", "miners", "transport workers", "residents"]
STATUSES = ["new"] * 14 + ["reviewed"] * 3 + ["verified"] * 2 + ["rejected"]
START = date(2022, 12, 1)
DAYS = 730

COLUMNS = (
    "type", "sub_type", "forms", "date_start", "date_end", "date_precision", "place_name", "admin1", "country",
    "lat", "lon", "geo_precision", "actors", "opponents", "state_response", "demands", "fatalities",
    "fatalities_qualifier", "injuries", "injuries_qualifier", "arrests", "arrests_qualifier", "evidence",
    "n_documents", "review_status", "sensitive", "created_at", "updated_at",
)

FILTERS: dict[str, str] = {
    "none (first page)": "",
    "page 100 (offset 5000)": "?offset=5000",
    "date range (1 month)": "?date_from=2023-01-01&date_to=2023-01-31",
    "region": "?region=Puno",
    "type": "?type=riot",
    "review status": "?status=verified",
    "recent date range (Sep 2024)": "?date_from=2024-09-01&date_to=2024-09-30",
    "text": "?q=juliaca",
    "region + type + dates": "?region=Cusco&type=protest&date_from=2023-06-01&date_to=2023-12-31",
}


def _tsv(value: Any) -> str:
    if value is None:
        return "\\N"
    s = str(value)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def synthetic_rows(n: int, seed: int = 1):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    now = "2026-11-23 00:00:00+00"
    empty = "[]"
    for i in range(n):
        ty, sub = TYPES[rng.randrange(len(TYPES))]
        d0 = START + timedelta(days=rng.randrange(DAYS))
        d1 = d0 + timedelta(days=rng.choice((0, 0, 0, 1, 2)))
        region = REGIONS[rng.randrange(len(REGIONS))]
        town = TOWNS[rng.randrange(len(TOWNS))]
        actor = ACTORS[rng.randrange(len(ACTORS))]
        deaths = rng.choice((None, None, None, 0, 1, 2))
        evidence = f"In {town} ({region}), {actor} marched on {d0.isoformat()}; event {i}."
        yield "\t".join(_tsv(v) for v in (
            ty, sub, '["march"]', d0, d1, "day", town, region, "PE",
            -12.0 - rng.random() * 4, -72.0 - rng.random() * 4, "town", json.dumps([actor]), empty, empty, empty,
            deaths, None if deaths is None else "exact", None, None, None, None, evidence,
            rng.randint(1, 4), STATUSES[rng.randrange(len(STATUSES))], "t" if rng.random() < 0.02 else "f", now, now,
        )) + "\n"


def bulk_load(server: Any, url: str, n: int, chunk: int = 50_000) -> float:
    """COPY ``n`` synthetic events into ``url``'s database; seconds taken (including ANALYZE)."""
    import psycopg

    dbname = url.rsplit("/", 1)[1]
    t0 = time.perf_counter()
    with psycopg.connect(f"host=127.0.0.1 port={server.port} user=kipu dbname={dbname}") as conn:
        # Index-only scans (the capped count of a date range) need pages marked all-visible by
        # VACUUM, which cannot mark rows whose commit is not yet flushed: the throwaway server
        # runs with synchronous_commit=off, and the VACUUM below then marked 0-84% of the
        # pages, varying from run to run. A production server commits synchronously.
        conn.execute("SET synchronous_commit TO on")
        with conn.cursor() as cur:
            with cur.copy(f"COPY events ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                buf = io.StringIO()
                for k, line in enumerate(synthetic_rows(n), start=1):
                    buf.write(line)
                    if k % chunk == 0:
                        copy.write(buf.getvalue())
                        buf = io.StringIO()
                copy.write(buf.getvalue())
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE events")
        pages, visible = conn.execute("select relpages, relallvisible from pg_class where relname = 'events'").fetchone()
        print(f"after VACUUM: {visible} of {pages} pages all-visible", flush=True)
    return time.perf_counter() - t0


def time_filters(app: Any, requests: int, per_filter_s: float) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    out: dict[str, Any] = {}
    with TestClient(app) as client:
        filters = dict(FILTERS)
        # keyset paging: page 101 through the cursor that ends page 100 (offset 4950)
        cursor = client.get("/api/events?offset=4950").json()["next_cursor"]
        filters["page 100 (after cursor)"] = f"?after={cursor}"
        for name, query in filters.items():
            r = client.get("/api/events" + query)
            assert r.status_code == 200, (query, r.status_code, r.text[:200])
            total = r.json()["total"]
            times: list[float] = []
            stop = time.perf_counter() + per_filter_s
            while len(times) < requests and time.perf_counter() < stop:
                # a parameter the API ignores makes every request a miss of the response cache
                path = "/api/events" + query + ("&" if "?" in query else "?") + f"bench_nonce={len(times)}"
                t0 = time.perf_counter()
                r = client.get(path)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200
            xs = sorted(times)
            out[name] = {
                "query": "/api/events" + query,
                "total": total,
                "requests": len(xs),
                "p50_ms": round(1000 * xs[len(xs) // 2], 1),
                "p95_ms": round(1000 * xs[min(len(xs) - 1, int(0.95 * len(xs)))], 1),
                "mean_ms": round(1000 * statistics.fmean(xs), 1),
            }
            print(f"  {name:28s} total {total:>8}  n={len(xs):3d}  p50 {out[name]['p50_ms']:8.1f} ms  p95 {out[name]['p95_ms']:8.1f} ms", flush=True)
    return out


def explain(url: str) -> str:
    """EXPLAIN ANALYZE of the count and page queries each filter issues (public view)."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import postgresql

    from kipu.serve.api.read import event_filter
    from kipu.serve.queries import COUNT_CAP, with_start_floor
    from kipu.store.filters import list_order
    from kipu.serve.settings import DEFAULTS
    from kipu.store import Store
    from kipu.store.tables import EventRow
    from dataclasses import replace
    from urllib.parse import parse_qs

    parts = []
    with Store.open(url, migrate=False) as store, store.session() as session:
        for name, query in FILTERS.items():
            qs = {k: v[0] for k, v in parse_qs(query.lstrip("?")).items()}
            offset = int(qs.pop("offset", 0))
            f = event_filter(
                date_from=qs.get("date_from"), date_to=qs.get("date_to"), region=qs.get("region"), type=qs.get("type"),
                sub_type=None, actor=None, status=[qs["status"]] if "status" in qs else [], q=qs.get("q"), include_sensitive=False,
            )
            public = tuple(DEFAULTS["public_statuses"])
            f = replace(f, review_status=tuple(s for s in (f.review_status or public) if s in public))
            f = with_start_floor(session, f)
            matches = f.apply(select(EventRow.id))
            capped = (matches.order_by(*list_order(f)) if f.admin1 else matches).limit(COUNT_CAP + 1).subquery()
            count = select(func.count()).select_from(capped)
            page = f.apply(select(EventRow)).order_by(*list_order(f)).offset(offset).limit(51)
            for label, stmt in (("count", count), ("page", page)):
                sql = str(stmt.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
                plan = session.connection().exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).scalars().all()
                parts.append(f"== {name} / {label}\n{sql}\n" + "\n".join(plan) + "\n")
    return "\n".join(parts)


def measure(url: str, args: argparse.Namespace) -> tuple[int, list[str], dict[str, Any]]:
    """Table size, index names and the timings (plus EXPLAINs with ``--explain``) on a loaded database."""
    from sqlalchemy import create_engine, text

    from kipu.serve import create_app

    engine = create_engine(url)
    with engine.connect() as conn:
        size = conn.execute(text("select pg_total_relation_size('events')")).scalar()
        indexes = conn.execute(text("select indexname from pg_indexes where tablename='events' order by 1")).scalars().all()
        # index-only scans (the capped count of a date range) need pages marked all-visible by VACUUM
        pages, visible = conn.execute(text("select relpages, relallvisible from pg_class where relname='events'")).one()
    engine.dispose()
    print(f"events: {pages} pages, {visible} all-visible", flush=True)
    app = create_app(url)
    results = time_filters(app, args.requests, args.per_filter_s)
    app.state.store.close()
    if args.explain:
        OUT.mkdir(parents=True, exist_ok=True)
        name = "bench_api_explain_noidx.txt" if args.without_api_indexes else "bench_api_explain.txt"
        (OUT / name).write_text(explain(url))
        print(f"wrote {OUT / name}")
    return int(size or 0), list(indexes), results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--per-filter-s", type=float, default=30.0)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--without-api-indexes", action="store_true", help="drop the index of migration 0004 first (the 'before' measurement)")
    parser.add_argument("--url", help="time an already loaded database instead (no server, no load)")
    parser.add_argument("--out", type=Path, default=OUT / "bench_api.json")
    args = parser.parse_args(argv)

    from contextlib import nullcontext

    from bench_load import postgres

    from kipu.store import Store

    load_s = 0.0
    with (nullcontext(None) if args.url else postgres()) as server:
        url = args.url or server.create_database("api")
        if server is not None:
            Store.open(url).close()  # migrate
            if args.without_api_indexes:
                import psycopg

                with psycopg.connect(f"host=127.0.0.1 port={server.port} user=kipu dbname={url.rsplit('/', 1)[1]}", autocommit=True) as conn:
                    conn.execute("DROP INDEX IF EXISTS ix_events_admin1_order")
            print(f"loading {args.n:,} events ...", flush=True)
            load_s = bulk_load(server, url, args.n)
            print(f"loaded in {load_s:.1f} s", flush=True)
        size, indexes, results = measure(url, args)
    result = {
        "events": args.n,
        "api_indexes": not args.without_api_indexes,
        "bulk_load_s": round(load_s, 1),
        "events_table_mb": round(size / 1e6, 1),
        "indexes": indexes,
        "filters": results,
        "max_p95_ms": max(r["p95_ms"] for r in results.values()),
        "load_average": list(os.getloadavg()),
    }
    from bench_load import append_run

    append_run(args.out, result)
    print(f"max p95 {result['max_p95_ms']} ms; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
