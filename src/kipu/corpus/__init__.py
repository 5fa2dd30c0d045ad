"""The bundled sample corpus: short articles written for kipu, with gold.

kipu may ship only text it wrote itself, so the demo, the tests of the
extractor and resolver, and new users all start from this small corpus of
invented-outlet articles reporting real events in Peru (December 2022 to
November 2024), in Spanish and English. Several incidents are reported more
than once, on different days and with different figures, so that resolution
across articles has something to reconcile.

Files live in ``kipu/corpus/sample/`` and are read with ``importlib.resources``
so they work from an installed wheel as well as from a checkout:

- ``articles.jsonl``: one article a line (``doc_id``, ``title``, ``text``,
  ``published``, ``lang``, ``source``, ``url``, ``incident``).
- ``gold.jsonl``: one gold line per article in the format of the annotation
  guidelines (GUIDELINES.md §1), article text inline.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from kipu.model import Document

__all__ = ["sample_path", "gold_path", "load_sample", "load_gold", "load_documents"]

_PACKAGE = "kipu.corpus.sample"


def _resource(name: str) -> Path:
    # The package is installed as plain files (editable or wheel), never zipped,
    # so the traversable is a real path that callers can hand to CLI tools.
    return Path(str(resources.files(_PACKAGE).joinpath(name)))


def sample_path() -> Path:
    """Path of the bundled ``articles.jsonl``."""
    return _resource("articles.jsonl")


def gold_path() -> Path:
    """Path of the bundled gold annotations (``gold.jsonl``)."""
    return _resource("gold.jsonl")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_sample() -> list[dict[str, Any]]:
    """All sample articles as dicts, in file order (by publication date)."""
    return _read_jsonl(sample_path())


def load_gold() -> list[dict[str, Any]]:
    """All gold lines as dicts, one per sample article, in the same order."""
    return _read_jsonl(gold_path())


def load_documents() -> list[Document]:
    """The sample articles as :class:`kipu.model.Document` objects.

    ``origin`` records file and line so a stored document can be traced back to
    the bundled corpus.
    """
    path = sample_path()
    return [
        Document(
            text=row["text"],
            doc_id=row["doc_id"],
            lang=row["lang"],
            published=date.fromisoformat(row["published"]),
            title=row.get("title"),
            url=row.get("url"),
            source=row.get("source"),
            origin=f"{path}:{n}",
        )
        for n, row in enumerate(load_sample(), 1)
    ]
