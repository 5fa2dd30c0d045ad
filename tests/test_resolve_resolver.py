"""Resolution: grouping across documents, reconciliation policy, order independence."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import select

from kipu.model import DateRange, Document, EventMention, Extraction, Figure, Place, Span
from kipu.resolve import resolve
from kipu.resolve.match import MentionKey, cluster, places_compatible
from kipu.store import Repository, Store
from kipu.store.tables import DocumentRow, EventMentionRow


def _mention(kind, day, place, admin1, *, dead=None, q="exact", sub=None, days=0, precision="district", forms=()):
    etype = {"protest": "protest", "riot": "riot", "measure": "strategic_development"}[kind]
    sub_type = sub or {"protest": "peaceful", "riot": "violent_demonstration", "measure": "state_measure"}[kind]
    return EventMention(
        type=etype,
        sub_type=sub_type,
        evidence=Span(0, 20),
        forms=list(forms),
        date=DateRange(day, date.fromordinal(day.toordinal() + days)) if day else None,
        place=Place(name=place, admin1=admin1, precision=precision) if place else None,
        fatalities=Figure(dead, dead, q) if dead is not None else None,
        actors=["protesters"],
    )


D = date(2023, 1, 9)
NEXT = date(2023, 1, 10)
LATER = date(2023, 1, 15)

# (document text, published, mentions): the same incidents told by different outlets.
ARTICLES = [
    (f"Nota uno sobre Juliaca y Puno, texto propio número {i}.", date(2023, 1, 10 + i % 3), mentions)
    for i, mentions in enumerate(
        [
            [_mention("protest", D, "Juliaca", "Puno", dead=17, q="at_least", sub="excessive_force", forms=["march"])],
            [_mention("riot", D, "Juliaca", "Puno", dead=18, forms=["roadblock"])],
            [_mention("protest", NEXT, "Juliaca", "Puno", dead=19, q="about")],
            [_mention("protest", D, "Cusco", "Cusco"), _mention("measure", NEXT, None, None)],
            [_mention("protest", LATER, "Juliaca", "Puno")],
            [_mention("protest", D, "Ilave", "Puno")],
            [_mention("protest", D, "Puno", "Puno", precision="department")],
            [_mention("protest", None, "Juliaca", "Puno")],
            [_mention("measure", D, None, None, days=30, precision="country")],
        ]
    )
]


def _load(make_url, name, order):
    """A fresh database (SQLite or PostgreSQL, see ``db_url_factory``) loaded in ``order``."""
    store = Store.open(make_url(name.removesuffix(".sqlite")))
    with store.session() as s:
        repo = Repository(s)
        for i in order:
            text, published, mentions = ARTICLES[i]
            added = repo.add_document(Document(text=text, published=published, doc_id=f"doc{i}", lang="es"))
            repo.save_extraction(added.document_id, Extraction(doc_id=f"doc{i}", lang="es", events=mentions), "t")
        resolve(s)
    return store


def _canonical(store):
    """Events as comparable values: shown fields + which (doc, ordinal) mentions they hold."""
    with store.session() as s:
        repo = Repository(s)
        out = set()
        for e in repo.list_events():
            members = s.execute(
                select(DocumentRow.doc_id, EventMentionRow.ordinal)
                .join(DocumentRow, DocumentRow.id == EventMentionRow.document_id)
                .where(EventMentionRow.event_id == e.id)
            ).all()
            out.add(
                (
                    e.key,
                    e.type,
                    e.sub_type,
                    e.date_start,
                    e.date_end,
                    e.place_name,
                    e.admin1,
                    e.fatalities,
                    e.fatalities_qualifier,
                    tuple(e.forms),
                    e.evidence,
                    frozenset(members),
                )
            )
        return out


def test_resolution_groups_same_incident_across_documents(db_url_factory):
    store = _load(db_url_factory, "a.sqlite", range(len(ARTICLES)))
    events = _canonical(store)
    by_members = {frozenset(doc for doc, _ in ev[-1]): ev for ev in events}
    juliaca = next(ev for docs, ev in by_members.items() if "doc0" in docs)
    # doc0-2 (Juliaca, 9-10 Jan) join; Ilave (another town), the 15 Jan protest and the
    # undated one stay apart; doc6 ("in Puno", region-level) joins one group but cannot
    # chain Juliaca and Ilave together.
    docs = {doc for doc, _ in juliaca[-1]}
    assert docs - {"doc6"} == {"doc0", "doc1", "doc2"}
    ilave = next(ev for d, ev in by_members.items() if "doc5" in d)
    assert ilave is not juliaca
    assert sum("doc6" in d for d in by_members) == 1
    assert juliaca[1:3] == ("protest", "excessive_force")  # most severe phase
    assert juliaca[5] == "Juliaca"  # most precise place
    assert (juliaca[7], juliaca[8]) == (18, "exact")  # strongest qualifier, then lowest value
    assert juliaca[3:5] == (D, NEXT)
    assert juliaca[9] == ("march", "roadblock")
    assert len(events) == 6  # the two nationwide state measures (9 Jan, 9 Jan-8 Feb) are one
    store.close()


def test_resolution_is_independent_of_ingestion_order(db_url_factory):
    reference = _canonical(_load(db_url_factory, "ref.sqlite", range(len(ARTICLES))))
    rng = random.Random(7)
    for n in range(4):
        order = list(range(len(ARTICLES)))
        rng.shuffle(order)
        assert _canonical(_load(db_url_factory, f"shuffled{n}.sqlite", order)) == reference


def test_rerunning_resolution_keeps_event_ids(db_url_factory):
    store = _load(db_url_factory, "a.sqlite", range(len(ARTICLES)))
    with store.session() as s:
        before = sorted((e.id, e.key) for e in Repository(s).list_events())
        stats = resolve(s)
        after = sorted((e.id, e.key) for e in Repository(s).list_events())
    assert before == after and stats.created == 0 and stats.deleted == 0
    store.close()


def test_reviewed_events_are_not_rewritten(db_url_factory):
    store = _load(db_url_factory, "a.sqlite", range(len(ARTICLES)))
    with store.session() as s:
        repo = Repository(s)
        target = next(e for e in repo.list_events() if e.place_name == "Cusco")
        target.review_status = "accepted"
        target.fatalities = 99
        s.flush()
        resolve(s)
        again = s.get(type(target), target.id)
        assert again.fatalities == 99 and again.review_status == "accepted"
        assert len(repo.list_events()) == 6
    store.close()


def _key(ident, doc, start, place, precision="district", admin2=None, end=None):
    return MentionKey(
        id=hash(ident) % 10_000,
        ident=ident,
        document_id=doc,
        country="PE",
        admin1="Puno",
        family="demonstration",
        start=start,
        end=end or start,
        place_name=place,
        admin2=admin2,
        admin3=None,
        precision=precision,
    )


def test_mentions_of_one_document_are_never_merged():
    a = _key("a", 1, D, "Juliaca")
    b = _key("b", 1, D, "Juliaca")
    c = _key("c", 2, D, "Juliaca")
    groups = cluster([a, b, c])
    assert sorted(len(g) for g in groups) == [1, 2]
    assert all(len({m.document_id for m in g}) == len(g) for g in groups)


def test_dates_two_days_apart_do_not_merge():
    assert len(cluster([_key("a", 1, D, "Juliaca"), _key("b", 2, date(2023, 1, 11), "Juliaca")])) == 2
    assert len(cluster([_key("a", 1, D, "Juliaca"), _key("b", 2, NEXT, "Juliaca")])) == 1


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (("Juliaca", "district"), ("juliaca", "district"), True),
        (("Plaza de Armas de Juliaca", "landmark"), ("Juliaca", "district"), True),
        (("Juliaca", "district"), ("Ilave", "district"), False),
        (("Juliaca", "district"), ("Puno", "department"), True),
        (("Ácora", "district"), ("Acora", "district"), True),
    ],
)
def test_place_compatibility(a, b, ok):
    assert places_compatible(_key("a", 1, D, a[0], a[1]), _key("b", 2, D, b[0], b[1])) is ok


def _scored(ident, doc, sub_type, dead, start=D, end=None, place="Juliaca"):
    return MentionKey(
        id=hash(ident) % 10_000, ident=ident, document_id=doc, country="PE", admin1="Puno", family="demonstration",
        start=start, end=end or start, place_name=place, admin2=None, admin3=None, precision="district",
        sub_type=sub_type, fatalities=dead,
    )


def test_two_incidents_told_side_by_side_pair_with_their_counterparts():
    # Two articles each report the shootings (17 dead) and the officer killed (1) in Juliaca that day;
    # identifiers are chosen so that grouping by identifier alone would cross them.
    a_shoot, a_officer = _scored("a1", 1, "excessive_force", 17), _scored("a0", 1, "mob_violence", 1)
    b_shoot, b_officer = _scored("b0", 2, "excessive_force", 18), _scored("b1", 2, "mob_violence", 1, end=NEXT)
    groups = {frozenset(m.ident for m in g) for g in cluster([a_shoot, a_officer, b_shoot, b_officer])}
    assert groups == {frozenset({"a1", "b0"}), frozenset({"a0", "b1"})}


def test_a_background_period_does_not_absorb_one_days_incident():
    day = _scored("a", 1, "peaceful", None)
    season = _scored("b", 2, "peaceful", None, start=date(2022, 12, 1), end=date(2023, 3, 31))
    declared = _scored("c", 3, "peaceful", None, start=D, end=date(2023, 2, 8))  # starts the same day
    assert len(cluster([day, season])) == 2
    assert len(cluster([day, declared])) == 1


def test_protected_events_are_never_joined_but_absorb_new_mentions():
    from dataclasses import replace

    first = replace(_scored("a", 1, "excessive_force", 17), anchor=100)
    second = replace(_scored("b", 2, "excessive_force", 17), anchor=200)
    newcomer = _scored("c", 3, "excessive_force", 17)
    groups = cluster([first, second, newcomer])
    assert len(groups) == 2
    assert {frozenset(m.ident for m in g) for g in groups} in (
        {frozenset({"a", "c"}), frozenset({"b"})},
        {frozenset({"a"}), frozenset({"b", "c"})},
    )
    assert all(len({m.anchor for m in g if m.anchor}) == 1 for g in groups)


def test_a_multi_day_incident_is_one_event_unless_articles_tell_the_days_apart():
    strike = _scored("a", 1, "peaceful", None, start=date(2023, 1, 16), end=date(2023, 1, 18))
    middle = _scored("b", 2, "peaceful", None, start=date(2023, 1, 17))
    assert len(cluster([strike, middle])) == 1
    # A third article reports the first and the last day as two separate marches.
    first_day = _scored("c", 3, "peaceful", None, start=date(2023, 1, 16))
    last_day = _scored("d", 3, "peaceful", None, start=date(2023, 1, 18))
    groups = cluster([strike, middle, first_day, last_day])
    assert len(groups) == 2
    assert all(len({m.document_id for m in g}) == len(g) for g in groups)
