"""Which stored mentions can be the same incident.

Blocking by (country, admin1, family) keeps matching sub-quadratic: mentions
in different regions or families are never compared. Within a block, two
mentions are *compatible* when their date ranges overlap or lie at most one
day apart and their place names do not contradict each other. The rules mirror
the incident-matching rule of the annotation guidelines (§4).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz

MAX_DATE_GAP = timedelta(days=1)
PLACE_RATIO = 85.0
COARSE_PRECISIONS = {"department", "country", None}


@dataclass(frozen=True)
class MentionKey:
    """What matching needs from a stored mention; ``ident`` is order-independent."""

    id: int
    ident: str  # "<document sha256>:<ordinal>": stable whatever the ingestion order
    document_id: int
    country: str | None
    admin1: str | None
    family: str
    start: date | None
    end: date | None
    place_name: str | None
    admin2: str | None
    admin3: str | None
    precision: str | None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def block(self) -> Hashable:
        return (self.country or "", (self.admin1 or "").casefold(), self.family)


def fold(name: str | None) -> str:
    """Case- and accent-insensitive form of a place name."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def date_gap(a: MentionKey, b: MentionKey) -> timedelta | None:
    """Days between two ranges (0 when they overlap); None if either is undated."""
    if a.start is None or b.start is None:
        return None
    a_end, b_end = a.end or a.start, b.end or b.start
    if a.start <= b_end and b.start <= a_end:
        return timedelta(0)
    return b.start - a_end if b.start > a_end else a.start - b_end


def places_compatible(a: MentionKey, b: MentionKey) -> bool:
    """Places agree when either is only region/country-level or the names match."""
    if not a.place_name or not b.place_name:
        return True
    if a.precision in COARSE_PRECISIONS or b.precision in COARSE_PRECISIONS:
        return True
    if a.admin2 and b.admin2 and fold(a.admin2) != fold(b.admin2):
        return False
    na, nb = fold(a.place_name), fold(b.place_name)
    if na == nb or na in nb or nb in na or fuzz.ratio(na, nb) >= PLACE_RATIO:
        return True
    if a.admin3 and b.admin3 and fold(a.admin3) == fold(b.admin3):
        return True  # a landmark and its district
    return a.precision == "province" or b.precision == "province"


def compatible(a: MentionKey, b: MentionKey) -> bool:
    gap = date_gap(a, b)
    return gap is not None and gap <= MAX_DATE_GAP and places_compatible(a, b)


def candidate_edges(mentions: Iterable[MentionKey]) -> list[tuple[int, int, str, str, MentionKey, MentionKey]]:
    """All compatible pairs within each block, as sortable edges.

    Inside a block mentions are swept in date order, so only pairs whose dates
    can still be within ``MAX_DATE_GAP`` are compared. Each edge carries its
    gap in days, whether a coarse (region-level) place is involved, and both
    identities, so sorting edges gives a total order (closest and most
    specific first) that does not depend on the order mentions arrived in.
    """
    blocks: dict[Hashable, list[MentionKey]] = {}
    for m in mentions:
        if m.start is not None:
            blocks.setdefault(m.block, []).append(m)
    edges = []
    for members in blocks.values():
        members.sort(key=lambda m: (m.start, m.end or m.start, m.ident))
        for i, a in enumerate(members):
            a_end = a.end or a.start
            for b in members[i + 1 :]:
                assert b.start is not None and a_end is not None
                if b.start - a_end > MAX_DATE_GAP:
                    break
                if compatible(a, b):
                    gap = date_gap(a, b) or timedelta(0)
                    coarse = int(a.precision in COARSE_PRECISIONS or b.precision in COARSE_PRECISIONS)
                    lo, hi = sorted((a, b), key=lambda m: m.ident)
                    edges.append((gap.days, coarse, lo.ident, hi.ident, lo, hi))
    edges.sort(key=lambda e: e[:4])
    return edges


def cluster(mentions: Iterable[MentionKey]) -> list[list[MentionKey]]:
    """Group mentions into incidents; deterministic for any input order.

    Edges are joined closest-first (union-find) with two constraints: two
    mentions of the same document are never put together (the extractor
    already merged what one article says about one incident), and two groups
    are not joined if any of their places contradict each other, so a
    region-level mention ("in Puno") cannot chain two different towns into
    one incident; it joins the first group its edges reach.
    """
    items = sorted(mentions, key=lambda m: m.ident)
    parent = {m.ident: m.ident for m in items}
    docs = {m.ident: {m.document_id} for m in items}
    members = {m.ident: [m] for m in items}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _gap, _coarse, ia, ib, _a, _b in candidate_edges(items):
        ra, rb = root(ia), root(ib)
        if ra == rb or docs[ra] & docs[rb]:
            continue
        if not all(places_compatible(x, y) for x in members[ra] for y in members[rb]):
            continue
        keep, drop = sorted((ra, rb))
        parent[drop] = keep
        docs[keep] |= docs.pop(drop)
        members[keep] += members.pop(drop)
    groups: dict[str, list[MentionKey]] = {}
    for m in items:
        groups.setdefault(root(m.ident), []).append(m)
    return sorted(groups.values(), key=lambda g: g[0].ident)
