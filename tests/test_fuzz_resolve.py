"""Property-based tests of the resolver's pure parts (issue 7).

Mentions arrive in any order, with missing places and dates, odd precisions
and extreme dates; matching must still partition them, never raise, never put
two mentions of one article in one incident, and not depend on arrival order
(architecture invariant 4). Reconciliation must pick a value some source
actually claimed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kipu.resolve.match import MentionKey, cluster
from kipu.resolve.reconcile import QUALIFIER_RANK, reconcile_count, reconcile_date, reconcile_list

pytestmark = pytest.mark.slow

PLACES = [None, "Juliaca", "juliaca", "Puno", "Lima", "Ayacucho", "San Juan", "Juliaca (Puno)", ""]
ADMIN1 = [None, "Puno", "Lima", "Ayacucho"]
PRECISIONS = [None, "landmark", "district", "province", "department", "country", "weird"]
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                  st.dates(min_value=date(2023, 1, 1), max_value=date(2023, 1, 20)))


@st.composite
def mention_keys(draw: Any) -> list[MentionKey]:
    n = draw(st.integers(min_value=0, max_value=20))
    out = []
    for i in range(n):
        start = draw(dates)
        end = None if start is None else draw(st.one_of(st.just(start), dates.filter(lambda d: d is not None and d >= start)))
        out.append(
            MentionKey(
                id=i,
                ident=f"{draw(st.sampled_from('abcdefgh'))}{i:03d}:{draw(st.integers(0, 3))}",
                document_id=draw(st.integers(min_value=1, max_value=8)),
                country=draw(st.sampled_from([None, "PE", "BO"])),
                admin1=draw(st.sampled_from(ADMIN1)),
                family=draw(st.sampled_from(["protest", "violence", "strategic"])),
                start=start,
                end=end,
                place_name=draw(st.sampled_from(PLACES)),
                admin2=draw(st.sampled_from([None, "San Román", "Puno"])),
                admin3=draw(st.sampled_from([None, "Juliaca", "Puno"])),
                precision=draw(st.sampled_from(PRECISIONS)),
                fatalities=draw(st.one_of(st.none(), st.integers(0, 2**62))),
            )
        )
    return out


def as_sets(groups: list[list[MentionKey]]) -> set[frozenset[int]]:
    return {frozenset(m.id for m in g) for g in groups}


@settings(max_examples=80, deadline=None)
@given(keys=mention_keys(), seed=st.randoms(use_true_random=False))
def test_cluster_partitions_and_ignores_order(keys: list[MentionKey], seed: Any) -> None:
    groups = cluster(keys)
    ids = [m.id for g in groups for m in g]
    assert sorted(ids) == sorted(m.id for m in keys)  # every mention exactly once
    for g in groups:
        docs = [m.document_id for m in g]
        assert len(docs) == len(set(docs)), "two mentions of one article in one incident"
    shuffled = list(keys)
    seed.shuffle(shuffled)
    assert as_sets(cluster(shuffled)) == as_sets(groups)


@dataclass
class Claim:
    field: str
    value: Any
    qualifier: str | None = None
    is_manual: bool = False
    id: int | None = None


counts = st.fixed_dictionaries(
    {"value": st.integers(min_value=0, max_value=2**62), "qualifier": st.sampled_from(sorted(QUALIFIER_RANK))}
)


@settings(max_examples=200, deadline=None)
@given(values=st.lists(counts, max_size=12))
def test_reconcile_count_picks_a_claimed_value(values: list[dict[str, Any]]) -> None:
    claims = [Claim("fatalities", v, v["qualifier"], id=i) for i, v in enumerate(values)]
    shown = reconcile_count(claims)
    if not values:
        assert shown is None
        return
    assert shown in values
    strongest = max(QUALIFIER_RANK[v["qualifier"]] for v in values)
    assert shown["value"] == min(v["value"] for v in values if QUALIFIER_RANK[v["qualifier"]] == strongest)
    assert reconcile_count(list(reversed(claims))) == shown


@settings(max_examples=150, deadline=None)
@given(
    ranges=st.lists(
        st.tuples(st.dates(), st.integers(0, 40), st.sampled_from(["day", "week", "month", "year"])), max_size=10
    )
)
def test_reconcile_date_is_ordered_and_from_claims(ranges: list[tuple[date, int, str]]) -> None:
    claims = []
    for i, (start, length, precision) in enumerate(ranges):
        end = date.fromordinal(min(start.toordinal() + length, date.max.toordinal()))
        claims.append(Claim("date", {"start": start.isoformat(), "end": end.isoformat(), "precision": precision}, id=i))
    shown = reconcile_date(claims)
    if not claims:
        assert shown is None
        return
    start, end, precision = shown
    assert start <= end
    assert start.isoformat() in {c.value["start"] for c in claims}
    assert end.isoformat() in {c.value["end"] for c in claims}


@settings(max_examples=100, deadline=None)
@given(lists=st.lists(st.lists(st.sampled_from(["march", "strike", "roadblock", "", "ñ"]), max_size=4), max_size=6))
def test_reconcile_list_is_the_sorted_union(lists: list[list[str]]) -> None:
    claims = [Claim("forms", v, id=i) for i, v in enumerate(lists)]
    assert reconcile_list(claims) == sorted({x for v in lists for x in v})
