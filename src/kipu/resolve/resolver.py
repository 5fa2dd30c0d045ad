"""Stored event mentions -> canonical events with one claim per field per source.

Incremental: a run starts from the mentions that are not on an event yet (a
new or re-extracted article) and the events whose mentions changed under them
(a re-extraction removed some; it marks them in ``dirty_events``), and
re-groups only the part of their blocks those can affect — the date chains
that contain them (see :func:`kipu.resolve.match.date_chains`) plus every
mention of any event those chains touch, until nothing new comes in. Everything outside is untouched, and
inside, an event whose members did not change is not rewritten. Since a chain
is a union of whole connected parts of the matching graph, grouping it gives
exactly what grouping everything would: the result does not depend on
ingestion order, nor on whether articles were resolved one by one or all at
once (``full=True`` re-groups everything, for checking that).

Each group becomes an event whose ``key`` is a hash of its smallest member
identity (document SHA-256 + mention ordinal), so an event keeps its row id
while that member stays in it. Every field of every mention becomes a claim
(value, qualifier, document, published date, evidence span, attribution) and
the shown values come from :mod:`kipu.resolve.reconcile`.

Contract with review (:mod:`kipu.review`): an event that an analyst touched —
``review_status`` other than ``new``, a manual claim, or a pinned mention — is
*protected*. Its mentions never move, it is never deleted or dissolved, and
two protected events are never joined; it may still absorb a new article's
mention of the same incident, which adds claims (manual claims keep winning)
and recomputes its shown values.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, bindparam, delete, func, or_, select, text
from sqlalchemy.orm import Session

from kipu.resolve import reconcile
from kipu.resolve.match import MentionKey, anchor_of, cluster, components
from kipu.store.tables import ClaimRow, DirtyEventRow, DocumentRow, EventMentionRow, EventRow, utcnow

CLAIM_FIELDS = (
    "type",
    "date",
    "place",
    "participants",
    "fatalities",
    "injuries",
    "arrests",
    "forms",
    "actors",
    "opponents",
    "state_response",
    "demands",
)
CHUNK = 500
WRITE_PAGE = 2000  # events written per page by a run (bounds its memory)
SQLITE_CACHE_KIB = 256 * 1024  # SQLite page cache during a run (see _sqlite_cache)
_LOW32 = (1 << 32) - 1  # membership moves pack (mention id, event id) into one int; ids are 32-bit columns


@dataclass
class ResolveStats:
    """What a run did. ``events`` is the number of events in the store afterwards."""

    mentions: int = 0
    events: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    groups: int = 0


_Plan = tuple[EventRow | str, list[MentionKey], bool]  # (event or a new event's key, group, is_anchor)


@dataclass
class _Mention:
    key: MentionKey
    event_id: int | None
    published: date | None


def _event_key(ident: str) -> str:
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _claim_values(data: dict[str, Any]) -> dict[str, tuple[Any, str | None]]:
    """(value, qualifier) per field of one mention's ``to_dict`` output."""
    out: dict[str, tuple[Any, str | None]] = {"type": ({"type": data["type"], "sub_type": data["sub_type"]}, None)}
    if data.get("date"):
        out["date"] = ({**data["date"], "precision": data.get("date_precision") or "day"}, data.get("date_precision"))
    if data.get("place"):
        geo = data.get("geo") or {}
        out["place"] = ({**data["place"], **geo}, geo.get("precision"))
    for name in ("participants", *reconcile.COUNT_FIELDS):
        if data.get(name):
            out[name] = (data[name], data[name].get("qualifier"))
    for name in reconcile.LIST_FIELDS:
        if data.get(name):
            out[name] = (sorted(data[name]), None)
    return out


def _span_for(data: dict[str, Any], name: str) -> list[int]:
    spans = (data.get("spans") or {}).get(name)
    return list(spans[0]) if spans else list(data["evidence_span"])


def claim_rows(event_id: int, mention: EventMentionRow, published: date | None) -> list[dict[str, Any]]:
    """One automatic claim per field the mention states, as insertable rows."""
    data = mention.data
    attribution = data.get("attribution") or {}
    rows = []
    for name, (value, qualifier) in _claim_values(data).items():
        start, end = _span_for(data, name)
        rows.append(
            {
                "event_id": event_id,
                "field": name,
                "value": value,
                "qualifier": qualifier,
                "document_id": mention.document_id,
                "mention_id": mention.id,
                "evidence_start": start,
                "evidence_end": end,
                "attributed_to": attribution.get(name),
                "published": published,
                "is_manual": False,
                "created_at": utcnow(),
            }
        )
    return rows


