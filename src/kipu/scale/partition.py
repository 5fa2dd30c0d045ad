"""Cut a stream of reader items into batches of documents.

Batches, not single documents, are the unit of work: one task and one
database transaction per batch keeps scheduler and commit overhead small
next to extraction. Reader errors are not sent to workers; they are handed
back to the caller as they come, so one bad line is reported, not fatal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kipu.ingest.errors import IngestError
from kipu.model import Document

DEFAULT_BATCH = 200


def batches(
    items: Iterable[Document | IngestError], size: int = DEFAULT_BATCH
) -> Iterator[list[Document] | IngestError]:
    """Yield lists of at most ``size`` documents, and each reader error as it occurs."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    batch: list[Document] = []
    for item in items:
        if isinstance(item, IngestError):
            yield item
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
