"""The event list's paging at scale: capped counts and keyset cursors (both backends)."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from kipu.serve import create_app, queries
from kipu.serve.pages import browse
from kipu.store import Store
from kipu.store.filters import Cursor
from kipu.store.tables import EventRow


def _event(i: int, day: date | None, **kw: object) -> EventRow:
    return EventRow(
        type=kw.get("type", "protest"), sub_type="peaceful", date_start=day, date_end=day, place_name=f"Town {i}",
        admin1=kw.get("admin1", "Puno"), country="PE", evidence=f"march number {i}", review_status="new",
        sensitive=bool(kw.get("sensitive", False)),
    )


@pytest.fixture()
def client(db_url):
    """A database of 23 events: same-day ties, undated ones, a sensitive and a rejected one."""
    with Store.open(db_url) as store, store.session() as s:
        days = [date(2023, 1, 1 + i // 3) for i in range(18)]  # three events a day: ties broken by id
        s.add_all(_event(i, d) for i, d in enumerate(days))
        s.add_all([_event(18, None), _event(19, None), _event(20, date(2022, 12, 31), type="riot")])
        s.add(_event(21, date(2023, 1, 2), sensitive=True))
        rejected = _event(22, date(2023, 1, 2))
        rejected.review_status = "rejected"
        s.add(rejected)
    app = create_app(db_url)
    with TestClient(app) as c:
        yield c


def _start(event: dict) -> str | None:
    return event["date"]["start"] if event["date"] else None


def _walk(client: TestClient, params: dict[str, object]) -> list[int]:
    """Every id, following next_cursor from the first page."""
    ids: list[int] = []
    page = client.get("/api/events", params=params).json()
    while True:
        ids += [e["id"] for e in page["items"]]
        if page["next_cursor"] is None:
            return ids
        page = client.get("/api/events", params={**params, "after": page["next_cursor"]}).json()


def test_cursor_pages_equal_offset_pages_in_list_order(client):
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == 21 and everything["total_exact"] is True and everything["next_cursor"] is None
    ids = [e["id"] for e in everything["items"]]
    dates = [_start(e) for e in everything["items"]]
    # oldest first, undated last, ties by id; the public never sees the sensitive or rejected events
    assert dates[0] == "2022-12-31" and dates[-2:] == [None, None]
    assert dates[1:-2] == sorted(dates[1:-2])
    assert _walk(client, {"limit": 4}) == ids
    assert _walk(client, {"limit": 1}) == ids
    # with filters (a date range orders without the order index, same order)
    dated = client.get("/api/events", params={"date_from": "2023-01-02", "date_to": "2023-01-04", "limit": 500}).json()
    assert len(dated["items"]) == 9
    assert _walk(client, {"date_from": "2023-01-02", "date_to": "2023-01-04", "limit": 2}) == [e["id"] for e in dated["items"]]


def test_cursor_and_offset_agree_and_bad_cursors_are_rejected(client):
    first = client.get("/api/events", params={"limit": 5}).json()
    assert first["next_offset"] == 5 and first["next_cursor"]
    by_cursor = client.get("/api/events", params={"limit": 5, "after": first["next_cursor"]}).json()
    by_offset = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert by_cursor["items"] == by_offset["items"]
    # an undated event's cursor continues among the undated ones
    undated = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["items"] if _start(e) is None]
    after_first_undated = client.get("/api/events", params={"after": Cursor(None, undated[0]).encode()}).json()
    assert [e["id"] for e in after_first_undated["items"]] == undated[1:]
    for bad in ("x", "2023-13-01_4", "2023-01-01_", "_-3", "2023-01-01_1 OR 1=1"):
        assert client.get("/api/events", params={"after": bad}).status_code == 422, bad


def test_total_is_capped_and_flagged_with_pages_still_walking(client, monkeypatch):
    monkeypatch.setattr(queries, "COUNT_CAP", 10)
    first = client.get("/api/events", params={"limit": 4}).json()
    assert first["total"] == 10 and first["total_exact"] is False and first["next_offset"] == 4
    # past the cap the total is a lower bound that grows with what the pages have seen
    deep = client.get("/api/events", params={"limit": 4, "offset": 12}).json()
    assert deep["total"] == 17 and deep["total_exact"] is False and deep["next_offset"] == 16
    last = client.get("/api/events", params={"limit": 4, "offset": 20}).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None and last["next_cursor"] is None
    assert last["total"] == 21 and last["total_exact"] is True  # the last page knows the exact total
    # a narrow filter under the cap stays exact
    riots = client.get("/api/events", params={"type": "riot"}).json()
    assert riots["total"] == 1 and riots["total_exact"] is True
    assert len(_walk(client, {"limit": 3})) == 21
    # the page says "more than" and still offers the next page
    monkeypatch.setattr(browse, "PAGE_SIZE", 5)
    html = client.get("/events", headers={"Accept-Language": "en"}).text
    assert "more than 10 events" in html and "page=2" in html, html[html.find("result-count"):][:300]


def test_cursor_round_trip():
    for cursor in (Cursor(date(2024, 9, 1), 12), Cursor(None, 7)):
        assert Cursor.decode(cursor.encode()) == cursor


def test_filters_list_order_matches_database(db_url):
    """The order written for date filters (dated events only) sorts like the general one."""
    from kipu.store.filters import EventFilter, list_order

    with Store.open(db_url) as store, store.session() as s:
        s.add_all([_event(1, date(2023, 2, 1)), _event(2, None), _event(3, date(2023, 1, 1)), _event(4, date(2023, 1, 1))])
        s.flush()
        plain = list(s.scalars(select(EventRow.id).order_by(*list_order(EventFilter()))))
        dated = EventFilter(date_to=date(2030, 1, 1), include_sensitive=True)
        in_range = list(s.scalars(dated.apply(select(EventRow.id)).order_by(*list_order(dated))))
    assert len(plain) == 4 and plain[-1] == 2  # undated last
    assert in_range == plain[:-1]


def test_text_search_reads_evidence_place_and_region_and_follows_edits(db_url):
    """``q`` matches evidence, place or region, any case, never across two of them (both backends)."""
    from kipu.store.filters import EventFilter

    with Store.open(db_url) as store, store.session() as s:
        a = _event(1, date(2023, 3, 1), admin1="Cusco")
        a.evidence, a.place_name = "Los Ronderos bloquearon el puente", "Sicuani"
        b = _event(2, date(2023, 3, 2), admin1="Puno")
        b.evidence, b.place_name = "Comerciantes marcharon", "Ilave"
        s.add_all([a, b])
        s.flush()

        def found(text: str) -> list[int]:
            f = EventFilter(text=text)
            return sorted(s.scalars(f.apply(select(EventRow.id))))

        assert found("RONDEROS") == [a.id]  # evidence, other case
        assert found("sicuani") == [a.id]  # place
        assert found("puno") == [b.id]  # region
        assert found("archaron") == [b.id]  # inside a word
        assert found("puente sicuani") == [] and found("sicuani\x1fcusco") == []  # not across fields
        a.evidence = "Los ronderos levantaron el bloqueo"
        s.flush()
        assert found("puente") == [] and found("bloqueo") == [a.id]  # the search text follows an edit
