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


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as cp1252 (else Latin-1).

    Files pasted together from a UTF-8 page and an old Windows document mix
    both encodings; decoding byte by byte keeps "año" readable in both halves
    instead of turning the UTF-8 half into mojibake.
    """
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    byte = exc.object[exc.start : exc.start + 1]
    try:
        return byte.decode("cp1252"), exc.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), exc.start + 1


codecs.register_error("kipu-cp1252", _cp1252_fallback)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like BOM-less UTF-16 text.

    Mostly-ASCII text in UTF-16 has a NUL in every other byte; real binary
    files do not show that regular pattern.
    """
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even_nul = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd_nul = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    if odd_nul >= 0.6 * pairs and even_nul <= 0.05 * pairs:
        return "utf-16-le"
    if even_nul >= 0.6 * pairs and odd_nul <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode article bytes: BOMs first, then BOM-less UTF-16, then UTF-8 with a cp1252 fallback.

    Spanish files saved by older Windows tools are cp1252; reading each
    non-UTF-8 byte as cp1252 keeps "año" readable whether the whole file or
    only a pasted part of it is in that encoding. Binary data (NUL bytes, many
    control characters) is rejected, because decoding it "successfully" as
    Latin-1 would store garbage as an article.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(origin, f"invalid {encoding} text after byte-order mark ({exc.reason})") from exc
            return _reject_binary_text(text, origin)
    sample = data[:8192]
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        try:
            return _reject_binary_text(data.decode(utf16), origin)
        except UnicodeDecodeError as exc:
            raise IngestError(origin, f"looks like {utf16} text but does not decode ({exc.reason})") from exc
    if looks_binary(data):
        raise IngestError(origin, "binary file, not text (contains NUL or control bytes)")
    return data.decode("utf-8", errors="kipu-cp1252")


def decode_line(line: bytes) -> tuple[str, str | None]:
    """One JSONL line as text: UTF-8 first, else each non-UTF-8 byte as cp1252.

    Returns the text and, when the fallback was needed, the encoding used
    ("cp1252"), so the caller can say so. Decoding per line, not per file,
    keeps a file whose lines were appended by tools with different encodings
    readable line by line (JSON itself is always UTF-8, so any non-UTF-8 byte
    is a legacy encoding, most likely Windows' cp1252 for Spanish text).
    """
    line = line.removeprefix(codecs.BOM_UTF8)
    try:
        return line.decode("utf-8"), None
    except UnicodeDecodeError:
        return line.decode("utf-8", errors="kipu-cp1252"), "cp1252"


def decode_lenient(data: bytes) -> str:
    """Bytes to text without ever failing: a BOM or UTF-16 pattern if any, else
    UTF-8 with each stray byte read as cp1252 (for markup already known not binary)."""
    encoding = unicode_encoding(data)
    if encoding is not None:
        return data.decode(encoding, errors="replace")
    return data.decode("utf-8", errors="kipu-cp1252")


def unicode_encoding(data: bytes) -> str | None:
    """The UTF-16/32 (or UTF-8-with-BOM) encoding announced by a BOM or a NUL pattern, else None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return _utf16_without_bom(data[:8192])


def looks_binary(data: bytes) -> bool:
    """NUL or many control bytes near the start, for 8-bit encodings (check
    :func:`unicode_encoding` first: UTF-16 text is full of NULs)."""
    sample = data[:8192]
    return b"\x00" in sample or len(_BINARY_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def ascii_head(data: bytes, size: int = 4096) -> bytes:
    """The first bytes as UTF-8, decoding UTF-16/32 first, so that sniffing
    for "<rss" or "<html" works whatever the file's encoding."""
    encoding = unicode_encoding(data)
    if encoding is None or encoding == "utf-8-sig":
        return data[:size]
    width = 4 if encoding.startswith("utf-32") else 2
    return data[: size * width].decode(encoding, errors="ignore").encode("utf-8", errors="ignore")


def _reject_binary_text(text: str, origin: str) -> str:
    """Binary content behind a BOM (or in UTF-16) is still binary."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    if "\x00" in sample or controls > max(2, len(sample) // 100):
        raise IngestError(origin, "binary file, not text (contains NUL or control characters)")
    return text


def has_words(text: str) -> bool:
    """Whether ``text`` has any letter or digit: whitespace, zero-width and
    format characters alone are not an article, though ``str.strip`` keeps some."""
    return any(ch.isalnum() for ch in text)


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