def apply_shown(event: EventRow, claims: Sequence[Any], members: Sequence[tuple[EventMentionRow, date | None, str]]) -> None:
    """Set an event's shown values from its claims (any ClaimLike) and members."""
    by_field: dict[str, list[Any]] = defaultdict(list)
    for c in claims:
        by_field[c.field].append(c)
    if by_field["type"]:
        event.type, event.sub_type = reconcile.reconcile_type(by_field["type"])
    dates = reconcile.reconcile_date(by_field["date"])
    event.date_start, event.date_end, event.date_precision = dates if dates else (None, None, None)
    place = reconcile.reconcile_place(by_field["place"]) or {}
    event.place_name = place.get("name")
    event.country = place.get("country")
    event.admin1 = place.get("admin1")
    event.admin2 = place.get("admin2")
    event.admin3 = place.get("admin3")
    event.lat = place.get("lat")
    event.lon = place.get("lon")
    event.geo_precision = place.get("precision")
    event.gazetteer_id = place.get("gazetteer_id")
    if not place and members:
        first = min(members, key=lambda mp: mp[2])[0]
        event.country, event.admin1 = first.country, first.admin1
    for name in reconcile.COUNT_FIELDS:
        value = reconcile.reconcile_count(by_field[name])
        setattr(event, name, value["value"] if value else None)
        setattr(event, f"{name}_qualifier", value.get("qualifier") if value else None)
    participants = reconcile.reconcile_count(by_field["participants"])
    event.participants_low = participants["low"] if participants else None
    event.participants_high = participants["high"] if participants else None
    event.participants_qualifier = participants.get("qualifier") if participants else None
    for name in reconcile.LIST_FIELDS:
        setattr(event, name, reconcile.reconcile_list(by_field[name]))
    if members:
        earliest = min(members, key=lambda mp: (mp[1] or date.max, mp[2]))
        event.evidence = earliest[0].data.get("evidence")
        event.n_documents = len({m.document_id for m, _, _ in members})
    event.updated_at = utcnow()


