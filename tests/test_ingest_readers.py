"""Readers: encodings, bad input, HTML, JSONL, RSS/Atom, folders, language detection."""

from __future__ import annotations

import codecs
import json
from datetime import date

import pytest

from kipu.ingest.errors import IngestError
from kipu.ingest.language import detect_language
from kipu.ingest.readers import read_file, read_inputs, split_title
from kipu.ingest.text import decode_bytes, normalise_text, sha256_text
from kipu.model import Document

SPANISH = "Año nuevo, protesta vieja\n\nLos comuneros de Chumbivilcas marcharon hacia la plaza y exigieron diálogo.\n"


def _one(path) -> Document:
    items = list(read_file(path))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, IngestError):
        raise item
    return item


@pytest.mark.parametrize(
    "encoded",
    [
        SPANISH.encode("utf-8"),
        codecs.BOM_UTF8 + SPANISH.encode("utf-8"),
        SPANISH.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + SPANISH.encode("utf-16-be"),
        SPANISH.encode("cp1252"),
        SPANISH.encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "cp1252", "latin1"],
)
def test_txt_encodings_decode_to_the_same_text(tmp_path, encoded):
    path = tmp_path / "a.txt"
    path.write_bytes(encoded)
    doc = _one(path)
    assert normalise_text(doc.text) == normalise_text(SPANISH)
    assert doc.title == "Año nuevo, protesta vieja"
    assert doc.raw == encoded and doc.raw_media_type == "text/plain"
    assert doc.origin == str(path)


