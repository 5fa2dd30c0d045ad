"""Canonical events as an RFC 7946 GeoJSON FeatureCollection of points.

RFC 7946 fixes WGS 84 longitude/latitude (so no ``crs`` member), positions as
``[longitude, latitude]``, and a ``bbox`` of ``[west, south, east, north]``.
Events without coordinates cannot be drawn and are left out (the other
formats keep them). Properties are the flat event row, JSON-typed, so QGIS
shows them as attribute columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from kipu.export.frame import record_row
from kipu.export.records import EventRecord

COORD_DIGITS = 6


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def feature(record: EventRecord) -> dict[str, Any] | None:
    """One Point feature, or None when the event has no coordinates."""
    row = record_row(record)
    lat, lon = row.pop("latitude"), row.pop("longitude")
    if lat is None or lon is None:
        return None
    return {
        "type": "Feature",
        "id": row["id"],
        "geometry": {"type": "Point", "coordinates": [round(float(lon), COORD_DIGITS), round(float(lat), COORD_DIGITS)]},
        "properties": {k: _plain(v) for k, v in row.items()},
    }


def feature_collection(records: Iterable[EventRecord]) -> dict[str, Any]:
    features = [f for f in (feature(r) for r in records) if f is not None]
    out: dict[str, Any] = {"type": "FeatureCollection"}
    if features:
        lons = [f["geometry"]["coordinates"][0] for f in features]
        lats = [f["geometry"]["coordinates"][1] for f in features]
        out["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    out["features"] = features
    return out


def write_geojson(records: Iterable[EventRecord], out: TextIO) -> int:
    """Write the collection; returns the number of features written."""
    collection = feature_collection(records)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])
