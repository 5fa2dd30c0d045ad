"""From claims to the values an event shows: the documented policies.

Every field of an event is computed from its claims, so every shown value
traces to a source (or to a logged manual edit):

* **manual** — if a field has manual claims, the latest one wins.
* **counts** (fatalities, injuries, arrests, participants) — *conservative*:
  keep the claims with the strongest qualifier (exact > at_least = more_than >
  about > at_most), then take the lowest value among them (for participants the
  lowest ``low``, then ``high``). A single unsupported high figure never
  inflates the record; a later, higher *exact* toll does replace an earlier
  "at least" one.
* **type / sub_type** — the most severe sub_type claimed (guidelines: an
  incident is typed by its most severe phase).
* **date** — among the claims of the finest precision, earliest start to
  latest end.
* **place** — the most precise place; ties go to the most claimed name, then
  alphabetical order.
* **forms, actors, opponents, state_response, demands** — union, sorted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

QUALIFIER_RANK = {"exact": 3, "at_least": 2, "more_than": 2, "about": 1, "at_most": 0}
SEVERITY = {
    "excessive_force": 60,
    "mob_violence": 50,
    "violent_demonstration": 40,
    "intervention": 30,
    "peaceful": 20,
    "attack": 20,
    "arrests": 30,
    "state_measure": 20,
    "other": 10,
}
DATE_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
PLACE_PRECISION_RANK = {"landmark": 0, "district": 1, "province": 2, "department": 3, "country": 4}
COUNT_FIELDS = ("fatalities", "injuries", "arrests")
LIST_FIELDS = ("forms", "actors", "opponents", "state_response", "demands")


class ClaimLike(Protocol):
    field: str
    value: Any
    qualifier: str | None
    is_manual: bool
    id: int | None


def _manual(claims: Sequence[ClaimLike]) -> ClaimLike | None:
    manual = [c for c in claims if c.is_manual]
    return max(manual, key=lambda c: c.id or 0) if manual else None


def reconcile_count(claims: Sequence[ClaimLike]) -> dict[str, Any] | None:
    """Conservative count: strongest qualifier, then lowest value."""
    if not claims:
        return None
    if (m := _manual(claims)) is not None:
        return m.value
    best = max(QUALIFIER_RANK.get(c.value.get("qualifier", "exact"), 0) for c in claims)
    strongest = [c.value for c in claims if QUALIFIER_RANK.get(c.value.get("qualifier", "exact"), 0) == best]
    if "low" in strongest[0]:
        return min(strongest, key=lambda v: (v["low"], v["high"], v.get("qualifier", "")))
    return min(strongest, key=lambda v: (v["value"], v.get("qualifier", "")))


def reconcile_type(claims: Sequence[ClaimLike]) -> tuple[str, str]:
    """(type, sub_type) of the most severe claim; ties by frequency, then name."""
    if (m := _manual(claims)) is not None:
        return m.value["type"], m.value["sub_type"]
    counts = Counter((c.value["type"], c.value["sub_type"]) for c in claims)
    return max(counts, key=lambda ts: (SEVERITY.get(ts[1], 0), counts[ts], ts))


def reconcile_date(claims: Sequence[ClaimLike]) -> tuple[date, date, str] | None:
    if not claims:
        return None
    if (m := _manual(claims)) is not None:
        v = m.value
        return date.fromisoformat(v["start"]), date.fromisoformat(v["end"]), v.get("precision", "day")
    finest = min(DATE_PRECISION_RANK.get(c.value.get("precision", "day"), 9) for c in claims)
    chosen = [c.value for c in claims if DATE_PRECISION_RANK.get(c.value.get("precision", "day"), 9) == finest]
    start = min(date.fromisoformat(v["start"]) for v in chosen)
    end = max(date.fromisoformat(v["end"]) for v in chosen)
    return start, end, chosen[0].get("precision", "day")


def reconcile_place(claims: Sequence[ClaimLike]) -> dict[str, Any] | None:
    if not claims:
        return None
    if (m := _manual(claims)) is not None:
        return m.value
    names = Counter(c.value.get("name") for c in claims)
    return min(
        (c.value for c in claims),
        key=lambda v: (PLACE_PRECISION_RANK.get(v.get("precision"), 9), -names[v.get("name")], v.get("name") or ""),
    )


def reconcile_list(claims: Sequence[ClaimLike]) -> list[str]:
    if (m := _manual(claims)) is not None:
        return list(m.value)
    return sorted({item for c in claims for item in (c.value or [])})
