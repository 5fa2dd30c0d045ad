"""Web security (issue 7): permissions, CSRF, sessions, XSS, SQL injection, throttling,
security headers, and an audit log that cannot be edited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, inspect, select, update

from kipu.auth.ratelimit import LoginThrottle
from kipu.serve import create_app
from kipu.store import Repository, Store
from kipu.store.tables import AuditLogRow, ClaimRow, DocumentRow, EventMentionRow, EventRow, UserRow, UserSessionRow, utcnow
from web_helpers import PASSWORD, add_users, copy_db, csrf_of, login

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>" onmouseover="alert(2)'


@pytest.fixture()
def url(sample_db_template, tmp_path):
    u = copy_db(sample_db_template, tmp_path / "sec.sqlite")
    add_users(u)
    return u


@pytest.fixture()
def client(url):
    with TestClient(create_app(url, throttle=LoginThrottle(max_failures=3, window=300))) as c:
        yield c


def event_ids(url: str) -> list[int]:
    with Store.open(url) as store, store.session() as s:
        return list(s.scalars(select(EventRow.id).order_by(EventRow.id)))


def snapshot(url: str) -> tuple:
    with Store.open(url) as store, store.session() as s:
        return (
            tuple(s.execute(select(EventRow.id, EventRow.review_status, EventRow.fatalities, EventRow.sensitive).order_by(EventRow.id)).all()),
            s.scalar(select(func.count()).select_from(ClaimRow)),
            s.scalar(select(func.count()).select_from(AuditLogRow)),
            s.scalar(select(func.count()).select_from(UserRow)),
        )


WRITE_FORMS = [
    ("/events/{a}/status", {"status": "reviewed"}),
    ("/events/{a}/sensitive", {"sensitive": "true"}),
    ("/events/{a}/edit", {"field": "fatalities", "value": "9", "qualifier": "exact"}),
    ("/events/{a}/merge", {"other_id": "{b}"}),
    ("/events/{a}/split", {"mention": "1"}),
    ("/audit/1/undo", {}),
]


def _fill(path: str, data: dict, a: int, b: int) -> tuple[str, dict]:
    return path.format(a=a, b=b), {k: v.format(a=a, b=b) for k, v in data.items()}


def test_anonymous_and_viewers_cannot_write(client, url):
    a, b = event_ids(url)[:2]
    before = snapshot(url)
    for path, data in WRITE_FORMS:
        path, data = _fill(path, data, a, b)
        r = client.post(path, data={**data, "csrf": "x"}, follow_redirects=False)
        assert r.status_code in (303, 404) and (r.status_code == 404 or r.headers["location"].startswith("/login")), path
    for path, body in [(f"/api/events/{a}/status", {"status": "reviewed"}), (f"/api/events/{a}/claims", {"field": "arrests", "value": {"value": 1}}),
                       (f"/api/events/{a}/merge", {"other_id": b}), (f"/api/events/{a}/sensitive", {"sensitive": True})]:
        assert client.post(path, json=body).status_code == 401
    csrf = login(client, "vic")
    for path, data in WRITE_FORMS:
        path, data = _fill(path, data, a, b)
        assert client.post(path, data={**data, "csrf": csrf}, follow_redirects=False).status_code in (403, 404), path
    assert client.post(f"/api/events/{a}/status", json={"status": "reviewed"}, headers={"X-CSRF-Token": csrf}).status_code == 403
    assert snapshot(url) == before


def test_analysts_cannot_manage_users_or_settings(client, url):
    csrf = login(client, "ana")
    before = snapshot(url)
    assert client.get("/admin", follow_redirects=False).status_code == 403
    assert client.post("/admin/users", data={"username": "mallory", "password": "long enough", "role": "admin", "csrf": csrf}).status_code == 403
    with Store.open(url) as store, store.session() as s:
        vic = s.scalar(select(UserRow.id).where(UserRow.username == "vic"))
    assert client.post(f"/admin/users/{vic}", data={"role": "admin", "active": "true", "csrf": csrf}).status_code == 403
    assert client.post("/admin/settings", data={"public_status": "new", "csrf": csrf}).status_code == 403
    assert snapshot(url) == before


def test_csrf_is_enforced_on_every_form(client, url):
    a, b = event_ids(url)[:2]
    # login itself needs the token bound to the visitor's cookie
    client.get("/login")
    assert client.post("/login", data={"username": "ana", "password": PASSWORD}).status_code == 403
    other = TestClient(client.app)
    foreign = csrf_of(other.get("/login").text)  # a token for another browser
    assert client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf": foreign}).status_code == 403
    csrf = login(client, "ada")
    before = snapshot(url)
    forms = WRITE_FORMS + [("/admin/users", {"username": "eve", "password": "long enough", "role": "viewer"}),
                           ("/admin/settings", {"public_status": "verified"}), ("/account/tokens", {"name": "x"}),
                           ("/lang", {"lang": "en"}), ("/logout", {})]
    for path, data in forms:
        path, data = _fill(path, data, a, b)
        data = {**data, "reason": "test"}  # never an empty body: a form post, just without a valid token
        assert client.post(path, data=data).status_code == 403, path
        assert client.post(path, data={**data, "csrf": foreign}).status_code == 403, path
        tampered = csrf[:-1] + ("1" if csrf.endswith("0") else "0")  # always a different token
        assert client.post(path, data={**data, "csrf": tampered}).status_code in (403,), path
    assert snapshot(url) == before
    assert client.get("/api/me").json()["username"] == "ada"  # still logged in: /logout was refused
    # JSON bodies are refused by form routes (no CSRF bypass through another content type)
    assert client.post(f"/events/{a}/status", json={"status": "reviewed", "csrf": csrf}).status_code == 415


def test_sessions_expire(client, url):
    login(client, "ana")
    assert client.get("/api/me").status_code == 200
    with Store.open(url) as store, store.session() as s:
        s.execute(update(UserSessionRow).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert client.get("/api/me").status_code == 401
    page = client.get("/audit", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_session_cookie_flags_and_logout(client, url):
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf": token}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "max-age=" in cookie
    csrf = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert client.get("/api/me").status_code == 401
    with Store.open(url) as store, store.session() as s:
        assert s.scalar(select(func.count()).select_from(UserSessionRow)) == 0


def test_passwords_are_stored_with_scrypt(url):
    with Store.open(url) as store, store.session() as s:
        hashes = list(s.scalars(select(UserRow.password_hash)))
    assert hashes and all(h.startswith("scrypt$") and PASSWORD not in h for h in hashes)
    assert len(set(hashes)) == len(hashes)  # salted: same password, different hashes


def test_login_is_rate_limited(client):
    token = csrf_of(client.get("/login").text)
    for _ in range(3):
        r = client.post("/login", data={"username": "ana", "password": "wrong guess", "csrf": token})
        assert r.status_code == 401
    blocked = client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf": token})
    assert blocked.status_code == 429  # even the right password is refused for a while
    assert client.get("/api/me").status_code == 401


def test_login_redirect_stays_on_site(client):
    token = csrf_of(client.get("/login").text)
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        r = client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf": token, "next": target}, follow_redirects=False)
        assert r.headers["location"] == "/", target
        client.cookies.clear()
        token = csrf_of(client.get("/login").text)


def _inject(url: str) -> tuple[int, int]:
    """A document, mention, event and claims whose text carries script and attribute payloads."""
    text = f"Intro sentence. {XSS} was written on a wall in Puno. End."
    start = text.index("<script>")
    with Store.open(url) as store, store.session() as s:
        doc = DocumentRow(doc_id=f"xss{XSS}", sha256="f" * 64, text=text, title=f"Title {XSS}", source=f"src {XSS}",
                          url='javascript:alert(3)', published=date(2023, 1, 20), lang="en")
        s.add(doc)
        s.flush()
        ev = EventRow(type="protest", sub_type="peaceful", place_name=f"Puno {XSS}", admin1="Puno", country="PE",
                      lat=-15.8, lon=-70.0, date_start=date(2023, 1, 20), date_end=date(2023, 1, 20), evidence=XSS,
                      actors=[XSS], n_documents=1)
        s.add(ev)
        s.flush()
        m = EventMentionRow(document_id=doc.id, event_id=ev.id, ordinal=0, type="protest", sub_type=f"peaceful{XSS}",
                            family="demo", evidence_start=start, evidence_end=start + len(XSS), data={"evidence": XSS})
        s.add(m)
        s.flush()
        s.add(ClaimRow(event_id=ev.id, field="actors", value=[XSS], document_id=doc.id, mention_id=m.id,
                       evidence_start=start, evidence_end=start + len(XSS), attributed_to=XSS))
        Repository(s).audit(XSS, "status", "event", ev.id, {"review_status": XSS}, {"review_status": "new"}, XSS)
        return doc.id, ev.id


def test_article_payloads_render_inert_everywhere(client, url):
    doc_id, ev_id = _inject(url)
    login(client, "ana")
    pages = ["/", "/events", f"/events/{ev_id}", "/documents", f"/documents/{doc_id}", "/audit", "/events?q=script"]
    for path in pages:
        html = client.get(path).text
        assert "<script" not in html, path  # no script element at all, injected or ours
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), path
        assert '" onmouseover="' not in html, path
        assert "<img src=x" not in html, path
    event_html = client.get(f"/events/{ev_id}").text
    assert "&lt;script&gt;" in event_html and "<mark" in event_html  # highlighted, as text
    doc_html = client.get(f"/documents/{doc_id}").text
    assert "&lt;script&gt;alert(" in doc_html and "<mark" in doc_html
    assert "javascript:" not in doc_html  # only http(s) source links are rendered
    api = client.get(f"/api/events/{ev_id}").json()
    assert api["place"]["name"].endswith(XSS)  # JSON keeps the data as data


def test_sql_injection_in_filters_is_harmless(client, url):
    before = snapshot(url)
    total = client.get("/api/events").json()["total"]
    payloads = ["' OR '1'='1", "x'); DROP TABLE events; --", "%' OR 1=1 --", '" OR ""="', "1; DELETE FROM claims", "\\'; --"]
    for p in payloads:
        for name in ("region", "type", "sub_type", "actor", "q"):
            r = client.get("/api/events", params={name: p})
            assert r.status_code == 200 and r.json()["total"] == 0, (name, p)
            assert client.get("/events", params={name: p}).status_code == 200
        for name in ("date_from", "date_to", "status", "limit", "offset"):
            assert client.get("/api/events", params={name: p}).status_code == 422, (name, p)
        assert client.get("/api/documents", params={"q": p}).json()["total"] == 0
        assert client.get("/api/exports/jsonl", params={"region": p}).text.strip() == ""
    assert client.get("/api/events").json()["total"] == total
    with Store.open(url) as store:
        assert {"events", "claims", "users", "audit_log"} <= set(inspect(store.engine).get_table_names())
    assert snapshot(url) == before


def test_security_headers_on_pages_and_api(client):
    for path in ("/", "/events", "/login", "/api/events", "/api/openapi.json", "/static/kipu.css", "/no-such-page"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_audit_log_cannot_be_edited_through_the_api(client, url):
    a = event_ids(url)[0]
    with Store.open(url) as store, store.session() as s:
        from kipu.auth.service import AuthService

        auth = AuthService(s)
        token = auth.create_token(auth.find_user("ada"), "t")[1]
    headers = {"Authorization": f"Bearer {token}"}
    entry = client.post(f"/api/events/{a}/status", json={"status": "reviewed"}, headers=headers).json()
    for method in ("put", "patch", "delete"):
        r = client.request(method.upper(), f"/api/audit/{entry['id']}", json={"who": "nobody"}, headers=headers)
        assert r.status_code == 405
    assert client.post("/api/audit", json={"who": "x", "action": "edit"}, headers=headers).status_code == 405
    doc = client.get("/api/openapi.json").json()
    for path, ops in doc["paths"].items():
        if path.startswith("/api/audit"):
            assert set(ops) <= {"get", "post"} and ("post" not in ops or path.endswith("/undo")), path
    after = client.get(f"/api/audit/{entry['id']}", headers=headers).json()
    assert after["who"] == "ada" and after["after"] == {"review_status": "reviewed"}
