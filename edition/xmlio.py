"""Safe XML reading and atomic file writing, shared by every stage."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lxml import etree

from .errors import InputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def tei(name: str) -> str:
    """Clark name of a TEI element: ``tei("p")`` -> ``{http://www.tei-c.org/ns/1.0}p``."""
    return f"{{{TEI_NS}}}{name}"


def safe_parser() -> etree.XMLParser:
    """A parser that never expands entities, loads a DTD or touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False)


def parse_xml(path: str | os.PathLike[str]) -> etree._ElementTree:
    """Parse an XML file with :func:`safe_parser`; errors name file, line and column.

    A document with a DOCTYPE that declares entities is refused outright: an
    edition has no use for them and they are the vector of entity-expansion
    and external-entity attacks.
    """
    path = str(path)
    try:
        tree = etree.parse(path, safe_parser())
    except etree.XMLSyntaxError as exc:
        line, column = (exc.position if exc.position else (None, None))
        raise InputError(f"not well-formed XML: {exc.msg}", path, line, column) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", path) from None
    _refuse_entity_declarations(tree, path)
    return tree


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


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A reader never sees a half-written file, and a failure leaves the previous
    content (if any) in place.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
