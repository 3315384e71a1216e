"""Stage 1: read an article's bytes into NFC text, keeping its provenance.

Editors feed the tool whatever their scrapers and word processors produce, so
reading is defensive: the size is capped before anything is read; UTF-8 (with
or without BOM) and UTF-16 with BOM are recognised and anything else must be
named with ``encoding``; binary files, office documents, HTML pages and TEI
files are refused with a message saying what they look like; line ends,
characters XML 1.0 forbids and Unicode normalization are repaired, and each
repair is recorded in :attr:`Source.normalizations` (the encoder declares them
in the TEI header, the command line prints them as warnings).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from pathlib import Path

from .errors import InputError, UsageError
from .model import Source

#: Inputs larger than this are refused before they are read (bytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_BYTES_ENV = "EDITION_MAX_BYTES"

# Characters XML 1.0 forbids (C0 controls except tab/LF/CR, surrogates, U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Control bytes that text files do not contain (tab, LF, CR, FF and ESC excepted).
_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13, 27}
#: Above this share (and count) of control bytes in its first block a file is binary;
#: fewer are stray characters, removed with a warning.
BINARY_SHARE = 0.05
BINARY_MIN_CONTROLS = 16
_SNIFF = 8192

# What a file that is not plain text is, by its first bytes.
_SIGNATURES = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
]
_SAVE_AS_TEXT = "save the article as plain text (UTF-8) and convert that"

_XML_START = re.compile(r"\A\s*(?:<\?xml\b|<!DOCTYPE\b|<!--)", re.I)
_TAG_START = re.compile(r"\A\s*<([A-Za-z][\w.:-]*)[\s/>]")
_HTML_HINT = re.compile(r"<(?:!DOCTYPE\s+html|html|head|body|meta|div|p|script)\b", re.I)
_TEI_HINT = re.compile(r"<(?:[\w-]+:)?(?:TEI|teiCorpus|teiHeader)\b|http://www\.tei-c\.org/ns/1\.0")


def max_bytes_from_env() -> int:
    """The size limit, overridable with ``EDITION_MAX_BYTES`` (a number of bytes)."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"{MAX_BYTES_ENV} must be a positive number of bytes, not {value!r}")
    return int(value)


def read_source(path: str | os.PathLike[str], encoding: str | None = None,
                max_bytes: int | None = None) -> Source:
    """Read one article file.

    UTF-8 (with or without BOM) and UTF-16 with BOM are recognised; any other
    encoding must be named with ``encoding``.  Files over ``max_bytes``
    (default :data:`DEFAULT_MAX_BYTES` or ``$EDITION_MAX_BYTES``) are refused
    before they are read.  Raises :class:`InputError` naming the file (and the
    byte offset or line) for anything that is not article text.
    """
    path = Path(path)
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    data = _read_capped(path, limit)
    return source_from_bytes(data, str(path), encoding)


def _read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes; never more than ``limit`` + 1 are read (pipes and devices too)."""
    def too_big(size: str) -> InputError:
        return InputError(f"file is {size} bytes, over the limit of {limit:,} bytes "
                          f"(raise it with --max-bytes or ${MAX_BYTES_ENV})", str(path))
    try:
        if path.is_dir():
            raise InputError("is a folder, not an article file", str(path))
        size = path.stat().st_size
        if size > limit:
            raise too_big(f"{size:,}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    if len(data) > limit:  # grew since stat, or a pipe/device with no size
        raise too_big("more than " + f"{limit:,}")
    return data


def source_from_bytes(data: bytes, path: str, encoding: str | None = None) -> Source:
    """Decode, check and normalize ``data``; ``path`` is only used in messages."""
    notes: list[str] = []
    text, used = _decode(data, path, encoding, notes)
    text = _normalize_line_ends(text, notes)
    _refuse_binary_text(text, path)
    text = _remove_non_xml(text, notes)
    if not text.strip():
        raise InputError("empty article: the file has no text" if not data else
                         "empty article: the file holds only white space", path)
    _refuse_markup(text, path)
    text = _normalize_unicode(text, notes)
    return Source(path=path, name=Path(path).name, text=text,
                  sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                  encoding=used, normalizations=tuple(notes))


# --- decoding --------------------------------------------------------------------


def _decode(data: bytes, path: str, encoding: str | None, notes: list[str]) -> tuple[str, str]:
    skip = 0  # bytes of a UTF-8 BOM, left out of the text but not of byte offsets
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}", path) from None
        codec = encoding
    elif data.startswith(codecs.BOM_UTF8):
        notes.append("A UTF-8 byte order mark at the start was removed.")
        codec, skip = "utf-8", len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        notes.append("The source was UTF-16; it was decoded and its byte order mark removed.")
        codec = "utf-16"
    else:
        codec = "utf-8"
        _refuse_binary_bytes(data, path)
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        _refuse_binary_bytes(data, path)
        raise _decode_error(data, skip + exc.start, path, codec) from None
    if encoding and text.startswith("\ufeff"):  # a BOM under a named encoding (utf-8, cp1258, ...)
        notes.append("A byte order mark at the start was removed.")
        text = text[1:]
    return text, codec


def _refuse_binary_bytes(data: bytes, path: str) -> None:
    """Refuse files that are not text at all, saying what they seem to be."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"this is {what}, not article text; {_SAVE_AS_TEXT}", path)
    sample = data[:_SNIFF]
    if not sample:
        return
    if _looks_like_utf16(sample):
        raise InputError("this looks like UTF-16 without a byte order mark; name it with "
                         "--encoding utf-16-le (or utf-16-be)", path)
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if _too_many(controls, len(sample)):
        offset = next(i for i, byte in enumerate(sample) if byte in _CONTROL_BYTES)
        raise InputError(f"binary data (control byte 0x{sample[offset]:02x} at byte offset "
                         f"{offset}, {controls} control bytes in the first {len(sample)}), "
                         f"not article text; {_SAVE_AS_TEXT}", path, *_byte_place(data, offset))


