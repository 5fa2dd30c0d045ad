"""Reading gold and prediction files (GUIDELINES.md §1).

Gold lines carry the article inline (``text``) or point to it with
``text_file``, relative to the gold file; the path is resolved here so the
scorer never touches the file system.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any


class GoldError(ValueError):
    """A gold or prediction line that cannot be used, with its location."""


@dataclass
class GoldDoc:
    """One gold line plus its resolved text and publication date."""

    record: dict[str, Any]
    text: str
    origin: str

    @property
    def doc_id(self) -> str:
        return str(self.record.get("doc_id", ""))

    @property
    def lang(self) -> str | None:
        return self.record.get("lang")

    @property
    def published(self) -> date | None:
        value = self.record.get("published")
        return date.fromisoformat(str(value)[:10]) if value else None


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; bad JSON raises GoldError."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: invalid JSON: {exc.msg}") from exc
            if not isinstance(obj, dict):
                raise GoldError(f"{path}:{n}: expected a JSON object")
            yield n, obj


def load_gold(paths: Iterable[Path]) -> list[GoldDoc]:
    """All gold documents of the given files, in file order."""
    docs: list[GoldDoc] = []
    for path in paths:
        path = Path(path)
        for n, rec in read_jsonl(path):
            origin = f"{path}:{n}"
            if "text" in rec and rec["text"] is not None:
                text = str(rec["text"])
            elif rec.get("text_file"):
                text_path = (path.parent / rec["text_file"]).resolve()
                try:
                    text = text_path.read_text(encoding="utf-8")
                except OSError as exc:
                    raise GoldError(f"{origin}: cannot read text_file {text_path}: {exc}") from exc
            else:
                raise GoldError(f"{origin}: gold line has neither 'text' nor 'text_file'")
            docs.append(GoldDoc(record=rec, text=text, origin=origin))
    return docs


def load_predictions(path: Path) -> dict[str, dict[str, Any]]:
    """Prediction lines keyed by doc_id (a later line for the same id wins)."""
    out: dict[str, dict[str, Any]] = {}
    for n, rec in read_jsonl(Path(path)):
        if "doc_id" not in rec:
            raise GoldError(f"{path}:{n}: prediction line has no doc_id")
        out[str(rec["doc_id"])] = rec
    return out
