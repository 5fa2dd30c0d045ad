"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only evaluation material beside the repo (``../shared``, or ``$KIPU_SHARED``).

    Tests that need it skip when it is absent, except under CI, where a missing
    component is a failure.
    """
    path = Path(os.environ.get("KIPU_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
    if not path.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared directory {path} is missing under CI")
        pytest.skip(f"shared directory {path} not present")
    return path
