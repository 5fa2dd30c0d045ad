"""Why an event shows the value it shows: every field's claims and readings.

A monitor defending a figure needs more than the number: which sources said
what, when, on whose authority, and how the figure moved over time. For each
field of an event this module returns

* ``shown`` — the value the event displays, and the ``policy`` that chose it
  (``manual`` when an analyst's claim overrides, else the field's automatic
  policy from :mod:`kipu.resolve.reconcile`);
* for counts, three readings side by side: ``conservative`` (the ACLED
  convention: strongest qualifier, then lowest value), ``range`` (lowest to
  highest figure across sources) and ``latest_authoritative`` (the most
  recent figure from the most authoritative attribution, see
  ``data/authority.yaml``), plus ``history`` (every figure in publication
  order) and ``revisions`` (the distinct successive values, e.g. 9 → 14 → 17
  → 18);
* ``claims`` — every claim with its source document, publication date,
  evidence span (and text, when the document is at hand) and attribution.

It reads claims only, never the event's stored columns, so what it explains is
what the reconciler would compute.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from kipu.resolve import reconcile
from kipu.store.tables import ClaimRow, DocumentRow

COUNT_FIELDS = ("participants", *reconcile.COUNT_FIELDS)
POLICIES = {
    "type": "most severe sub-type claimed (ties: most claimed)",
    "date": "finest precision claimed, earliest start to latest end",
    "place": "most precise place claimed (ties: most claimed name)",
    "participants": "conservative: strongest qualifier, then lowest range",
    **{name: "conservative: strongest qualifier, then lowest value" for name in reconcile.COUNT_FIELDS},
    **{name: "union of all claims" for name in reconcile.LIST_FIELDS},
}


@dataclass(frozen=True)
class ClaimView:
    """A claim with its provenance, detached from the session."""

    id: int
    field: str
    value: Any
    qualifier: str | None
    is_manual: bool
    document_id: int | None
    doc_id: str | None
    source: str | None
    url: str | None
    published: date | None
    evidence_start: int | None
    evidence_end: int | None
    attributed_to: str | None
    author: str | None
    evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.id,
            "value": self.value,
            "qualifier": self.qualifier,
            "manual": self.is_manual,
            "author": self.author,
            "doc_id": self.doc_id,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "attributed_to": self.attributed_to,
            "authority": authority_of(self)[1],
            "evidence_span": (
                [self.evidence_start, self.evidence_end] if self.evidence_start is not None else None
            ),
            "evidence": self.evidence,
        }


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _authority_table() -> tuple[list[tuple[int, str, re.Pattern[str] | None]], tuple[int, str]]:
    raw = yaml.safe_load(resources.files("kipu.resolve").joinpath("data/authority.yaml").read_text("utf-8"))
    levels = []
    for entry in sorted(raw["levels"], key=lambda e: -int(e["level"])):
        words = [re.escape(_fold(w)) for w in entry.get("match") or []]
        pattern = re.compile(r"\b(?:" + "|".join(words) + r")") if words else None
        levels.append((int(entry["level"]), str(entry["label"]), pattern))
    none = raw["unattributed"]
    return levels, (int(none["level"]), str(none["label"]))


def authority_of(claim: ClaimView) -> tuple[int, str]:
    """(level, label) of a claim's attribution; manual claims rank above all."""
    if claim.is_manual:
        return 99, "manual"
    levels, unattributed = _authority_table()
    if not claim.attributed_to:
        return unattributed
    folded = _fold(claim.attributed_to)
    for level, label, pattern in levels:
        if pattern is None or pattern.search(folded):
            return level, label
    return unattributed


def _count_of(value: Mapping[str, Any]) -> tuple[int, int]:
    """(low, high) of a count claim value, whichever shape it has."""
    if "low" in value:
        return int(value["low"]), int(value.get("high", value["low"]))
    return int(value["value"]), int(value["value"])


def _history_key(c: ClaimView) -> tuple[Any, ...]:
    return (c.published or date.min, c.doc_id or "", c.id)


def _point(c: ClaimView) -> dict[str, Any]:
    return {
        "value": c.value,
        "qualifier": c.qualifier,
        "published": c.published.isoformat() if c.published else None,
        "doc_id": c.doc_id,
        "source": c.source,
        "attributed_to": c.attributed_to,
        "authority": authority_of(c)[1],
        "manual": c.is_manual,
    }


