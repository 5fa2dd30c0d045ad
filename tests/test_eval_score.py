"""The §4 scorer on hand-built gold/prediction pairs."""

from __future__ import annotations

from typing import Any

import pytest

from kipu.evaluate.score import align, compatible, norm_place, prf, score, score_document, set_f1


def ev(
    type_: str = "protest",
    sub: str = "peaceful",
    admin1: str | None = "Puno",
    start: str | None = "2023-01-09",
    end: str | None = None,
    country: str | None = "PE",
    **fields: Any,
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": type_,
        "sub_type": sub,
        "forms": [],
        "date": None if start is None else {"start": start, "end": end or start},
        "place": {"name": admin1 or "Peru", "admin1": admin1, "country": country},
        "participants": None,
        "fatalities": None,
        "injuries": None,
        "arrests": None,
        "actors": [],
        "opponents": [],
        "state_response": [],
        "demands": [],
        "evidence": "",
    }
    event.update(fields)
    return event


def doc(events: list, tallies: list | None = None, lang: str = "es", doc_id: str = "d1") -> dict[str, Any]:
    return {"doc_id": doc_id, "lang": lang, "events": events, "tallies": tallies or []}


# --- compatibility -------------------------------------------------------------


def test_same_family_different_type_is_compatible_but_other_family_is_not():
    assert compatible(ev("riot", "violent_demonstration"), ev("protest", "peaceful"))
    assert not compatible(ev("strategic_development", "state_measure"), ev("protest", "peaceful"))
    assert not compatible(ev("violence_against_civilians", "attack"), ev("riot", "mob_violence"))


def test_admin1_compared_without_case_or_accents():
    assert norm_place("Áncash") == norm_place("ANCASH") == "ancash"
    assert compatible(ev(admin1="Áncash"), ev(admin1="ancash"))
    assert not compatible(ev(admin1="Cusco"), ev(admin1="Puno"))


def test_null_admin1_matches_only_null():
    assert compatible(ev(admin1=None), ev(admin1=None))
    assert not compatible(ev(admin1=None), ev(admin1="Lima"))
    assert not compatible(ev(admin1="Lima"), ev(admin1=None))


def test_country_defaults_to_peru_and_must_agree():
    pred = ev(admin1="Lima")
    pred["place"].pop("country")
    assert compatible(pred, ev(admin1="Lima", country="PE"))
    assert not compatible(ev(admin1="Pichincha", country="EC"), ev(admin1="Pichincha", country="PE"))
    assert compatible(ev(admin1="Pichincha", country="ec"), ev(admin1="Pichincha", country="EC"))


@pytest.mark.parametrize(
    ("pred_start", "pred_end", "expected"),
    [
        ("2023-01-10", "2023-01-10", True),  # inside the gold range
        ("2023-01-12", "2023-01-12", True),  # one day after it ends
        ("2023-01-13", "2023-01-13", False),  # two days after
        ("2023-01-08", "2023-01-08", True),  # one day before it starts
        ("2023-01-07", "2023-01-07", False),  # two days before
        ("2023-01-06", "2023-01-15", True),  # spans 9 days, gold 2: 7 longer
        ("2023-01-05", "2023-01-15", False),  # spans 10 days: 8 longer
    ],
)
def test_date_tolerance(pred_start, pred_end, expected):
    gold = ev(start="2023-01-09", end="2023-01-11")
    assert compatible(ev(start=pred_start, end=pred_end), gold) is expected


def test_predicted_range_seven_days_longer_is_the_limit():
    gold = ev(start="2023-01-10", end="2023-01-10")
    assert compatible(ev(start="2023-01-06", end="2023-01-13"), gold)  # 7 days longer
    assert not compatible(ev(start="2023-01-06", end="2023-01-14"), gold)  # 8 days longer


def test_undated_gold_is_compatible_but_undated_prediction_is_not():
    assert compatible(ev(start="2023-05-01"), ev(start=None))
    assert compatible(ev(start=None), ev(start=None))
    assert not compatible(ev(start=None), ev(start="2023-05-01"))


