"""Which event fields an analyst may edit, and how a submitted value is checked.

Values arrive as strings from HTML forms or as JSON from the API; both go
through :func:`parse_manual_value`, which returns the claim value in exactly
the shape extracted claims have (so :mod:`kipu.resolve.reconcile` treats a
manual claim like any other, except that it wins). Controlled vocabularies
come from the extraction schema, so the editor cannot store a value the
exports would reject.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from kipu.evaluate.schema import load_schema
from kipu.resolve.reconcile import COUNT_FIELDS, DATE_PRECISION_RANK, LIST_FIELDS, PLACE_PRECISION_RANK

EDITABLE_FIELDS = ("type", "date", "place", "participants", *COUNT_FIELDS, *LIST_FIELDS)
_LIST_DEFS = {"forms": "form", "actors": "actor", "opponents": "actor", "state_response": "stateResponse", "demands": "demand"}


class FieldError(ValueError):
    """A manual value that does not fit its field."""


@lru_cache(maxsize=1)
def vocabularies() -> dict[str, tuple[str, ...]]:
    """Allowed values: ``qualifier``, list fields, and ``sub_type:<type>`` per type."""
    defs = load_schema()["$defs"]
    out: dict[str, tuple[str, ...]] = {"qualifier": tuple(defs["qualifier"]["enum"])}
    for name, ref in _LIST_DEFS.items():
        out[name] = tuple(defs[ref]["enum"])
    out["type"] = tuple(defs["event"]["properties"]["type"]["enum"])
    for rule in defs["event"]["allOf"]:
        t = rule["if"]["properties"]["type"]["const"]
        out[f"sub_type:{t}"] = tuple(rule["then"]["properties"]["sub_type"]["enum"])
    return out


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    return "" if value is None else str(value).strip()


def _int(raw: Mapping[str, Any], key: str, *, required: bool = True) -> int | None:
    text = _text(raw, key)
    if not text:
        if required:
            raise FieldError(f"{key} is required")
        return None
    try:
        value = int(text)
    except ValueError as exc:
        raise FieldError(f"{key} must be a whole number") from exc
    if value < 0 or value > 10_000_000:
        raise FieldError(f"{key} is out of range")
    return value


def _float(raw: Mapping[str, Any], key: str, low: float, high: float) -> float | None:
    text = _text(raw, key)
    if not text:
        return None
    try:
        value = float(text)
    except ValueError as exc:
        raise FieldError(f"{key} must be a number") from exc
    if not low <= value <= high:
        raise FieldError(f"{key} is out of range")
    return value


def _choice(raw: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
    value = _text(raw, key) or default
    if value not in allowed:
        raise FieldError(f"{key} must be one of {', '.join(allowed)}")
    return value


def _date(raw: Mapping[str, Any], key: str) -> date:
    try:
        return date.fromisoformat(_text(raw, key))
    except ValueError as exc:
        raise FieldError(f"{key} must be a date (YYYY-MM-DD)") from exc


def _items(raw: Mapping[str, Any], key: str) -> list[str]:
    value = raw.get(key)
    if isinstance(value, list):
        items = [str(v).strip() for v in value]
    else:
        items = [v.strip() for v in str(value or "").split(",")]
    return sorted({v for v in items if v})


def parse_manual_value(field: str, raw: Mapping[str, Any]) -> tuple[Any, str | None]:
    """``(value, qualifier)`` of a manual claim for ``field`` from submitted inputs.

    Count fields take ``value`` and ``qualifier``; ``participants`` takes ``low``, ``high``, ``qualifier``; ``type``
    takes ``type`` and ``sub_type``; ``date`` takes ``start``, ``end``,
    ``precision``; ``place`` takes ``name``, ``admin1``, ``admin2``, ``admin3``,
    ``country``, ``lat``, ``lon``, ``precision``; list fields take ``items``
    (a list, or a comma-separated string).
    """
    vocab = vocabularies()
    if field not in EDITABLE_FIELDS:
        raise FieldError(f"field {field!r} cannot be edited")
    if field in COUNT_FIELDS:
        value = _int(raw, "value")
        qualifier = _choice(raw, "qualifier", vocab["qualifier"], "exact")
        return {"value": value, "qualifier": qualifier}, qualifier
    if field == "participants":
        low = _int(raw, "low")
        assert low is not None
        high = _int(raw, "high", required=False)
        high = low if high is None else high
        if high < low:
            raise FieldError("high must not be below low")
        qualifier = _choice(raw, "qualifier", vocab["qualifier"], "exact")
        return {"low": low, "high": high, "qualifier": qualifier}, qualifier
    if field == "type":
        type_ = _choice(raw, "type", vocab["type"])
        sub_type = _choice(raw, "sub_type", vocab[f"sub_type:{type_}"])
        return {"type": type_, "sub_type": sub_type}, None
    if field == "date":
        start = _date(raw, "start")
        end = _date(raw, "end") if _text(raw, "end") else start
        if end < start:
            raise FieldError("end must not be before start")
        precision = _choice(raw, "precision", tuple(DATE_PRECISION_RANK), "day")
        return {"start": start.isoformat(), "end": end.isoformat(), "precision": precision}, precision
    if field == "place":
        name = _text(raw, "name")
        if not name or len(name) > 200:
            raise FieldError("name is required (at most 200 characters)")
        precision = _choice(raw, "precision", tuple(PLACE_PRECISION_RANK), "district")
        country = (_text(raw, "country") or "PE").upper()
        if len(country) != 2 or not country.isalpha():
            raise FieldError("country must be a two-letter code")
        value = {
            "name": name,
            "admin1": _text(raw, "admin1")[:100] or None,
            "admin2": _text(raw, "admin2")[:100] or None,
            "admin3": _text(raw, "admin3")[:100] or None,
            "country": country,
            "lat": _float(raw, "lat", -90, 90),
            "lon": _float(raw, "lon", -180, 180),
            "precision": precision,
            "gazetteer_id": None,
        }
        return value, precision
    items = _items(raw, "items")
    unknown = [v for v in items if v not in vocab[field]]
    if unknown:
        raise FieldError(f"unknown {field}: {', '.join(unknown)}")
    return items, None
