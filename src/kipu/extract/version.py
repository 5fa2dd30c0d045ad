"""The extractor's version: the package release plus a digest of what it runs.

Stored extractions are keyed by extractor version (``ExtractionRow``), and
``kipu ingest``/``kipu demo`` re-extract only documents with no extraction of
the current version. A hand-bumped constant was forgotten often enough that a
default database kept mentions from old rules after an upgrade; hashing the
extraction code and the language data instead changes the version exactly
when the output can change, and never otherwise (the digest is of file
contents in a fixed order, so it is the same on every machine).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from kipu import __version__

#: Packages whose files decide what the extractor outputs (rules, words, gazetteer).
_PACKAGES = ("kipu.extract", "kipu.lang", "kipu.geo")
_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt", ".tsv", ".csv")
DIGEST_CHARS = 10


def _files(package: str) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    stack = [(package, resources.files(package))]
    while stack:
        name, node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                if child.name != "__pycache__":
                    stack.append((f"{name}/{child.name}", child))
            elif child.name.endswith(_SUFFIXES):
                out.append((f"{name}/{child.name}", child.read_bytes()))
    return out


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """``<release>+<digest>``, e.g. ``0.1.0+3f9a1c0b2e``."""
    digest = hashlib.sha256()
    for path, data in sorted(f for pkg in _PACKAGES for f in _files(pkg)):
        digest.update(path.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(data).digest())
    return f"{__version__}+{digest.hexdigest()[:DIGEST_CHARS]}"
