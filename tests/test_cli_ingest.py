"""`kipu ingest`, `kipu watch` and `kipu events` end to end, with a loopback HTTP server."""

from __future__ import annotations

import json
import socket
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import kipu.extract.pipeline as pipeline
from kipu.cli import app
from kipu.ingest import fetch as fetch_module
from kipu.ingest.errors import IngestError
from kipu.ingest.readers import read_url
from kipu.model import DateRange, EventMention, Extraction, Place, Span
from kipu.store import Store
from kipu.store.tables import DocumentRow, EventMentionRow, ExtractionRow, FeedItemRow, RawArchiveRow

runner = CliRunner()

PAGE = """<html><head><title>Huelga en Cusco</title></head><body><article><h1>Huelga en Cusco</h1>
<p>Los docentes de Cusco iniciaron una huelga el lunes y marcharon por la avenida El Sol hasta la plaza.</p>
<p>El sindicato regional pidió una reunión con el ministerio para discutir los salarios del sector.</p>
</article></body></html>"""


def rss(items):
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{guid}</guid>"
        f"<pubDate>Tue, 10 Jan 2023 09:00:00 GMT</pubDate><description>{d}</description></item>"
        for t, link, guid, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Sur</title>{body}</channel></rss>'


FEED_ITEMS = [
    ("Marcha en Tacna", "http://x.example/1", "g1", "Vecinos de Tacna marcharon contra la minera el martes por la tarde."),
    ("Paro en Moquegua", "http://x.example/2", "g2", "Transportistas de Moquegua pararon todo el día por el precio del combustible."),
]


class Routes(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self):  # noqa: N802
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        if status in (301, 302):
            self.send_response(status)
            self.send_header("Location", body.decode())
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    Routes.routes = {
        "/page": (200, "text/html; charset=utf-8", PAGE.encode()),
        "/moved": (302, "", b"/page"),
        "/feed": (200, "application/rss+xml", rss(FEED_ITEMS).encode()),
        "/broken": (200, "application/rss+xml", b"<rss><channel><item><title>oops"),
        "/notfeed": (200, "text/plain", b"just words, no feed here at all"),
        "/image": (200, "image/png", b"\x89PNG\r\n"),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Routes)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def dead_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/feed"


class FakeExtractor:
    """One protest in Cusco for texts mentioning Cusco; stands in for the real extractor."""

    version = "fake-1"

    def extract(self, text, *, published=None, lang=None, doc_id=""):
        events = []
        if "Cusco" in text:
            start = text.index("Cusco")
            events.append(
                EventMention(
                    type="protest",
                    sub_type="peaceful",
                    evidence=Span(start, start + 5),
                    forms=["strike"],
                    date=DateRange(date(2023, 1, 9), date(2023, 1, 9)),
                    place=Place(name="Cusco", admin1="Cusco", precision="province"),
                )
            )
        return Extraction(doc_id=doc_id, lang=lang or "es", events=events)


@pytest.fixture()
def fake_extractor(monkeypatch):
    monkeypatch.setattr(pipeline, "Extractor", FakeExtractor)


def count(db, table, *where):
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        return s.scalar(select(func.count()).select_from(table).where(*where))


def test_url_ingest_follows_redirect_and_archives_raw(server, tmp_path, fake_extractor):
    db = tmp_path / "k.sqlite"
    result = runner.invoke(app, ["ingest", f"{server}/moved", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stdout and "1 events" in result.stdout
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        doc = s.scalar(select(DocumentRow))
        assert doc.url == f"{server}/page" and "huelga el lunes" in doc.text and doc.lang == "es"
        raw = s.scalar(select(RawArchiveRow))
        assert raw.content == PAGE.encode() and raw.media_type == "text/html" and raw.retrieved_at is not None


def test_url_feed_is_read_as_entries(server):
    docs = list(read_url(f"{server}/feed"))
    assert [d.url for d in docs] == ["http://x.example/1", "http://x.example/2"]
    assert docs[0].source == "Feed Sur" and docs[0].published == date(2023, 1, 10)


def test_url_errors_are_clear(server, monkeypatch):
    [missing] = list(read_url(f"{server}/nothing"))
    assert isinstance(missing, IngestError) and "404" in missing.reason
    [image] = list(read_url(f"{server}/image"))
    assert isinstance(image, IngestError) and "media type" in image.reason
    [down] = list(read_url(dead_url()))
    assert isinstance(down, IngestError) and "cannot fetch" in down.reason
    monkeypatch.setattr(fetch_module, "MAX_BYTES", 100)
    [big] = list(read_url(f"{server}/page"))
    assert isinstance(big, IngestError) and "too large" in big.reason


def test_ingest_files_reports_errors_and_continues(tmp_path, fake_extractor):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Marcha en Cusco\nEstudiantes marcharon en Cusco el lunes.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x00\x00binary")
    (folder / "c.jsonl").write_text(
        json.dumps({"text": "Docentes protestaron en Cusco por sus sueldos.", "doc_id": "c1"}) + "\n{broken\n",
        encoding="utf-8",
    )
    db = tmp_path / "k.sqlite"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 1
    assert f"{folder / 'b.txt'}: binary" in result.stderr
    assert f"{folder / 'c.jsonl'}:2: malformed JSON" in result.stderr
    assert "2 new, 0 duplicate, 0 near-duplicate, 2 failed; 2 extracted, 1 events" in result.stdout
    again = runner.invoke(app, ["ingest", str(folder / "a.txt"), "--db", str(db)])
    assert again.exit_code == 0 and "0 new, 1 duplicate" in again.stdout and "0 extracted" in again.stdout
    assert count(db, DocumentRow) == 2


def test_no_extract_leaves_documents_unextracted(tmp_path, fake_extractor):
    path = tmp_path / "a.txt"
    path.write_text("Marcha en Cusco\nEstudiantes marcharon en Cusco el lunes.", encoding="utf-8")
    db = tmp_path / "k.sqlite"
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db), "--no-extract"])
    assert result.exit_code == 0 and "0 extracted, 0 events" in result.stdout
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db)])
    assert "1 duplicate" in result.stdout and "1 extracted, 1 events" in result.stdout


