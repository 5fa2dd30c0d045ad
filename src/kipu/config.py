"""Where kipu keeps its database, and how a user overrides it.

Precedence: an explicit ``--db`` URL, then the ``KIPU_DB`` environment
variable, then a SQLite file in the user's data directory. A bare path is
accepted anywhere a URL is and becomes ``sqlite:///PATH``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DB = "KIPU_DB"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("kipu", appauthor=False)) / "kipu.sqlite"


def db_url(explicit: str | None = None) -> str:
    """Resolve the database URL a command should use."""
    value = explicit or os.environ.get(ENV_DB)
    if not value:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"
