"""The anonymous read cache: replays only while no data changed, never across roles
or visitors, and a write from any process (here: a second Store, as `kipu ingest`
would be) is never followed by a stale read. Both backends."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from web_helpers import add_users, csrf_of, login

from kipu.auth.csrf import csrf_token
from kipu.auth.service import AuthService
from kipu.serve import create_app
from kipu.store import Store
from kipu.store.tables import (
    ClaimRow,
    DocumentRow,
    EventRow,
    SettingRow,
    UserSessionRow,
)
from kipu.store.versions import data_version, data_versions, written_names


def _event(i: int, **kw: object) -> EventRow:
    return EventRow(
        type="protest", sub_type="peaceful", date_start=date(2023, 1, 1 + i), date_end=None, place_name=f"Town {i}",
        admin1="Puno", country="PE", evidence=f"march number {i}", review_status="new", sensitive=bool(kw.get("sensitive", False)),
    )


@pytest.fixture()
def web(db_url):
    """(anonymous client, url, analyst token) on a database of five public events and one sensitive one."""
    with Store.open(db_url) as store, store.session() as s:
        s.add_all([_event(i) for i in range(5)] + [_event(5, sensitive=True)])
    add_users(db_url)
    with Store.open(db_url) as store, store.session() as s:
        auth = AuthService(s)
        token = auth.create_token(auth.find_user("ana"), "tests")[1]
    with TestClient(create_app(db_url)) as client:
        yield client, db_url, token


def _ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    return [e["id"] for e in response.json()["items"]]


def test_repeated_anonymous_reads_are_replayed_with_headers(web):
    client, _, _ = web
    first = client.get("/api/events")
    again = client.get("/api/events")
    assert first.status_code == again.status_code == 200
    assert "x-kipu-cache" not in first.headers and again.headers["x-kipu-cache"] == "hit"
    assert again.json() == first.json() and len(_ids(again)) == 5
    # the security headers are on replayed responses too
    assert "default-src 'self'" in again.headers["content-security-policy"] and again.headers["x-frame-options"] == "DENY"
    # another query is another entry
    assert "x-kipu-cache" not in client.get("/api/events", params={"limit": 2}).headers


def test_a_write_by_another_process_is_seen_by_the_next_read(web):
    client, url, _ = web
    client.get("/api/events")
    assert client.get("/api/events").headers["x-kipu-cache"] == "hit"
    with Store.open(url) as other, other.session() as s:  # e.g. `kipu ingest` or `kipu resolve`
        before = data_version(other.engine)
        s.add(_event(9))
    with Store.open(url) as other:
        assert data_version(other.engine) == before + 1
    fresh = client.get("/api/events")
    assert "x-kipu-cache" not in fresh.headers and len(_ids(fresh)) == 6
    # an update (hiding an event) as well
    with Store.open(url) as other, other.session() as s:
        s.execute(update(EventRow).where(EventRow.place_name == "Town 9").values(review_status="rejected"))
    assert len(_ids(client.get("/api/events"))) == 5
    # an event page replayed, then the event is marked sensitive: the public no longer sees it
    first_id = _ids(client.get("/api/events"))[0]
    assert client.get(f"/api/events/{first_id}").status_code == 200
    assert client.get(f"/api/events/{first_id}").headers["x-kipu-cache"] == "hit"
    with Store.open(url) as other, other.session() as s:
        s.execute(update(EventRow).where(EventRow.id == first_id).values(sensitive=True))
    assert client.get(f"/api/events/{first_id}").status_code == 404


def test_settings_change_invalidates(web):
    client, url, _ = web
    assert len(_ids(client.get("/api/events"))) == 5
    with Store.open(url) as other, other.session() as s:
        s.add(SettingRow(key="public_statuses", value=["verified"]))
    assert _ids(client.get("/api/events")) == []


def test_roles_never_share_entries(web):
    client, _, token = web
    anon = client.get("/api/events")
    client.get("/api/events")  # cached for anonymous visitors
    analyst = client.get("/api/events", headers={"Authorization": f"Bearer {token}"})
    assert "x-kipu-cache" not in analyst.headers and len(_ids(analyst)) == 6  # sees the sensitive event
    assert all("sensitive" in e for e in analyst.json()["items"])
    # the analyst's answer never reaches a visitor
    again = client.get("/api/events")
    assert again.json() == anon.json() and len(_ids(again)) == 5


def test_token_and_session_use_do_not_invalidate(web):
    """Logins and token use write only bookkeeping: the data version stays."""
    client, url, token = web
    def engine_version() -> int:
        with Store.open(url, migrate=False) as store:
            return data_version(store.engine)

    v = engine_version()
    client.get("/api/events", headers={"Authorization": f"Bearer {token}"})
    with TestClient(client.app) as other:
        login(other, "vic")
    assert engine_version() == v
    assert client.get("/api/events").status_code == 200
    assert client.get("/api/events").headers["x-kipu-cache"] == "hit"


def test_logged_in_pages_are_not_cached_and_logout_is_respected(web):
    client, url, _ = web
    with TestClient(client.app) as viewer:
        login(viewer, "vic")
        page = viewer.get("/events")
        assert "x-kipu-cache" not in page.headers and "vic" in page.text
        assert "x-kipu-cache" not in viewer.get("/events").headers
        with Store.open(url) as store, store.session() as s:
            assert s.scalar(select(UserSessionRow.id)) is not None


def test_pages_are_shared_but_each_visitor_gets_their_own_csrf_token(web):
    client, _, _ = web
    secret = client.app.state.secret
    with TestClient(client.app) as a, TestClient(client.app) as b:
        a.get("/events")  # first visit: a new anonymous cookie, not cached
        b.get("/events")
        page_a = a.get("/events")
        page_b = b.get("/events")  # rendered for a, replayed for b
        assert page_b.headers["x-kipu-cache"] == "hit"
        assert csrf_of(page_a.text) == csrf_token(secret, a.cookies["kipu_anon"])
        assert csrf_of(page_b.text) == csrf_token(secret, b.cookies["kipu_anon"]) != csrf_of(page_a.text)
        assert "placeholder" not in page_b.text and page_b.text.replace(csrf_of(page_b.text), "") == page_a.text.replace(
            csrf_of(page_a.text), ""
        )
        assert "set-cookie" not in page_b.headers  # a's cookie is not replayed
        # b's replayed token is accepted by b's next form post (the language switch)
        switched = b.post("/lang", data={"lang": "es", "csrf": csrf_of(page_b.text), "next": "/events"}, follow_redirects=False)
        assert switched.status_code in (302, 303), switched.text[:200]
        # a language switch is another entry
        es = b.get("/events")
        assert 'lang="es"' in es.text


def test_storing_articles_keeps_event_lists_but_changed_documents_rebuild_event_pages(web):
    """The list reads events only; an event page reads documents through its claims."""
    client, url, _ = web
    client.get("/api/events")
    with Store.open(url) as other, other.session() as s:
        doc = DocumentRow(doc_id="new", sha256="a" * 64, text="Un paro en Juliaca.", title="Paro")
        s.add(doc)
        s.flush()
        event_id = s.scalar(select(EventRow.id).where(EventRow.sensitive.is_(False)).order_by(EventRow.id))
    with Store.open(url) as other:
        versions = data_versions(other.engine)
    assert versions["documents+"] >= 1 and "documents" not in versions
    assert client.get("/api/events").headers["x-kipu-cache"] == "hit"  # new articles: same events
    first = client.get(f"/api/events/{event_id}")
    assert first.json()["sources"] == [] and client.get(f"/api/events/{event_id}").headers["x-kipu-cache"] == "hit"
    # a claim citing the new document changes the event page at once
    with Store.open(url) as other, other.session() as s:
        s.add(ClaimRow(event_id=event_id, field="fatalities", value={"value": 1, "qualifier": "exact"}, document_id=doc.id))
    cited = client.get(f"/api/events/{event_id}").json()
    assert [src["doc_id"] for src in cited["sources"]] == ["new"]
    assert client.get(f"/api/events/{event_id}").headers["x-kipu-cache"] == "hit"
    # so does editing that document (its source name is shown)
    with Store.open(url) as other, other.session() as s:
        s.execute(update(DocumentRow).where(DocumentRow.doc_id == "new").values(source="La República"))
    assert client.get(f"/api/events/{event_id}").json()["sources"][0]["source"] == "La República"


def test_written_names():
    assert written_names("SELECT * FROM events WHERE id = 1", 1) == set()
    assert written_names("SELECT id FROM events FOR UPDATE SKIP LOCKED", 1) == set()
    assert written_names("INSERT INTO events (type) VALUES (?)", 1) == {"events+"}
    assert written_names('UPDATE "claims" SET value = ? WHERE id = ?', 2) == {"claims"}
    assert written_names("UPDATE claims SET value = ? WHERE id = ?", -1) == {"claims"}  # unknown: counts
    assert written_names("DELETE FROM claims WHERE document_id IN (?)", 0) == set()  # matched nothing
    assert written_names("UPDATE user_sessions SET expires_at = ?", 1) == set()
    assert written_names("WITH x AS (SELECT 1) UPDATE events SET sensitive = true", 3) == {"events"}
