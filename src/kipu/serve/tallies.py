"""Tally series for the API and the toll chart, from :func:`kipu.resolve.tally_series`.

Adds what a page needs on top of the series (the document page each point
links to) and drops series the chart cannot draw (no dated points).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kipu.resolve import tally_series
from kipu.serve.charts import TallyPoint, TallySeries
from kipu.store.tables import DocumentRow


def series_json(session: Session) -> list[dict[str, Any]]:
    return [s.to_dict() for s in tally_series(session)]


def chart_series(session: Session, t: Any, max_series: int = 6) -> list[TallySeries]:
    """Series with at least one dated point, longest first, as chart input with links and tooltips."""
    raw = [s for s in tally_series(session) if any(p.as_of for p in s.points)]
    raw.sort(key=lambda s: (-len(s.points), s.measure, s.scope))
    doc_ids = {p.doc_id for s in raw for p in s.points}
    pks = dict(session.execute(select(DocumentRow.doc_id, DocumentRow.id).where(DocumentRow.doc_id.in_(doc_ids or {""}))).all())
    out = []
    for s in raw[:max_series]:
        points = [
            TallyPoint(
                as_of=p.as_of,
                value=p.value,
                label=t(
                    "dash.tally_point",
                    date=p.as_of.isoformat(),
                    value=p.value,
                    qualifier=t.label("qualifier", p.qualifier),
                    source=p.source or p.doc_id,
                    attributed=p.attributed_to or "—",
                ),
                href=f"/documents/{pks[p.doc_id]}" if p.doc_id in pks else None,
            )
            for p in s.points
            if p.as_of
        ]
        name = f"{t.label('measure', s.measure)} — {s.scope}"
        out.append(TallySeries(name, points, tuple(t.label("flag", f) for f in s.flags)))
    return out
