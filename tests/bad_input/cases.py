"""A corpus of bad inputs for ingestion, generated at test time (issue 7).

Every case is written by a function into a temporary folder, so nothing
binary or huge is committed and every byte here is ours. Each case says what
kipu must do with it: refuse it with an error whose reason names the
problem, or read it into documents whose text contains what the file really
says (a correct partial result for files that are partly broken). The big
cases (a 200 MB file, a 10^6-line JSONL) are in ``test_bad_input_big.py``,
which measures memory in a subprocess.
"""

from __future__ import annotations

import codecs
import json
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_ES = (
    "Paro en Juliaca\n\n"
    "Ayer, en Juliaca, miles de manifestantes marcharon hacia el aeropuerto y la policía "
    "disparó gases lacrimógenos. Al menos tres personas resultaron heridas, según el hospital.\n\n"
    "Los dirigentes exigen la renuncia de la presidenta y anunciaron un paro de 48 horas."
)
LATIN1_ES = "Año nuevo en Ñaña\n\nLos comuneros de Ñaña marcharon el año pasado por el agua; hubo niños y señoras."
SPANISH_WORDS = "los manifestantes marcharon por la avenida principal y la policía observó desde la plaza ".split()


@dataclass(frozen=True)
class Case:
    """One bad input: a file name, the bytes (or a writer), and what must happen.

    ``error`` is a substring the refusal's reason must contain (None: must not
    be refused entirely); ``docs`` the exact number of documents expected
    when known; ``contains`` substrings the documents' text must contain;
    ``errors`` the exact number of per-line/entry errors when known;
    ``warning`` a substring one document's warnings must contain (a partial
    or repaired result must say so), None: no document may carry a warning.
    """

    name: str
    make: Callable[[Path], None]
    error: str | None = None
    docs: int | None = None
    errors: int | None = None
    contains: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    tags: frozenset[str] = field(default_factory=frozenset)
    warning: str | None = None


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _lines(records: list[object]) -> bytes:
    out = []
    for r in records:
        out.append(r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode("utf-8"))
    return b"\n".join(out) + b"\n"