def test_invalid_utf8_falls_back_without_losing_letters(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Señal ".encode("utf-8") + "marchó en Tacna".encode("latin-1"))
    doc = _one(path)
    assert "marchó en Tacna" in doc.text


def test_binary_file_named_txt_is_rejected(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    [item] = list(read_file(path))
    assert isinstance(item, IngestError)
    assert item.origin == str(path) and "binary" in item.reason


def test_empty_file_is_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    [item] = list(read_file(path))
    assert isinstance(item, IngestError) and "empty" in item.reason


def test_title_heuristic():
    assert split_title("Paro en Puno\nMiles marcharon.")[0] == "Paro en Puno"
    assert split_title("Miles marcharon hoy en Puno.\nLuego hubo un mitin.")[0] is None
    assert split_title("Solo una línea")[0] is None


def test_normalisation_makes_hash_stable():
    a = "Cusco\r\n\r\n\r\n\r\nMarcha  \r\n"
    b = "Cusco\n\nMarcha"
    assert normalise_text(a) == b
    assert sha256_text(normalise_text("Ayacucho")) == sha256_text(normalise_text("Ayacucho\n"))
    assert normalise_text("Ayacuc\u0068o e\u0301") == "Ayacucho é"


def test_decode_utf16_without_valid_data_is_clear():
    with pytest.raises(IngestError, match="utf-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", "bad.txt")


HTML = """<!DOCTYPE html><html><head><title>Marcha en Arequipa | Diario</title>
<meta property="article:published_time" content="2023-01-19T08:00:00-05:00"></head>
<body><nav><a href="/">Portada</a> <a href="/deportes">Deportes</a></nav>
<article><h1>Marcha en Arequipa</h1>
<p>Miles de trabajadores recorrieron el centro de Arequipa el jueves para pedir la renuncia del gabinete.</p>
<p>La movilización terminó sin incidentes frente a la catedral, según los organizadores del gremio.</p>
</article><footer>Todos los derechos reservados</footer></body></html>"""


def test_html_main_text_title_date_and_raw(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("utf-8"))
    doc = _one(path)
    assert "Miles de trabajadores recorrieron el centro de Arequipa" in doc.text
    assert "derechos reservados" not in doc.text and "Deportes" not in doc.text
    assert doc.title and "Marcha en Arequipa" in doc.title
    assert doc.published == date(2023, 1, 19)
    assert doc.raw == HTML.encode("utf-8") and doc.raw_media_type == "text/html"


def test_jsonl_bad_line_names_file_and_line_and_rest_is_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"doc_id": "a", "text": "Marcha en Tacna por el agua.", "published": "2023-02-01", "lang": "es", "source": "x"}),
        "{not json",
        json.dumps({"doc_id": "c"}),
        json.dumps({"doc_id": "d", "text": "Otro texto.", "published": "ayer"}),
        "",
        json.dumps({"html": "<html><body><p>Strike in Puno today over water rights for the communities.</p></body></html>", "url": "https://e.example/x"}),
        json.dumps({"doc_id": "f", "text_file": "articles/f.txt"}),
        json.dumps({"doc_id": "g", "text_file": "articles/missing.txt"}),
    ]
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "f.txt").write_bytes("Paro en Ayacucho\nComerciantes cerraron el mercado.".encode("cp1252"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_file(path))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [e.origin for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:8"]
    assert "malformed JSON" in errors[0].reason and "'text'" in errors[1].reason and "ISO date" in errors[2].reason
    assert "missing.txt" in errors[3].reason
    assert [d.doc_id for d in docs] == ["a", None, "f"]
    assert docs[2].title == "Paro en Ayacucho" and "Comerciantes cerraron" in docs[2].text
    assert docs[0].published == date(2023, 2, 1) and docs[0].lang == "es" and docs[0].source == "x"
    assert docs[0].origin == f"{path}:1"
    assert "Strike in Puno" in docs[1].text and docs[1].url == "https://e.example/x"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Noticias del Sur</title><link>https://sur.example/</link>
<item><title>Bloqueo en Juliaca</title><link>https://sur.example/1</link><guid>sur-1</guid>
<pubDate>Mon, 09 Jan 2023 14:00:00 -0500</pubDate>
<description>&lt;p&gt;Pobladores bloquearon el puente.&lt;/p&gt;&lt;p&gt;Exigen la salida de la presidenta.&lt;/p&gt;</description></item>
<item><title>Vacía</title><link>https://sur.example/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Andes Wire</title><id>urn:andes</id><updated>2023-03-02T00:00:00Z</updated>
<entry><title>Teachers strike in Cusco</title><id>urn:andes:7</id><link href="https://andes.example/7"/>
<published>2023-03-01T10:00:00Z</published><updated>2023-03-01T10:00:00Z</updated>
<content type="html">&lt;p&gt;Teachers walked out of classrooms across Cusco on Wednesday.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_file(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_file(path))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) == 1 and len(errors) == 1 and "entry 2" in errors[0].origin
    doc = docs[0]
    assert doc.text == "Pobladores bloquearon el puente.\nExigen la salida de la presidenta."
    assert doc.title == "Bloqueo en Juliaca" and doc.url == "https://sur.example/1"
    assert doc.published == date(2023, 1, 9) and doc.source == "Noticias del Sur"


def test_atom_file_sniffed_from_xml(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    doc = _one(path)
    assert doc.text == "Teachers walked out of classrooms across Cusco on Wednesday."
    assert doc.url == "https://andes.example/7" and doc.published == date(2023, 3, 1)


def test_malformed_feed_is_an_error(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_bytes(b"<html><body>Not a feed at all</body></html>")
    [item] = list(read_file(path))
    assert isinstance(item, IngestError) and "feed" in item.reason


def test_folder_is_recursive_sorted_and_skips_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Segundo\nTexto dos sobre Piura.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Primero\nTexto uno sobre Tumbes.", encoding="utf-8")
    (tmp_path / "c.htm").write_text(HTML, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\x00")
    (tmp_path / ".hidden.txt").write_text("Oculto\nNo debe leerse.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    titles = [i.title for i in items if isinstance(i, Document)]
    assert titles[:2] == ["Primero", "Segundo"] and len(titles) == 3
    assert isinstance(items[-1], IngestError) and "no such file" in items[-1].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La policía dispersó a los manifestantes con gases lacrimógenos en la plaza de Juliaca.", "es"),
        ("Police dispersed the protesters with tear gas in the main square of Juliaca.", "en"),
        ("A polícia dispersou os manifestantes com gás lacrimogêneo na praça principal.", "pt"),
        ("ok", None),
        ("", None),
    ],
)
def test_language_detection(text, expected):
    assert detect_language(text) == expected
