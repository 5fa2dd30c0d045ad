"""Running totals as time series, with decreases and contradictions flagged."""

from __future__ import annotations

import random
from datetime import date

from kipu.model import DateRange, Document, Extraction, Span, TallyMention
from kipu.resolve import tally_series
from kipu.store import Repository, Store
from sample_gold_mentions import gold_articles, ingest_gold


def _store(tmp_path, name: str, articles) -> Store:
    store = Store.open(f"sqlite:///{tmp_path / name}")
    ingest_gold(store, articles)
    return store


def _series(store: Store, measure: str | None = None):
    with store.session() as s:
        return tally_series(s, measure)


def test_protest_deaths_form_one_series_in_date_order(tmp_path):
    store = _store(tmp_path, "t.sqlite", gold_articles())
    deaths = [s for s in _series(store, "fatalities") if s.campaign == "pe-protests-2022"]
    assert len(deaths) == 1
    series = deaths[0]
    assert series.start == date(2022, 12, 7) and "since 7 December 2022" in series.scope
    points = [(p.as_of, p.value, p.qualifier) for p in series.points]
    assert points == sorted(points)
    assert [v for _, v, _ in points] == [7, 49, 60, 50, 60]
    assert all(p.doc_id and p.evidence for p in series.points)
    # "About 50" after "about 60": a total that went down is flagged for review.
    dropped = [p for p in series.points if "decrease" in p.flags]
    assert [(p.value, p.doc_id) for p in dropped] == [(50, "sample-en-009")]
    assert "decrease" in series.flags
    # Every point is compared with the incidents kipu holds; none contradicts them (the first,
    # "at least 7" against 10 from Andahuaylas and Ayacucho, is only a lower bound).
    assert all(p.incident_sum is not None for p in series.points)
    assert [p.value for p in series.points if p.incident_sum > p.value] == [7]
    assert "below_incident_sum" not in series.flags
    store.close()


def test_other_measures_keep_their_own_series(tmp_path):
    store = _store(tmp_path, "m.sqlite", gold_articles())
    by_measure = {(s.measure, s.campaign) for s in _series(store)}
    assert ("press_aggressions", "pe-protests-2022") in by_measure
    assert ("extortion_cases", None) in by_measure
    extortion = next(s for s in _series(store, "extortion_cases"))
    assert extortion.points[0].incident_sum is None  # no incident figure to compare with
    store.close()


def test_total_below_the_sum_of_incidents_is_flagged(tmp_path):
    store = _store(tmp_path, "c.sqlite", gold_articles())
    text = "Hasta hoy son 9 los fallecidos en las protestas desde el 7 de diciembre."
    with store.session() as s:
        repo = Repository(s)
        added = repo.add_document(Document(text=text, doc_id="claims-9", lang="es", published=date(2022, 12, 20)))
        tally = TallyMention(
            measure="fatalities", value=9, evidence=Span(0, len(text)), qualifier="exact",
            scope="deaths in the protests", country="PE", period=DateRange(date(2022, 12, 7), date(2022, 12, 20)),
        )
        repo.save_extraction(added.document_id, Extraction(doc_id="claims-9", lang="es", tallies=[tally]), "t")
        s.commit()
    series = next(s for s in _series(store, "fatalities") if s.campaign)
    point = next(p for p in series.points if p.doc_id == "claims-9")
    # Andahuaylas (2) and Ayacucho (8 by the conservative reading) already add up to 10.
    assert point.incident_sum == 10
    assert "below_incident_sum" in point.flags
    earlier = next(p for p in series.points if p.doc_id == "sample-es-002")
    assert earlier.qualifier == "at_least" and "below_incident_sum" not in earlier.flags
    store.close()


def test_series_do_not_depend_on_ingestion_order(tmp_path):
    articles = gold_articles()
    reference = [s.to_dict() for s in _series(_store(tmp_path, "a.sqlite", articles))]
    shuffled = list(articles)
    random.Random(4).shuffle(shuffled)
    assert [s.to_dict() for s in _series(_store(tmp_path, "b.sqlite", shuffled))] == reference