def _png() -> bytes:
    """A real (tiny) PNG: signature, IHDR, IDAT, IEND."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + bytes(range(16)) * 3 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _jpeg() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8 + b"\xff\xd9"


def _gzip() -> bytes:
    import gzip
    return gzip.compress(ARTICLE_ES.encode("utf-8") * 20)


def _pdf() -> bytes:
    stream = zlib.compress(ARTICLE_ES.encode("utf-8"))
    return b"%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + \
        stream + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%EOF\n"


def _elf() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + bytes(range(256)) * 4


def _zip() -> bytes:
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("article.txt", ARTICLE_ES * 5)
    return buf.getvalue()


def _nested_html(depth: int, tag: bytes = b"div") -> bytes:
    open_, close = b"<" + tag + b">", b"</" + tag + b">"
    return (b"<html><body>" + open_ * depth + ARTICLE_ES.encode() + close * depth + b"</body></html>")


def _half_deep_html(depth: int) -> bytes:
    """A page whose first paragraph is shallow and whose rest is nested ``depth`` deep."""
    head, _, rest = ARTICLE_ES.partition("\n\n")
    return (f"<html><head><title>Paro</title></head><body><article><h1>{head}</h1><p>Primer párrafo: los gremios "
            f"de Juliaca anunciaron la protesta.</p>".encode() + b"<div>" * depth + f"<p>{rest}</p>".encode()
            + b"</div>" * depth + b"</article></body></html>")


def _deep_feed(depth: int) -> bytes:
    inner = "&lt;div&gt;" * depth + "Comuneros de Ilave bloquearon la vía interoceánica." + "&lt;/div&gt;" * depth
    return _rss(_item("Bloqueo", inner, "deep1"))


def _gigantic_html(paragraphs: int) -> bytes:
    body = "".join(
        f"<p>Párrafo {i}: en la ciudad los manifestantes marcharon por la avenida {i} y la policía observó desde "
        f"la plaza principal mientras los dirigentes exigían diálogo con el gobierno regional.</p>\n"
        for i in range(paragraphs)
    )
    return f"<!doctype html><html><head><title>Crónica</title></head><body><article><h1>Crónica larga</h1>{body}</article></body></html>".encode()


def _rss(items: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>Feed</title>'
            f"{items}</channel></rss>").encode("utf-8")


def _item(title: str, description: str, guid: str) -> str:
    return (f"<item><title>{title}</title><link>http://feed.example/{guid}</link><guid>{guid}</guid>"
            f"<pubDate>Tue, 10 Jan 2023 09:00:00 GMT</pubDate><description>{description}</description></item>")


LAUGHS = "".join(
    f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' if i else '<!ENTITY l0 "ja">' for i in range(10)
)
BILLION_LAUGHS_DTD = f"<!DOCTYPE rss [{LAUGHS}]>"
XXE_DTD = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
XXE_PARAM_DTD = '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'


def _no_breaks(n_words: int) -> bytes:
    words = [SPANISH_WORDS[i % len(SPANISH_WORDS)] for i in range(n_words)]
    return ("Texto sin puntos\n\n" + " ".join(words)).encode("utf-8")


def _mkfifo(path: Path) -> None:
    os.mkfifo(path)


def _million_dollar_jsonl() -> bytes:
    good = {"doc_id": "ok-1", "published": "2023-01-10", "lang": "es", "text": ARTICLE_ES}
    return _lines([
        good,
        b'{"doc_id": "broken", "text": "sin cerrar',
        b"[1, 2, 3]",
        b'"just a string"',
        {"doc_id": "no-text"},
        {"doc_id": "ws", "text": " \u200b\u00a0\t "},
        {"doc_id": "year0", "published": "0000-01-01", "text": "Marcha en Puno el año 0."},
        {"doc_id": "year9999", "published": "9999-12-31", "lang": "es",
         "text": "Ayer, en Puno, marcharon miles de comuneros; mañana habrá un paro de 9999 horas."},
        {"doc_id": 12345, "text": "Marcha en Cusco con doc_id numérico."},
        {"doc_id": "bad-pub-type", "published": 20230110, "text": "Marcha en Tacna."},
        {"doc_id": "absurd", "published": "2023-01-10", "lang": "es",
         "text": "En Juliaca murieron 10^100 personas y 99999999999999999999 heridos según nadie."},
        b"\xff\xfe\x00garbage",
        b"null",
        {"doc_id": "html", "html": "<html><body><script>x()</script><p>Marcharon en Ilave contra la minera durante la tarde.</p></body></html>"},
        {"doc_id": "ok-2", "published": "2023-02-01", "lang": "en",
         "text": "In Lima, police fired tear gas at protesters marching to Congress; at least 12 were arrested."},
    ])


CASES: list[Case] = [
    # ---- binary files with text names
    Case("image.png.txt", _bytes(_png()), error="binary"),
    Case("photo.txt", _bytes(_jpeg()), error="binary"),
    Case("archive.txt", _bytes(_gzip()), error="binary"),
    Case("report.pdf.txt", _bytes(_pdf()), error="binary"),
    Case("program.md", _bytes(_elf()), error="binary"),
    Case("bundle.txt", _bytes(_zip()), error="binary"),
    Case("nul_in_text.txt", _bytes(ARTICLE_ES.encode()[:80] + b"\x00\x00\x00" + ARTICLE_ES.encode()[80:]), error="binary"),
    Case("binary.html", _bytes(_png() * 4), error="binary"),
    Case("binary.rss", _bytes(_jpeg()), error="feed"),
    # ---- encodings
    Case("latin1.txt", _bytes(LATIN1_ES.encode("latin-1")), docs=1, contains=("Año nuevo", "Ñaña", "niños")),
    Case("cp1252_quotes.txt", _bytes("Marcha en Puno\n\n“Queremos justicia” — dijeron los comuneros.".encode("cp1252")),
         docs=1, contains=("“Queremos justicia”", "—")),
    Case("mixed_utf8_latin1.txt", _bytes("Año de protestas en Puno\n\n".encode("utf-8") + LATIN1_ES.encode("latin-1")),
         docs=1, contains=("Año de protestas", "Ñaña", "señoras"), absent=("Ã",)),
    Case("utf16le_bom.txt", _bytes(codecs.BOM_UTF16_LE + ARTICLE_ES.encode("utf-16-le")), docs=1, contains=("policía disparó",)),
    Case("utf16be_bom.txt", _bytes(codecs.BOM_UTF16_BE + ARTICLE_ES.encode("utf-16-be")), docs=1, contains=("policía disparó",)),
    Case("utf16le_no_bom.txt", _bytes(ARTICLE_ES.encode("utf-16-le")), docs=1, contains=("policía disparó",)),
    Case("utf16be_no_bom.txt", _bytes(ARTICLE_ES.encode("utf-16-be")), docs=1, contains=("Juliaca",)),
    Case("utf8_bom.txt", _bytes(codecs.BOM_UTF8 + ARTICLE_ES.encode()), docs=1, contains=("Paro en Juliaca",), absent=("\ufeff",)),
    Case("utf32_bom.txt", _bytes(ARTICLE_ES.encode("utf-32")), docs=1, contains=("heridas",)),
    Case("bad_utf16_after_bom.txt", _bytes(codecs.BOM_UTF16_LE + b"M\x00a\x00\x00\xd8"), error="utf-16"),
    Case("utf8_bom_html.html", _bytes(codecs.BOM_UTF8 + b"<html><body><article><p>" + ARTICLE_ES.encode() + b"</p></article></body></html>"),
         docs=1, contains=("Juliaca",)),
    Case("utf16_feed.xml", _bytes(_rss(_item("Paro", "Comuneros de Ilave bloquearon la vía.", "u1")).replace(b'encoding="utf-8"', b'encoding="utf-16"').decode().encode("utf-16")),
         docs=1, contains=("Ilave",)),
    # ---- empty and invisible
    Case("empty.txt", _bytes(b""), error="empty"),
    Case("whitespace.txt", _bytes(b"   \n\t\n\r\n   "), error="empty"),
    Case("bom_only.txt", _bytes(codecs.BOM_UTF8), error="empty"),
    Case("nbsp_only.txt", _bytes("\u00a0\u3000\u2003\n\u00a0".encode()), error="empty"),
    Case("zero_width_only.txt", _bytes("\u200b\u200c\u200d\u2060\ufeff\n\u200b".encode()), error="empty"),
    Case("empty.jsonl", _bytes(b"\n\n  \n"), docs=0, errors=0),
    Case("empty.html", _bytes(b"<html><head></head><body></body></html>"), error="no article text"),
    Case("empty.rss", _bytes(_rss("")), error="no entries"),
    # ---- HTML
    Case("script_style_only.html", _bytes(b"<html><head><style>p{color:red}</style><script>var muertos=17;</script></head>"
                                          b"<body><script>document.write('marcha en Lima')</script><noscript></noscript></body></html>"),
         error="no article text"),
    Case("deeply_nested.html", _bytes(_nested_html(50_000)), docs=1,
         contains=("Paro en Juliaca", "policía disparó gases", "paro de 48 horas"), warning="nested"),
    Case("nested_just_past_limit.html", _bytes(_nested_html(300, b"span")), docs=1, contains=("policía disparó",),
         warning="nested"),
    Case("nested_below_limit.html", _bytes(_nested_html(100)), docs=1, contains=("policía disparó",)),
    Case("half_deep.html", _bytes(_half_deep_html(2_000)), docs=1,
         contains=("Primer párrafo", "policía disparó gases", "48 horas"), absent=("<div>",), warning="nested"),
    Case("deep_entry.rss", _bytes(_deep_feed(5_000)), docs=1, contains=("Ilave bloquearon",)),
    Case("unclosed_tags.html", _bytes(b"<html><body><p>" + ARTICLE_ES.encode() + b"<div><span><b><i><table><tr><td>"),
         docs=1, contains=("Juliaca",)),
    Case("gigantic.html", _bytes(_gigantic_html(1_000)), docs=1, contains=("Párrafo 0:",)),
    Case("too_big.html", lambda p: p.write_bytes(_gigantic_html(40_000) + b" " * (10 * 1024 * 1024)), error="too large"),
    Case("entity_decl.html", _bytes(f"<!DOCTYPE html [{LAUGHS}]><html><body><article><p>{ARTICLE_ES} &l9;</p></article></body></html>".encode()),
         error=None, absent=("jaja",)),
    Case("html_named_rss.rss", _bytes(b"<html><body><p>" + ARTICLE_ES.encode() + b"</p></body></html>"), error="not a valid RSS"),
    # ---- feeds and XML
    Case("billion_laughs.rss", _bytes(_rss(_item("Risa", "&l9;", "b1"), BILLION_LAUGHS_DTD)), error="entities"),
    Case("billion_laughs.xml", _bytes(_rss(_item("Risa", "&l9;", "b2"), BILLION_LAUGHS_DTD)), error="entities"),
    Case("xxe.rss", _bytes(_rss(_item("Archivo", "Marcha en Lima &xxe;", "x1"), XXE_DTD)), error="entities"),
    Case("xxe_parameter.xml", _bytes(_rss(_item("Archivo", "Marcha en Lima", "x2"), XXE_PARAM_DTD)), error="entities"),
    Case("billion_laughs_utf16.rss", _bytes(_rss(_item("Risa", "&l9;", "b3"), BILLION_LAUGHS_DTD).replace(b'encoding="utf-8"', b'encoding="utf-16"').decode().encode("utf-16")),
         error="unsafe XML"),
    Case("truncated.rss", _bytes(_rss(_item("Paro", "Transportistas pararon en Tacna todo el día.", "t1") + "<item><title>Cort")[:-40]),
         docs=1, contains=("Transportistas pararon en Tacna",)),
    Case("not_xml.rss", _bytes(b"esto no es un feed, solo texto"), error="not a valid RSS"),
    Case("hostile_entry_html.atom", _bytes(
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><id>a1</id><title>Bloqueo</title><updated>2023-01-10T00:00:00Z</updated>'
        b'<content type="html">&lt;script&gt;steal()&lt;/script&gt;&lt;p&gt;Comuneros bloquearon la carretera en Ilave.&lt;/p&gt;'
        b'&lt;img src=x onerror=alert(1)&gt;</content></entry></feed>'),
         docs=1, contains=("Ilave",), absent=("steal()", "onerror")),
    Case("feed_bad_dates.rss", _bytes(_rss(
        "<item><title>Año cero</title><guid>d0</guid><pubDate>Sat, 01 Jan 0000 00:00:00 GMT</pubDate>"
        "<description>Marcha en Puno el año cero.</description></item>"
        "<item><title>Año 9999</title><guid>d9</guid><pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate>"
        "<description>Marcha en Puno en el año 9999.</description></item>")), docs=2,
         contains=("Marcha en Puno el año cero.", "Marcha en Puno en el año 9999.")),
    # ---- JSONL
    Case("mixed_broken.jsonl", _bytes(_million_dollar_jsonl()), docs=5, errors=10, contains=("policía disparó", "Ilave", "tear gas")),
    Case("long_line.jsonl", lambda p: p.write_bytes(
        b'{"doc_id": "huge", "text": "' + b"a" * (11 * 1024 * 1024) + b'"}\n' + _lines([{"doc_id": "after", "text": ARTICLE_ES}])),
         docs=1, errors=1, contains=("Juliaca",)),
    Case("latin1_lines.jsonl", _bytes(_lines([{"doc_id": "u", "text": ARTICLE_ES}]) + _lines(
        [{"doc_id": "l", "text": LATIN1_ES}]).decode().encode("latin-1")), docs=2, errors=0,
         contains=("policía disparó", "Año nuevo en Ñaña", "niños y señoras"), absent=("\ufffd",), warning="cp1252"),
    Case("cp1252_file.jsonl", _bytes(_lines([{"doc_id": "w1", "text": "“Queremos justicia” — dijeron en Ñaña."},
                                              {"doc_id": "w2", "title": "Año", "text": LATIN1_ES}]).decode().encode("cp1252")),
         docs=2, errors=0, contains=("“Queremos justicia” —", "Ñaña marcharon el año"), warning="cp1252"),
    Case("mixed_within_line.jsonl", _bytes(b'{"doc_id": "m1", "text": "' + "Año de protestas: ".encode() +
                                           "los niños de Ñaña marcharon".encode("latin-1") + b'"}\n'),
         docs=1, errors=0, contains=("Año de protestas: los niños de Ñaña",), absent=("Ã",), warning="cp1252"),
    Case("crlf_bom.jsonl", _bytes(codecs.BOM_UTF8 + _lines([{"doc_id": "c1", "text": ARTICLE_ES}]).replace(b"\n", b"\r\n")),
         docs=1, errors=0),
    Case("no_trailing_newline.jsonl", _bytes(json.dumps({"doc_id": "n1", "text": ARTICLE_ES}).encode()), docs=1),
    # ---- texts that are hard for the extractor
    Case("no_sentence_breaks.txt", _bytes(_no_breaks(12_000)), docs=1, contains=("marcharon por la avenida",)),
    Case("one_huge_line.txt", _bytes((("x" * 200 + " ") * 5000).encode()), docs=1),
    Case("absurd_numbers.txt", _bytes(
        "Cifras absurdas\n\nEn Juliaca murieron 10^100 muertos, 99999999999999999999 heridos y "
        "18446744073709551616 detenidos; marcharon un millón de millones de billones de personas.".encode()), docs=1),
    Case("dates_year0_9999.txt", _bytes(
        "Fechas imposibles\n\nEl 31 de diciembre de 9999 y el 1 de enero del año 0 marcharon en Puno; "
        "el 30 de febrero de 2023 hubo un paro y el 0/0/0000 otro. Ayer murieron 3.".encode()), docs=1),
    Case("control_chars.txt", _bytes(b"Marcha\x1b[31m en Lima\x1b[0m\n\n" + ARTICLE_ES.encode()), docs=1, contains=("Juliaca",)),
    Case("emoji_rtl.txt", _bytes("🔥✊ Marcha en Puno ✊🔥\n\n‏مظاهرة‎ en Puno: los comuneros 👩‍👩‍👧 marcharon; 𝔪𝔞𝔯𝔠𝔥𝔞.".encode()),
         docs=1, contains=("comuneros",)),
    # ---- not files at all
    Case("fifo.txt", _mkfifo, error="not a regular file", tags=frozenset({"posix"})),
]
