"""Events as a pandas DataFrame: one row per canonical event.

The columns and their dtypes live in ``frame.yaml``. Besides each count's
shown (conservative) value, the frame carries its low–high range across
sources, so an analyst can see at a glance where sources disagree. Dates are
``datetime64`` and counts nullable integers, so the frame round-trips through
Parquet and is usable from pandas or polars without cleaning.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd
import yaml
from sqlalchemy.orm import Session

from kipu.export.records import EventRecord, iter_records
from kipu.store.filters import EventFilter

COUNTS = ("fatalities", "injuries", "arrests")


@lru_cache(maxsize=1)
def frame_columns() -> dict[str, str]:
    """Column name -> dtype, in order."""
    raw = yaml.safe_load(resources.files("kipu.export").joinpath("frame.yaml").read_text("utf-8"))
    return dict(raw["columns"])


def _range(record: EventRecord, name: str) -> tuple[int | None, int | None]:
    values = [int(c.value["value"]) for c in record.claims if c.field == name and not c.is_manual and "value" in c.value]
    return (min(values), max(values)) if values else (None, None)


def record_row(record: EventRecord) -> dict[str, Any]:
    """The flat row of one event (keys = :func:`frame_columns`)."""
    e = record.event
    date = e.get("date") or {}
    place = e.get("place") or {}
    geo = e.get("geo") or {}
    parts = e.get("participants") or {}
    row: dict[str, Any] = {
        "id": e["id"],
        "type": e["type"],
        "sub_type": e["sub_type"],
        "forms": list(e.get("forms") or []),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_precision": e.get("date_precision"),
        "place_name": place.get("name"),
        "admin1": place.get("admin1"),
        "admin2": geo.get("admin2"),
        "admin3": geo.get("admin3"),
        "country": place.get("country"),
        "latitude": geo.get("lat"),
        "longitude": geo.get("lon"),
        "geo_precision": geo.get("precision"),
        "participants_low": parts.get("low"),
        "participants_high": parts.get("high"),
        "participants_qualifier": parts.get("qualifier"),
        "actors": list(e.get("actors") or []),
        "opponents": list(e.get("opponents") or []),
        "state_response": list(e.get("state_response") or []),
        "demands": list(e.get("demands") or []),
        "evidence": e.get("evidence"),
        "n_documents": e.get("n_documents"),
        "n_claims": len(record.claims),
        "sources": [s["doc_id"] for s in record.sources],
        "review_status": e.get("review_status"),
    }
    for name in COUNTS:
        count = e.get(name) or {}
        row[name] = count.get("value")
        row[f"{name}_qualifier"] = count.get("qualifier")
        row[f"{name}_low"], row[f"{name}_high"] = _range(record, name)
    return row


def records_frame(records: Iterable[EventRecord]) -> pd.DataFrame:
    """A typed DataFrame of records, columns as in ``frame.yaml`` (also when empty)."""
    columns = frame_columns()
    df = pd.DataFrame([record_row(r) for r in records], columns=list(columns))
    for name, dtype in columns.items():
        if dtype == "date":
            df[name] = pd.to_datetime(df[name], format="%Y-%m-%d")
        elif dtype == "list":
            df[name] = df[name].astype(object)
        else:
            df[name] = df[name].astype(dtype)
    return df


def events_frame(session: Session, filters: EventFilter | None = None) -> pd.DataFrame:
    """Canonical events matching ``filters`` as a DataFrame, one row per event."""
    return records_frame(iter_records(session, filters))