def test_events_jsonl_and_filters(tmp_path, fake_extractor):
    db = tmp_path / "k.sqlite"
    for i, outlet in enumerate(["a", "b"]):
        path = tmp_path / f"{outlet}.jsonl"
        line = {"text": f"Huelga docente en Cusco, nota {i} con redacción distinta.", "doc_id": outlet, "published": f"2023-01-1{i}"}
        path.write_text(json.dumps(line) + "\n", encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1
    event = rows[0]
    assert event["type"] == "protest" and event["place"]["admin1"] == "Cusco"
    assert event["date"] == {"start": "2023-01-09", "end": "2023-01-09"} and event["forms"] == ["strike"]
    assert [s["doc_id"] for s in event["sources"]] == ["a", "b"] and event["n_documents"] == 2
    assert runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--region", "Puno"]).stdout == ""
    assert runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--type", "riot"]).stdout == ""
    table = runner.invoke(app, ["events", "--db", str(db)])
    assert table.exit_code == 0 and "Cusco" in table.stdout


def test_watch_once_survives_down_and_malformed_feeds(server, tmp_path, fake_extractor):
    db = tmp_path / "k.sqlite"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# feeds\n{dead_url()}\n{server}/broken\n{server}/notfeed\n{server}/feed\n", encoding="utf-8")
    first = runner.invoke(app, ["watch", str(feeds), "--once", "--interval", "1", "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "watch cycle 1: 2 new" in first.stdout
    assert count(db, FeedItemRow) == 2
    # The second poll sees the same entries and ingests nothing, even after a new entry appears elsewhere.
    Routes.routes["/feed"] = (200, "application/rss+xml", rss(FEED_ITEMS + [("Nueva", "http://x.example/3", "g3", "Rondas campesinas de Cajamarca bloquearon la vía el miércoles.")]).encode())
    second = runner.invoke(app, ["watch", f"{server}/feed", "--max-cycles", "2", "--interval", "0", "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "watch cycle 1: 1 new, 0 duplicate" in second.stdout
    assert "watch cycle 2: 0 new, 0 duplicate" in second.stdout
    assert count(db, DocumentRow) == 3


def test_watch_rejects_missing_feed_list(tmp_path):
    result = runner.invoke(app, ["watch", str(tmp_path / "nope.txt"), "--once", "--db", str(tmp_path / "k.sqlite")])
    assert result.exit_code != 0


def test_a_new_extractor_version_re_extracts_stored_documents(tmp_path, fake_extractor, monkeypatch):
    """After an upgrade (new rules or words, hence a new version) the stored
    documents are extracted again and their old mentions replaced, not kept."""
    path = tmp_path / "a.txt"
    path.write_text("Marcha en Cusco\nEstudiantes marcharon en Cusco el lunes.", encoding="utf-8")
    db = tmp_path / "k.sqlite"
    assert "1 extracted, 1 events" in runner.invoke(app, ["ingest", str(path), "--db", str(db)]).stdout
    assert "0 extracted" in runner.invoke(app, ["ingest", str(path), "--db", str(db)]).stdout
    monkeypatch.setattr(FakeExtractor, "version", "fake-2")
    again = runner.invoke(app, ["ingest", str(path), "--db", str(db)])
    assert again.exit_code == 0 and "1 extracted, 1 events" in again.stdout
    assert count(db, ExtractionRow) == 1 and count(db, EventMentionRow) == 1
