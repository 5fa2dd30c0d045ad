"""Canonical events as Parquet: the DataFrame of :mod:`kipu.export.frame` on disk.

Written with pyarrow, so pandas, polars, DuckDB and R's arrow read it with the
dtypes intact (dates, nullable counts, lists of controlled words).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from kipu.export.frame import records_frame
from kipu.export.records import EventRecord


def write_parquet(records: Iterable[EventRecord], out: BinaryIO) -> int:
    df = records_frame(records)
    df.to_parquet(out, index=False, engine="pyarrow")
    return len(df)
