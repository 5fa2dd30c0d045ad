"""The bundled sample corpus's gold, as extractor output, for resolver tests.

Resolution is tested on what a perfect extractor would give (the gold
annotations of our own sample articles), so the tests measure grouping and
reconciliation, not extraction quality, and do not move when the extractor
changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from kipu.corpus import load_gold, load_sample
from kipu.model import DateRange, Document, EventMention, Extraction, Figure, Place, Span, TallyMention
from kipu.resolve import resolve
from kipu.store import Repository, Store
from kipu.store.tables import ClaimRow, DocumentRow, EventMentionRow, EventRow

COUNTS = ("fatalities", "injuries", "arrests")


def _span(text: str, evidence: str | None) -> Span:
    at = text.find(evidence or "") if evidence else -1
    return Span(at, at + len(evidence or "")) if at >= 0 else Span(0, min(len(text), 40))


def _precision(place: dict[str, Any]) -> str:
    if place.get("name") in (None, "Peru", "Perú"):
        return "country"
    if place.get("admin1") and place["name"] == place["admin1"]:
        return "department"
    return "district"


def mention_of(gold: dict[str, Any], text: str) -> EventMention:
    place = gold.get("place")
    d = gold.get("date")
    figures: dict[str, Figure | None] = {}
    for name in COUNTS:
        v = gold.get(name)
        figures[name] = Figure(v["value"], v["value"], v["qualifier"]) if v else None
    p = gold.get("participants")
    return EventMention(
        type=gold["type"],
        sub_type=gold["sub_type"],
        evidence=_span(text, gold.get("evidence")),
        forms=list(gold.get("forms") or []),
        date=DateRange(date.fromisoformat(d["start"]), date.fromisoformat(d["end"])) if d else None,
        place=(
            Place(name=place["name"], country=place.get("country") or "PE", admin1=place.get("admin1"), precision=_precision(place))
            if place
            else None
        ),
        participants=Figure(p["low"], p["high"], p["qualifier"]) if p else None,
        actors=list(gold.get("actors") or []),
        opponents=list(gold.get("opponents") or []),
        state_response=list(gold.get("state_response") or []),
        demands=list(gold.get("demands") or []),
        **figures,
    )


def tally_of(gold: dict[str, Any], text: str) -> TallyMention:
    period = gold.get("period")
    return TallyMention(
        measure=gold["measure"],
        value=gold["value"],
        evidence=_span(text, gold.get("evidence")),
        qualifier=gold.get("qualifier") or "exact",
        scope=gold.get("scope") or "",
        country=gold.get("country") or "PE",
        period=DateRange(date.fromisoformat(period["start"]), date.fromisoformat(period["end"])) if period else None,
        attributed_to=gold.get("attributed_to"),
    )


def gold_articles(lang: str | None = None) -> list[dict[str, Any]]:
    """Gold lines (with article metadata), optionally of one language."""
    meta = {a["doc_id"]: a for a in load_sample()}
    out = []
    for g in load_gold():
        if lang is None or g["lang"] == lang:
            out.append({**g, "incident": meta[g["doc_id"]].get("incident")})
    return out


def ingest_gold(store: Store, articles: Sequence[dict[str, Any]], *, one_by_one: bool = False) -> None:
    """Store the articles with their gold as extractions, then resolve."""
    with store.session() as s:
        repo = Repository(s)
        for g in articles:
            text = g["text"]
            added = repo.add_document(
                Document(text=text, doc_id=g["doc_id"], lang=g["lang"], published=date.fromisoformat(g["published"]), source=g.get("source"))
            )
            extraction = Extraction(
                doc_id=g["doc_id"],
                lang=g["lang"],
                events=[mention_of(e, text) for e in g["events"]],
                tallies=[tally_of(t, text) for t in g["tallies"]],
            )
            repo.save_extraction(added.document_id, extraction, "gold")
            if one_by_one:
                resolve(s)
        resolve(s)


def canonical(store: Store) -> set[tuple[Any, ...]]:
    """Events as comparable values: shown fields, members and claims (ids left out)."""
    out = set()
    with store.session() as s:
        for e in s.scalars(select(EventRow)):
            members = s.execute(
                select(DocumentRow.doc_id, EventMentionRow.ordinal)
                .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
                .where(EventMentionRow.event_id == e.id)
            ).all()
            claims = s.execute(
                select(ClaimRow.field, DocumentRow.doc_id, ClaimRow.qualifier, ClaimRow.evidence_start)
                .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
                .where(ClaimRow.event_id == e.id)
            ).all()
            values = tuple(
                getattr(e, c)
                for c in ("key", "type", "sub_type", "date_start", "date_end", "place_name", "admin1", "fatalities",
                          "fatalities_qualifier", "injuries", "arrests", "evidence", "n_documents")
            )
            out.add((values, frozenset(members), frozenset(claims)))
    return out


def incident_docs(articles: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """Incident label -> documents reporting it, for incidents reported more than once."""
    docs: dict[str, set[str]] = {}
    for a in articles:
        if a.get("incident"):
            docs.setdefault(a["incident"], set()).add(a["doc_id"])
    return {k: v for k, v in docs.items() if len(v) > 1}
