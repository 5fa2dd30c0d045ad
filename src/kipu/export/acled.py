"""Canonical events as rows of ACLED's CSV, so ACLED analysis scripts run on them.

The header is ACLED's 31 columns in ACLED's order and every code follows
ACLED's conventions (vocabulary in ``acled.yaml``): event/sub-event/disorder
types, actor names with the country in brackets and their ``inter`` codes,
``interaction`` as the two codes lowest first, ``time_precision`` and
``geo_precision`` 1–3, ``fatalities`` as the conservative figure with vague
plurals coded as ACLED codes them, crowd size in ``tags``, and ``notes``
quoting the evidence and stating where sources disagree — ACLED keeps one
number, so the note is where kipu's other claims stay visible.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, TextIO

import yaml

from kipu.export.records import EventRecord

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The parsed ``acled.yaml``."""
    return yaml.safe_load(resources.files("kipu.export").joinpath("acled.yaml").read_text("utf-8"))


def acled_columns() -> list[str]:
    """ACLED's column names, in order."""
    return list(vocabulary()["columns"])


def _long_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _country(code: str | None) -> dict[str, Any]:
    countries = vocabulary()["countries"]
    return countries.get((code or "PE").upper(), countries["PE"])


def _actor(word: str, country: str) -> tuple[str, int | None] | None:
    entry = vocabulary()["actors"].get(word)
    if entry is None:
        return None
    return entry["name"].format(country=country), entry.get("inter")


def _state(words: Iterable[str], country: str) -> tuple[str, int] | None:
    """The highest-priority named actor that has an inter code (state forces, gangs)."""
    priority = {w: i for i, w in enumerate(vocabulary()["actor_priority"])}
    for word in sorted(dict.fromkeys(words), key=lambda w: priority.get(w, len(priority))):
        got = _actor(word, country)
        if got and got[1] is not None:
            return got[0], got[1]
    return None


def _assoc(words: Iterable[str], country: str, exclude: set[str]) -> str:
    names: list[str] = []
    for word in words:
        got = _actor(word, country)
        if got and got[1] is None and got[0] not in exclude and got[0] not in names:
            names.append(got[0])
    return "; ".join(names)


def actors_for(event: dict[str, Any], country: str) -> dict[str, Any]:
    """actor1/assoc_actor_1/inter1/actor2/assoc_actor_2/inter2/interaction."""
    voc = vocabulary()
    etype, sub = event["type"], event["sub_type"]
    actors, opponents = list(event.get("actors") or []), list(event.get("opponents") or [])
    primary = voc["primary_actor"].get(etype, voc["primary_actor"]["strategic_development"])
    actor1, inter1 = primary["name"].format(country=country), int(primary["inter"])
    assoc1 = _assoc(actors, country, {actor1})
    actor2, inter2, assoc2 = "", 0, ""
    if etype == "violence_against_civilians":
        perpetrator = _state(opponents, country)
        if perpetrator:
            actor1, inter1 = perpetrator
        target = voc["default_target"][etype]
        actor2, inter2 = target["name"].format(country=country), int(target["inter"])
        assoc1, assoc2 = "", _assoc(actors, country, {actor2})
    elif etype == "strategic_development":
        state = _state([*actors, *opponents], country)
        if state:
            actor1, inter1 = state
        assoc1 = ""
    elif sub != "peaceful" or opponents:
        other = _state(opponents, country)
        if other is None and sub in ("intervention", "excessive_force"):
            other = _actor("police", country)  # ACLED: intervention implies state forces
        if other is None and sub == "mob_violence":
            target = voc["default_target"]["violence_against_civilians"]
            other = (target["name"].format(country=country), int(target["inter"]))
        if other is not None:
            actor2, inter2 = other[0], int(other[1] or 0)
    low, high = sorted((inter1, inter2))
    interaction = inter1 * 10 if inter2 == 0 else low * 10 + high
    return {
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction,
    }


def time_precision(event: dict[str, Any]) -> int:
    voc = vocabulary()
    d = event.get("date")
    if not d:
        return 3
    code = int(voc["time_precision"].get(event.get("date_precision") or "day", 3))
    span = (date.fromisoformat(d["end"]) - date.fromisoformat(d["start"])).days
    if span > int(voc["multi_day_as_month"]):
        code = max(code, 3)
    elif span >= int(voc["multi_day_as_week"]):
        code = max(code, 2)
    return code