class Resolver:
    """Groups mentions into events; call :meth:`run` after extraction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._marks: list[int] = []  # ids of the dirty_events rows the current run consumes

    # -- what is protected, what changed ---------------------------------------------

    def protected_ids(self, event_ids: Iterable[int]) -> set[int]:
        """Which of these events an analyst touched: reviewed, manually edited, or holding pinned mentions.

        Asked only about the events a run involves (primary-key lookups), so a
        small incremental run does not scan the whole claims table.
        """
        out: set[int] = set()
        for chunk in _chunks(sorted(set(event_ids))):
            manual = select(ClaimRow.event_id).where(ClaimRow.event_id.in_(chunk), ClaimRow.is_manual.is_(True))
            pinned = select(EventMentionRow.event_id).where(
                EventMentionRow.event_id.in_(chunk), EventMentionRow.pinned.is_(True)
            )
            stmt = select(EventRow.id).where(
                EventRow.id.in_(chunk),
                or_(EventRow.review_status != "new", EventRow.id.in_(manual), EventRow.id.in_(pinned)),
            )
            out.update(self.session.scalars(stmt))
        return out

    def dirty_ids(self, *, recount: bool = False) -> set[int]:
        """Events whose mentions changed under them (e.g. an article re-extracted).

        Read from the marks re-extraction leaves in ``dirty_events`` (see
        :meth:`kipu.store.Repository.save_extraction`), so an incremental run
        costs what changed, not the size of the store. ``recount=True`` (full
        runs, which read everything anyway) also compares every event's
        ``n_documents`` with its mentions, catching changes made around the
        repository (rows deleted by hand).
        """
        marks = self.session.execute(select(DirtyEventRow.id, DirtyEventRow.event_id)).all()
        self._marks = [mark_id for mark_id, _ in marks]
        out = {event_id for _, event_id in marks}
        if recount:
            counts = (
                select(EventMentionRow.event_id, func.count(func.distinct(EventMentionRow.document_id)).label("n"))
                .where(EventMentionRow.event_id.is_not(None))
                .group_by(EventMentionRow.event_id)
                .subquery()
            )
            stmt = (
                select(EventRow.id)
                .outerjoin(counts, counts.c.event_id == EventRow.id)
                .where(func.coalesce(counts.c.n, 0) != EventRow.n_documents)
            )
            out.update(self.session.scalars(stmt))
        return out

    def _clear_marks(self) -> None:
        """Delete the marks this run read (by id: a writer may have marked an event since)."""
        for chunk in _chunks(sorted(self._marks)):
            self.session.execute(delete(DirtyEventRow).where(DirtyEventRow.id.in_(chunk)))
        self._marks = []

    # -- loading mention keys -----------------------------------------------------------

    def _key_query(self) -> Select[Any]:
        m = EventMentionRow
        return select(
            m.id,
            m.document_id,
            m.ordinal,
            DocumentRow.sha256,
            DocumentRow.published,
            m.country,
            m.admin1,
            m.family,
            m.date_start,
            m.date_end,
            m.place_name,
            m.admin2,
            m.admin3,
            m.geo_precision,
            m.sub_type,
            m.data["fatalities"]["value"].as_integer(),
            m.event_id,
        ).join(DocumentRow, DocumentRow.id == m.document_id)

    def _load(self, stmt: Select[Any]) -> list[_Mention]:
        out = []
        for row in self.session.execute(stmt):
            (mid, doc, ordinal, sha, published, country, admin1, family, start, end, place, admin2, admin3,
             precision, sub_type, fatalities, event_id) = row
            key = MentionKey(
                id=mid,
                ident=f"{sha}:{ordinal}",
                document_id=doc,
                country=country,
                admin1=admin1,
                family=family,
                start=start,
                end=end,
                place_name=place,
                admin2=admin2,
                admin3=admin3,
                precision=precision,
                sub_type=sub_type,
                fatalities=fatalities,
            )
            out.append(_Mention(key, event_id, published))
        return out

    def _block_stmt(self, block: tuple[str, str, str]) -> Select[Any]:
        country, admin1, family = block
        m = EventMentionRow
        cond_country = or_(m.country.is_(None), m.country == "") if not country else m.country == country
        cond_admin1 = or_(m.admin1.is_(None), m.admin1 == "") if not admin1 else m.admin1 == admin1
        return self._key_query().where(and_(m.family == family, cond_country, cond_admin1))

    def _scope(self, seeds: list[_Mention]) -> dict[int, _Mention]:
        """Close the seeds over date chains (within blocks) and event co-membership."""
        known: dict[int, _Mention] = {}
        blocks: dict[Hashable, list[MentionKey]] = {}
        seen_events: set[int] = set()
        selected: dict[int, _Mention] = {}
        frontier = {s.key.id: s for s in seeds}
        while frontier:
            for x in frontier.values():
                known.setdefault(x.key.id, x)
            selected.update(frontier)
            need = {x.key.block for x in frontier.values()}
            for block in sorted(need - blocks.keys()):
                loaded = self._load(self._block_stmt(block))  # type: ignore[arg-type]
                blocks[block] = [x.key for x in loaded]
                for x in loaded:
                    known.setdefault(x.key.id, x)
            touched = components([x.key for x in frontier.values()], {b: blocks[b] for b in need})
            nxt = {i: known[i] for i in touched if i not in selected}
            events = {known[i].event_id for i in touched | set(frontier)} - {None} - seen_events
            seen_events |= events  # type: ignore[arg-type]
            for chunk in _chunks(sorted(e for e in events if e is not None)):
                for x in self._load(self._key_query().where(EventMentionRow.event_id.in_(chunk))):
                    x = known.setdefault(x.key.id, x)
                    if x.key.id not in selected:
                        nxt[x.key.id] = x
            frontier = nxt
        return selected

    def _seeds(self, dirty: set[int]) -> list[_Mention]:
        seeds = self._load(self._key_query().where(EventMentionRow.event_id.is_(None)))
        for chunk in _chunks(sorted(dirty)):
            seeds += self._load(self._key_query().where(EventMentionRow.event_id.in_(chunk)))
        return seeds

    # -- the run --------------------------------------------------------------------------

    def run(self, *, full: bool = False) -> ResolveStats:
        """Resolve new and changed mentions (everything with ``full=True``)."""
        with _sqlite_cache(self.session):
            return self._run(full=full)

    def _run(self, *, full: bool) -> ResolveStats:
        session = self.session
        session.flush()
        dirty = self.dirty_ids(recount=full)
        if full:
            selected = {x.key.id: x for x in self._load(self._key_query())}
        else:
            selected = self._scope(self._seeds(dirty))
        involved = ({x.event_id for x in selected.values()} - {None}) | dirty
        protected = self.protected_ids(e for e in involved if e is not None)
        for x in selected.values():
            if x.event_id in protected:
                x.key = replace(x.key, anchor=x.event_id)
        stats = ResolveStats(mentions=len(selected))
        groups = cluster([x.key for x in selected.values()])
        stats.groups = len(groups)

        events: dict[int, EventRow] = {}
        for chunk in _chunks(sorted(e for e in involved if e is not None)):
            events.update({e.id: e for e in session.scalars(select(EventRow).where(EventRow.id.in_(chunk)))})
        members_now: dict[int, set[int]] = defaultdict(set)
        for x in selected.values():
            if x.event_id is not None:
                members_now[x.event_id].add(x.key.id)

        plans, kept = self._plan(groups, events, members_now, protected, dirty, stats)
        kept |= self._write(plans, selected)
        for eid in sorted(e for e in dirty & protected if e not in kept and e in events):
            self._refresh_emptied(events[eid])  # every mention gone: only its manual claims remain
            stats.updated += 1
        stale = [eid for eid in events if eid not in kept and eid not in protected]
        for chunk in _chunks(sorted(stale)):
            session.execute(delete(ClaimRow).where(ClaimRow.event_id.in_(chunk)))
            session.execute(delete(EventRow).where(EventRow.id.in_(chunk)))
        stats.deleted = len(stale)
        self._clear_marks()
        session.flush()
        stats.events = int(session.scalar(select(func.count()).select_from(EventRow)) or 0)
        return stats

    def _refresh_emptied(self, event: EventRow) -> None:
        claims = list(self.session.scalars(select(ClaimRow).where(ClaimRow.event_id == event.id).order_by(ClaimRow.id)))
        apply_shown(event, claims, [])
        event.n_documents = 0

    def _plan(
        self,
        groups: list[list[MentionKey]],
        events: dict[int, EventRow],
        members_now: dict[int, set[int]],
        protected: set[int],
        dirty: set[int],
        stats: ResolveStats,
    ) -> tuple[list[_Plan], set[int]]:
        """Which event each group becomes: (event, group, is_anchor) to write, and ids kept as they are.

        A new event is planned as its key only: :meth:`_write_page` creates the
        row, so a full run does not hold one ORM object per event (850k at a
        million incidents) from planning to the end of writing.
        """
        session = self.session
        by_key = {e.key: e for e in events.values() if e.key}
        wanted = [_event_key(g[0].ident) for g in groups if anchor_of(g) is None]
        missing = sorted({k for k in wanted if k not in by_key})
        for chunk in _chunks(missing):
            found = list(session.scalars(select(EventRow).where(EventRow.key.in_(chunk))))
            protected |= self.protected_ids(e.id for e in found)
            for e in found:
                by_key[e.key] = e  # type: ignore[index]
                events.setdefault(e.id, e)
        kept: set[int] = set()
        plans: list[_Plan] = []
        for group in groups:
            ids = {k.id for k in group}
            anchor = anchor_of(group)
            if anchor is not None:
                kept.add(anchor)
                if ids != members_now.get(anchor, set()) or anchor in dirty:
                    plans.append((events[anchor], group, True))
                    stats.updated += 1
                else:
                    stats.unchanged += 1
                continue
            key = _event_key(group[0].ident)
            event = by_key.get(key)
            if event is not None and event.id in protected:
                key = _event_key("split:" + group[0].ident)  # the key's owner was taken over by review
                event = by_key.get(key)
            if event is None:
                # Created by _write_page and inserted with its shown values in one
                # INSERT, rather than an empty row now and an UPDATE later.
                plans.append((key, group, False))
                stats.created += 1
                continue
            if ids == members_now.get(event.id, set()) and event.id not in dirty:
                kept.add(event.id)
                stats.unchanged += 1
                continue
            stats.updated += 1
            kept.add(event.id)
            plans.append((event, group, False))
        session.flush()
        return plans, kept

    def _write(self, plans: list[_Plan], selected: dict[int, _Mention]) -> set[int]:
        """Claims, memberships and shown values of the planned events, a page of events at a time.

        Paging bounds memory by the page, not the run: a full resolution of a
        million events would otherwise hold every mention row and every claim
        (about six per mention) at once. Memberships are moved last, in
        mention-id order (one packed integer per moved mention is kept until
        then): a page's mentions lie all over the mention table, and updating
        them in page order rewrote a random table page per mention, which is
        what made a full run on SQLite slower per incident as the store grew.
        """
        moves: list[int] = []  # mention id << 32 | event id: sorts by mention id, ~40 bytes each
        written: set[int] = set()
        with self.session.no_autoflush:
            for page in _chunks(plans, WRITE_PAGE):
                written |= self._write_page(page, selected, moves)
        moves.sort()
        mentions = EventMentionRow.__table__
        by_id = mentions.update().where(mentions.c.id == bindparam("mention")).values(event_id=bindparam("event"))
        for chunk in _chunks(moves, 5000):
            # Core executemany (the ORM bulk-update path costs ~3x)
            self.session.execute(by_id, [{"mention": mv >> 32, "event": mv & _LOW32} for mv in chunk])
        return written

    def _mention_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        """The mention columns claims and shown values need, as plain rows (no ORM objects)."""
        m = EventMentionRow
        rows: dict[int, Any] = {}
        for chunk in _chunks(sorted(ids)):
            stmt = select(m.id, m.document_id, m.data, m.country, m.admin1).where(m.id.in_(chunk))
            rows.update({r.id: r for r in self.session.execute(stmt)})
        return rows

    def _write_page(
        self,
        planned: Sequence[_Plan],
        selected: dict[int, _Mention],
        moves: list[int],
    ) -> set[int]:
        """Write one page of planned events; the ids of the events written."""
        session = self.session
        plans = [(EventRow(key=e, type="", sub_type="") if isinstance(e, str) else e, g, a) for e, g, a in planned]
        rewrite = sorted({e.id for e, _, anchored in plans if not anchored and e.id is not None})
        for chunk in _chunks(rewrite):
            session.execute(delete(ClaimRow).where(ClaimRow.event_id.in_(chunk), ClaimRow.is_manual.is_(False)))
        rows = self._mention_rows([k.id for _, g, _ in plans for k in g])
        claims_of: list[list[dict[str, Any]]] = []
        for event, group, anchored in plans:
            claims: list[dict[str, Any]] = []
            for k in group:
                if anchored and selected[k.id].event_id == event.id:
                    continue  # already on the protected event, with its claims
                claims += claim_rows(event.id, rows[k.id], selected[k.id].published)  # type: ignore[arg-type]
            claims_of.append(claims)
            if not anchored:
                members = [(rows[k.id], selected[k.id].published, k.ident) for k in group]
                apply_shown(event, [_Claim(**c) for c in claims], members)
                if event.id is None:
                    session.add(event)
        session.flush()  # new events inserted whole (with their shown values), others updated
        new_claims: list[dict[str, Any]] = []
        for (event, group, _), claims in zip(plans, claims_of):
            for c in claims:
                c["event_id"] = event.id
            new_claims += claims
            moves += [k.id << 32 | event.id for k in group if selected[k.id].event_id != event.id]  # type: ignore[operator]
        table = ClaimRow.__table__
        for chunk in _chunks(new_claims, 5000):
            session.execute(table.insert(), list(chunk))  # Core executemany: one statement per chunk
        for event, group, anchored in plans:
            if anchored:
                members = [(rows[k.id], selected[k.id].published, k.ident) for k in group]
                claims_now = list(
                    session.scalars(select(ClaimRow).where(ClaimRow.event_id == event.id).order_by(ClaimRow.id))
                )
                apply_shown(event, claims_now, members)
        session.flush()
        return {event.id for event, _, _ in plans}


@dataclass(slots=True)
class _Claim:
    """An inserted claim row as a ClaimLike, so shown values need no reload.

    Plain slots, not frozen: a full run builds one per claim (millions), and a
    frozen dataclass's ``__init__`` costs several times more.
    """

    event_id: int
    field: str
    value: Any
    qualifier: str | None
    document_id: int | None
    mention_id: int | None
    evidence_start: int | None
    evidence_end: int | None
    attributed_to: str | None
    published: date | None
    is_manual: bool
    created_at: Any
    id: int | None = None


@contextmanager
def _sqlite_cache(session: Session) -> Iterator[None]:
    """On SQLite, a page cache of ``SQLITE_CACHE_KIB`` for the run, then the connection's own again.

    A full run inserts events and claims whose index entries (event keys,
    claims by mention and by document) land on random pages of indexes that
    grow with the store; with SQLite's default 2 MB cache each such insert
    re-read and spilled pages, so CPU per incident grew with the store (the
    system time doubled per incident from 30k to 100k incidents). The cache
    is filled only as pages are touched, so a small run costs no memory.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}"))
    yield  # a failed run leaves the larger cache on its connection: harmless, and no second error
    session.execute(text(f"PRAGMA cache_size={int(before)}"))


def resolve(session: Session, *, full: bool = False) -> ResolveStats:
    """Convenience wrapper: ``Resolver(session).run(full=full)``."""
    return Resolver(session).run(full=full)
