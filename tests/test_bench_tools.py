"""The benchmark corpus generator and the extraction benchmark's measuring code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_extract  # noqa: E402
import generate  # noqa: E402


def test_generator_is_reproducible_long_and_bilingual():
    a = list(generate.generate(6, seed=5))
    assert a == list(generate.generate(6, seed=5))
    assert a != list(generate.generate(6, seed=6))
    assert [r["lang"] for r in a] == ["es", "en"] * 3
    words = [len(r["text"].split()) for r in a]
    assert all(780 <= w <= 1000 for w in words), words
    assert len({r["doc_id"] for r in a}) == 6
    for r in a:
        assert "2022-12-07" <= r["published"] <= "2024-12-02"
        assert r["text"].count("\n\n") >= 5  # paragraphs, as news has


def test_generated_articles_are_not_near_duplicates_of_each_other():
    from kipu.ingest.dedup import NearDuplicateIndex, signature

    index = NearDuplicateIndex()
    for i, row in enumerate(generate.generate(40, seed=2)):
        mh = signature(row["text"])
        assert index.candidates(mh) == [], f"article {i} looks like an earlier one"
        index.add(i, mh)


def test_generated_articles_report_events_in_real_peruvian_places():
    from datetime import date

    from kipu.extract.pipeline import Extractor

    extractor = Extractor()
    found = 0
    for row in generate.generate(6, seed=3):
        ex = extractor.extract(row["text"], published=date.fromisoformat(row["published"]), lang=row["lang"])
        found += any(e.place is not None and e.place.country == "PE" for e in ex.events)
    assert found >= 4


@pytest.mark.slow
def test_kipu_child_measures_throughput_and_rss(tmp_path):
    corpus = generate.write(4, tmp_path / "c.jsonl", seed=1)
    stats = bench_extract._run_child("kipu", corpus, repeat=1)
    assert stats["cpu_s"] > 0 and stats["wall_s"] > 0 and 10 < stats["peak_rss_mb"] < 2000
    rates = bench_extract._rates(stats, 4, 3200, 1)
    assert rates["articles_per_core_s"] == pytest.approx(4 / stats["cpu_s"])
    assert rates["words_per_core_s"] == pytest.approx(800 * rates["articles_per_core_s"])
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4
