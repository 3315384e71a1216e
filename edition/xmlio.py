"""Safe XML reading and atomic file writing, shared by every stage.

Reading: every XML file the toolkit opens goes through :func:`parse_xml` (or
:func:`parse_xml_bytes`), which never expands entities, never loads a DTD,
never touches the network and refuses documents that declare entities or
name an external DTD.  libxml2's default limits (nesting depth 256, 10 MB
text nodes) stay on: an edition never needs more.

Writing: every output file goes through :func:`atomic_write` (a temporary file
in the target folder, then a rename), so a reader never sees a half-written
file and a failure leaves the previous output in place.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from lxml import etree

from .errors import EditionError, InputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def tei(name: str) -> str:
    """Clark name of a TEI element: ``tei("p")`` -> ``{http://www.tei-c.org/ns/1.0}p``."""
    return f"{{{TEI_NS}}}{name}"


def safe_parser() -> etree.XMLParser:
    """A parser that never expands entities, loads a DTD or touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False)


# libxml2 repeats the place at the end of its message; we put it in front.
_TRAILING_PLACE = re.compile(r",\s*line \d+, column \d+\s*$")
_ENTITY_BOMB = re.compile(r"entity amplification|entity reference loop|entities? .*exceeded", re.I)


def parse_xml(path: str | os.PathLike[str]) -> etree._ElementTree:
    """Parse an XML file with :func:`safe_parser`; errors name file, line and column.

    A document with a DOCTYPE that declares entities is refused outright: an
    edition has no use for them and they are the vector of entity-expansion
    and external-entity attacks.  So is one that names an external DTD.
    """
    path = str(path)
    try:
        tree = etree.parse(path, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    _refuse_entity_declarations(tree, path)
    return tree


def parse_xml_bytes(data: bytes, path: str = "<bytes>") -> etree._ElementTree:
    """:func:`parse_xml` for a document in memory; ``path`` names it in messages."""
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, path) from None
    tree = root.getroottree()
    _refuse_entity_declarations(tree, path)
    return tree


def require_tei(tree: etree._ElementTree, path: str,
                roots: tuple[str, ...] = ("TEI",)) -> etree._Element:
    """The root element, when it is one of ``roots`` in the TEI namespace."""
    root = tree.getroot()
    qname = etree.QName(root)
    if qname.localname in roots and qname.namespace != TEI_NS:
        where = f"namespace {qname.namespace!r}" if qname.namespace else "no namespace"
        raise InputError(f"the root element {qname.localname} is in {where}; TEI documents "
                         f"use the namespace {TEI_NS!r}", path, root.sourceline)
    if qname.localname not in roots:
        expected = " or ".join(f"<{name}>" for name in roots)
        raise InputError(f"not a TEI document: the root element is <{qname.localname}>, "
                         f"not {expected}", path, root.sourceline)
    return root


def _syntax_error(exc: etree.XMLSyntaxError, path: str) -> InputError:
    line, column = exc.position if exc.position else (None, None)
    message = _TRAILING_PLACE.sub("", exc.msg or str(exc)).strip()
    if _ENTITY_BOMB.search(message):  # libxml2 stopped an expansion attack itself
        return InputError(f"entity declarations are not allowed, and these expand without "
                          f"bound ({message})", path, line or None, column or None)
    return InputError(f"not well-formed XML: {message}", path, line or None, column or None)


def _refuse_entity_declarations(tree: etree._ElementTree, path: str) -> None:
    docinfo = tree.docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError("the document declares entities in a DOCTYPE; entity declarations "
                         "are not allowed (they are not expanded)", path, 1, 1)
    if docinfo.system_url or docinfo.public_id:
        raise InputError("the document refers to an external DTD "
                         f"({docinfo.system_url or docinfo.public_id}); it is not loaded and "
                         "not allowed", path, 1, 1)
    for node in tree.iter(etree.Entity):
        raise InputError(f"undefined entity reference &{node.name};", path,
                         getattr(node, "sourceline", None))


# --- writing -------------------------------------------------------------------


def atomic_write(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A reader never sees a half-written file, and a failure leaves the previous
    content (if any) in place.  Concurrent writers of the same path each use
    their own temporary file, so the result is one writer's complete bytes.
    The file gets the usual permissions (0666 less the umask), not the 0600
    of a ``mkstemp`` file.  An ``OSError`` becomes an :class:`EditionError`
    naming the file.

    ``durable=False`` skips the fsyncs: the write is still atomic for readers
    and against a crash of this process, but not against power loss until the
    caller syncs (a corpus build syncs once, before it records its manifest,
    instead of three times per article).
    """
    with atomic_writer(path, durable=durable) as handle:
        handle.write(data)


@contextmanager
def atomic_writer(path: str | os.PathLike[str], *, durable: bool = True) -> Iterator[BinaryIO]:
    """:func:`atomic_write` for content written piece by piece: the file appears,
    complete, when the ``with`` block ends without an exception, and not at all
    otherwise."""
    path = Path(path)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}{_TEMPORARY_SUFFIX}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                if durable:
                    handle.flush()
                    os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            _remove_quietly(tmp)
            raise
    except OSError as exc:
        raise EditionError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
    if durable:
        _sync_folder(path.parent)


_TEMPORARY_SUFFIX = ".tmp"


def remove_temporaries(folder: str | os.PathLike[str]) -> None:
    """Remove what :func:`atomic_writer` left in ``folder`` when its process was
    killed mid-write (``.NAME.*.tmp``).  Only for a caller that knows no other
    process is writing there (a build under its lock).  The folder is read an
    entry at a time: Path.glob lists it whole, an entry per article of a corpus."""
    try:
        with os.scandir(folder) as entries:
            stale = [entry.path for entry in entries
                     if fnmatch.fnmatchcase(entry.name, f".*{_TEMPORARY_SUFFIX}")]
    except OSError:  # no such folder: nothing left there
        return
    for path in stale:
        _remove_quietly(path)


def _remove_quietly(path: str | os.PathLike[str]) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); folders cannot be opened on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def file_digest(path: str | os.PathLike[str], algorithm: str = "sha256") -> str:
    """Hex digest of a file's bytes, read in blocks (sources may be large)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, algorithm).hexdigest()