# --- matching ----------------------------------------------------------------------


def test_match_false_positive_and_miss():
    golds = [ev(admin1="Puno"), ev(admin1="Cusco")]
    preds = [ev(admin1="Puno"), ev(admin1="Tacna")]
    a = align(preds, golds)
    assert a.pairs == [(0, 0)]
    assert a.false_positives == [1]
    assert a.misses == [1]
    assert a.splits == [] and a.merges == []


def test_split_is_neither_false_positive_nor_miss():
    golds = [ev(admin1="Lima")]
    preds = [ev(admin1="Lima", sub="intervention"), ev(admin1="Lima")]
    a = align(preds, golds)
    assert a.pairs == [(0, 0)]
    assert a.splits == [(1, 0)]
    assert a.false_positives == [] and a.misses == []
    s = score([(doc(golds), doc(preds))]).overall["events"]
    assert (s["precision"], s["recall"], s["splits"]) == (1.0, 1.0, 1)


def test_merge_is_neither_false_positive_nor_miss():
    # One long prediction covers two gold events on neighbouring days.
    golds = [ev(start="2023-01-09"), ev(start="2023-01-10")]
    preds = [ev(start="2023-01-09", end="2023-01-10")]
    a = align(preds, golds)
    assert a.pairs == [(0, 0)]
    assert a.merges == [(1, 0)]
    assert a.misses == []
    s = score([(doc(golds), doc(preds))]).overall["events"]
    assert (s["precision"], s["recall"], s["merges"], s["misses"]) == (1.0, 1.0, 1, 0)


def test_greedy_order_takes_first_compatible_gold_not_the_best_assignment():
    golds = [ev(start="2023-01-09", end="2023-01-12"), ev(start="2023-01-10")]
    # pred 0 fits both golds and, going first, takes gold 0; pred 1 fits only
    # gold 0 (01-13 is a day after its end, three after gold 1), so it is a
    # split, and gold 1, left over but compatible with pred 0, is a merge.
    preds = [ev(start="2023-01-10"), ev(start="2023-01-13")]
    a = align(preds, golds)
    assert a.pairs == [(0, 0)]
    assert a.splits == [(1, 0)]
    assert a.merges == [(1, 0)]
    assert a.false_positives == [] and a.misses == []


