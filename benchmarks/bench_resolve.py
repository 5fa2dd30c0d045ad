"""How resolution time grows with the number of events (synthetic mentions).

Usage::

    .venv/bin/python benchmarks/bench_resolve.py [--sizes 1000,10000,100000] [--db-sizes 1000,10000]
                                                 [--density 0.5] [--seed 1] [--out PATH]

Three measurements, each at every size (number of *incidents* generated; each
incident is told by 1-4 articles, so there are about twice as many mentions):

* ``cluster`` — the grouping algorithm alone (:func:`kipu.resolve.match.cluster`)
  on in-memory mention keys: blocking + date sweep + union-find;
* ``db_full`` — the whole resolver on SQLite (``resolve(full=True)``): load the
  mentions, group them, write events and one claim per field per source;
* ``db_one_article`` — after that, one new article reporting one incident:
  the incremental run that updates only the events it affects.

Incidents are spread over ``--regions`` first-level regions, three type families
and a period that grows with the number of incidents so that the density
(incidents per region, family and day) stays at ``--density``: a larger
database is a longer or wider record, not the same days ever more crowded.
Articles disagree on the day (±1), the place precision (town or region) and the
death toll, as real reports do. Each ``db`` size also records the database
size on disk and the peak resident memory of the process so far (the
generated mentions included; database rows are inserted in batches, so the
loader adds little).
After each full run it also prints what the run produced (events, claims,
grouping quality and a digest of every event's members and shown values), so
a change to the resolver can be checked to give the same result.
Prints a table and writes JSON to ``benchmarks/out/bench_resolve.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from kipu.resolve import resolve
from kipu.resolve.match import MentionKey, cluster
from kipu.store import Store
from kipu.store.tables import ClaimRow, DocumentRow, EventMentionRow, EventRow

FAMILIES = {
    "demonstration": [("protest", "peaceful"), ("protest", "intervention"), ("protest", "excessive_force"), ("riot", "violent_demonstration")],
    "violence": [("violence_against_civilians", "attack")],
    "strategic": [("strategic_development", "state_measure"), ("strategic_development", "arrests")],
}
START = date(2015, 1, 1)
TOWNS_PER_REGION = 12


SYLLABLES = ("ca", "hua", "llo", "pa", "ta", "qui", "mar", "co", "ya", "ru", "chi", "pam", "sa", "lla", "to", "an")


def place_name(rng: random.Random) -> str:
    """A made-up town name (distinct names, as real towns have, not "town 01"/"town 02")."""
    return "".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize()


@dataclass
class Mention:
    incident: int
    doc: int
    ordinal: int
    published: date
    etype: str
    sub_type: str
    family: str
    start: date
    end: date
    region: str
    town: str | None
    fatalities: int | None


def generate(n_events: int, regions: int, density: float, seed: int) -> list[Mention]:
    """Synthetic mentions of ``n_events`` incidents (deterministic for a seed)."""
    rng = random.Random(seed)
    days = max(1, round(n_events / (regions * len(FAMILIES) * density)))
    names = random.Random(seed + 1)
    towns = {r: [place_name(names) for _ in range(TOWNS_PER_REGION)] for r in range(regions)}
    mentions: list[Mention] = []
    doc = 0
    for incident in range(n_events):
        family = rng.choice(list(FAMILIES))
        etype, sub = rng.choice(FAMILIES[family])
        r = rng.randrange(regions)
        region = f"Region {r:03d}"
        town = rng.choice(towns[r])
        day = START + timedelta(days=rng.randrange(days))
        length = rng.choice((0, 0, 0, 0, 1, 2))
        toll = rng.choice((None, None, None, 1, 2, 5, 12))
        for k in range(rng.choice((1, 1, 2, 2, 3, 4))):
            doc += 1
            shift = timedelta(days=rng.choice((0, 0, 0, 1)) if k else 0)
            reported = None if toll is None else max(1, toll + rng.choice((0, 0, 1, -1, 3)))
            mentions.append(
                Mention(incident, doc, 0, day + shift + timedelta(days=1), etype, sub, family, day + shift,
                        day + shift + timedelta(days=length), region, town if rng.random() < 0.8 else None, reported)
            )
    return mentions


def keys_of(mentions: list[Mention]) -> list[MentionKey]:
    return [
        MentionKey(
            id=i,
            ident=f"{m.doc:012d}:{m.ordinal}",
            document_id=m.doc,
            country="PE",
            admin1=m.region,
            family=m.family,
            start=m.start,
            end=m.end,
            place_name=m.town or m.region,
            admin2=None,
            admin3=None,
            precision="district" if m.town else "department",
            sub_type=m.sub_type,
            fatalities=m.fatalities,
        )
        for i, m in enumerate(mentions, 1)
    ]


def mention_data(m: Mention) -> dict[str, Any]:
    place = m.town or m.region
    data: dict[str, Any] = {
        "type": m.etype, "sub_type": m.sub_type, "forms": [], "actors": ["protesters"], "opponents": [],
        "state_response": [], "demands": [],
        "date": {"start": m.start.isoformat(), "end": m.end.isoformat()}, "date_precision": "day",
        "place": {"name": place, "admin1": m.region, "country": "PE"},
        "geo": {"admin2": None, "admin3": None, "lat": -12.0, "lon": -77.0,
                "precision": "district" if m.town else "department", "gazetteer_id": None},
        "participants": None, "fatalities": {"value": m.fatalities, "qualifier": "exact"} if m.fatalities else None,
        "injuries": None, "arrests": None, "evidence": f"article {m.doc}", "evidence_span": [0, 10], "spans": {},
        "attribution": {}, "cues": [],
    }
    return data


def store_mentions(store: Store, mentions: list[Mention], batch: int = 5000) -> None:
    """Bulk-insert one document per article and its mentions (no extraction).

    Rows are built and inserted ``batch`` at a time, so a million incidents
    (two million mentions with their JSON) never sit in memory as rows at once.
    """
    with store.session() as s:
        seen: set[int] = set()
        for start in range(0, len(mentions), batch):
            docs, rows = [], []
            for m in mentions[start : start + batch]:
                if m.doc not in seen:
                    seen.add(m.doc)
                    text = f"article {m.doc}"
                    docs.append({"id": m.doc, "doc_id": f"a{m.doc}", "sha256": hashlib.sha256(text.encode()).hexdigest(),
                                 "text": text, "published": m.published, "lang": "es"})
                rows.append({"document_id": m.doc, "ordinal": m.ordinal, "type": m.etype, "sub_type": m.sub_type,
                             "family": m.family, "forms": [], "date_start": m.start, "date_end": m.end,
                             "date_precision": "day", "place_name": m.town or m.region, "country": "PE",
                             "admin1": m.region, "geo_precision": "district" if m.town else "department",
                             "evidence_start": 0, "evidence_end": 10, "cues": [], "data": mention_data(m), "pinned": False})
            if docs:
                s.execute(insert(DocumentRow), docs)
            s.execute(insert(EventMentionRow), rows)
        s.commit()


def bench_cluster(n: int, args: argparse.Namespace) -> dict[str, Any]:
    mentions = generate(n, args.regions, args.density, args.seed)
    keys = keys_of(mentions)
    t0, c0 = time.perf_counter(), time.process_time()
    groups = cluster(keys)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"events": n, "mentions": len(keys), "groups": len(groups), "seconds": round(seconds, 3),
            "cpu_seconds": round(cpu, 3), **quality(mentions, groups)}


def quality(mentions: list[Mention], groups: list[list[MentionKey]]) -> dict[str, float]:
    """How well groups recover the generated incidents.

    ``pure``: share of groups holding one incident only; ``whole``: share of
    incidents whose mentions all ended in one group. Synthetic incidents may
    genuinely collide (same town, same day, same family), so neither reaches 1.
    """
    incident_of = {i: m.incident for i, m in enumerate(mentions, 1)}
    pure = sum(len({incident_of[k.id] for k in g}) == 1 for g in groups)
    group_of = {k.id: gi for gi, g in enumerate(groups) for k in g}
    spread: dict[int, set[int]] = {}
    for i, inc in incident_of.items():
        spread.setdefault(inc, set()).add(group_of[i])
    whole = sum(len(v) == 1 for v in spread.values())
    return {"pure": round(pure / len(groups), 4), "whole": round(whole / len(spread), 4)}


def outcome(store: Store, mentions: list[Mention]) -> dict[str, Any]:
    """What a full resolution produced, to check that a faster resolver gives the same result.

    Counts of events and claims, the grouping quality against the generated
    incidents (as for ``cluster``), and a digest of every event's members and
    shown values: equal digests mean identical events (row ids aside).
    Each synthetic article tells one incident, so a document id names a mention.
    """
    incident_of = {m.doc: m.incident for m in mentions}
    digest = hashlib.sha256()
    groups: dict[int, list[int]] = {}
    with store.session() as s:
        for event_id, doc in s.execute(select(EventMentionRow.event_id, EventMentionRow.document_id)):
            groups.setdefault(event_id, []).append(doc)
        shown = s.execute(
            select(EventRow.id, EventRow.key, EventRow.type, EventRow.sub_type, EventRow.date_start, EventRow.date_end,
                   EventRow.place_name, EventRow.admin1, EventRow.fatalities, EventRow.fatalities_qualifier,
                   EventRow.n_documents, EventRow.evidence)
        ).all()
        claims = int(s.scalar(select(func.count()).select_from(ClaimRow)) or 0)
    for row in sorted(shown, key=lambda r: r.key):
        digest.update(repr((tuple(row[1:]), sorted(groups.get(row.id, [])))).encode())
    members = [g for g in groups.values()]
    pure = sum(len({incident_of[d] for d in g}) == 1 for g in members)
    spread: dict[int, set[int]] = {}
    for gi, g in enumerate(members):
        for d in g:
            spread.setdefault(incident_of[d], set()).add(gi)
    whole = sum(len(v) == 1 for v in spread.values())
    return {"out_events": len(shown), "out_claims": claims, "out_groups": len(members),
            "out_pure": round(pure / max(1, len(members)), 4), "out_whole": round(whole / max(1, len(spread)), 4),
            "out_digest": digest.hexdigest()[:16]}


def bench_db(n: int, args: argparse.Namespace) -> dict[str, Any]:
    mentions = generate(n, args.regions, args.density, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        store_mentions(store, mentions)
        with store.session() as s:
            t0, c0 = time.perf_counter(), time.process_time()
            stats = resolve(s, full=True)
            s.commit()
            full, full_cpu = time.perf_counter() - t0, time.process_time() - c0
        # Peak resident memory of the whole benchmark process so far (Linux: kB), taken
        # before the result check below, which holds every event's members.
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        result = outcome(store, mentions)
        last = mentions[-1]
        extra = Mention(last.incident, last.doc + 1, 0, last.published, last.etype, last.sub_type, last.family, last.start, last.end,
                        last.region, last.town, last.fatalities)
        store_mentions(store, [extra])
        with store.session() as s:
            t0, c0 = time.perf_counter(), time.process_time()
            inc = resolve(s)
            s.commit()
            one, one_cpu = time.perf_counter() - t0, time.process_time() - c0
        store.close()
        db_bytes = sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite*"))
    return {"events": n, "mentions": len(mentions), "resolved_events": stats.events, "db_full_seconds": round(full, 3),
            "db_full_cpu_seconds": round(full_cpu, 3), "db_one_article_seconds": round(one, 4),
            "db_one_article_cpu_seconds": round(one_cpu, 4), "one_article_mentions_regrouped": inc.mentions,
            "one_article_events_written": inc.created + inc.updated, "db_bytes": db_bytes,
            "peak_rss_mb": round(peak_rss / 1024), **result}


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="incident counts for the clustering benchmark")
    parser.add_argument("--db-sizes", default="1000,10000", help="incident counts for the SQLite benchmark")
    parser.add_argument("--regions", type=int, default=25)
    parser.add_argument("--density", type=float, default=0.5, help="incidents per region, family and day")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "bench_resolve.json")
    args = parser.parse_args(argv)

    results: dict[str, Any] = {"density": args.density, "regions": args.regions, "cluster": [], "db": []}
    print("wall-clock and CPU seconds (CPU is steadier on a shared machine); µs/ms per event from CPU")
    print(f"{'events':>9} {'mentions':>9} {'wall s':>8} {'cpu s':>8} {'µs/event':>9} {'groups':>8} {'pure':>6} {'whole':>6}")
    for n in _sizes(args.sizes):
        r = bench_cluster(n, args)
        results["cluster"].append(r)
        print(f"{n:>9} {r['mentions']:>9} {r['seconds']:>8.2f} {r['cpu_seconds']:>8.2f} "
              f"{1e6 * r['cpu_seconds'] / n:>9.1f} {r['groups']:>8} {r['pure']:>6.3f} {r['whole']:>6.3f}", flush=True)
    if _sizes(args.db_sizes):
        print(f"\n{'events':>9} {'mentions':>9} {'full wall':>9} {'full cpu':>9} {'ms/event':>8} "
              f"{'1 article cpu':>13} {'regrouped':>9}")
    for n in _sizes(args.db_sizes):
        r = bench_db(n, args)
        results["db"].append(r)
        print(f"{n:>9} {r['mentions']:>9} {r['db_full_seconds']:>9.1f} {r['db_full_cpu_seconds']:>9.1f} "
              f"{1e3 * r['db_full_cpu_seconds'] / n:>8.2f} {r['db_one_article_cpu_seconds']:>13.3f} "
              f"{r['one_article_mentions_regrouped']:>9}   db {r['db_bytes'] / 1e6:.0f} MB, peak RSS {r['peak_rss_mb']} MB",
              flush=True)
        print(f"{'':>9} result: {r['out_events']} events, {r['out_claims']} claims, {r['out_groups']} groups, "
              f"pure {r['out_pure']:.4f}, whole {r['out_whole']:.4f}, digest {r['out_digest']}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
