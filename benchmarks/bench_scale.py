"""Scale figures: ingest time and database size on SQLite and PostgreSQL; Dask 1 -> 2 workers.

    .venv/bin/python benchmarks/bench_scale.py [--store-n 5000] [--dask-n 600] [--backends sqlite,postgresql]

1. *Storage ingest*: ``--store-n`` generated ~800-word articles stored with the
   plain ``kipu ingest --no-extract`` path (normalise, hash, MinHash near-
   duplicate check, insert, raw archive) into a fresh database per backend;
   wall and CPU time, and the database size on disk (SQLite file + WAL;
   ``pg_database_size`` for PostgreSQL).
2. *Parallel extract + write*: ``--dask-n`` articles through
   ``run_parallel_ingest`` on a ``LocalCluster`` of 1, then 2 worker
   processes (fresh SQLite database each; cluster start-up timed apart,
   resolution left out); the speed-up is t(1) / t(2).

PostgreSQL is a real server started in a temporary directory by
``tests/pg.py`` (Debian's ``postgresql`` package). The machine is shared:
every figure carries its CPU time too, and runs are bounded by the sizes.
Results go to ``benchmarks/out/bench_scale.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _corpus(n: int, seed: int) -> Path:
    from generate import write

    path = OUT / f"scale_{n}_{seed}.jsonl"
    if not path.exists():
        write(n, path, seed=seed)
    return path


def _quiet():
    from rich.console import Console

    return Console(file=open(os.devnull, "w"))


def _size_bytes(url: str) -> int:
    if url.startswith("sqlite"):
        path = Path(url.split(":///", 1)[1])
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        size = int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar())
    engine.dispose()
    return size


def storage_ingest(corpus: Path, url: str) -> dict[str, Any]:
    from kipu.cli.ingest_cmd import run_ingest
    from kipu.ingest.readers import read_inputs
    from kipu.store import Store

    Store.open(url).close()  # migrations are not part of the figure
    c0, w0 = _cpu(), time.perf_counter()
    summary = run_ingest(read_inputs([str(corpus)]), url, extract=False, console=_quiet())
    wall, cpu = time.perf_counter() - w0, _cpu() - c0
    n = summary.new + summary.near_duplicate
    return {
        "documents": n,
        "new": summary.new,
        "near_duplicate": summary.near_duplicate,
        "wall_s": wall,
        "cpu_s": cpu,
        "docs_per_wall_s": n / wall,
        "db_bytes": _size_bytes(url),
        "bytes_per_doc": _size_bytes(url) / max(1, n),
    }


def dask_run(corpus: Path, url: str, workers: int, batch: int) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from kipu.ingest.readers import read_inputs
    from kipu.scale import ParallelOptions, run_parallel_ingest
    from kipu.scale.worker import BatchResult, warm_up
    from kipu.store import Store

    Store.open(url).close()
    phases = {"extract_s": 0.0, "write_s": 0.0, "retries": 0}

    def on_batch(result: BatchResult) -> None:
        phases["extract_s"] += result.extract_seconds
        phases["write_s"] += result.write_seconds
        phases["retries"] += result.attempts - 1

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            client.run(warm_up)  # imports and language data load off the clock
        startup = time.perf_counter() - t0
        options = ParallelOptions(scheduler=cluster.scheduler_address, batch_size=batch, resolve=False)
        w0 = time.perf_counter()
        summary = run_parallel_ingest(read_inputs([str(corpus)]), url, options, _quiet(), on_batch)
        wall = time.perf_counter() - w0
    return {
        "workers": workers,
        "documents": summary.new,
        "extracted": summary.extracted,
        "startup_s": startup,
        "wall_s": wall,
        "docs_per_wall_s": summary.new / wall,
        # Summed over batches, as measured inside the workers (wall time there).
        **phases,
        "write_fraction": phases["write_s"] / max(1e-9, phases["extract_s"] + phases["write_s"]),
    }


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total = (total + i * i) % 1_000_003
    return total


def machine_parallelism(work: int = 2_000_000) -> dict[str, float]:
    """How much faster 2 processes finish 2 units of pure-Python work than 1 finishes 1... times 2.

    A control for the Dask figure: on an idle 2-core machine this is ~2.0;
    on a machine shared with other jobs it says how much parallelism was on
    offer at that moment, which bounds any 1 -> 2 worker speed-up.
    """
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1000, 1000]))  # start both processes off the clock
        t0 = time.perf_counter()
        list(pool.map(_burn, [work]))
        one = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(pool.map(_burn, [work, work]))
        two = time.perf_counter() - t0
    return {"one_unit_s": one, "two_units_two_procs_s": two, "parallel_speedup": 2 * one / two}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store-n", type=int, default=5000)
    parser.add_argument("--dask-n", type=int, default=600)
    parser.add_argument("--batch", type=int, default=25)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-storage", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=OUT / "bench_scale.json")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    work = OUT / "scale_db"
    work.mkdir(exist_ok=True)
    report: dict[str, Any] = {"cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg(), "storage": {}, "dask": []}

    backends = [b for b in args.backends.split(",") if b]
    server = None
    if "postgresql" in backends:
        from pg import TempPostgres, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            sys.exit("PostgreSQL binaries not found (apt-get install postgresql)")
        server = TempPostgres(bin_dir).start()
    try:
        corpus = _corpus(args.store_n, args.seed)
        for backend in [] if args.skip_storage else backends:
            if backend == "sqlite":
                db = work / f"store_{args.store_n}.sqlite"
                for p in work.glob(db.name + "*"):
                    p.unlink()
                url = f"sqlite:///{db}"
            else:
                url = server.create_database("scale")  # type: ignore[union-attr]
            r = storage_ingest(corpus, url)
            report["storage"][backend] = r
            print(
                f"storage ingest {backend:10} {r['documents']:>7} docs  {r['wall_s']:7.1f} s wall  {r['cpu_s']:7.1f} s cpu  "
                f"{r['docs_per_wall_s']:6.1f} docs/s  {r['db_bytes'] / 1e6:7.1f} MB ({r['bytes_per_doc'] / 1e3:.1f} kB/doc)",
                flush=True,
            )
        if not args.skip_dask:
            small = _corpus(args.dask_n, args.seed + 1)
            report["machine_parallelism_before"] = machine_parallelism()
            print(f"control: 2 processes of pure Python run {report['machine_parallelism_before']['parallel_speedup']:.2f}x "
                  "as fast as 1 right now (2.0 on an idle 2-core machine)", flush=True)
            for backend in backends:
                runs = []
                for workers in (1, 2):
                    if backend == "sqlite":
                        db = work / f"dask_{workers}.sqlite"
                        for p in work.glob(db.name + "*"):
                            p.unlink()
                        url = f"sqlite:///{db}"
                    else:
                        url = server.create_database("dask")  # type: ignore[union-attr]
                    r = {"backend": backend, **dask_run(small, url, workers, args.batch), "db_bytes": _size_bytes(url)}
                    runs.append(r)
                    report["dask"].append(r)
                    print(
                        f"dask {backend:10} {workers} worker(s): {r['documents']} docs extracted+stored in {r['wall_s']:.1f} s "
                        f"({r['docs_per_wall_s']:.1f} docs/s; write share {r['write_fraction']:.0%}; "
                        f"cluster start {r['startup_s']:.1f} s; {r['db_bytes'] / 1e6:.1f} MB)",
                        flush=True,
                    )
                speedup = runs[0]["wall_s"] / runs[1]["wall_s"]
                report[f"dask_speedup_1_to_2_{backend}"] = speedup
                print(f"speed-up 1 -> 2 workers on {backend}: {speedup:.2f}x (bar 1.7x)", flush=True)
            report["machine_parallelism_after"] = machine_parallelism()
            print(f"control after: {report['machine_parallelism_after']['parallel_speedup']:.2f}x", flush=True)
    finally:
        if server is not None:
            server.stop()
    report["load_avg_at_end"] = os.getloadavg()
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
