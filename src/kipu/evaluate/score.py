"""The scorer of GUIDELINES.md §4: events matched as incidents, then fields.

It works on plain dicts in the guideline schema (a gold line, or a
``kipu extract`` line), so that gold files, saved predictions and live
extractor output are all scored by one code path.

Decisions the guideline leaves open, fixed here so scores are comparable:

* **admin1** is compared after NFC normalisation, case folding and removal of
  accents ("Áncash" == "ancash"); an empty string counts as null, and two
  nulls are the same admin1.
* **country** defaults to ``PE`` when missing or null; compared upper-case.
* **Precision / recall** count only matches, false positives and misses;
  splits and merges are reported apart and enter neither denominator.
* **Field accuracies** are over matched pairs. A null on both sides is a
  correct agreement (the article gave no figure and neither did we); a value
  against a null is wrong. Counts compare ``value`` (fatalities, injuries,
  arrests) or ``low`` (participants). ``*_reported`` variants restrict to
  pairs where at least one side has a value, because null-null agreement
  otherwise dominates.
* **Set F1** of forms, actors, state_response and demands is *macro*: the F1
  of each matched pair's two sets, averaged over pairs; two empty sets score
  1.0, one empty set against a non-empty one scores 0.0.
* **Tallies** match one-to-one within a document on (measure, value), greedy
  in prediction order; P/R/F1 are micro over all tallies.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

FAMILIES: dict[str, str] = {
    "protest": "demonstration",
    "riot": "demonstration",
    "violence_against_civilians": "violence",
    "strategic_development": "strategic",
}
COUNT_FIELDS = ("participants", "fatalities", "injuries", "arrests")
SET_FIELDS = ("forms", "actors", "state_response", "demands")
DEFAULT_COUNTRY = "PE"
ONE_DAY = timedelta(days=1)
MAX_EXTRA_DAYS = 7

Event = Mapping[str, Any]


# --- normalisation -----------------------------------------------------------


def norm_place(name: str | None) -> str | None:
    """NFC + casefold + accent strip, so spelling variants of a region agree."""
    if name is None:
        return None
    text = unicodedata.normalize("NFC", str(name)).casefold().strip()
    text = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )
    return text or None


def family(event: Event) -> str | None:
    """The §4 family; an unknown type is its own family (never matches others)."""
    etype = event.get("type")
    return FAMILIES.get(etype, etype) if etype else None


def _place(event: Event) -> Mapping[str, Any]:
    return event.get("place") or {}


def admin1(event: Event) -> str | None:
    """The first-level division, as the gazetteer's id when it knows the name.

    Two spellings of one division ("Metropolitana", "Región Metropolitana de
    Santiago") are the same admin1; names the gazetteer does not know are
    compared as normalised text.
    """
    name = _place(event).get("admin1")
    return _canonical_admin1(norm_place(name), country(event)) if name else None


@lru_cache(maxsize=4096)
def _canonical_admin1(name: str | None, iso: str) -> str | None:
    if name is None:
        return None
    from kipu.geo.gazetteer import Gazetteer

    for entry in Gazetteer.load().lookup(name, country=iso):
        if entry.kind in ("department", "admin1"):
            return f"{iso}:{entry.id}"
    return name


def country(event: Event) -> str:
    value = _place(event).get("country") or DEFAULT_COUNTRY
    return str(value).strip().upper()


def date_range(event: Event) -> tuple[date, date] | None:
    """(start, end) or None; a missing end means a one-day range.

    An unparseable date counts as no date, so one malformed prediction file
    line lowers the score instead of aborting the evaluation.
    """
    d = event.get("date")
    if not isinstance(d, Mapping) or not d.get("start"):
        return None
    try:
        start = date.fromisoformat(str(d["start"])[:10])
        end = date.fromisoformat(str(d.get("end") or d["start"])[:10])
    except ValueError:
        return None
    return (start, end) if end >= start else (end, start)


# --- compatibility and matching ------------------------------------------------


def dates_compatible(pred: Event, gold: Event) -> bool:
    """Overlap or adjacency within a day; prediction at most 7 days longer."""
    g = date_range(gold)
    if g is None:
        return True
    p = date_range(pred)
    if p is None:
        return False
    near = p[0] <= g[1] + ONE_DAY and g[0] <= p[1] + ONE_DAY
    extra = (p[1] - p[0]) - (g[1] - g[0])
    return near and extra <= timedelta(days=MAX_EXTRA_DAYS)


def compatible(pred: Event, gold: Event) -> bool:
    """Same family, admin1 and country, and compatible dates (§4)."""
    return (
        family(pred) is not None
        and family(pred) == family(gold)
        and admin1(pred) == admin1(gold)
        and country(pred) == country(gold)
        and dates_compatible(pred, gold)
    )


@dataclass
class Alignment:
    """How one document's predictions line up with its gold events (indices)."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # (pred, gold)
    false_positives: list[int] = field(default_factory=list)  # pred
    misses: list[int] = field(default_factory=list)  # gold
    splits: list[tuple[int, int]] = field(default_factory=list)  # (pred, matched gold)
    merges: list[tuple[int, int]] = field(default_factory=list)  # (gold, matched pred)


def align(preds: list[Event], golds: list[Event]) -> Alignment:
    """Greedy matching in prediction order, exactly as §4 describes it."""
    out = Alignment()
    gold_to_pred: dict[int, int] = {}
    for i, pred in enumerate(preds):
        compat = [j for j, gold in enumerate(golds) if compatible(pred, gold)]
        free = [j for j in compat if j not in gold_to_pred]
        if free:
            gold_to_pred[free[0]] = i
            out.pairs.append((i, free[0]))
        elif compat:
            out.splits.append((i, compat[0]))
        else:
            out.false_positives.append(i)
    matched_preds = [i for i, _ in out.pairs]
    for j, gold in enumerate(golds):
        if j in gold_to_pred:
            continue
        partner = next((i for i in matched_preds if compatible(preds[i], gold)), None)
        if partner is None:
            out.misses.append(j)
        else:
            out.merges.append((j, partner))
    return out


# --- field agreement on matched pairs -----------------------------------------


def _start(event: Event) -> str | None:
    r = date_range(event)
    return r[0].isoformat() if r else None


def count_value(event: Event, name: str) -> int | None:
    """The compared number: ``low`` for participants, ``value`` otherwise."""
    c = event.get(name)
    if not c:
        return None
    key = "low" if name == "participants" else "value"
    v = c.get(key, c.get("value") if key == "low" else None)
    return None if v is None else int(v)


def set_f1(pred: Iterable[str] | None, gold: Iterable[str] | None) -> float:
    """F1 of two label sets; two empty sets agree perfectly."""
    p, g = set(pred or ()), set(gold or ())
    if not p and not g:
        return 1.0
    tp = len(p & g)
    return 2 * tp / (len(p) + len(g))


def compare_pair(pred: Event, gold: Event) -> dict[str, Any]:
    """Per-field agreement of one matched pair (booleans, None, or F1 floats).

    A count field is ``None`` under its ``*_reported`` key when both sides are
    null, so those pairs drop out of the reported-only accuracy.
    """
    out: dict[str, Any] = {
        "type": pred.get("type") == gold.get("type"),
        "sub_type": pred.get("sub_type") == gold.get("sub_type"),
        "start_date": _start(pred) == _start(gold),
    }
    for name in COUNT_FIELDS:
        pv, gv = count_value(pred, name), count_value(gold, name)
        out[name] = pv == gv
        out[f"{name}_reported"] = None if pv is None and gv is None else pv == gv
    for name in SET_FIELDS:
        out[name] = set_f1(pred.get(name), gold.get(name))
    return out


# --- tallies ---------------------------------------------------------------------


def align_tallies(preds: list[Event], golds: list[Event]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one (measure, value) matching: (pairs, false positives, misses)."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    fps: list[int] = []
    for i, t in enumerate(preds):
        key = (t.get("measure"), _int(t.get("value")))
        j = next(
            (j for j, g in enumerate(golds)
             if j not in used and (g.get("measure"), _int(g.get("value"))) == key),
            None,
        )
        if j is None:
            fps.append(i)
        else:
            used.add(j)
            pairs.append((i, j))
    misses = [j for j in range(len(golds)) if j not in used]
    return pairs, fps, misses


def _int(v: Any) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


# --- documents and corpora ----------------------------------------------------


@dataclass
class DocResult:
    """Everything needed to explain one document's score."""

    doc_id: str
    lang: str
    gold: dict[str, Any]
    pred: dict[str, Any]
    alignment: Alignment
    fields: list[dict[str, Any]]  # one per matched pair, same order as pairs
    tally_pairs: list[tuple[int, int]]
    tally_fps: list[int]
    tally_misses: list[int]

    def to_dict(self) -> dict[str, Any]:
        """Per-document detail for error analysis (indices into events lists)."""
        ge, pe = self.gold.get("events", []), self.pred.get("events", [])
        gt, pt = self.gold.get("tallies", []), self.pred.get("tallies", [])
        a = self.alignment
        return {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "matches": [
                {"pred": i, "gold": j, "fields": f, "pred_event": brief(pe[i]), "gold_event": brief(ge[j])}
                for (i, j), f in zip(a.pairs, self.fields)
            ],
            "false_positives": [{"pred": i, "pred_event": brief(pe[i])} for i in a.false_positives],
            "misses": [{"gold": j, "gold_event": brief(ge[j])} for j in a.misses],
            "splits": [{"pred": i, "gold": j, "pred_event": brief(pe[i])} for i, j in a.splits],
            "merges": [{"gold": j, "pred": i, "gold_event": brief(ge[j])} for j, i in a.merges],
            "tallies": {
                "matches": [{"pred": i, "gold": j} for i, j in self.tally_pairs],
                "false_positives": [_tally_brief(pt[i]) for i in self.tally_fps],
                "misses": [_tally_brief(gt[j]) for j in self.tally_misses],
            },
        }


def brief(event: Event) -> dict[str, Any]:
    """The keys matching looks at, for readable error listings."""
    r = date_range(event)
    return {
        "type": event.get("type"),
        "sub_type": event.get("sub_type"),
        "place": _place(event).get("name"),
        "admin1": _place(event).get("admin1"),
        "country": country(event),
        "date": [r[0].isoformat(), r[1].isoformat()] if r else None,
        "evidence": event.get("evidence"),
    }


def _tally_brief(t: Event) -> dict[str, Any]:
    return {"measure": t.get("measure"), "value": t.get("value"), "scope": t.get("scope")}


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> DocResult:
    """Score one document; a missing prediction is an empty one."""
    pred = dict(pred or {})
    golds = list(gold.get("events") or [])
    preds = list(pred.get("events") or [])
    a = align(preds, golds)
    fields = [compare_pair(preds[i], golds[j]) for i, j in a.pairs]
    tp, tfp, tfn = align_tallies(list(pred.get("tallies") or []), list(gold.get("tallies") or []))
    return DocResult(
        doc_id=str(gold.get("doc_id", "")),
        lang=str(gold.get("lang") or pred.get("lang") or "und"),
        gold=dict(gold),
        pred=pred,
        alignment=a,
        fields=fields,
        tally_pairs=tp,
        tally_fps=tfp,
        tally_misses=tfn,
    )


def prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    """Precision, recall, F1; None where the denominator is zero.

    F1 is ``2tp / (2tp + fp + fn)`` (the harmonic mean when P and R exist), so
    a system that predicts nothing scores F1 0.0 rather than "undefined".
    """
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return {"precision": p, "recall": r, "f1": f}


def aggregate(results: Iterable[DocResult]) -> dict[str, Any]:
    """Sum document results into the §4 figures."""
    results = list(results)
    tp = sum(len(r.alignment.pairs) for r in results)
    fp = sum(len(r.alignment.false_positives) for r in results)
    fn = sum(len(r.alignment.misses) for r in results)
    pairs = [f for r in results for f in r.fields]
    fields: dict[str, dict[str, Any]] = {}
    keys = ["type", "sub_type", "start_date"]
    keys += [k for c in COUNT_FIELDS for k in (c, f"{c}_reported")]
    for key in keys:
        vals = [f[key] for f in pairs if f[key] is not None]
        fields[key] = {"accuracy": (sum(vals) / len(vals)) if vals else None, "n": len(vals)}
    for key in SET_FIELDS:
        vals = [f[key] for f in pairs]
        fields[key] = {"f1": (sum(vals) / len(vals)) if vals else None, "n": len(vals)}
    ttp = sum(len(r.tally_pairs) for r in results)
    tfp = sum(len(r.tally_fps) for r in results)
    tfn = sum(len(r.tally_misses) for r in results)
    return {
        "documents": len(results),
        "events": {
            **prf(tp, fp, fn),
            "matched": tp,
            "false_positives": fp,
            "misses": fn,
            "splits": sum(len(r.alignment.splits) for r in results),
            "merges": sum(len(r.alignment.merges) for r in results),
            "gold": sum(len(r.gold.get("events") or []) for r in results),
            "predicted": sum(len(r.pred.get("events") or []) for r in results),
        },
        "fields": fields,
        "tallies": {**prf(ttp, tfp, tfn), "matched": ttp, "false_positives": tfp, "misses": tfn},
    }


@dataclass
class Report:
    """Overall and per-language figures, plus the per-document results."""

    overall: dict[str, Any]
    by_lang: dict[str, dict[str, Any]]
    documents: list[DocResult]

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"overall": self.overall, "by_lang": self.by_lang}
        if details:
            out["documents"] = [d.to_dict() for d in self.documents]
        return out


def score(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any] | None]]) -> Report:
    """Score (gold, prediction) document pairs; language is the gold's."""
    results = [score_document(g, p) for g, p in pairs]
    langs = sorted({r.lang for r in results})
    return Report(
        overall=aggregate(results),
        by_lang={lang: aggregate(r for r in results if r.lang == lang) for lang in langs},
        documents=results,
    )
