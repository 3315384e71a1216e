"""Stage 1: read an article's bytes into NFC text, keeping its provenance."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from pathlib import Path

from .errors import InputError
from .model import Source

#: Inputs larger than this are refused before they are read (bytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Characters XML 1.0 forbids (C0 controls except tab/LF/CR, surrogates, U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MARKUP_START = re.compile(r"\A\s*(<\?xml|<!DOCTYPE|<html|<TEI|<teiCorpus|<[A-Za-z][\w.-]*[\s>])", re.I)


def max_bytes_from_env() -> int:
    """The size limit, overridable with ``EDITION_MAX_BYTES``."""
    value = os.environ.get("EDITION_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def read_source(path: str | os.PathLike[str], encoding: str | None = None,
                max_bytes: int | None = None) -> Source:
    """Read one article file.

    UTF-8 (with or without BOM) and UTF-16 with BOM are recognised; any other
    encoding must be named with ``encoding``.  Raises :class:`InputError`
    naming the file (and the byte offset or line) for anything that is not
    article text.
    """
    path = Path(path)
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"file is {size:,} bytes, over the limit of {limit:,} bytes "
                             "(set EDITION_MAX_BYTES or --max-bytes to raise it)", str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    return source_from_bytes(data, str(path), encoding)


def source_from_bytes(data: bytes, path: str, encoding: str | None = None) -> Source:
    """Decode, check and normalize ``data``; ``path`` is only used in messages."""
    notes: list[str] = []
    text, used = _decode(data, path, encoding, notes)
    if not text.strip():
        raise InputError("empty article: the file has no text" if not text else
                         "empty article: the file holds only white space", path)
    if _MARKUP_START.match(text):
        raise InputError("this looks like an XML or HTML document, not article text; "
                         "give TEI files to 'edition validate' or 'edition render'", path, 1, 1)
    text = _normalize_line_ends(text, notes)
    text = _remove_non_xml(text, path, notes)
    if unicodedata.is_normalized("NFC", text) is False:
        changed = sum(1 for a, b in zip(text, unicodedata.normalize("NFC", text)) if a != b)
        text = unicodedata.normalize("NFC", text)
        notes.append(f"Unicode normalized to NFC (the source was not; about {changed} "
                     "characters changed, mostly decomposed Vietnamese diacritics).")
    return Source(path=path, name=Path(path).name, text=text,
                  sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                  encoding=used, normalizations=tuple(notes))


def _decode(data: bytes, path: str, encoding: str | None, notes: list[str]) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", path) from None
        except UnicodeDecodeError as exc:
            raise _decode_error(data, exc, path, encoding) from None
    if data.startswith(codecs.BOM_UTF8):
        notes.append("A UTF-8 byte order mark was removed.")
        data, codec = data[len(codecs.BOM_UTF8):], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        notes.append("The source was UTF-16; it was decoded and its byte order mark removed.")
        codec = "utf-16"
    else:
        codec = "utf-8"
        if b"\x00" in data[:8192]:
            offset = data.index(b"\x00")
            raise InputError(f"binary data (a NUL byte at byte offset {offset}), not article text",
                             path, data.count(b"\n", 0, offset) + 1)
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise _decode_error(data, exc, path, codec) from None


def _decode_error(data: bytes, exc: UnicodeDecodeError, path: str, codec: str) -> InputError:
    offset = exc.start
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    bad = data[offset:offset + 4].hex(" ")
    return InputError(f"not valid {codec.upper()} at byte offset {offset} (bytes {bad}); "
                      "if the file is in another encoding (e.g. windows-1258, latin-1), "
                      "name it with --encoding", path, line, column)


def _normalize_line_ends(text: str, notes: list[str]) -> str:
    if "\r" not in text:
        return text
    notes.append("Line ends (CRLF or CR) were normalized to LF.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _remove_non_xml(text: str, path: str, notes: list[str]) -> str:
    found = _NOT_XML.findall(text)
    if not found:
        return text
    codes = sorted({f"U+{ord(ch):04X}" for ch in found})
    notes.append(f"{len(found)} characters not allowed in XML 1.0 were removed "
                 f"({', '.join(codes)}).")
    return _NOT_XML.sub("", text)
