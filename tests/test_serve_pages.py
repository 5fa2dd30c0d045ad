"""Server-rendered pages: dashboard (map, charts), lists, event and document pages,
the review forms, accounts and admin, and the interface language."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from kipu.serve import create_app
from kipu.serve.geomap import Marker, departments, peru_map, project
from kipu.serve.highlight import Span, segments
from kipu.serve.i18n import Translator, choose_language, from_accept_language, languages
from kipu.store import Store
from kipu.store.tables import ClaimRow, EventMentionRow
from web_helpers import add_users, copy_db, csrf_of, login


@pytest.fixture()
def url(sample_db_template, tmp_path):
    u = copy_db(sample_db_template, tmp_path / "pages.sqlite")
    add_users(u)
    return u


@pytest.fixture()
def client(url):
    with TestClient(create_app(url)) as c:
        yield c


def busiest_event(url: str) -> tuple[int, int]:
    """(event id, number of mentions) of the event with most mentions."""
    with Store.open(url) as store, store.session() as s:
        row = s.execute(
            select(EventMentionRow.event_id, func.count())
            .where(EventMentionRow.event_id.is_not(None))
            .group_by(EventMentionRow.event_id)
            .order_by(func.count().desc(), EventMentionRow.event_id)
        ).first()
    return int(row[0]), int(row[1])


# -- pure pieces -------------------------------------------------------------------------


def test_catalogs_have_the_same_keys_and_placeholders():
    assert set(languages()) == {"es", "en"} and languages()[0] == "es"
    folder = resources.files("kipu.serve").joinpath("locales")
    cats = {code: yaml.safe_load(folder.joinpath(f"{code}.yaml").read_text(encoding="utf-8")) for code in languages()}
    assert set(cats["es"]) == set(cats["en"])
    for key in cats["es"]:
        assert set(re.findall(r"{(\w+)}", cats["es"][key])) == set(re.findall(r"{(\w+)}", cats["en"][key])), key


def test_language_choice():
    assert from_accept_language("fr-FR,en;q=0.8,es;q=0.9") == "es"
    assert from_accept_language("en-GB,en;q=0.9") == "en"
    assert from_accept_language("de") is None and from_accept_language("") is None
    assert choose_language("en", "es", "es") == "en"  # the user's own choice first
    assert choose_language(None, "en", "es") == "en"  # then the switcher's cookie
    assert choose_language(None, None, "en-US") == "en"
    assert choose_language(None, "xx", None) == "es"
    t = Translator("en")
    assert t("events.count", n=3) == "3 events" and Translator("es")("events.count", n=3) == "3 eventos"
    assert t.label("type", "protest") == "Protest" and t.label("forms", "general_strike") == "general strike"
    assert t.label("qualifier_short", "exact") == ""


def test_highlight_segments_cover_text_exactly():
    text = "abc <b>def</b> ghi"
    segs = segments(text, [Span(4, 14, "one", "x", "/e/1", "a1"), Span(7, 10, "two"), Span(50, 60, "out"), Span(3, 3, "empty")])
    assert "".join(s.text for s in segs) == text
    marked = [s for s in segs if s.spans]
    assert [s.text for s in marked] == ["<b>", "def", "</b>"]
    assert marked[1].title == "one; two" and marked[0].href == "/e/1" and marked[0].anchors == ["a1"]


def test_map_svg_has_every_department_and_escapes_labels():
    assert len(departments()) == 25
    x, y = project(-77.03, -12.05)  # Lima, inside the box
    assert 0 < x < 420 and 0 < y
    svg = str(peru_map({"Puno": 3, "Cusco": 1}, [Marker(-15.5, -70.1, "<b>Juliaca</b>", "/events/1", "type-protest")],
                       lambda n, c: f"{n}: {c}", "Map"))
    assert svg.count('<path class="dept') == 25
    assert "dept-4" in svg and 'href="/events/1"' in svg and "&lt;b&gt;Juliaca" in svg and "<b>" not in svg


# -- pages -------------------------------------------------------------------------------


def test_dashboard_has_weekly_chart_map_toll_chart_and_latest(client):
    html = client.get("/", headers={"Accept-Language": "en"}).text
    assert "Events per week by type" in html and html.count('<rect class="bar type-') > 5
    assert html.count('<path class="dept') == 25 and html.count('<circle class="marker') >= 5
    assert "Running tolls, as reported" in html and '<path class="line series-0"' in html
    assert re.search(r'<a href="/documents/\d+"><circle class="dot', html)  # toll points link to their articles
    assert html.count('href="/events/') >= 10
    assert "juaneladio/peru-geojson (MPL-2.0)" in html
    spanish = client.get("/", headers={"Accept-Language": "es-PE,es;q=0.9"}).text
    assert "Eventos por semana y tipo" in spanish and '<html lang="es">' in spanish
    puno = client.get("/", params={"region": "Puno"}, headers={"Accept-Language": "en"}).text
    assert int(re.search(r"(\d+) events in view", puno).group(1)) < int(re.search(r"(\d+) events in view", html).group(1))


def test_events_list_filters_and_links(client):
    html = client.get("/events", params={"region": "Cusco"}, headers={"Accept-Language": "en"}).text
    rows = re.findall(r"<tr>\s*<td><a href=\"/events/(\d+)\">", html)
    assert rows and "Cusco" in html and "Lima</td>" not in html
    assert re.search(r"\d+ events", html)
    assert "/api/exports/geojson?region=Cusco" in html
    empty = client.get("/events", params={"q": "zzzz-nothing"}, headers={"Accept-Language": "en"}).text
    assert "No events match these filters." in empty


def test_event_page_shows_figures_claims_evidence_and_sources(client, url):
    event_id, _ = busiest_event(url)
    html = client.get(f"/events/{event_id}", headers={"Accept-Language": "en"}).text
    assert "Reconciled figures" in html and "Every claim, with its source" in html
    assert html.count("<mark class=\"hl") >= 2 and re.search(r'<span id="claim-\d+"></span>', html)
    with Store.open(url) as store, store.session() as s:
        n_claims = s.scalar(select(func.count()).select_from(ClaimRow).where(ClaimRow.event_id == event_id))
    assert html.count('href="#claim-') == n_claims
    assert "id=\"review\"" not in html and "History" not in html  # anonymous: no review panel, no history
    assert client.get("/events/999999").status_code == 404


def test_document_page_highlights_extractions_linked_to_events(client, url):
    event_id, _ = busiest_event(url)
    with Store.open(url) as store, store.session() as s:
        doc_id = s.scalar(select(EventMentionRow.document_id).where(EventMentionRow.event_id == event_id))
    html = client.get(f"/documents/{doc_id}", headers={"Accept-Language": "en"}).text
    assert re.search(rf'<mark class="hl mention"[^>]*><a href="/events/{event_id}">', html)
    assert "Extracted events" in html
    assert 'class="hl mention field"' in html  # the date/place/figure spans inside the evidence sentence
    listing = client.get("/documents", headers={"Accept-Language": "en"}).text
    assert f'href="/documents/{doc_id}"' in listing or "page 1 of" in listing


def test_review_through_the_forms_with_history_and_undo(client, url):
    event_id, n_mentions = busiest_event(url)
    assert n_mentions >= 2
    csrf = login(client, "ana")
    page = client.get(f"/events/{event_id}", headers={"Accept-Language": "en"}).text
    assert 'id="review"' in page and 'id="edit-fatalities"' in page and 'id="merge-form"' in page
    r = client.post(f"/events/{event_id}/edit", data={"csrf": csrf, "field": "injuries", "value": "12", "qualifier": "at_least",
                                                     "reason": "hospital report"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/events/{event_id}")
    html = client.get(f"/events/{event_id}", headers={"Accept-Language": "en"}).text
    assert "≥12" in html and "manual edit by ana" in html and "hospital report" in html
    assert re.search(r'<tr class="audit-row action-edit">', html)
    bad = client.post(f"/events/{event_id}/edit", data={"csrf": csrf, "field": "injuries", "value": "-3"})
    assert bad.status_code == 400 and 'id="review-error"' in bad.text
    undo_id = re.search(r'action="/audit/(\d+)/undo"', html).group(1)
    assert client.post(f"/audit/{undo_id}/undo", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    html = client.get(f"/events/{event_id}", headers={"Accept-Language": "en"}).text
    assert "≥12" not in html.split('id="history"')[0] and "action-undo" in html
    # status: reviewed then verified seals the record (no edit forms)
    for status in ("reviewed", "verified"):
        assert client.post(f"/events/{event_id}/status", data={"csrf": csrf, "status": status}, follow_redirects=False).status_code == 303
    sealed = client.get(f"/events/{event_id}", headers={"Accept-Language": "en"}).text
    assert "is verified, so it is sealed" in sealed and 'id="edit-fatalities"' not in sealed
    refused = client.post(f"/events/{event_id}/edit", data={"csrf": csrf, "field": "injuries", "value": "1"})
    assert refused.status_code == 400


def test_split_and_merge_through_the_forms(client, url):
    event_id, _ = busiest_event(url)
    csrf = login(client, "ana")
    with Store.open(url) as store, store.session() as s:
        mention = s.scalars(select(EventMentionRow.id).where(EventMentionRow.event_id == event_id).order_by(EventMentionRow.id.desc())).first()
    r = client.post(f"/events/{event_id}/split", data={"csrf": csrf, "mention": str(mention), "reason": "other day"}, follow_redirects=False)
    assert r.status_code == 303
    new_id = int(re.search(r"/events/(\d+)", r.headers["location"]).group(1))
    assert new_id != event_id
    r = client.post(f"/events/{event_id}/merge", data={"csrf": csrf, "other_id": str(new_id), "reason": "same after all"}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get(f"/events/{new_id}").status_code == 404
    html = client.get(f"/events/{event_id}", headers={"Accept-Language": "en"}).text
    assert "action-split" in html and "action-merge" in html and f"event {new_id} merged in" in html
    assert client.post(f"/events/{event_id}/merge", data={"csrf": csrf, "other_id": "abc"}).status_code == 400


def test_account_tokens_and_admin_forms(client, url):
    csrf = login(client, "ada")
    page = client.post("/account/tokens", data={"csrf": csrf, "name": "nightly"})
    token = re.search(r'<code id="new-token">([^<]+)</code>', page.text).group(1)
    api = TestClient(client.app)
    assert api.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()["username"] == "ada"
    assert token not in client.get("/account").text  # shown once only
    token_id = re.search(r'action="/account/tokens/(\d+)/revoke"', client.get("/account").text).group(1)
    assert client.post(f"/account/tokens/{token_id}/revoke", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert api.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401

    r = client.post("/admin/users", data={"csrf": csrf, "username": "newbie", "password": "long enough", "role": "analyst"}, follow_redirects=False)
    assert r.status_code == 303 and "newbie" in client.get("/admin").text
    dup = client.post("/admin/users", data={"csrf": csrf, "username": "newbie", "password": "long enough", "role": "analyst"})
    assert dup.status_code == 400 and "already exists" in dup.text
    r = client.post("/admin/settings", data={"csrf": csrf, "public_status": "verified", "public_access": "true"}, follow_redirects=False)
    assert r.status_code == 303
    anon = TestClient(client.app)
    assert "0 events" in anon.get("/events", headers={"Accept-Language": "en"}).text


def test_language_switcher_and_user_preference(client):
    token = csrf_of(client.get("/").text)
    r = client.post("/lang", data={"csrf": token, "lang": "en", "next": "/events"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/events"
    assert "Events" in client.get("/events").text and '<html lang="en">' in client.get("/events").text
    csrf = login(client, "vic")
    client.post("/lang", data={"csrf": csrf, "lang": "es"})
    client.cookies.delete("kipu_lang")
    assert '<html lang="es">' in client.get("/", headers={"Accept-Language": "en"}).text  # stored on the user