def _too_many(controls: int, sample_size: int) -> bool:
    return controls >= BINARY_MIN_CONTROLS and controls > BINARY_SHARE * sample_size


def _looks_like_utf16(sample: bytes) -> bool:
    """ASCII-heavy UTF-16 has a NUL in every other byte."""
    half = len(sample) // 2
    if half < 2:
        return False
    for parity in (0, 1):
        nuls = sample[parity::2].count(0)
        if nuls > 0.4 * half and sample[1 - parity::2].count(0) < 0.05 * half:
            return True
    return False


def _refuse_binary_text(text: str, path: str) -> None:
    """A named encoding (latin-1 decodes anything) can still let binary data through."""
    sample = text[:_SNIFF]
    controls = len(_NOT_XML.findall(sample))
    if _too_many(controls, len(sample)):
        raise InputError(f"binary data ({controls} control characters in the first "
                         f"{len(sample)}), not article text; {_SAVE_AS_TEXT}", path)


def _byte_place(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of a byte offset."""
    return data.count(b"\n", 0, offset) + 1, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def _decode_error(data: bytes, offset: int, path: str, codec: str) -> InputError:
    line, column = _byte_place(data, offset)
    bad = data[offset:offset + 4].hex(" ")
    return InputError(f"not valid {codec.upper()} at byte offset {offset} (bytes {bad}); "
                      "if the file is in another encoding (e.g. windows-1258, latin-1), "
                      "name it with --encoding", path, line, column)


# --- checks and repairs ----------------------------------------------------------


def _refuse_markup(text: str, path: str) -> None:
    """HTML pages and TEI/XML files are not article text: say so and what to do."""
    head = text[:_SNIFF]
    tag = _TAG_START.match(head)
    if not (_XML_START.match(head) or (tag and f"</{tag.group(1)}" in text)):
        return
    if _TEI_HINT.search(head):
        raise InputError("this is a TEI/XML document, not article text; give TEI files to "
                         "'edition validate' or 'edition render'", path, 1, 1)
    if _HTML_HINT.search(head):
        raise InputError("this is an HTML page, not article text; save the article's text "
                         "(title, date line, paragraphs) as a plain-text file", path, 1, 1)
    raise InputError("this looks like an XML document, not article text", path, 1, 1)


def _normalize_line_ends(text: str, notes: list[str]) -> str:
    if "\r" not in text:
        return text
    notes.append("Line ends (CRLF or CR) were normalized to LF.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _remove_non_xml(text: str, notes: list[str]) -> str:
    first = _NOT_XML.search(text)
    if not first:
        return text
    found = _NOT_XML.findall(text)
    line, column = _line_column(text, first.start())
    codes = sorted({f"U+{ord(ch):04X}" for ch in found})
    notes.append(f"{len(found)} characters not allowed in XML 1.0 were removed "
                 f"({', '.join(codes)}); the first was at line {line}, column {column}.")
    return _NOT_XML.sub("", text)


def _normalize_unicode(text: str, notes: list[str]) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text
    nfc = unicodedata.normalize("NFC", text)
    first = next((i for i, (a, b) in enumerate(zip(text, nfc)) if a != b),
                 min(len(text), len(nfc)))
    line, column = _line_column(text, first)
    notes.append(f"Unicode was normalized to NFC ({len(text)} code points became {len(nfc)}, "
                 f"e.g. decomposed Vietnamese diacritics composed); the first change was at "
                 f"line {line}, column {column}.")
    return nfc


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1
