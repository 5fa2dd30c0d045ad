"""The REST API: every endpoint, its pagination and its permission failures."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from kipu.auth.service import AuthService
from kipu.serve import create_app
from kipu.store import Store
from kipu.store.tables import EventMentionRow, EventRow
from web_helpers import add_users, copy_db, login


@pytest.fixture()
def web(sample_db_template, tmp_path):
    """(client, tokens by username, url) on a fresh copy of the sample database."""
    url = copy_db(sample_db_template, tmp_path / "web.sqlite")
    add_users(url)
    tokens = {}
    with Store.open(url) as store, store.session() as s:
        auth = AuthService(s)
        for name in ("ada", "ana", "vic"):
            tokens[name] = auth.create_token(auth.find_user(name), "tests")[1]
    app = create_app(url)
    with TestClient(app) as client:
        yield client, tokens, url


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def first_ids(url: str, n: int = 2) -> list[int]:
    with Store.open(url) as store, store.session() as s:
        return list(s.scalars(select(EventRow.id).order_by(EventRow.id).limit(n)))


def test_openapi_lists_every_endpoint(web):
    client, _, _ = web
    doc = client.get("/api/openapi.json").json()
    paths = set(doc["paths"])
    for path in ["/api/events", "/api/events/{event_id}", "/api/events/{event_id}/history", "/api/documents",
                 "/api/documents/{document_id}", "/api/tallies", "/api/tallies/series", "/api/exports/{fmt}",
                 "/api/events/{event_id}/status", "/api/events/{event_id}/claims", "/api/events/{event_id}/merge",
                 "/api/events/{event_id}/split", "/api/events/{event_id}/sensitive", "/api/audit/{audit_id}/undo",
                 "/api/audit", "/api/users", "/api/users/{user_id}", "/api/tokens", "/api/tokens/{token_id}",
                 "/api/me", "/api/settings"]:
        assert path in paths, path
    assert not any(p.startswith("/events") or p == "/" for p in paths)  # pages stay out of the API document


def test_events_list_filters_and_pagination(web):
    client, tokens, url = web
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) > 10
    page = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert [e["id"] for e in page["items"]] == [e["id"] for e in everything["items"][5:10]]
    assert page["next_offset"] == 10 and page["limit"] == 5
    puno = client.get("/api/events", params={"region": "Puno", "limit": 500}).json()
    assert puno["total"] > 0 and all(e["place"]["admin1"] == "Puno" for e in puno["items"])
    protests = client.get("/api/events", params={"type": "protest", "limit": 500}).json()["items"]
    assert protests and all(e["type"] == "protest" for e in protests)
    dated = client.get("/api/events", params={"date_from": "2023-01-01", "date_to": "2023-01-31", "limit": 500}).json()["items"]
    # a date range selects events that overlap it
    assert dated and all(e["date"]["end"] >= "2023-01-01" and e["date"]["start"] <= "2023-01-31" for e in dated)
    students = client.get("/api/events", params={"actor": "protesters", "limit": 500}).json()["items"]
    assert students and all("protesters" in e["actors"] for e in students)
    text = client.get("/api/events", params={"q": "juliaca", "limit": 500}).json()["items"]
    assert text and all("juliaca" in ((e["evidence"] or "") + (e["place"] or {}).get("name", "")).lower() for e in text)
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"limit": 501}).status_code == 422
    assert client.get("/api/events", params={"date_from": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"status": "published"}).status_code == 422
    assert client.get("/api/events", params={"status": "new"}).json()["total"] == everything["total"]


def test_event_detail_has_claims_evidence_explanation_and_history(web):
    client, tokens, url = web
    event_id = first_ids(url, 1)[0]
    anon = client.get(f"/api/events/{event_id}").json()
    assert anon["claims"] and all("evidence_span" in c and "field" in c for c in anon["claims"])
    assert any(c["evidence"] for c in anon["claims"])
    assert anon["explanation"] and anon["sources"] and anon["mentions"]
    assert "history" not in anon and "sensitive" not in anon  # anonymous: public view only
    mine = client.get(f"/api/events/{event_id}", headers=bearer(tokens["ana"])).json()
    assert mine["history"] == [] and mine["sensitive"] is False
    assert client.get("/api/events/999999").status_code == 404
    assert client.get(f"/api/events/{event_id}/history").status_code == 401
    assert client.get(f"/api/events/{event_id}/history", headers=bearer(tokens["vic"])).json()["items"] == []


def test_documents_tallies_exports(web):
    client, tokens, _ = web
    docs = client.get("/api/documents", params={"limit": 3}).json()
    assert docs["total"] >= 20 and len(docs["items"]) == 3
    doc = client.get(f"/api/documents/{docs['items'][0]['id']}").json()
    assert doc["text"] and "mentions" in doc and "tallies" in doc
    for m in doc["mentions"]:
        start, end = m["evidence_span"]
        assert 0 <= start < end <= len(doc["text"])
    assert client.get("/api/documents/999999").status_code == 404
    tallies = client.get("/api/tallies").json()
    assert tallies["total"] > 0 and {"measure", "value", "doc_id", "as_of"} <= set(tallies["items"][0])
    series = client.get("/api/tallies/series").json()["series"]
    assert series and all(s["points"] for s in series)
    geo = client.get("/api/exports/geojson", params={"region": "Puno"})
    assert geo.status_code == 200 and "attachment" in geo.headers["content-disposition"]
    features = json.loads(geo.content)["features"]
    assert features and all(f["properties"].get("admin1", "Puno") == "Puno" for f in features)
    csv = client.get("/api/exports/acled")
    assert csv.status_code == 200 and csv.text.splitlines()[0].startswith("event_id_cnty,event_date")
    jsonl = client.get("/api/exports/jsonl").text.strip().splitlines()
    assert jsonl and json.loads(jsonl[0])
    parquet = client.get("/api/exports/parquet")
    assert len(pd.read_parquet(io.BytesIO(parquet.content))) == client.get("/api/events").json()["total"]
    assert client.get("/api/exports/xlsx").status_code == 404


def test_review_endpoints_and_permissions(web):
    client, tokens, url = web
    a, b = first_ids(url, 2)
    body = {"status": "reviewed"}
    assert client.post(f"/api/events/{a}/status", json=body).status_code == 401
    assert client.post(f"/api/events/{a}/status", json=body, headers=bearer(tokens["vic"])).status_code == 403
    r = client.post(f"/api/events/{a}/status", json=body, headers=bearer(tokens["ana"]))
    assert r.status_code == 200 and r.json()["who"] == "ana" and r.json()["after"] == {"review_status": "reviewed"}
    assert client.post(f"/api/events/{a}/status", json={"status": "rejected"}, headers=bearer(tokens["ana"])).status_code == 400
    assert client.post("/api/events/999999/status", json=body, headers=bearer(tokens["ana"])).status_code == 404

    claim = {"field": "fatalities", "value": {"value": 4, "qualifier": "at_least"}, "reason": "hospital list"}
    assert client.post(f"/api/events/{a}/claims", json=claim, headers=bearer(tokens["vic"])).status_code == 403
    edit = client.post(f"/api/events/{a}/claims", json=claim, headers=bearer(tokens["ana"]))
    assert edit.status_code == 200, edit.text
    shown = client.get(f"/api/events/{a}").json()
    assert shown["fatalities"] == {"value": 4, "qualifier": "at_least"}
    assert any(c["manual"] and c["author"] == "ana" for c in shown["claims"])
    bad = client.post(f"/api/events/{a}/claims", json={"field": "fatalities", "value": {"value": "x"}}, headers=bearer(tokens["ana"]))
    assert bad.status_code == 400

    sens = client.post(f"/api/events/{b}/sensitive", json={"sensitive": True, "reason": "safety"}, headers=bearer(tokens["ana"]))
    assert sens.status_code == 200
    assert client.get(f"/api/events/{b}").status_code == 404  # hidden from the public
    assert client.get(f"/api/events/{b}", headers=bearer(tokens["ana"])).status_code == 200
    assert client.post(f"/api/audit/{sens.json()['id']}/undo", json={}, headers=bearer(tokens["vic"])).status_code == 403
    assert client.post(f"/api/audit/{sens.json()['id']}/undo", json={}, headers=bearer(tokens["ana"])).status_code == 200
    assert client.get(f"/api/events/{b}").status_code == 200

    assert client.post(f"/api/events/{a}/merge", json={"other_id": b}, headers=bearer(tokens["vic"])).status_code == 403
    merged = client.post(f"/api/events/{a}/merge", json={"other_id": b, "reason": "same"}, headers=bearer(tokens["ana"]))
    assert merged.status_code == 200 and merged.json()["after"]["merged"] == b
    assert client.get(f"/api/events/{b}", headers=bearer(tokens["ana"])).status_code == 404
    assert client.post(f"/api/events/{a}/merge", json={"other_id": a}, headers=bearer(tokens["ana"])).status_code == 400

    with Store.open(url) as store, store.session() as s:
        mention = s.scalars(select(EventMentionRow.id).where(EventMentionRow.event_id == a).order_by(EventMentionRow.id.desc())).first()
        n = s.scalar(select(func.count()).select_from(EventMentionRow).where(EventMentionRow.event_id == a))
    assert n >= 2
    assert client.post(f"/api/events/{a}/split", json={"mention_ids": [mention]}, headers=bearer(tokens["vic"])).status_code == 403
    split = client.post(f"/api/events/{a}/split", json={"mention_ids": [mention]}, headers=bearer(tokens["ana"]))
    assert split.status_code == 200
    assert client.get(f"/api/events/{split.json()['after']['new_event']}", headers=bearer(tokens["ana"])).status_code == 200
    assert client.post(f"/api/events/{a}/split", json={"mention_ids": []}, headers=bearer(tokens["ana"])).status_code == 422

    log = client.get("/api/audit", headers=bearer(tokens["ana"])).json()
    assert [e["action"] for e in log["items"]][:4] == ["split_from", "split", "merge", "undo"]
    assert client.get("/api/audit", headers=bearer(tokens["vic"])).status_code == 403
    assert client.get("/api/audit").status_code == 401
    entry = log["items"][-1]
    assert client.get(f"/api/audit/{entry['id']}", headers=bearer(tokens["ana"])).json()["id"] == entry["id"]
    history = client.get(f"/api/events/{a}/history", headers=bearer(tokens["ana"])).json()
    assert [h["action"] for h in history["items"]] == ["status", "edit", "merge", "split"] and history["total"] == 4


def test_accounts_tokens_users_settings(web):
    client, tokens, url = web
    assert client.get("/api/me").status_code == 401
    assert client.get("/api/me", headers=bearer(tokens["vic"])).json()["role"] == "viewer"
    assert client.get("/api/me", headers=bearer("kipu_not-a-token")).status_code == 401

    new = client.post("/api/tokens", json={"name": "cron"}, headers=bearer(tokens["vic"]))
    assert new.status_code == 201 and new.json()["token"].startswith("kipu_")
    listed = client.get("/api/tokens", headers=bearer(tokens["vic"])).json()["items"]
    assert {t["name"] for t in listed} == {"tests", "cron"} and all("token" not in t for t in listed)
    fresh = new.json()["token"]
    assert client.get("/api/me", headers=bearer(fresh)).status_code == 200
    ana_token_id = client.get("/api/tokens", headers=bearer(tokens["ana"])).json()["items"][0]["id"]
    assert client.delete(f"/api/tokens/{ana_token_id}", headers=bearer(tokens["vic"])).status_code == 404  # not hers
    assert client.delete(f"/api/tokens/{new.json()['id']}", headers=bearer(tokens["vic"])).json()["revoked"] is True
    assert client.get("/api/me", headers=bearer(fresh)).status_code == 401  # revoked

    user = {"username": "neo", "password": "long enough pw", "role": "analyst"}
    assert client.post("/api/users", json=user).status_code == 401
    assert client.post("/api/users", json=user, headers=bearer(tokens["vic"])).status_code == 403
    assert client.post("/api/users", json=user, headers=bearer(tokens["ana"])).status_code == 403  # analysts cannot manage users
    created = client.post("/api/users", json=user, headers=bearer(tokens["ada"]))
    assert created.status_code == 201 and "password" not in created.json() and "password_hash" not in created.json()
    assert client.post("/api/users", json=user, headers=bearer(tokens["ada"])).status_code == 400
    assert client.get("/api/users", headers=bearer(tokens["ana"])).status_code == 403
    users = client.get("/api/users", headers=bearer(tokens["ada"])).json()
    assert users["total"] == 4 and {u["username"] for u in users["items"]} == {"ada", "ana", "vic", "neo"}
    assert len(client.get("/api/users", params={"limit": 1, "offset": 1}, headers=bearer(tokens["ada"])).json()["items"]) == 1
    uid = created.json()["id"]
    assert client.patch(f"/api/users/{uid}", json={"role": "admin"}, headers=bearer(tokens["ana"])).status_code == 403
    assert client.patch(f"/api/users/{uid}", json={"role": "viewer"}, headers=bearer(tokens["ada"])).json()["role"] == "viewer"
    assert client.patch(f"/api/users/{uid}", json={"role": "boss"}, headers=bearer(tokens["ada"])).status_code == 400
    ada_id = client.get("/api/me", headers=bearer(tokens["ada"])).json()["id"]
    assert client.patch(f"/api/users/{ada_id}", json={"active": False}, headers=bearer(tokens["ada"])).status_code == 400
    assert client.patch("/api/users/999999", json={"active": False}, headers=bearer(tokens["ada"])).status_code == 404

    assert client.get("/api/settings", headers=bearer(tokens["ana"])).status_code == 403
    assert client.put("/api/settings", json={"public_statuses": ["verified"], "public_access": True}, headers=bearer(tokens["ana"])).status_code == 403
    put = client.put("/api/settings", json={"public_statuses": ["verified"], "public_access": True}, headers=bearer(tokens["ada"]))
    assert put.json()["public_statuses"] == ["verified"]
    assert client.get("/api/events").json()["total"] == 0  # nothing verified yet: the public sees nothing
    assert client.get("/api/events", headers=bearer(tokens["vic"])).json()["total"] == 0
    assert client.get("/api/events", headers=bearer(tokens["ana"])).json()["total"] > 0
    assert client.get("/api/exports/jsonl").text.strip() == ""
    client.put("/api/settings", json={"public_statuses": ["new"], "public_access": False}, headers=bearer(tokens["ada"]))
    assert client.get("/api/events").status_code == 401  # public access off
    assert client.get("/api/events", headers=bearer(tokens["vic"])).json()["total"] > 0
    assert client.put("/api/settings", json={"public_statuses": ["published"], "public_access": True}, headers=bearer(tokens["ada"])).status_code == 400
    actions = [e["action"] for e in client.get("/api/audit", headers=bearer(tokens["ada"]), params={"limit": 500}).json()["items"]]
    assert {"token_create", "token_revoke", "user_create", "user_update", "settings"} <= set(actions)


def test_browser_session_api_writes_need_the_csrf_header(web):
    client, _, url = web
    a = first_ids(url, 1)[0]
    csrf = login(client, "ana")
    assert client.get("/api/me").json()["username"] == "ana"
    refused = client.post(f"/api/events/{a}/status", json={"status": "reviewed"})
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    ok = client.post(f"/api/events/{a}/status", json={"status": "reviewed"}, headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 200


def test_sensitive_events_stay_out_of_public_views_and_default_exports(web):
    client, tokens, url = web
    a = first_ids(url, 1)[0]
    assert client.post(f"/api/events/{a}/sensitive", json={"sensitive": True}, headers=bearer(tokens["ana"])).status_code == 200

    def ids(resp_text: str) -> set[int]:
        return {json.loads(line)["id"] for line in resp_text.strip().splitlines()}

    assert a not in {e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["items"]}
    assert a not in ids(client.get("/api/exports/jsonl", params={"include_sensitive": "true"}).text)  # visitors: never
    assert a not in ids(client.get("/api/exports/jsonl", headers=bearer(tokens["vic"]), params={"include_sensitive": "true"}).text)
    analyst_list = client.get("/api/events", params={"limit": 500}, headers=bearer(tokens["ana"])).json()["items"]
    assert any(e["id"] == a and e["sensitive"] for e in analyst_list)  # analysts review them
    assert a not in ids(client.get("/api/exports/jsonl", headers=bearer(tokens["ana"])).text)  # clean by default
    assert a in ids(client.get("/api/exports/jsonl", headers=bearer(tokens["ana"]), params={"include_sensitive": "true"}).text)


def test_permission_matrix_of_every_protected_endpoint(web):
    """Anonymous → 401, too low a role → 403, for every endpoint that needs a role."""
    client, tokens, url = web
    a, b = first_ids(url, 2)
    analyst_only = [
        ("POST", f"/api/events/{a}/status", {"status": "reviewed"}),
        ("POST", f"/api/events/{a}/sensitive", {"sensitive": True}),
        ("POST", f"/api/events/{a}/claims", {"field": "arrests", "value": {"value": 1}}),
        ("POST", f"/api/events/{a}/merge", {"other_id": b}),
        ("POST", f"/api/events/{a}/split", {"mention_ids": [1]}),
        ("POST", "/api/audit/1/undo", {}),
        ("GET", "/api/audit", None),
        ("GET", "/api/audit/1", None),
    ]
    admin_only = [
        ("GET", "/api/users", None),
        ("POST", "/api/users", {"username": "x", "password": "long enough", "role": "viewer"}),
        ("PATCH", "/api/users/1", {"role": "viewer"}),
        ("GET", "/api/settings", None),
        ("PUT", "/api/settings", {"public_statuses": ["new"], "public_access": True}),
    ]
    logged_in = [("GET", "/api/me", None), ("GET", "/api/tokens", None), ("POST", "/api/tokens", {"name": "x"}),
                 ("DELETE", "/api/tokens/1", None), ("GET", f"/api/events/{a}/history", None)]
    for method, path, body in analyst_only + admin_only + logged_in:
        assert client.request(method, path, json=body).status_code == 401, (method, path)
    for method, path, body in analyst_only + admin_only:
        assert client.request(method, path, json=body, headers=bearer(tokens["vic"])).status_code == 403, (method, path)
    for method, path, body in admin_only:
        assert client.request(method, path, json=body, headers=bearer(tokens["ana"])).status_code == 403, (method, path)
    assert client.get("/api/events", headers=bearer(tokens["vic"])).status_code == 200
