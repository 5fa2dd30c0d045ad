"""The sample corpus's repeated incidents resolve to one event each, in any order and language mix."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import select

from kipu.store import Store
from kipu.store.tables import ClaimRow, DocumentRow, EventMentionRow, EventRow
from sample_gold_mentions import canonical, gold_articles, incident_docs, ingest_gold

# (incident, sub_type, admin1, start date, count field, {document: figure it reports})
REPEATED = [
    ("ayacucho", "excessive_force", "Ayacucho", date(2022, 12, 15), "fatalities",
     {"sample-en-002": 7, "sample-es-003": 8, "sample-en-003": 10}),
    ("juliaca", "excessive_force", "Puno", date(2023, 1, 9), "fatalities",
     {"sample-en-004": 12, "sample-es-004": 17, "sample-en-005": 17, "sample-es-013": 17}),
    ("juliaca-officer", "mob_violence", "Puno", date(2023, 1, 9), "fatalities",
     {"sample-es-004": 1, "sample-en-005": 1, "sample-es-013": 1}),
    ("san-marcos", "arrests", "Lima", date(2023, 1, 21), "arrests",
     {"sample-en-008": 100, "sample-es-007": 193}),
    ("arequipa", "excessive_force", "Arequipa", date(2023, 1, 19), "fatalities",
     {"sample-en-007": 1, "sample-es-006": 1}),
]
SUBSETS = {"mixed": None, "english": "en", "spanish": "es"}


def _store(tmp_path, name: str) -> Store:
    return Store.open(f"sqlite:///{tmp_path / name}")


def _incident_events(store: Store, sub_type: str, admin1: str, start: date, docs: set[str]) -> set[int]:
    with store.session() as s:
        rows = s.execute(
            select(EventMentionRow.event_id)
            .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
            .where(
                DocumentRow.doc_id.in_(docs),
                EventMentionRow.sub_type == sub_type,
                EventMentionRow.admin1 == admin1,
                EventMentionRow.date_start == start,
            )
        ).all()
        return {r[0] for r in rows}


def _figures(store: Store, event_id: int, field: str) -> dict[str, int]:
    with store.session() as s:
        rows = s.execute(
            select(DocumentRow.doc_id, ClaimRow.value)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(ClaimRow.event_id == event_id, ClaimRow.field == field)
        ).all()
        return {doc: value["value"] for doc, value in rows}


@pytest.mark.parametrize("subset", list(SUBSETS))
def test_repeated_incidents_resolve_to_one_event_with_all_claims(tmp_path, subset):
    articles = gold_articles(SUBSETS[subset])
    present = {a["doc_id"] for a in articles}
    store = _store(tmp_path, f"{subset}.sqlite")
    ingest_gold(store, articles)
    checked = 0
    for name, sub_type, admin1, start, field, figures in REPEATED:
        expected = {doc: v for doc, v in figures.items() if doc in present}
        if not expected:
            continue
        events = _incident_events(store, sub_type, admin1, start, set(expected))
        assert len(events) == 1, f"{name} ({subset}) is split over events {events}"
        assert _figures(store, events.pop(), field) == expected, name
        checked += len(expected) > 1
    assert checked >= 2  # every subset has at least two incidents told by several articles
    store.close()


def test_mixed_languages_reconcile_to_the_conservative_figure(tmp_path):
    store = _store(tmp_path, "mixed.sqlite")
    ingest_gold(store, gold_articles())
    shown = {}
    with store.session() as s:
        for name, sub_type, admin1, start, field, figures in REPEATED:
            (event_id,) = _incident_events(store, sub_type, admin1, start, set(figures))
            e = s.get(EventRow, event_id)
            shown[name] = (getattr(e, field), getattr(e, f"{field}_qualifier"), e.n_documents)
    # Strongest qualifier first, then the lowest value (ACLED's conservative convention).
    assert shown["juliaca"] == (17, "exact", 4)
    assert shown["ayacucho"] == (8, "exact", 3)
    assert shown["san-marcos"] == (193, "exact", 2)
    assert shown["juliaca-officer"] == (1, "exact", 3)
    store.close()


def _label_day(label: str) -> date | None:
    try:
        return date.fromisoformat(label[-10:])
    except ValueError:
        return None


def _reports_day(article: dict, day: date) -> bool:
    return any(e["date"] and abs((date.fromisoformat(e["date"]["start"]) - day).days) <= 1 for e in article["events"])


def test_every_labelled_repeat_lands_in_one_event(tmp_path):
    """Cross-check with the article-level incident labels of the sample corpus.

    A label names the incident an article was written about; articles that
    report an event on the labelled day (±1: outlets disagree on dates) must
    share an event. Articles that only announce it report no event that day.
    """
    articles = gold_articles()
    store = _store(tmp_path, "labels.sqlite")
    ingest_gold(store, articles)
    checked = set()
    with store.session() as s:
        for incident, docs in incident_docs(articles).items():
            day = _label_day(incident)
            reporting = [a["doc_id"] for a in articles if a["doc_id"] in docs and day and _reports_day(a, day)]
            if len(reporting) < 2:
                continue
            event_sets = []
            for doc in reporting:
                ids = s.scalars(
                    select(EventMentionRow.event_id)
                    .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
                    .where(DocumentRow.doc_id == doc)
                ).all()
                event_sets.append(set(ids))
            assert set.intersection(*event_sets), incident
            checked.add(incident)
    assert {"ayacucho-2022-12-15", "juliaca-2023-01-09", "san-marcos-2023-01-21"} <= checked
    store.close()


@pytest.mark.parametrize("subset", list(SUBSETS))
def test_resolution_does_not_depend_on_order_or_batching(tmp_path, subset):
    articles = sorted(gold_articles(SUBSETS[subset]), key=lambda a: a["doc_id"])
    reference_store = _store(tmp_path, "ref.sqlite")
    ingest_gold(reference_store, articles)
    reference = canonical(reference_store)
    assert reference
    rng = random.Random(subset)
    for n in range(2):
        shuffled = list(articles)
        rng.shuffle(shuffled)
        store = _store(tmp_path, f"shuffled{n}.sqlite")
        ingest_gold(store, shuffled, one_by_one=n == 1)  # the second also resolves after every article
        assert canonical(store) == reference
        store.close()
    reference_store.close()


def test_real_extractor_output_resolves_the_same_in_any_order(tmp_path):
    """The same guarantee on what the extractor really produces for the sample corpus."""
    from kipu.corpus import load_documents
    from kipu.extract.pipeline import Extractor
    from kipu.resolve import resolve
    from kipu.store import Repository

    extractor = Extractor()
    docs = load_documents()
    extractions = {d.doc_id: extractor.extract(d.text, published=d.published, lang=d.lang, doc_id=d.doc_id) for d in docs}
    results = []
    for n, seed in enumerate((None, 11, 12)):
        order = list(docs)
        if seed is not None:
            random.Random(seed).shuffle(order)
        store = _store(tmp_path, f"real{n}.sqlite")
        with store.session() as s:
            repo = Repository(s)
            for i, d in enumerate(order):
                added = repo.add_document(d)
                repo.save_extraction(added.document_id, extractions[d.doc_id], extractor.version)
                if n == 2 and i % 5 == 4:
                    resolve(s)  # the third run also resolves along the way
            resolve(s)
            s.commit()
        results.append(canonical(store))
        store.close()
    assert results[0] and results[0] == results[1] == results[2]
    # The Juliaca shootings of 9 January are reported by several articles and resolve together.
    juliaca = [members for values, members, _ in results[0] if values[3] == date(2023, 1, 9) and values[6] == "Puno"]
    assert max(len({doc for doc, _ in m}) for m in juliaca) >= 3