def explain_count(claims: Sequence[ClaimView]) -> dict[str, Any]:
    """Conservative, range and latest-authoritative readings of a count field."""
    auto = [c for c in claims if not c.is_manual]
    manual = [c for c in claims if c.is_manual]
    conservative = reconcile.reconcile_count(auto) if auto else None
    shown = reconcile.reconcile_count(claims)
    bounds = [_count_of(c.value) for c in auto]
    latest = max(claims, key=lambda c: (authority_of(c)[0], c.published or date.min, c.id)) if claims else None
    history = sorted(claims, key=_history_key)
    revisions: list[int] = []
    for c in history:
        low = _count_of(c.value)[0]
        if not revisions or revisions[-1] != low:
            revisions.append(low)
    return {
        "shown": shown,
        "policy": "manual" if manual else "conservative",
        "conservative": conservative,
        "range": (
            {"low": min(b[0] for b in bounds), "high": max(b[1] for b in bounds), "sources": len({c.document_id for c in auto})}
            if bounds
            else None
        ),
        "latest_authoritative": _point(latest) if latest else None,
        "history": [_point(c) for c in history],
        "revisions": revisions,
    }


def _shown(field: str, claims: Sequence[ClaimView]) -> Any:
    if field == "type":
        t, s = reconcile.reconcile_type(claims)
        return {"type": t, "sub_type": s}
    if field == "date":
        got = reconcile.reconcile_date(claims)
        return {"start": got[0].isoformat(), "end": got[1].isoformat(), "precision": got[2]} if got else None
    if field == "place":
        return reconcile.reconcile_place(claims)
    return reconcile.reconcile_list(claims)


def explain_claims(claims: Iterable[ClaimView]) -> dict[str, dict[str, Any]]:
    """Per-field explanation (see module docstring) of one event's claims."""
    by_field: dict[str, list[ClaimView]] = defaultdict(list)
    for c in claims:
        by_field[c.field].append(c)
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(by_field):
        items = sorted(by_field[name], key=_history_key)
        if name in COUNT_FIELDS:
            entry = explain_count(items)
        else:
            entry = {"shown": _shown(name, items), "policy": "manual" if any(c.is_manual for c in items) else "automatic"}
        entry["rule"] = POLICIES.get(name, "")
        entry["claims"] = [c.to_dict() for c in items]
        out[name] = entry
    return out


def load_claims(
    session: Session, event_ids: Sequence[int], *, with_evidence: bool = True
) -> dict[int, list[ClaimView]]:
    """Claims of many events in one query, with their documents' provenance.

    ``with_evidence`` also cuts each claim's evidence text out of its document
    (one text load per document, not per claim).
    """
    out: dict[int, list[ClaimView]] = defaultdict(list)
    if not event_ids:
        return out
    texts: dict[int, str] = {}
    rows = []
    for chunk_start in range(0, len(event_ids), 500):
        chunk = list(event_ids[chunk_start : chunk_start + 500])
        stmt = (
            select(ClaimRow, DocumentRow.doc_id, DocumentRow.source, DocumentRow.url, DocumentRow.published)
            .outerjoin(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(ClaimRow.event_id.in_(chunk))
            .order_by(ClaimRow.event_id, ClaimRow.field, ClaimRow.id)
        )
        rows.extend(session.execute(stmt).all())
    if with_evidence:
        doc_ids = sorted({r[0].document_id for r in rows if r[0].document_id is not None})
        for chunk_start in range(0, len(doc_ids), 500):
            chunk = doc_ids[chunk_start : chunk_start + 500]
            texts.update({pk: text for pk, text in session.execute(select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(chunk)))})
    for claim, doc_id, source, url, published in rows:
        evidence = None
        text = texts.get(claim.document_id) if claim.document_id is not None else None
        if text is not None and claim.evidence_start is not None and claim.evidence_end is not None:
            evidence = text[claim.evidence_start : claim.evidence_end]
        out[claim.event_id].append(
            ClaimView(
                id=claim.id,
                field=claim.field,
                value=claim.value,
                qualifier=claim.qualifier,
                is_manual=bool(claim.is_manual),
                document_id=claim.document_id,
                doc_id=doc_id,
                source=source,
                url=url,
                published=claim.published or published,
                evidence_start=claim.evidence_start,
                evidence_end=claim.evidence_end,
                attributed_to=claim.attributed_to,
                author=claim.author,
                evidence=evidence,
            )
        )
    return out


def explain_event(session: Session, event_id: int) -> dict[str, dict[str, Any]]:
    """The per-field explanation of one stored event (for the event page)."""
    return explain_claims(load_claims(session, [event_id]).get(event_id, []))
