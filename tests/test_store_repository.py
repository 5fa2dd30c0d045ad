"""Repository operations: dedup, near-duplicates, idempotent extraction, queries, audit."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import func, select

from kipu.ingest.errors import IngestError
from kipu.model import DateRange, Document, EventMention, Extraction, Figure, Place, Span, TallyMention
from kipu.resolve import resolve
from kipu.store.filters import EventFilter
from kipu.store import DUPLICATE, NEAR_DUPLICATE, NEW, Repository, Store
from kipu.store.tables import ClaimRow, DocumentRow, EventMentionRow, RawArchiveRow, TallyMentionRow

ARTICLE = (
    "Cientos de agricultores bloquearon la carretera Panamericana Sur cerca de Ica el martes "
    "para exigir mejores precios por sus cosechas. La policía usó gases lacrimógenos para "
    "despejar la vía y detuvo a doce personas, según la defensoría regional."
)


@pytest.fixture()
def store(db_url):
    """A migrated store on each backend (SQLite file, then a real PostgreSQL database)."""
    s = Store.open(db_url)
    yield s
    s.close()


def test_exact_duplicate_is_a_noop(store):
    with store.session() as s:
        repo = Repository(s)
        text = "Bloqueo en Ica\n\n" + ARTICLE
        first = repo.add_document(Document(text=text, raw=text.encode(), raw_media_type="text/plain"))
        # Windows newlines, decomposed accents and trailing blanks normalise to the same text.
        variant = unicodedata.normalize("NFD", text).replace("\n", "  \r\n") + "  \r\n"
        assert variant != text
        again = repo.add_document(Document(text=variant))
        assert first.status == NEW and again.status == DUPLICATE
        assert again.document_id == first.document_id
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == 1
        assert s.scalar(select(func.count()).select_from(RawArchiveRow)) == 1


def test_near_duplicate_is_linked_not_extracted(store):
    with store.session() as s:
        repo = Repository(s)
        first = repo.add_document(Document(text=ARTICLE, source="a"))
        near = repo.add_document(Document(text=ARTICLE.replace("el martes", "el miércoles"), source="b"))
        other = repo.add_document(Document(text="Estudiantes marcharon en Cusco. " * 10))
        assert near.status == NEAR_DUPLICATE and near.duplicate_of == first.document_id
        assert other.status == NEW
        row = s.get(DocumentRow, near.document_id)
        assert row.near_duplicate_of == first.document_id and row.source == "b"
        to_extract = [d.id for d in repo.documents_to_extract("v1")]
        assert to_extract == [first.document_id, other.document_id]


def test_near_duplicate_index_is_rebuilt_from_database(store):
    with store.session() as s:
        Repository(s).add_document(Document(text=ARTICLE))
    with store.session() as s:  # a fresh repository has no in-memory index
        result = Repository(s).add_document(Document(text=ARTICLE.replace("doce", "trece")))
        assert result.status == NEAR_DUPLICATE


def test_different_texts_sharing_a_paragraph_are_not_near_duplicates(store):
    other = ARTICLE.split(". ")[0] + ". Más tarde los transportistas de Nasca se sumaron a la medida con una marcha pacífica hacia la plaza."
    with store.session() as s:
        repo = Repository(s)
        repo.add_document(Document(text=ARTICLE))
        assert repo.add_document(Document(text=other)).status == NEW


def test_empty_text_and_clashing_doc_id_are_errors(store):
    with store.session() as s:
        repo = Repository(s)
        with pytest.raises(IngestError, match="empty"):
            repo.add_document(Document(text="  \n ", origin="f.txt"))
        repo.add_document(Document(text=ARTICLE, doc_id="x1"))
        with pytest.raises(IngestError, match="x1"):
            repo.add_document(Document(text="Otro texto distinto sobre una marcha.", doc_id="x1"))


def test_language_is_detected_when_missing(store):
    with store.session() as s:
        repo = Repository(s)
        es = repo.add_document(Document(text=ARTICLE))
        en = repo.add_document(Document(text="Hundreds of farmers blocked the highway near Ica on Tuesday.", lang=None))
        given = repo.add_document(Document(text="Texto corto en inglés declarado.", lang="en"))
        assert s.get(DocumentRow, es.document_id).lang == "es"
        assert s.get(DocumentRow, en.document_id).lang == "en"
        assert s.get(DocumentRow, given.document_id).lang == "en"


def _extraction(text: str, n_dead: int) -> Extraction:
    start = text.index("Cientos")
    mention = EventMention(
        type="protest",
        sub_type="intervention",
        evidence=Span(start, text.index(".") + 1),
        forms=["roadblock"],
        date=DateRange(date(2023, 1, 10), date(2023, 1, 10)),
        place=Place(name="Ica", admin1="Ica", precision="province"),
        arrests=Figure(n_dead, n_dead, "exact", attributed_to="defensoría"),
        actors=["peasants"],
    )
    tally = TallyMention(measure="arrests", value=40, evidence=Span(0, 10))
    return Extraction(doc_id="d", lang="es", events=[mention], tallies=[tally])


def test_save_extraction_replaces_previous_run(store):
    with store.session() as s:
        repo = Repository(s)
        doc = repo.add_document(Document(text=ARTICLE, published=date(2023, 1, 11)))
        repo.save_extraction(doc.document_id, _extraction(ARTICLE, 12), "v1")
        resolve(s)
        repo.save_extraction(doc.document_id, _extraction(ARTICLE, 12), "v1")
        repo.save_extraction(doc.document_id, _extraction(ARTICLE, 11), "v2")
        resolve(s)
        mentions = s.scalars(select(EventMentionRow)).all()
        assert len(mentions) == 1 and mentions[0].data["arrests"] == {"value": 11, "qualifier": "exact"}
        assert mentions[0].data["evidence"].startswith("Cientos de agricultores")
        assert s.scalar(select(func.count()).select_from(TallyMentionRow)) == 1
        tally = s.scalar(select(TallyMentionRow))
        assert tally.as_of == date(2023, 1, 11)
        assert repo.documents_to_extract("v2") == []
        assert [d.id for d in repo.documents_to_extract("v3")] == [doc.document_id]
        events = repo.list_events()
        assert len(events) == 1 and events[0].arrests == 11
        claims = repo.claims_of(events[0].id)
        assert {c.field for c in claims} >= {"type", "date", "place", "arrests", "forms", "actors"}
        arrest = next(c for c in claims if c.field == "arrests")
        assert arrest.attributed_to == "defensoría" and arrest.published == date(2023, 1, 11)
        assert s.scalar(select(func.count()).select_from(ClaimRow)) == len(claims)


def test_list_events_filters_and_counts(store):
    with store.session() as s:
        repo = Repository(s)
        doc = repo.add_document(Document(text=ARTICLE))
        repo.save_extraction(doc.document_id, _extraction(ARTICLE, 3), "v1")
        resolve(s)
        assert len(repo.list_events(EventFilter(type="protest", admin1="ica"))) == 1
        assert repo.list_events(EventFilter(type="riot")) == []
        assert repo.list_events(EventFilter(admin1="Puno")) == []
        assert repo.list_events(EventFilter(date_from=date(2023, 1, 11))) == []
        assert repo.counts_by_type() == {"protest": 1}
        assert repo.counts_by_admin1() == {"Ica": 1}
        assert repo.counts()["events"] == 1


def test_audit_log_appends(store):
    with store.session() as s:
        repo = Repository(s)
        repo.audit("ana", "edit", "event", 7, before={"fatalities": 3}, after={"fatalities": 4}, reason="fuente oficial")
        repo.audit("ana", "accept", "event", 7)
        log = repo.audit_log("event", 7)
        assert [r.action for r in log] == ["edit", "accept"]
        assert log[0].before == {"fatalities": 3} and log[0].reason == "fuente oficial"
