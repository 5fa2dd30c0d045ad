"""Decoding bytes, normalising text, hashing: what makes two copies "the same".

The SHA-256 used for exact deduplication is taken over the *normalised* text
(NFC, ``\\n`` newlines, trailing spaces and extra blank lines removed), so the
same article saved on Windows and on Linux, or composed vs decomposed accents,
is recognised as one document.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from kipu.ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in real text (keep \t \n \r \f).
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode article bytes: BOMs first, then UTF-8, then cp1252/Latin-1.

    Spanish files saved by older Windows tools are cp1252; that fallback keeps
    "año" readable instead of failing. Binary data (NUL bytes, many control
    characters) is rejected, because decoding it "successfully" as Latin-1 would
    store garbage as an article.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(origin, f"invalid {encoding} text after byte-order mark ({exc.reason})") from exc
    sample = data[:8192]
    if b"\x00" in sample or len(_BINARY_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise IngestError(origin, "binary file, not text (contains NUL or control bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\ufeff", "")
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def sha256_text(text: str) -> str:
    """Hash of already-normalised text (the exact-duplicate key)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
