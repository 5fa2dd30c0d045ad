"""Resolution writes events a page at a time (bounded memory); the page size changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from kipu.resolve import resolver
from kipu.store import Store
from kipu.store.tables import ClaimRow, EventMentionRow, EventRow

SHOWN = ("key", "type", "sub_type", "date_start", "date_end", "place_name", "admin1", "fatalities",
         "injuries", "arrests", "participants_low", "participants_high", "n_documents", "evidence", "actors")


def _snapshot(url: str) -> tuple[set, set, set]:
    """Events by shown values; claims per event key; mention -> event key."""
    with Store.open(url) as store, store.session() as s:
        events = {tuple(getattr(e, f) if not isinstance(getattr(e, f), list) else tuple(getattr(e, f)) for f in SHOWN)
                  for e in s.scalars(select(EventRow))}
        claims = set(
            s.execute(
                select(EventRow.key, ClaimRow.field, ClaimRow.mention_id, func.count())
                .join(ClaimRow, ClaimRow.event_id == EventRow.id)
                .group_by(EventRow.key, ClaimRow.field, ClaimRow.mention_id)
            ).all()
        )
        members = set(s.execute(select(EventMentionRow.id, EventRow.key).join(EventRow, EventRow.id == EventMentionRow.event_id)).all())
    return events, claims, members


@pytest.mark.parametrize("page", [1, 3, 7])
def test_page_size_does_not_change_the_result(sample_db_template: Path, tmp_path: Path, monkeypatch, page: int) -> None:
    """The sample corpus re-resolved from scratch, with pages of 1, 3 and 7 events, gives the
    same events, claims and memberships as the single-page run that built the template."""
    reference = _snapshot(f"sqlite:///{sample_db_template}")
    assert len(reference[0]) > 2 * page  # several pages really are written
    copy = tmp_path / "paged.sqlite"
    shutil.copy(sample_db_template, copy)
    url = f"sqlite:///{copy}"
    with Store.open(url) as store, store.session() as s:
        s.execute(delete(ClaimRow))
        s.execute(update(EventMentionRow).values(event_id=None))
        s.execute(delete(EventRow))
        s.commit()
        monkeypatch.setattr(resolver, "WRITE_PAGE", page)
        stats = resolver.resolve(s)
        s.commit()
    assert stats.created == len(reference[0])
    assert _snapshot(url) == reference
