"""Scoring kipu against third-party protest datasets (ACLED, IIS-UCR, GloCon, CASE 2021).

These datasets code one event (or one label) per row, not the guideline's
events per article, so each gets a small row-level comparison instead of the
§4 matcher. Functions here take a dataset row (a plain dict) and kipu's
prediction for its text (a ``kipu extract`` dict), so they can be tested with
hand-made predictions; reading the files and running the extractor is
``benchmarks/eval_external.py``'s job. How labels map is in
``external.yaml``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from kipu.evaluate.score import family, norm_place, prf

Row = Mapping[str, Any]
Pred = Mapping[str, Any]


@lru_cache(maxsize=1)
def mapping() -> dict[str, Any]:
    """The label mappings of ``external.yaml``."""
    return yaml.safe_load(resources.files("kipu.evaluate").joinpath("external.yaml").read_text("utf-8"))


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def demonstrations(pred: Pred) -> list[Mapping[str, Any]]:
    return [e for e in pred.get("events") or [] if family(e) == "demonstration"]


def pick_demonstration(pred: Pred) -> Mapping[str, Any] | None:
    """The most severe demonstration event (the first one among equals)."""
    severity = mapping()["severity"]
    best, best_rank = None, -1
    for e in demonstrations(pred):
        rank = severity.get(e.get("sub_type"), 0)
        if rank > best_rank:
            best, best_rank = e, rank
    return best


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


# --- ACLED -------------------------------------------------------------------------


def acled_fatalities(count: Mapping[str, Any] | None) -> int:
    """Our fatalities figure in ACLED's coding (no report = 0, vague words fixed)."""
    if not count or count.get("value") is None:
        return 0
    value = int(count["value"])
    if count.get("qualifier") == "at_least":
        value = mapping()["acled"]["vague_fatalities_at_least"].get(value, value)
    return value


def acled_row(row: Row, pred: Pred) -> dict[str, Any] | None:
    """Gold vs predicted fields for one ACLED row; None if not a demonstration row."""
    m = mapping()["acled"]
    gold_type = m["event_type"].get(row.get("event_type"))
    if gold_type is None:
        return None
    event = pick_demonstration(pred)
    place = (event or {}).get("place") or {}
    gold_fat = 0 if _missing(row.get("fatalities")) else int(float(row["fatalities"]))
    return {
        "detected": event is not None,
        "gold_type": gold_type,
        "pred_type": (event or {}).get("type"),
        "gold_sub_type": m["sub_event_type"].get(row.get("sub_event_type")),
        "pred_sub_type": (event or {}).get("sub_type"),
        "gold_admin1": None if _missing(row.get("admin1")) else row["admin1"],
        "pred_admin1": place.get("admin1"),
        "gold_fatalities": gold_fat,
        "pred_fatalities": acled_fatalities((event or {}).get("fatalities")) if event else None,
    }


