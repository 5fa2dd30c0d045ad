"""Ingest at scale on dask.distributed: partition, extract in parallel, write in batches.

Why Dask and not a home-made pool: a research team re-processing years of
press already has (or can start) a ``dask.distributed`` cluster, and the same
code then runs on a laptop (``LocalCluster`` of processes) or on many nodes
(``--scheduler tcp://HOST:PORT``).

- :mod:`kipu.scale.partition` cuts the reader stream into batches;
- :mod:`kipu.scale.worker` runs on a worker: extract a batch (pure, no lock
  held), then store it in one short transaction;
- :mod:`kipu.scale.runner` drives it from the client with bounded in-flight
  work and a progress bar, then resolves once.
"""

from kipu.scale.runner import ParallelOptions, run_parallel_ingest

__all__ = ["ParallelOptions", "run_parallel_ingest"]