def acled_fatalities(event: dict[str, Any]) -> int:
    """The conservative toll, with vague plurals coded as ACLED codes them; 0 if none."""
    count = event.get("fatalities")
    if not count:
        return 0
    value = int(count["value"])
    if count.get("qualifier") == "at_least":
        vague = {int(k): int(v) for k, v in vocabulary()["vague_fatalities"].items()}
        return vague.get(value, value)
    return value


def crowd_tag(event: dict[str, Any]) -> str:
    """ACLED's ``crowd size=...`` tag for demonstrations ("" for other types)."""
    if event["type"] not in ("protest", "riot"):
        return ""
    p = event.get("participants")
    if not p:
        return "crowd size=no report"
    low, high, q = p["low"], p["high"], p.get("qualifier") or "exact"
    if low != high:
        return f"crowd size=between {low} and {high}"
    word = {"about": "around ", "at_least": "at least ", "more_than": "more than ", "at_most": "at most "}.get(q, "")
    return f"crowd size={word}{low}"


def _figures_note(record: EventRecord) -> str:
    parts = []
    for name in ("fatalities", "injuries", "arrests"):
        values = sorted({int(c.value["value"]) for c in record.claims if c.field == name and "value" in (c.value or {})})
        shown = record.event.get(name)
        if not shown:
            continue
        docs = len({c.doc_id for c in record.claims if c.field == name})
        spread = f"{values[0]}-{values[-1]}" if len(values) > 1 else str(values[0]) if values else str(shown["value"])
        parts.append(f"{name}: {shown['value']} ({shown['qualifier']}; sources report {spread}; {docs} source(s))")
    return "; ".join(parts)


def notes_for(record: EventRecord) -> str:
    """ACLED-style note: date, place, the evidence, and how sources' figures differ."""
    e = record.event
    d = e.get("date")
    place = (e.get("place") or {}).get("name") or "an unnamed place"
    admin1 = (e.get("place") or {}).get("admin1")
    where = f"{place} ({admin1})" if admin1 and admin1 != place else place
    head = f"On {_long_date(date.fromisoformat(d['start']))}" if d else "On an unknown date"
    if d and d["end"] != d["start"]:
        head += f" to {_long_date(date.fromisoformat(d['end']))}"
    text = f"{head}, in {where}: {(e.get('evidence') or '').strip()}"
    figures = _figures_note(record)
    if figures:
        text += f" [{figures}]"
    return f"{text} [kipu event {e['id']}; {len(record.sources)} source(s)]"


def acled_row(record: EventRecord) -> dict[str, Any]:
    """One ACLED row (keys = :func:`acled_columns`)."""
    voc = vocabulary()
    e = record.event
    place = e.get("place") or {}
    geo = e.get("geo") or {}
    country = _country(place.get("country"))
    kind = voc["types"].get(e["sub_type"], voc["types"]["other"])
    d = e.get("date")
    sources = []
    for s in record.sources:
        name = s["source"] or s["doc_id"]
        if name not in sources:
            sources.append(name)
    row = {
        "event_id_cnty": f"{country['prefix']}{e['id']}",
        "event_date": d["start"] if d else "",
        "year": int(d["start"][:4]) if d else "",
        "time_precision": time_precision(e),
        "disorder_type": kind["disorder"],
        "event_type": kind["event"],
        "sub_event_type": kind["sub"],
        **actors_for(e, country["name"]),
        "civilian_targeting": "Civilian targeting" if kind.get("civilian_targeting") else "",
        "iso": country["iso"],
        "region": country["region"],
        "country": country["name"],
        "admin1": place.get("admin1") or "",
        "admin2": geo.get("admin2") or "",
        "admin3": geo.get("admin3") or "",
        "location": place.get("name") or place.get("admin1") or country["name"],
        "latitude": round(geo["lat"], 4) if geo.get("lat") is not None else "",
        "longitude": round(geo["lon"], 4) if geo.get("lon") is not None else "",
        "geo_precision": voc["geo_precision"].get(geo.get("precision") or "country", 3),
        "source": "; ".join(sources),
        "source_scale": voc["source_scale"],
        "notes": notes_for(record),
        "fatalities": acled_fatalities(e),
        "tags": crowd_tag(e),
        "timestamp": int(record.updated_at) if record.updated_at else "",
    }
    return {c: row[c] for c in acled_columns()}


def acled_rows(records: Iterable[EventRecord]) -> Iterator[dict[str, Any]]:
    return (acled_row(r) for r in records)


def write_acled(records: Iterable[EventRecord], out: TextIO) -> int:
    """Write the CSV (header + one row per event); returns rows written."""
    writer = csv.DictWriter(out, fieldnames=acled_columns(), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in acled_rows(records):
        writer.writerow(row)
        n += 1
    return n