def score_acled(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Detection rate, and field accuracy both on detected rows and end to end.

    ``*_accuracy`` is over rows where a demonstration was detected (the quality
    of what was found); ``*_accuracy_all`` counts an undetected row as wrong.
    """
    rows = [r for r in rows if r is not None]
    detected = [r for r in rows if r["detected"]]
    out: dict[str, Any] = {"rows": len(rows), "detected": len(detected), "detection_rate": _ratio(len(detected), len(rows))}
    checks = {
        "event_type": lambda r: r["pred_type"] == r["gold_type"],
        "sub_event_type": lambda r: r["pred_sub_type"] == r["gold_sub_type"],
        "admin1": lambda r: norm_place(r["pred_admin1"]) == norm_place(r["gold_admin1"]),
        "fatalities": lambda r: r["pred_fatalities"] == r["gold_fatalities"],
    }
    for name, ok in checks.items():
        good = sum(1 for r in detected if ok(r))
        out[f"{name}_accuracy"] = _ratio(good, len(detected))
        out[f"{name}_accuracy_all"] = _ratio(good, len(rows))
    return out


# --- IIS-UCR (Costa Rica) -------------------------------------------------------


def predicted_repression(pred: Pred) -> bool:
    """A detected demonstration with coercive state response or intervention."""
    soft = set(mapping()["non_coercive_responses"])
    for e in demonstrations(pred):
        if e.get("sub_type") in ("intervention", "excessive_force"):
            return True
        if any(s not in soft for s in e.get("state_response") or []):
            return True
    return False


def claims_making(pred: Pred) -> bool:
    """Whether the extractor set aside collective claims-making (a statement, a
    complaint filed, a meeting with authorities...; ``kipu.extract.claims``)
    of a kind IIS counts (``iis_ucr.claims_set_aside``)."""
    kinds = mapping()["iis_ucr"]["claims_set_aside"]
    return any(s.get("kind") in kinds for s in pred.get("set_aside") or [])


def iis_row(row: Row, pred: Pred) -> dict[str, Any]:
    """Detection and repression (gold None when the row's value is unmapped).

    ``detected`` is the strict reading (a demonstration event); ``claims``
    whether claims-making was set aside, which IIS also codes as protest
    (``detected or claims`` is the mapped reading)."""
    m = mapping()["iis_ucr"]
    value = row.get("Represión")
    gold = True if value in m["repression_yes"] else False if value in m["repression_no"] else None
    return {
        "detected": bool(demonstrations(pred)),
        "claims": claims_making(pred),
        "action": row.get("Tipo de Protesta") or "",
        "street": (row.get("Tipo de Protesta") or "") in m["street_actions"],
        "gold_repression": gold,
        "pred_repression": predicted_repression(pred),
        "gold_admin1": None if _missing(row.get("Provincia")) or row.get("Provincia") == "NA" else row.get("Provincia"),
        "pred_admin1": ((pick_demonstration(pred) or {}).get("place") or {}).get("admin1"),
    }


def _repression_prf(labelled: list[dict[str, Any]]) -> dict[str, Any]:
    tp = sum(1 for r in labelled if r["gold_repression"] and r["pred_repression"])
    fp = sum(1 for r in labelled if not r["gold_repression"] and r["pred_repression"])
    fn = sum(1 for r in labelled if r["gold_repression"] and not r["pred_repression"])
    return prf(tp, fp, fn)


def score_iis(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Share of rows with a detected protest; P/R/F1 of repression = yes.

    ``repression_street`` is the same agreement on street-action rows only:
    a row's ``Represión`` codes the state's response to that row's action, and
    the statements, complaints and meetings the guideline does not count as
    events share their text with street rows but rarely their response.
    """
    rows = list(rows)
    labelled = [r for r in rows if r["gold_repression"] is not None]
    agree = sum(1 for r in labelled if r["gold_repression"] == r["pred_repression"])
    street = [r for r in rows if r.get("street")]
    other = [r for r in rows if not r.get("street")]
    return {
        "rows": len(rows),
        "detection_rate": _ratio(sum(r["detected"] for r in rows), len(rows)),
        "detection_rate_mapped": _mapped_rate(rows),
        "street_rows": len(street),
        "detection_rate_street": _ratio(sum(r["detected"] for r in street), len(street)),
        "detection_rate_other": _ratio(sum(r["detected"] for r in other), len(other)),
        "detection_rate_other_mapped": _mapped_rate(other),
        "by_action": _by_action(rows),
        "repression_rows": len(labelled),
        "repression_gold_yes": sum(1 for r in labelled if r["gold_repression"]),
        "repression": _repression_prf(labelled),
        "repression_street": _repression_prf([r for r in labelled if r.get("street")]),
        "repression_accuracy": _ratio(agree, len(labelled)),
        **_province_accuracy(rows),
    }


def _province_accuracy(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Agreement with the row's ``Provincia`` (Costa Rica's first-level
    division) on rows that have one and where a demonstration was found. The
    summaries often name only a national body ("la Asamblea Legislativa") and
    the coder knows where it sits, so this is a floor on place resolution
    outside Peru, not a ceiling."""
    placed = [r for r in rows if r.get("detected") and r.get("gold_admin1")]
    good = sum(1 for r in placed if norm_place(r.get("pred_admin1")) == norm_place(r["gold_admin1"]))
    return {"admin1_rows": len(placed), "admin1_accuracy": _ratio(good, len(placed))}


def _mapped(r: dict[str, Any]) -> bool:
    return bool(r["detected"] or r.get("claims"))


def _mapped_rate(rows: list[dict[str, Any]]) -> float | None:
    """Share of rows with a demonstration or set-aside claims-making, IIS's
    reading of a protest; None when the rows carry no ``claims`` flag."""
    if not all("claims" in r for r in rows):
        return None
    return _ratio(sum(1 for r in rows if _mapped(r)), len(rows))


def _by_action(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Rows, strict and mapped detection per ``Tipo de Protesta``, largest first."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r.get("action") or "", []).append(r)
    return {
        action: {
            "rows": len(group),
            "detection_rate": _ratio(sum(1 for r in group if r["detected"]), len(group)),
            "detection_rate_mapped": _mapped_rate(group),
        }
        for action, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    }


# --- GloCon -------------------------------------------------------------------------


def glocon_contentious(pred: Pred) -> bool:
    """GloCon's wider reading of a document: a demonstration, or an event or a
    set-aside incident of a family or kind its classes also count (armed
    militancy, political violence); see ``glocon`` in external.yaml."""
    m = mapping()["glocon"]
    if any(family(e) in m["contentious_families"] for e in pred.get("events") or []):
        return True
    return any(s.get("kind") in m["contentious_set_aside"] for s in pred.get("set_aside") or [])


def glocon_row(row: Row, pred: Pred) -> dict[str, Any] | None:
    """Gold and predicted protest label of a document; None if unlabelled.

    ``pred`` is the strict reading (a demonstration event), ``pred_mapped``
    GloCon's wider contentious-politics reading (:func:`glocon_contentious`)."""
    m = mapping()["glocon"]
    label = row.get("label")
    if label in m["positive"]:
        gold = True
    elif label in m["negative"]:
        gold = False
    else:
        return None
    return {"gold": gold, "pred": bool(demonstrations(pred)), "pred_mapped": glocon_contentious(pred), "claims": claims_making(pred)}


def _document_prf(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    tp = sum(1 for r in rows if r["gold"] and r[key])
    fp = sum(1 for r in rows if not r["gold"] and r[key])
    fn = sum(1 for r in rows if r["gold"] and not r[key])
    return {**prf(tp, fp, fn), "accuracy": _ratio(sum(1 for r in rows if r["gold"] == r[key]), len(rows))}


def score_glocon(rows: Iterable[dict[str, Any] | None]) -> dict[str, Any]:
    """Protest-document classification P/R/F1 (positive class: protest), strict
    (demonstrations only) and under the mapping of GloCon's wider classes
    (``mapped``: demonstrations or recognised contentious incidents)."""
    rows = [r for r in rows if r is not None]
    return {
        "documents": len(rows),
        "gold_protest": sum(1 for r in rows if r["gold"]),
        **_document_prf(rows, "pred"),
        "mapped": _document_prf(rows, "pred_mapped") if all("pred_mapped" in r for r in rows) else None,
        # GloCon does not count claims-making without a crowd: how often the
        # set-aside IIS relies on fires on its non-protest documents (and on
        # its protest ones), as a check of that detector on independent text.
        "claims_rate_negative": _claims_rate([r for r in rows if not r["gold"]]),
        "claims_rate_positive": _claims_rate([r for r in rows if r["gold"]]),
    }


def _claims_rate(rows: list[dict[str, Any]]) -> float | None:
    if not all("claims" in r for r in rows):
        return None
    return _ratio(sum(1 for r in rows if r["claims"]), len(rows))


# --- CASE 2021 task 2 ----------------------------------------------------------------


def case_row(row: Row, pred: Pred) -> dict[str, Any]:
    """Gold class of a snippet (a sub_type if it is a protest class) and ours;
    also whether it is an armed-violence class and whether we set an incident
    aside (a check of the set-aside diagnostics against independent labels),
    and whether claims-making was set aside (the IIS mapping's detector)."""
    m = mapping()["case2021"]
    armed = mapping()["glocon"]["contentious_set_aside"]
    best = pick_demonstration(pred)
    return {
        "gold": m["protest_classes"].get(row.get("SubType")),
        "pred": best.get("sub_type") if best else None,
        "gold_armed": row.get("SubType") in m["armed_classes"],
        "set_aside": any(s.get("kind") in armed for s in pred.get("set_aside") or []),
        "claims": claims_making(pred),
    }


def score_case(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Protest-snippet detection P/R/F1 against 24 other event classes, and
    sub_type accuracy on the protest snippets we detect (and on all of them)."""
    rows = list(rows)
    tp = sum(1 for r in rows if r["gold"] and r["pred"])
    fp = sum(1 for r in rows if not r["gold"] and r["pred"])
    fn = sum(1 for r in rows if r["gold"] and not r["pred"])
    detected = [r for r in rows if r["gold"] and r["pred"]]
    gold = [r for r in rows if r["gold"]]
    right = sum(1 for r in detected if r["pred"] == r["gold"])
    return {
        "snippets": len(rows),
        "gold_protest": len(gold),
        **prf(tp, fp, fn),
        "sub_type_accuracy": _ratio(right, len(detected)),
        "sub_type_accuracy_all": _ratio(right, len(gold)),
        "set_aside_armed": _set_aside_prf(rows),
        # No CASE class is claims-making without a crowd: how often the
        # claims set-aside fires on non-protest snippets (and on protest ones).
        "claims_rate_non_protest": _claims_rate([r for r in rows if not r["gold"]]),
        "claims_rate_protest": _claims_rate([r for r in rows if r["gold"]]),
    }


def _set_aside_prf(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Set-aside incidents against CASE's armed-violence classes (positive) and
    every other class, protests included (negative)."""
    if not all("gold_armed" in r for r in rows):
        return None
    tp = sum(1 for r in rows if r["gold_armed"] and r["set_aside"])
    fp = sum(1 for r in rows if not r["gold_armed"] and r["set_aside"])
    fn = sum(1 for r in rows if r["gold_armed"] and not r["set_aside"])
    on_protests = [r for r in rows if r["gold"]]
    return {**prf(tp, fp, fn), "rate_on_protest_classes": _ratio(sum(1 for r in on_protests if r["set_aside"]), len(on_protests))}