def test_precision_recall_f1_counts():
    golds = [ev(admin1="Puno"), ev(admin1="Cusco"), ev(admin1="Lima")]
    preds = [ev(admin1="Puno"), ev(admin1="Cusco"), ev(admin1="Tacna"), ev(admin1="Junín")]
    s = score([(doc(golds), doc(preds))]).overall["events"]
    assert s["matched"] == 2 and s["false_positives"] == 2 and s["misses"] == 1
    assert s["precision"] == pytest.approx(0.5)
    assert s["recall"] == pytest.approx(2 / 3)
    assert s["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_no_predictions_gives_f1_zero_and_no_precision():
    s = score([(doc([ev()]), doc([]))]).overall["events"]
    assert s["precision"] is None and s["recall"] == 0.0 and s["f1"] == 0.0
    assert prf(0, 0, 0)["f1"] is None


def test_missing_prediction_document_counts_as_empty():
    r = score_document(doc([ev(), ev(admin1="Lima")]), None)
    assert r.alignment.misses == [0, 1]


# --- fields on matched pairs ----------------------------------------------------


def test_field_accuracies_on_matched_pairs():
    gold = ev(
        "protest", "excessive_force", start="2023-01-09",
        fatalities={"value": 18, "qualifier": "at_least"},
        participants={"low": 2000, "high": 9999, "qualifier": "about"},
        forms=["roadblock", "march"], actors=["protesters"], state_response=["live_ammunition", "killings"],
    )
    pred = ev(
        "riot", "excessive_force", start="2023-01-10",
        fatalities={"value": 18, "qualifier": "exact"},
        participants={"low": 2000, "high": 2000, "qualifier": "exact"},
        injuries={"value": 5, "qualifier": "exact"},
        forms=["roadblock"], actors=["protesters"], state_response=["live_ammunition"],
    )
    f = score([(doc([gold]), doc([pred]))]).overall["fields"]
    assert f["type"]["accuracy"] == 0.0
    assert f["sub_type"]["accuracy"] == 1.0
    assert f["start_date"]["accuracy"] == 0.0
    assert f["fatalities"]["accuracy"] == 1.0  # value agrees; qualifier is not scored
    assert f["participants"]["accuracy"] == 1.0  # low end
    assert f["injuries"]["accuracy"] == 0.0  # 5 vs null
    assert f["arrests"]["accuracy"] == 1.0  # null == null
    assert f["arrests_reported"]["n"] == 0 and f["arrests_reported"]["accuracy"] is None
    assert f["injuries_reported"]["n"] == 1
    assert f["forms"]["f1"] == pytest.approx(2 / 3)
    assert f["actors"]["f1"] == 1.0
    assert f["state_response"]["f1"] == pytest.approx(2 / 3)
    assert f["demands"]["f1"] == 1.0  # two empty sets


def test_set_f1_is_macro_over_pairs():
    assert set_f1([], []) == 1.0
    assert set_f1(["march"], []) == 0.0
    assert set_f1(["a", "b"], ["b", "c"]) == pytest.approx(0.5)
    golds = [ev(admin1="Puno", forms=["march"]), ev(admin1="Lima", forms=["strike"])]
    preds = [ev(admin1="Puno", forms=["march"]), ev(admin1="Lima", forms=[])]
    f = score([(doc(golds), doc(preds))]).overall["fields"]["forms"]
    assert f["f1"] == pytest.approx(0.5) and f["n"] == 2


# --- languages and tallies -----------------------------------------------------


def test_per_language_figures_use_the_gold_language():
    es_gold = doc([ev(admin1="Puno")], lang="es", doc_id="a")
    en_gold = doc([ev(admin1="Lima")], lang="en", doc_id="b")
    es_pred = doc([ev(admin1="Puno")], lang="en", doc_id="a")  # pred lang ignored
    en_pred = doc([ev(admin1="Cusco")], lang="en", doc_id="b")
    rep = score([(es_gold, es_pred), (en_gold, en_pred)])
    assert set(rep.by_lang) == {"es", "en"}
    assert rep.by_lang["es"]["events"]["f1"] == 1.0
    assert rep.by_lang["en"]["events"]["f1"] == 0.0
    assert rep.overall["events"]["f1"] == pytest.approx(0.5)
    assert rep.overall["documents"] == 2


def tally(measure: str, value: int) -> dict[str, Any]:
    return {"measure": measure, "value": value, "qualifier": "exact", "scope": "", "country": "PE",
            "period": None, "attributed_to": None, "evidence": ""}


def test_tallies_match_on_measure_and_value_one_to_one():
    gold = doc([], [tally("fatalities", 49), tally("injuries", 49), tally("arrests", 300)])
    pred = doc([], [tally("fatalities", 49), tally("fatalities", 49), tally("arrests", 30)])
    t = score([(gold, pred)]).overall["tallies"]
    assert (t["matched"], t["false_positives"], t["misses"]) == (1, 2, 2)
    assert t["precision"] == pytest.approx(1 / 3) and t["recall"] == pytest.approx(1 / 3)


def test_details_name_what_matched_and_what_did_not():
    golds = [ev(admin1="Puno"), ev(admin1="Cusco")]
    preds = [ev(admin1="Puno", sub="intervention"), ev(admin1="Tacna")]
    d = score([(doc(golds), doc(preds))]).to_dict(details=True)["documents"][0]
    assert d["matches"][0]["fields"]["sub_type"] is False
    assert d["false_positives"][0]["pred_event"]["admin1"] == "Tacna"
    assert d["misses"][0]["gold_event"]["admin1"] == "Cusco"


def test_malformed_predicted_date_counts_as_undated():
    bad = ev(start="sometime")
    assert not compatible(bad, ev(start="2023-01-09"))
    assert compatible(bad, ev(start=None))
