"""Running totals as time series: (as-of date, value, source) per measure and scope.

Articles restate totals ("bringing the death toll to 49"); kipu never adds
them to incidents (invariant 2) but keeps them as series a monitor can read
and check. Tally figures are grouped into series by the campaigns in
``data/tally_campaigns.yaml`` (deaths in the protests since 7 December 2022,
aggressions against the press, ...) or else by measure, country and the start
of the period they state. Each point keeps its document, evidence and
attribution, and two checks flag what needs a human look:

* ``decrease`` — a running total lower than an earlier point of the same
  series (totals only grow; a drop is a correction, another scope, or an
  extraction error);
* ``below_incident_sum`` — an exact (or "about") total lower than the sum of
  the incident figures kipu holds for the same measure, country and period
  (one of them is wrong; "at least" totals are lower bounds and never are).

Points are ordered by (as-of date, document, ordinal), so series do not depend
on ingestion order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kipu.store.tables import DocumentRow, EventRow, TallyMentionRow

# Measures whose incident figures live in an event column, for the sum check.
EVENT_COLUMNS = {"fatalities": EventRow.fatalities, "injuries": EventRow.injuries, "arrests": EventRow.arrests}


@dataclass
class TallyPoint:
    """One source's statement of a running total."""

    as_of: date | None
    value: int
    qualifier: str
    doc_id: str
    source: str | None
    url: str | None
    attributed_to: str | None
    period_start: date | None
    period_end: date | None
    evidence: str
    evidence_span: tuple[int, int]
    incident_sum: int | None = None
    flags: list[str] = field(default_factory=list)


@dataclass
class TallySeries:
    """A running total over time for one measure and scope."""

    measure: str
    scope: str
    country: str | None
    start: date | None
    campaign: str | None
    points: list[TallyPoint] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return sorted({f for p in self.points for f in p.flags})

    @property
    def latest(self) -> TallyPoint | None:
        return self.points[-1] if self.points else None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["flags"] = self.flags
        for p in out["points"]:
            for k in ("as_of", "period_start", "period_end"):
                p[k] = p[k].isoformat() if p[k] else None
            p["evidence_span"] = list(p["evidence_span"])
        out["start"] = self.start.isoformat() if self.start else None
        return out


@lru_cache(maxsize=1)
def campaigns() -> list[dict[str, Any]]:
    raw = yaml.safe_load(resources.files("kipu.resolve").joinpath("data/tally_campaigns.yaml").read_text("utf-8"))
    return list(raw.get("campaigns") or [])


def _campaign_for(measure: str, country: str | None, start: date | None, as_of: date | None) -> dict[str, Any] | None:
    for c in campaigns():
        if measure not in c["measures"] or (country or "") != c["country"]:
            continue
        if start is not None:
            if abs((start - c["start"]).days) <= int(c.get("start_slack_days", 0)):
                return c
        elif as_of is not None and c["start"] <= as_of <= c["until"]:
            return c
    return None


def _incident_sum(session: Session, measure: str, country: str | None, start: date, end: date) -> int | None:
    column = EVENT_COLUMNS.get(measure)
    if column is None:
        return None
    stmt = select(func.coalesce(func.sum(column), 0)).where(
        EventRow.date_start >= start, EventRow.date_start <= end, EventRow.review_status != "rejected"
    )
    if country:
        stmt = stmt.where(EventRow.country == country)
    return int(session.scalar(stmt) or 0)


def tally_series(session: Session, measure: str | None = None) -> list[TallySeries]:
    """Every running total as a checked time series (optionally one measure)."""
    stmt = select(TallyMentionRow, DocumentRow.doc_id, DocumentRow.source, DocumentRow.url, DocumentRow.text).join(
        DocumentRow, DocumentRow.id == TallyMentionRow.document_id
    )
    if measure:
        stmt = stmt.where(TallyMentionRow.measure == measure)
    series: dict[tuple[Any, ...], TallySeries] = {}
    order: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for t, doc_id, source, url, text in session.execute(stmt):
        campaign = _campaign_for(t.measure, t.country, t.period_start, t.as_of)
        if campaign is not None:
            key: tuple[Any, ...] = ("campaign", campaign["id"], t.measure)
            scope, start = campaign["label"].format(measure=t.measure.replace("_", " ")), campaign["start"]
        else:
            key = ("period", t.measure, t.country or "", t.period_start)
            scope, start = t.scope or t.measure, t.period_start
        s = series.setdefault(key, TallySeries(t.measure, scope, t.country, start, campaign["id"] if campaign else None))
        point = TallyPoint(
            as_of=t.as_of,
            value=t.value,
            qualifier=t.qualifier,
            doc_id=doc_id,
            source=source,
            url=url,
            attributed_to=t.attributed_to,
            period_start=t.period_start,
            period_end=t.period_end,
            evidence=text[t.evidence_start : t.evidence_end],
            evidence_span=(t.evidence_start, t.evidence_end),
        )
        order[key].append((t.as_of or date.min, doc_id, t.ordinal, point))
    out = []
    for key, s in series.items():
        s.points = [p for *_k, p in sorted(order[key], key=lambda x: x[:3])]
        _check(session, s)
        out.append(s)
    return sorted(out, key=lambda s: (s.measure, s.start or date.min, s.scope))


def _below(value: int, qualifier: str, incident_sum: int) -> bool:
    """Whether a total contradicts the incidents' sum.

    "At least"/"more than" totals are lower bounds, so a larger sum does not
    contradict them; "about" allows a tenth of slack.
    """
    if qualifier in ("at_least", "more_than"):
        return False
    slack = value // 10 if qualifier == "about" else 0
    return value + slack < incident_sum


def _check(session: Session, s: TallySeries) -> None:
    """Flag decreases and totals below the incidents' sum."""
    highest: int | None = None
    for p in s.points:
        if highest is not None and p.value < highest:
            p.flags.append("decrease")
        highest = p.value if highest is None else max(highest, p.value)
        if s.start is not None and p.as_of is not None:
            total = _incident_sum(session, s.measure, s.country, s.start, p.as_of)
            p.incident_sum = total
            if total is not None and _below(p.value, p.qualifier, total):
                p.flags.append("below_incident_sum")
