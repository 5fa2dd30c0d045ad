"""Which stored mentions can be the same incident, and how they are grouped.

Blocking by (country, admin1, family) keeps matching near-linear: mentions in
different regions or families are never compared, and inside a block a sweep
in date order compares only mentions whose dates are at most a day apart.
Two mentions are *compatible* (hard rules, after the incident-matching rule of
the annotation guidelines §4) when

* their date ranges overlap or lie at most one day apart, and neither range is
  more than a week longer than the other unless both start within a day (a
  month-long state of emergency and the day it was declared are one measure;
  a "since December" background mention and one day's march are not);
* their places do not contradict each other (one is region-level, one lies
  inside the other, or the names agree).

Among compatible pairs, a *score* says how alike they are (same sub-type,
agreeing death tolls, same place name, same day): grouping joins the most
alike pairs first, so two incidents told side by side by several articles
(the Juliaca shootings and the police officer killed the same night) pair up
with their own counterparts rather than by accident of identifiers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

MAX_DATE_GAP = timedelta(days=1)
MAX_LENGTH_DIFF = timedelta(days=7)
PLACE_RATIO = 85.0
COARSE_PRECISIONS = {"department", "country", None}


@dataclass(frozen=True)
class MentionKey:
    """What matching needs from a stored mention; ``ident`` is order-independent.

    ``anchor`` is the id of a *protected* event (reviewed, manually edited or
    holding pinned mentions) the mention already belongs to: mentions of one
    anchor start grouped, and two anchors are never joined.
    """

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
    sub_type: str | None = None
    fatalities: int | None = None
    anchor: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def block(self) -> Hashable:
        return block_of(self.country, self.admin1, self.family)


def block_of(country: str | None, admin1: str | None, family: str) -> tuple[str, str, str]:
    """The blocking key; the resolver uses it to query one block at a time."""
    return (country or "", admin1 or "", family)


@lru_cache(maxsize=1 << 16)
def fold(name: str | None) -> str:
    """Case- and accent-insensitive form of a place name (cached: few names, many pairs)."""
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


def lengths_compatible(a: MentionKey, b: MentionKey) -> bool:
    """Neither range is more than a week longer, unless both start within a day."""
    assert a.start is not None and b.start is not None
    len_a = (a.end or a.start) - a.start
    len_b = (b.end or b.start) - b.start
    return abs(len_a - len_b) <= MAX_LENGTH_DIFF or abs(a.start - b.start) <= MAX_DATE_GAP


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
    return gap is not None and gap <= MAX_DATE_GAP and lengths_compatible(a, b) and places_compatible(a, b)


def tolls_agree(x: int, y: int) -> bool:
    """Two death tolls can be one incident's (revisions: 12 → 17 → 18; 7/8/10)."""
    return abs(x - y) <= max(3, max(x, y) // 2)


def similarity(a: MentionKey, b: MentionKey) -> int:
    """How alike two compatible mentions are; higher joins first."""
    score = 0
    if a.sub_type and a.sub_type == b.sub_type:
        score += 2
    if a.fatalities is not None and b.fatalities is not None:
        score += 2 if a.fatalities == b.fatalities else 1 if tolls_agree(a.fatalities, b.fatalities) else -3
    if a.place_name and fold(a.place_name) == fold(b.place_name):
        score += 1
    if date_gap(a, b) == timedelta(0):
        score += 1
    return score


Edge = tuple[int, int, int, str, str, MentionKey, MentionKey]


def candidate_edges(mentions: Iterable[MentionKey]) -> list[Edge]:
    """All compatible pairs within each block, as sortable edges.

    Inside a block mentions are swept in date order, so only pairs whose dates
    can still be within ``MAX_DATE_GAP`` are compared. Each edge carries its
    negated similarity, its gap in days, whether a coarse (region-level) place
    is involved, and both identities, so sorting edges gives a total order
    (most alike, closest, most specific first) that does not depend on the
    order mentions arrived in.
    """
    blocks: dict[Hashable, list[MentionKey]] = {}
    for m in mentions:
        if m.start is not None:
            blocks.setdefault(m.block, []).append(m)
    edges: list[Edge] = []
    for members in blocks.values():
        members.sort(key=lambda m: (m.start, m.end or m.start, m.ident))
        size = len(members)
        for i, a in enumerate(members):
            a_end = a.end or a.start
            for j in range(i + 1, size):  # indices, not a slice: a slice would copy the block's tail each time
                b = members[j]
                assert b.start is not None and a_end is not None
                if b.start - a_end > MAX_DATE_GAP:
                    break
                if compatible(a, b):
                    gap = date_gap(a, b) or timedelta(0)
                    coarse = int(a.precision in COARSE_PRECISIONS or b.precision in COARSE_PRECISIONS)
                    lo, hi = sorted((a, b), key=lambda m: m.ident)
                    edges.append((-similarity(a, b), gap.days, coarse, lo.ident, hi.ident, lo, hi))
    edges.sort(key=lambda e: e[:5])
    return edges


def date_chains(mentions: Iterable[MentionKey]) -> list[list[MentionKey]]:
    """Mentions of one block split where dates leave a gap of more than a day.

    No edge crosses a chain boundary, so grouping one chain (or several) gives
    exactly what grouping the whole block would give for those mentions: the
    resolver uses chains to re-group only the part of a block a new article
    touches. Undated mentions are chains of their own.
    """
    mentions = list(mentions)
    dated = sorted((m for m in mentions if m.start is not None), key=lambda m: (m.start, m.ident))
    chains: list[list[MentionKey]] = []
    reach: date | None = None
    for m in dated:
        assert m.start is not None
        end = m.end or m.start
        if reach is None or m.start - reach > MAX_DATE_GAP:
            chains.append([m])
            reach = end
        else:
            chains[-1].append(m)
            reach = max(reach, end)
    chains.extend([m] for m in mentions if m.start is None)
    return chains


def cluster(mentions: Iterable[MentionKey]) -> list[list[MentionKey]]:
    """Group mentions into incidents; deterministic for any input order.

    Edges are joined most-alike first (union-find) with three constraints:
    two mentions of the same document are never put together (the extractor
    already merged what one article says about one incident); two groups are
    not joined if any of their places contradict each other, so a
    region-level mention ("in Puno") cannot chain two different towns into one
    incident; and two anchors (protected events) are never joined, since an
    analyst decided they are apart.
    """
    items = sorted(mentions, key=lambda m: m.ident)
    parent = {m.ident: m.ident for m in items}
    docs: dict[str, set[int]] = {m.ident: {m.document_id} for m in items}
    members: dict[str, list[MentionKey]] = {m.ident: [m] for m in items}
    anchors: dict[str, int | None] = {m.ident: m.anchor for m in items}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(ra: str, rb: str) -> None:
        keep, drop = sorted((ra, rb))
        parent[drop] = keep
        docs[keep] |= docs.pop(drop)
        members[keep] += members.pop(drop)
        anchors[keep] = anchors[keep] if anchors[keep] is not None else anchors.pop(drop)
        anchors.pop(drop, None)

    first_of_anchor: dict[int, str] = {}
    for m in items:  # pre-join each protected event's mentions
        if m.anchor is None:
            continue
        if m.anchor in first_of_anchor:
            ra, rb = root(first_of_anchor[m.anchor]), root(m.ident)
            if ra != rb:
                join(ra, rb)
        else:
            first_of_anchor[m.anchor] = m.ident

    for *_rank, ia, ib, _a, _b in candidate_edges(items):
        ra, rb = root(ia), root(ib)
        if ra == rb or docs[ra] & docs[rb]:
            continue
        if anchors[ra] is not None and anchors[rb] is not None:
            continue
        if not all(places_compatible(x, y) for x in members[ra] for y in members[rb]):
            continue
        join(ra, rb)
    groups: dict[str, list[MentionKey]] = {}
    for m in items:
        groups.setdefault(root(m.ident), []).append(m)
    return sorted(groups.values(), key=lambda g: g[0].ident)


def anchor_of(group: Iterable[MentionKey]) -> int | None:
    """The protected event a group belongs to, if any (at most one by construction)."""
    return next((m.anchor for m in group if m.anchor is not None), None)


def components(
    seeds: Iterable[MentionKey],
    block_members: Mapping[Hashable, list[MentionKey]],
) -> set[int]:
    """Ids of the mentions whose grouping can change because of ``seeds``.

    The date chains of each seed's block that contain a seed; the caller adds
    event co-members and calls again until nothing new comes in.
    """
    seed_ids = {m.id for m in seeds}
    out: set[int] = set()
    for block, members in block_members.items():
        for chain in date_chains(members):
            if any(m.id in seed_ids for m in chain):
                out.update(m.id for m in chain)
    return out
