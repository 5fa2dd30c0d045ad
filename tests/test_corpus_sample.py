"""The bundled sample corpus and its gold annotations (kipu.corpus).

The corpus is what the demo, the extractor tests and the resolver tests start
from, so these tests check that it is well formed, balanced across languages,
annotated by the rules of GUIDELINES.md, and that it really contains what the
resolver needs: incidents reported several times with different figures.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from kipu import corpus
from kipu.model import Document

# Controlled vocabularies of GUIDELINES.md §2–3, written out here on purpose:
# the test must fail if the gold drifts from the guideline, whatever the code says.
TYPES = {
    "protest": {"peaceful", "intervention", "excessive_force"},
    "riot": {"violent_demonstration", "mob_violence"},
    "violence_against_civilians": {"attack"},
    "strategic_development": {"arrests", "state_measure", "other"},
}
FORMS = {
    "march", "rally", "strike", "general_strike", "roadblock", "occupation", "vigil", "caravan",
    "market_closure", "hunger_strike", "boycott", "sit_in", "other",
}
ACTORS = {
    "protesters", "workers", "unions", "students", "indigenous", "peasants", "teachers",
    "transport_workers", "miners", "residents", "relatives_of_victims", "journalists",
    "human_rights_defenders", "political_party", "police", "military", "government", "congress",
    "judiciary", "companies", "criminal_groups",
}
STATE_RESPONSES = {
    "tear_gas", "rubber_bullets", "live_ammunition", "beatings", "arrests", "dispersal",
    "kettling", "killings", "torture", "accommodation",
}
DEMANDS = {
    "removal_of_official", "early_elections", "constituent_assembly", "dissolve_congress",
    "release_detainee", "justice_for_victims", "police_brutality", "repeal_law", "security_crime",
    "labor_wages", "land_environment", "prices_taxes", "civil_rights",
}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "at_most"}
MEASURES = {
    "fatalities", "injuries", "arrests", "press_aggressions", "extortion_cases", "participants",
    "other",
}
PERU_ADMIN1 = {
    "Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca", "Callao", "Cusco",
    "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque", "Lima", "Loreto",
    "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno", "San Martín", "Tacna", "Tumbes",
    "Ucayali",
}
COUNTS = ("fatalities", "injuries", "arrests")
PERIOD = (date(2022, 12, 1), date(2024, 11, 30))


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return corpus.load_sample()


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return {g["doc_id"]: g for g in corpus.load_gold()}


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# --------------------------------------------------------------------------- articles


def test_paths_are_files_inside_the_package():
    for path in (corpus.sample_path(), corpus.gold_path()):
        assert path.is_file(), path
        assert path.parent.name == "sample" and path.parent.parent.name == "corpus"


def test_enough_articles_in_both_languages(articles):
    assert len(articles) >= 24
    langs = [a["lang"] for a in articles]
    assert set(langs) == {"en", "es"}
    share_es = langs.count("es") / len(langs)
    assert 0.4 <= share_es <= 0.6, share_es


def test_every_article_has_provenance_and_unique_id(articles):
    ids = [a["doc_id"] for a in articles]
    assert len(ids) == len(set(ids))
    for a in articles:
        for key in ("doc_id", "title", "text", "published", "lang", "source", "url"):
            assert a.get(key), (a.get("doc_id"), key)
        assert re.fullmatch(rf"sample-{a['lang']}-\d{{3}}", a["doc_id"]), a["doc_id"]
        published = date.fromisoformat(a["published"])
        assert PERIOD[0] <= published <= PERIOD[1], a["doc_id"]
        # Outlets are invented and say so; links never point at a real site.
        assert "kipu" in a["source"], a["source"]
        assert a["url"].startswith("https://example.org/"), a["url"]
        assert "incident" in a


def test_articles_are_short_plain_text(articles):
    for a in articles:
        assert 120 <= _words(a["text"]) <= 350, (a["doc_id"], _words(a["text"]))
        assert "<" not in a["text"] and not a["text"].startswith(a["title"]), a["doc_id"]


def test_dates_are_written_in_varied_ways(articles):
    """The extractor's date resolver must meet relative, explicit and range forms."""
    es = " ".join(a["text"] for a in articles if a["lang"] == "es")
    en = " ".join(a["text"] for a in articles if a["lang"] == "en")
    assert re.search(r"\bayer\b", es)
    assert re.search(r"\bdel \d{1,2} al \d{1,2} de \w+", es)
    assert re.search(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", en)
    assert re.search(r"\b(January|December|October) \d{1,2}\b|\b\d{1,2} (September|October)\b", en)


def test_load_documents_builds_model_documents(articles):
    docs = corpus.load_documents()
    assert [d.doc_id for d in docs] == [a["doc_id"] for a in articles]
    for doc, art in zip(docs, articles):
        assert isinstance(doc, Document)
        assert doc.text == art["text"] and doc.published == date.fromisoformat(art["published"])
        assert doc.origin and doc.origin.startswith(str(corpus.sample_path()))


# --------------------------------------------------------------------------- gold


def test_gold_has_one_line_per_article_with_same_text(articles, gold):
    assert len(corpus.load_gold()) == len(gold)  # no duplicate lines
    assert set(gold) == {a["doc_id"] for a in articles}
    for a in articles:
        g = gold[a["doc_id"]]
        assert g["text"] == a["text"]
        assert (g["lang"], g["published"], g["source"]) == (a["lang"], a["published"], a["source"])
        assert g["published_is_estimate"] is False
        assert isinstance(g["events"], list) and isinstance(g["tallies"], list)


def test_evidence_is_verbatim(gold):
    for g in gold.values():
        for item in g["events"] + g["tallies"]:
            assert item["evidence"] and item["evidence"] in g["text"], (g["doc_id"], item["evidence"])


def _check_count(count, where):
    if count is None:
        return
    assert set(count) == {"value", "qualifier"}, where
    assert isinstance(count["value"], int) and count["value"] >= 0, where
    assert count["qualifier"] in QUALIFIERS, where


def test_events_use_guideline_vocabularies(gold):
    for g in gold.values():
        published = date.fromisoformat(g["published"])
        for e in g["events"]:
            where = (g["doc_id"], e["evidence"][:50])
            assert e["sub_type"] in TYPES[e["type"]], where
            assert set(e["forms"]) <= FORMS, where
            assert set(e["actors"]) <= ACTORS and set(e["opponents"]) <= ACTORS, where
            assert set(e["state_response"]) <= STATE_RESPONSES, where
            assert set(e["demands"]) <= DEMANDS, where
            place = e["place"]
            assert place["name"] and place["country"] == "PE", where
            assert place["admin1"] is None or place["admin1"] in PERU_ADMIN1, where
            start, end = (date.fromisoformat(e["date"][k]) for k in ("start", "end"))
            # Real events of the period, never after the article reporting them.
            assert PERIOD[0] <= start <= end <= published, where
            for name in COUNTS:
                _check_count(e[name], (*where, name))
            if e["participants"] is not None:
                p = e["participants"]
                assert set(p) == {"low", "high", "qualifier"}, where
                assert 0 < p["low"] <= p["high"] and p["qualifier"] in QUALIFIERS, where


def test_tallies_use_guideline_vocabularies(gold):
    tallies = [(g, t) for g in gold.values() for t in g["tallies"]]
    assert len(tallies) >= 5
    assert {t["measure"] for _, t in tallies} >= {"fatalities", "press_aggressions", "extortion_cases"}
    for g, t in tallies:
        assert t["measure"] in MEASURES and t["qualifier"] in QUALIFIERS, g["doc_id"]
        assert isinstance(t["value"], int) and t["value"] > 0 and t["scope"], g["doc_id"]
        start, end = (date.fromisoformat(t["period"][k]) for k in ("start", "end"))
        assert start <= end <= date.fromisoformat(g["published"]), g["doc_id"]


def test_gold_covers_every_event_family_and_protests_per_region(gold):
    events = [e for g in gold.values() for e in g["events"]]
    assert {e["type"] for e in events} >= {"protest", "riot", "strategic_development"}
    assert {e["sub_type"] for e in events} >= {
        "peaceful", "intervention", "excessive_force", "mob_violence", "state_measure", "arrests",
    }
    # "One event per region": some article names several regions for one kind of protest
    # on one day ...
    per_doc_regions = [
        {e["place"]["admin1"] for e in g["events"] if e["type"] == "protest" and e["date"] and e["date"]["start"] == day}
        for g in gold.values()
        for day in {e["date"]["start"] for e in g["events"] if e["date"]}
    ]
    assert max(len(r) for r in per_doc_regions) >= 3
    # ... while one decree over several regions is one national measure, as the dev gold codes it.
    assert any(e["place"]["admin1"] is None and e["sub_type"] == "state_measure" for e in events)
    assert any(e["place"]["admin1"] is None for e in events)  # a nationwide event


def test_non_events_calls_and_tally_only_articles_exist(articles, gold):
    empty = [d for d, g in gold.items() if not g["events"] and not g["tallies"]]
    assert len(empty) >= 3  # non-protest stories and a pure call to protest
    tally_only = [d for d, g in gold.items() if not g["events"] and g["tallies"]]
    assert tally_only
    # A call: an article without events whose incident is later reported with events.
    by_incident = defaultdict(list)
    for a in articles:
        if a["incident"]:
            by_incident[a["incident"]].append(a)
    calls = [
        a for group in by_incident.values() for a in group
        if not gold[a["doc_id"]]["events"]
        and any(gold[b["doc_id"]]["events"] and b["published"] > a["published"] for b in group)
    ]
    assert calls


def _figures(g: dict, admin1: str) -> tuple:
    """The largest fatality and arrest counts an article gives for one region."""
    evs = [e for e in g["events"] if e["place"]["admin1"] == admin1]
    return tuple(
        max((e[k]["value"] for e in evs if e[k]), default=None) for k in ("fatalities", "arrests")
    )


def test_incidents_reported_repeatedly_with_different_figures(articles, gold):
    groups = defaultdict(list)
    for a in articles:
        if a["incident"]:
            groups[a["incident"]].append(a)
    conflicting = []
    for tag, group in groups.items():
        if len(group) < 2:
            continue
        event_docs = [gold[a["doc_id"]] for a in group if gold[a["doc_id"]]["events"]]
        regions = set.intersection(
            *({e["place"]["admin1"] for e in g["events"]} for g in event_docs)
        ) if len(event_docs) >= 2 else set()
        for admin1 in regions:
            figures = {_figures(g, admin1) for g in event_docs}
            if (
                len(figures) > 1
                and {a["lang"] for a in group} == {"en", "es"}
                and len({a["published"] for a in group}) > 1
            ):
                conflicting.append(tag)
                break
    assert len(conflicting) >= 3, conflicting


def test_gold_reads_with_the_evaluation_loader():
    gold_mod = pytest.importorskip("kipu.evaluate.gold")
    docs = gold_mod.load_gold([corpus.gold_path()])
    assert len(docs) == len(corpus.load_sample())
    assert all(d.text and d.published for d in docs)


# --------------------------------------------------------------------------- copyright guard




def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _shared_texts(shared: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in (shared / "corpus").rglob("*.txt")]
    for path in (shared / "eval" / "dev").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line).get("text") or ""))
    return texts


@pytest.mark.shared
def test_sample_texts_are_not_copied_from_shared_material(shared_dir, articles):
    """Only our own sentences may ship: no 8-word run shared with third-party text."""
    theirs: set[tuple[str, ...]] = set()
    for text in _shared_texts(shared_dir):
        theirs |= _shingles(text)
    assert theirs, "no shared texts found"
    for a in articles:
        overlap = _shingles(a["text"]) & theirs
        assert not overlap, (a["doc_id"], [" ".join(s) for s in list(overlap)[:3]])
