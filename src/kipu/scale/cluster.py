"""A dask.distributed client: a local cluster of processes, or an existing scheduler."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def open_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """Yield a ``distributed.Client``.

    ``scheduler`` (``tcp://HOST:PORT``) connects to a running cluster, whose
    workers must have kipu installed and reach the database URL. Otherwise a
    ``LocalCluster`` of ``workers`` single-threaded *processes* is started:
    extraction is pure Python, so threads would share one GIL and not scale.
    """
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    n = max(1, int(workers or 1))
    cluster = LocalCluster(
        n_workers=n,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port; nothing else on this machine is disturbed
        silence_logs=logging.ERROR,
    )
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def worker_count(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))
