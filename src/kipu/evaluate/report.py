"""Rendering a score Report for people: one table, a column per language.

Kept apart from the scorer so the figures stay plain data (``--json``) and
only this module knows about rich.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kipu.evaluate.score import COUNT_FIELDS, SET_FIELDS, Report


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def _rows() -> list[tuple[str, Any]]:
    """(label, getter) for each line of the table, in reading order."""
    rows: list[tuple[str, Any]] = [
        ("documents", lambda s: s["documents"]),
        ("gold events", lambda s: s["events"]["gold"]),
        ("predicted events", lambda s: s["events"]["predicted"]),
        ("event precision", lambda s: s["events"]["precision"]),
        ("event recall", lambda s: s["events"]["recall"]),
        ("event F1", lambda s: s["events"]["f1"]),
        ("matched / FP / missed", lambda s: "{matched} / {false_positives} / {misses}".format(**s["events"])),
        ("splits", lambda s: s["events"]["splits"]),
        ("merges", lambda s: s["events"]["merges"]),
        ("type accuracy", lambda s: s["fields"]["type"]["accuracy"]),
        ("sub_type accuracy", lambda s: s["fields"]["sub_type"]["accuracy"]),
        ("start date accuracy", lambda s: s["fields"]["start_date"]["accuracy"]),
    ]
    for name in COUNT_FIELDS:
        rows.append((f"{name} accuracy", lambda s, n=name: s["fields"][n]["accuracy"]))
        rows.append(
            (
                f"  {name} (reported, n)",
                lambda s, n=name: f"{_fmt(s['fields'][n + '_reported']['accuracy'])} "
                f"({s['fields'][n + '_reported']['n']})",
            )
        )
    for name in SET_FIELDS:
        rows.append((f"{name} set F1", lambda s, n=name: s["fields"][n]["f1"]))
    rows += [
        ("tally precision", lambda s: s["tallies"]["precision"]),
        ("tally recall", lambda s: s["tallies"]["recall"]),
        ("tally F1", lambda s: s["tallies"]["f1"]),
    ]
    return rows


def summary_table(report: Report) -> Table:
    table = Table(title="kipu eval (GUIDELINES §4)")
    table.add_column("metric")
    table.add_column("overall", justify="right")
    for lang in report.by_lang:
        table.add_column(lang, justify="right")
    for label, get in _rows():
        cells = [get(report.overall)] + [get(s) for s in report.by_lang.values()]
        table.add_row(label, *(_fmt(c) for c in cells))
    return table


def _ev(e: dict[str, Any]) -> str:
    date = "..".join(e["date"]) if e["date"] else "no date"
    return f"{e['type']}/{e['sub_type']} @ {e['place']} [{e['admin1']}, {e['country']}] {date}"


def print_details(report: Report, console: Console) -> None:
    """Per document: matches with their disagreeing fields, FPs, misses, splits, merges."""
    for doc in report.documents:
        d = doc.to_dict()
        console.rule(escape(f"{d['doc_id']} ({d['lang']})"))
        for m in d["matches"]:
            wrong = [k for k, v in m["fields"].items() if v is False or (isinstance(v, float) and v < 1.0)]
            wrong = [k for k in wrong if not k.endswith("_reported")]
            tail = f"  differs: {', '.join(wrong)}" if wrong else ""
            console.print(f"  MATCH  gold#{m['gold']} {_ev(m['gold_event'])}  <-  pred#{m['pred']} {_ev(m['pred_event'])}{tail}", markup=False, soft_wrap=True)
        for f in d["false_positives"]:
            console.print(f"  FP     pred#{f['pred']} {_ev(f['pred_event'])}", markup=False, soft_wrap=True)
            if f["pred_event"].get("evidence"):
                console.print(f"         \"{f['pred_event']['evidence']}\"", markup=False, soft_wrap=True)
        for m in d["misses"]:
            console.print(f"  MISS   gold#{m['gold']} {_ev(m['gold_event'])}", markup=False, soft_wrap=True)
        for s in d["splits"]:
            console.print(f"  SPLIT  pred#{s['pred']} {_ev(s['pred_event'])} (gold#{s['gold']} already matched)", markup=False, soft_wrap=True)
        for m in d["merges"]:
            console.print(f"  MERGE  gold#{m['gold']} {_ev(m['gold_event'])} (into pred#{m['pred']})", markup=False, soft_wrap=True)
        t = d["tallies"]
        for x in t["false_positives"]:
            console.print(f"  TALLY FP   {x['measure']}={x['value']} {x.get('scope') or ''}", markup=False, soft_wrap=True)
        for x in t["misses"]:
            console.print(f"  TALLY MISS {x['measure']}={x['value']} {x.get('scope') or ''}", markup=False, soft_wrap=True)
