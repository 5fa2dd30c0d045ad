"""Review operations on the sample corpus: status, manual edits, merge, split, undo, audit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kipu.resolve import resolve
from kipu.review import ReviewError, edit_field, merge_events, set_sensitive, set_status, split_event, undo, undoable
from kipu.review.fields import FieldError
from kipu.store import Repository, Store
from kipu.store.tables import ClaimRow, EventMentionRow, EventRow


def copy_db(template: Path, dest: Path) -> str:
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(template) + suffix)
        if src.exists():
            shutil.copy(src, str(dest) + suffix)
    return f"sqlite:///{dest}"


@pytest.fixture()
def store(sample_db_template, tmp_path):
    s = Store.open(copy_db(sample_db_template, tmp_path / "k.sqlite"))
    yield s
    s.close()


def multi_mention_event(session) -> EventRow:
    """An event resolved from at least two mentions (so it can be split)."""
    counts = (
        select(EventMentionRow.event_id, func.count().label("n"))
        .where(EventMentionRow.event_id.is_not(None))
        .group_by(EventMentionRow.event_id)
        .order_by(func.count().desc(), EventMentionRow.event_id)
    )
    event_id, n = session.execute(counts).first()
    assert n >= 2
    return session.get(EventRow, event_id)


def test_status_flow_and_reasons(store):
    with store.session() as s:
        ev = s.scalars(select(EventRow).order_by(EventRow.id)).first()
        with pytest.raises(ReviewError):
            set_status(s, ev.id, "verified", "ana")  # must be reviewed first
        with pytest.raises(ReviewError):
            set_status(s, ev.id, "rejected", "ana")  # needs a reason
        set_status(s, ev.id, "reviewed", "ana")
        set_status(s, ev.id, "verified", "ana")
        assert ev.review_status == "verified"
        with pytest.raises(ReviewError):
            set_status(s, ev.id, "reviewed", "ana")  # backwards needs a reason
        set_status(s, ev.id, "reviewed", "ana", reason="date is wrong")
        log = Repository(s).audit_log("event", ev.id)
        assert [(r.action, r.who, r.after["review_status"]) for r in log] == [
            ("status", "ana", "reviewed"),
            ("status", "ana", "verified"),
            ("status", "ana", "reviewed"),
        ]
        assert log[-1].reason == "date is wrong" and log[-1].before == {"review_status": "verified"}


def test_manual_edit_wins_is_audited_and_undone(store):
    with store.session() as s:
        ev = multi_mention_event(s)
        n_claims = len(ev.claims)
        row = edit_field(s, ev.id, "fatalities", {"value": "3", "qualifier": "at_least"}, "ana", "official report")
        assert (ev.fatalities, ev.fatalities_qualifier) == (3, "at_least")
        manual = [c for c in ev.claims if c.is_manual]
        assert len(manual) == 1 and manual[0].author == "ana" and manual[0].document_id is None
        assert len(ev.claims) == n_claims + 1  # extracted claims are kept
        assert row.action == "edit" and row.after["shown"]["fatalities"] == 3
        assert row.after["claim_id"] == manual[0].id
        # a manual claim protects the event from the resolver
        resolve(s)
        assert s.get(EventRow, ev.id).fatalities == 3
        undo(s, row.id, "ana")
        assert not any(c.is_manual for c in s.get(EventRow, ev.id).claims)
        assert not undoable(s, row)  # undone once only
        with pytest.raises(ReviewError):
            undo(s, row.id, "ana")


def test_edit_validation(store):
    with store.session() as s:
        ev = s.scalars(select(EventRow)).first()
        for field, raw in [
            ("fatalities", {"value": "-1"}),
            ("fatalities", {"value": "many"}),
            ("fatalities", {"value": "2", "qualifier": "roughly"}),
            ("type", {"type": "protest", "sub_type": "attack"}),
            ("date", {"start": "2023-02-30"}),
            ("actors", {"items": "protesters, <script>"}),
            ("evidence", {"value": "x"}),
            ("place", {"name": ""}),
        ]:
            with pytest.raises(FieldError):
                edit_field(s, ev.id, field, raw, "ana")
        assert Repository(s).audit_log("event", ev.id) == []


def test_verified_events_are_sealed(store):
    with store.session() as s:
        ev = s.scalars(select(EventRow)).first()
        set_status(s, ev.id, "reviewed", "ana")
        set_status(s, ev.id, "verified", "ana")
        with pytest.raises(ReviewError):
            edit_field(s, ev.id, "injuries", {"value": "4"}, "ana")


def test_merge_moves_everything_pins_survives_resolve_and_undo(store):
    with store.session() as s:
        a, b = s.scalars(select(EventRow).where(EventRow.admin1 == "Puno").order_by(EventRow.id).limit(2)).all()
        a_id, b_id = a.id, b.id
        b_mentions = set(s.scalars(select(EventMentionRow.id).where(EventMentionRow.event_id == b_id)))
        b_claims = set(s.scalars(select(ClaimRow.id).where(ClaimRow.event_id == b_id)))
        docs = a.n_documents + b.n_documents
        row = merge_events(s, a_id, b_id, "ana", "same clash")
        s.commit()
        assert s.get(EventRow, b_id) is None
        merged = s.get(EventRow, a_id)
        moved = s.scalars(select(EventMentionRow).where(EventMentionRow.id.in_(b_mentions))).all()
        assert all(m.event_id == a_id and m.pinned for m in moved)
        assert b_claims <= {c.id for c in merged.claims}
        assert 1 <= merged.n_documents <= docs
        assert row.after["merged"] == b_id and row.reason == "same clash"
        undo(s, row.id, "ana", "not the same")
        s.commit()
        restored = s.get(EventRow, b_id)
        assert restored is not None
        assert {c.id for c in restored.claims} == b_claims
        assert set(s.scalars(select(EventMentionRow.id).where(EventMentionRow.event_id == b_id))) == b_mentions
        assert [r.action for r in Repository(s).audit_log("event", a_id)] == ["merge", "undo"]


def test_resolver_keeps_merged_mentions_together(store):
    """The contract with kipu.resolve: pinned mentions are never moved by a re-run."""
    with store.session() as s:
        a, b = s.scalars(select(EventRow).where(EventRow.admin1 == "Puno").order_by(EventRow.id).limit(2)).all()
        a_id, b_id = a.id, b.id
        ids = set(s.scalars(select(EventMentionRow.id).where(EventMentionRow.event_id.in_([a_id, b_id]))))
        merge_events(s, a_id, b_id, "ana")
        s.commit()
        resolve(s)
        s.commit()
        assert {m.event_id for m in s.scalars(select(EventMentionRow).where(EventMentionRow.id.in_(ids)))} == {a_id}


def test_split_and_undo(store):
    with store.session() as s:
        ev = multi_mention_event(s)
        mentions = list(s.scalars(select(EventMentionRow).where(EventMentionRow.event_id == ev.id).order_by(EventMentionRow.id)))
        with pytest.raises(ReviewError):
            split_event(s, ev.id, [m.id for m in mentions], "ana")  # nothing would stay
        with pytest.raises(ReviewError):
            split_event(s, ev.id, [10**6], "ana")  # not this event's
        row = split_event(s, ev.id, [mentions[-1].id], "ana", "different day")
        new_id = row.after["new_event"]
        new = s.get(EventRow, new_id)
        assert new is not None and new.n_documents == 1
        assert all(c.mention_id == mentions[-1].id for c in new.claims)
        assert s.get(EventMentionRow, mentions[-1].id).event_id == new_id
        assert [r.action for r in Repository(s).audit_log("event", new_id)] == ["split_from"]
        # a later change on the new event blocks undoing the split (stack order)
        edit = edit_field(s, new_id, "arrests", {"value": "2"}, "ana")
        assert not undoable(s, row)
        undo(s, edit.id, "ana")
        assert undoable(s, row)
        undo(s, row.id, "ana")
        assert s.get(EventRow, new_id) is None
        assert s.get(EventMentionRow, mentions[-1].id).event_id == ev.id
        assert s.get(EventRow, ev.id).n_documents == len({m.document_id for m in mentions})


def test_sensitive_flag_hides_from_public_filter(store):
    from kipu.store.filters import EventFilter

    with store.session() as s:
        ev = s.scalars(select(EventRow)).first()
        set_sensitive(s, ev.id, True, "ana", "victim safety")
        repo = Repository(s)
        assert ev.id not in {e.id for e in repo.list_events(EventFilter())}
        assert ev.id in {e.id for e in repo.list_events(EventFilter(include_sensitive=True))}
        row = repo.audit_log("event", ev.id)[-1]
        undo(s, row.id, "ana")
        assert ev.sensitive is False
