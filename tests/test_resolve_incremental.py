"""Incremental resolution, re-extraction, and the contract with review (protected events)."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import delete, func, select

from kipu.model import Extraction
from kipu.resolve import resolve
from kipu.store import Repository, Store
from kipu.store.database import alembic_config
from kipu.store.tables import ClaimRow, DirtyEventRow, DocumentRow, EventMentionRow, EventRow
from sample_gold_mentions import canonical, gold_articles, ingest_gold

JULIACA_DAY = date(2023, 1, 9)


def _store(tmp_path, name: str) -> Store:
    return Store.open(f"sqlite:///{tmp_path / name}")


def _articles(*doc_ids: str) -> list[dict]:
    by_id = {a["doc_id"]: a for a in gold_articles()}
    return [by_id[d] for d in doc_ids]


def _juliaca_event(session) -> EventRow:
    (event,) = session.scalars(
        select(EventRow).where(EventRow.sub_type == "excessive_force", EventRow.date_start == JULIACA_DAY)
    ).all()
    return event


def _mention_event(session, doc_id: str, sub_type: str) -> int | None:
    return session.scalar(
        select(EventMentionRow.event_id)
        .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
        .where(DocumentRow.doc_id == doc_id, EventMentionRow.sub_type == sub_type)
    )


def test_a_new_article_only_touches_the_events_of_its_blocks(tmp_path):
    everything = gold_articles()
    late = "sample-en-005"  # Juliaca (Puno) and a Lima measure
    store = _store(tmp_path, "inc.sqlite")
    ingest_gold(store, [a for a in everything if a["doc_id"] != late])
    with store.session() as s:
        before = {e.id: (e.key, e.updated_at, e.admin1) for e in s.scalars(select(EventRow))}
        total_mentions = s.scalar(select(func.count()).select_from(EventMentionRow))
    ingest_gold(store, _articles(late))  # resolves once more, after the new article only
    with store.session() as s:
        after = {e.id: (e.key, e.updated_at, e.admin1) for e in s.scalars(select(EventRow))}
        stats = resolve(s)
        late_mentions = s.scalars(
            select(EventMentionRow.admin1)
            .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
            .where(DocumentRow.doc_id == late)
        ).all()
        late_regions = set(late_mentions)
    assert stats.mentions == 0 and stats.created == stats.updated == stats.deleted == 0  # nothing left to do
    touched = {i for i in after if i not in before or after[i][1] != before[i][1]}
    assert touched, "the new article changed nothing"
    assert {after[i][2] for i in touched} <= late_regions  # only events in the new article's regions
    assert len(touched) <= len(late_mentions)  # at most one event per mention of the new article
    assert len(before) - len(touched) >= 20  # the rest of the store was left alone
    assert total_mentions > 35  # the sample gold: 30 articles, some 40 incident mentions


def test_incremental_equals_full_regrouping(tmp_path):
    store = _store(tmp_path, "full.sqlite")
    ingest_gold(store, gold_articles(), one_by_one=True)
    before = canonical(store)
    with store.session() as s:
        stats = resolve(s, full=True)
    assert stats.created == stats.updated == stats.deleted == 0
    assert stats.unchanged == stats.groups > 0
    assert canonical(store) == before


def test_reextraction_updates_the_events_it_changed(tmp_path):
    store = _store(tmp_path, "reext.sqlite")
    ingest_gold(store, _articles("sample-en-004", "sample-es-004"))
    with store.session() as s:
        event = _juliaca_event(s)
        assert event.n_documents == 2 and event.fatalities == 17
        doc = s.scalar(select(DocumentRow).where(DocumentRow.doc_id == "sample-es-004"))
        Repository(s).save_extraction(doc.id, Extraction(doc_id=doc.doc_id, lang="es"), "gold-2")  # now reports nothing
        stats = resolve(s)
        event = _juliaca_event(s)
        assert stats.updated >= 1
        assert event.n_documents == 1 and (event.fatalities, event.fatalities_qualifier) == (12, "at_least")
        docs = set(s.scalars(select(ClaimRow.document_id).where(ClaimRow.event_id == event.id)))
        assert docs == {s.scalar(select(DocumentRow.id).where(DocumentRow.doc_id == "sample-en-004"))}


def test_protected_event_absorbs_new_mentions_and_keeps_manual_claims(tmp_path):
    store = _store(tmp_path, "protected.sqlite")
    ingest_gold(store, _articles("sample-en-004", "sample-es-004"))
    with store.session() as s:
        event = _juliaca_event(s)
        event.review_status = "reviewed"
        s.add(ClaimRow(event_id=event.id, field="fatalities", value={"value": 18, "qualifier": "exact"},
                       qualifier="exact", is_manual=True, author="analyst"))
        event.fatalities = 18
        protected_id = event.id
        s.commit()
    ingest_gold(store, _articles("sample-en-005"))
    with store.session() as s:
        event = _juliaca_event(s)
        assert event.id == protected_id and event.review_status == "reviewed"
        assert _mention_event(s, "sample-en-005", "excessive_force") == protected_id
        assert event.n_documents == 3
        assert event.fatalities == 18  # the manual claim still wins
        auto = s.scalars(select(ClaimRow).where(ClaimRow.event_id == protected_id, ClaimRow.field == "fatalities")).all()
        assert sorted((c.is_manual, c.value["value"]) for c in auto) == [(False, 12), (False, 17), (False, 17), (True, 18)]


def test_split_events_stay_apart_and_pinned_mentions_never_move(tmp_path):
    store = _store(tmp_path, "split.sqlite")
    ingest_gold(store, _articles("sample-en-004", "sample-es-004"))
    with store.session() as s:
        original = _juliaca_event(s)
        # What review's split does: a new event holding the moved mention, pinned.
        moved = s.scalar(
            select(EventMentionRow)
            .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
            .where(DocumentRow.doc_id == "sample-es-004", EventMentionRow.sub_type == "excessive_force")
        )
        split = EventRow(type="protest", sub_type="excessive_force", review_status="new")
        s.add(split)
        s.flush()
        s.execute(ClaimRow.__table__.update().where(ClaimRow.mention_id == moved.id).values(event_id=split.id))
        moved.event_id, moved.pinned = split.id, True
        original.review_status = "reviewed"
        ids = (original.id, split.id)
        s.commit()
    for full in (False, True):
        with store.session() as s:
            resolve(s, full=full)
            s.commit()
            assert _mention_event(s, "sample-es-004", "excessive_force") == ids[1]
            assert _mention_event(s, "sample-en-004", "excessive_force") == ids[0]
            assert s.get(EventRow, ids[0]) is not None and s.get(EventRow, ids[1]) is not None


def test_events_with_manual_claims_are_never_deleted(tmp_path):
    store = _store(tmp_path, "keep.sqlite")
    ingest_gold(store, _articles("sample-en-004"))
    with store.session() as s:
        event = _juliaca_event(s)
        s.add(ClaimRow(event_id=event.id, field="injuries", value={"value": 3, "qualifier": "exact"},
                       qualifier="exact", is_manual=True, author="analyst"))
        kept_id = event.id
        doc = s.scalar(select(DocumentRow).where(DocumentRow.doc_id == "sample-en-004"))
        Repository(s).save_extraction(doc.id, Extraction(doc_id=doc.doc_id, lang="en"), "gold-2")
        resolve(s)
        resolve(s, full=True)
        kept = s.get(EventRow, kept_id)
        assert kept is not None
        assert kept.injuries == 3


def _marked(session) -> list[int]:
    return list(session.scalars(select(DirtyEventRow.event_id)))


def test_reextraction_marks_its_events_and_the_next_run_repairs_them(tmp_path):
    """The incremental run finds a re-extracted article's stale event from the mark re-extraction
    leaves (no recount of the store), repairs it, and consumes the mark."""
    store = _store(tmp_path, "marks.sqlite")
    ingest_gold(store, _articles("sample-en-004", "sample-es-004", "sample-en-005"))
    with store.session() as s:
        assert _marked(s) == []
        event = _juliaca_event(s)
        stale_id, before = event.id, event.n_documents
        doc = s.scalar(select(DocumentRow).where(DocumentRow.doc_id == "sample-es-004"))
        on_doc = set(s.scalars(select(EventMentionRow.event_id).where(EventMentionRow.document_id == doc.id)))
        Repository(s).save_extraction(doc.id, Extraction(doc_id=doc.doc_id, lang="es"), "gold-2")
        assert set(_marked(s)) == on_doc and stale_id in on_doc
        stats = resolve(s)
        assert _marked(s) == []
        event = s.get(EventRow, stale_id)
        assert event is not None and event.n_documents == before - 1
        docs = set(s.scalars(select(ClaimRow.document_id).where(ClaimRow.event_id == stale_id)))
        assert doc.id not in docs and len(docs) == event.n_documents
        assert stats.updated >= 1
        again = resolve(s)
        assert again.mentions == 0 and again.created == again.updated == again.deleted == 0


def test_a_full_run_repairs_mentions_deleted_around_the_repository(tmp_path):
    """Rows deleted by hand leave no mark; a full run still recounts and repairs their event."""
    store = _store(tmp_path, "byhand.sqlite")
    ingest_gold(store, _articles("sample-en-004", "sample-es-004"))
    with store.session() as s:
        event = _juliaca_event(s)
        doc_id = s.scalar(select(DocumentRow.id).where(DocumentRow.doc_id == "sample-es-004"))
        gone = select(EventMentionRow.id).where(EventMentionRow.document_id == doc_id)
        s.execute(delete(ClaimRow).where(ClaimRow.mention_id.in_(gone)))
        s.execute(delete(EventMentionRow).where(EventMentionRow.document_id == doc_id))
        assert _marked(s) == []
        resolve(s, full=True)
        event = s.get(EventRow, event.id)
        assert event.n_documents == 1 and event.fatalities == 12


def test_the_migration_marks_events_already_out_of_date(tmp_path):
    """A database upgraded to 0006 with a stale event (left by the old code) gets it marked."""
    url = f"sqlite:///{tmp_path / 'upgrade.sqlite'}"
    store = Store.open(url)
    ingest_gold(store, _articles("sample-en-004", "sample-es-004"))
    command.downgrade(alembic_config(url), "0005_list_indexes")
    with store.session() as s:
        stale_id = _juliaca_event(s).id
        doc_id = s.scalar(select(DocumentRow.id).where(DocumentRow.doc_id == "sample-es-004"))
        s.execute(delete(EventMentionRow).where(EventMentionRow.document_id == doc_id))
    store.close()
    with Store.open(url) as store, store.session() as s:
        assert stale_id in _marked(s)
        resolve(s)
        assert s.get(EventRow, stale_id).n_documents == 1 and _marked(s) == []
