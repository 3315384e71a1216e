"""Stage 5: render TEI with the XSLT 3.0 stylesheets in ``xslt/`` (run by saxonche).

The stylesheets are compiled once per :class:`Renderer`; make one per process and
reuse it.  Files are parsed with the project's hardened parser first and handed
to Saxon re-serialized, without any DOCTYPE, so hostile XML (entity expansion,
external entities) never reaches Saxon's own parser.  TEI already in memory as
UTF-8 bytes with no DOCTYPE (what the build has just encoded and validated) goes
to Saxon directly: with no DOCTYPE no entity can be declared and no DTD fetched,
and Saxon's parser keeps JAXP's secure limits (nesting depth 100, among others).
Saving the second parse is a third of the cost of loading a 20 KB article.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode, PyXsltExecutable

from . import resources, xmlio
from .errors import InputError
from .index import CorpusIndex

#: The root elements the stylesheets render (the quick check in _TEI_START too).
TEI_ROOTS = ("TEI", "teiCorpus")

#: The stylesheet modes of the plain-text views (see xslt/text.xsl).
TEXT_VIEWS = {False: "reading", True: "diplomatic"}


@dataclass(frozen=True)
class LoadedTEI:
    """A TEI document as Saxon holds it, ready for several renderings."""

    node: PyXdmNode
    where: str  # the file, for messages


class Renderer:
    """Compiled stylesheets for the HTML edition, the plain text and the corpus index.

    ``views`` are compiled at once (a stylesheet that does not compile is an
    error here, before any document); the others when first used.  A process
    that only renders the corpus index passes ``views=()``: compiling the two
    editions' stylesheets grows Saxon's heap by some 70 MB.
    """

    def __init__(self, xslt_dir: Path | None = None,
                 views: tuple[str, ...] = ("html", "text")) -> None:
        self.xslt_dir = Path(xslt_dir) if xslt_dir else resources.xslt_dir()
        self._processor = PySaxonProcessor(license=False)
        self._compiler = self._processor.new_xslt30_processor()
        for view in views:
            getattr(self, f"_{view}")

    # --- public API ------------------------------------------------------------

    def load(self, tei: Path | bytes | etree._ElementTree) -> LoadedTEI:
        """Read a TEI document once for several renderings (``html`` and ``text``).

        A tree must come from the hardened parser (``edition.xmlio``); paths and
        bytes are parsed with it here.
        """
        if isinstance(tei, etree._ElementTree):
            where = tei.docinfo.URL or "<tree>"
            xmlio.require_tei(tei, where, roots=TEI_ROOTS)
            return LoadedTEI(self._xdm(tei.getroot(), where), where)
        if isinstance(tei, (bytes, bytearray)):
            node = self._parse_plain_tei(bytes(tei))
            if node is not None:
                return LoadedTEI(node, "<bytes>")
        # Files, and bytes Saxon may not or could not take: the hardened parser,
        # whose messages name the line of the fault.
        where = "<bytes>" if isinstance(tei, (bytes, bytearray)) else str(tei)
        return LoadedTEI(self._xdm(_safe_tree(tei).getroot(), where), where)

    def html(self, tei: Path | bytes | LoadedTEI, *, tei_href: str | None = None) -> str:
        """The HTML edition of one TEI document; ``tei_href`` links the page to its TEI file."""
        doc = tei if isinstance(tei, LoadedTEI) else self.load(tei)
        self._html.clear_parameters()
        if tei_href:
            self._html.set_parameter("tei-href", self._processor.make_string_value(tei_href))
        return self._run(self._html, doc.node, doc.where)

    def text(self, tei: Path | bytes | LoadedTEI, *, diplomatic: bool = False) -> str:
        """The plain-text edition: the reading view, or the source's own readings."""
        doc = tei if isinstance(tei, LoadedTEI) else self.load(tei)
        self._text.set_initial_mode(TEXT_VIEWS[diplomatic])
        return self._run(self._text, doc.node, doc.where)

    def corpus_index(self, entries: list[tuple[Path, str]]) -> str:
        """``index.html`` for a corpus: every article (date, title) and a combined register.

        ``entries`` pairs each TEI file with the href of its HTML page.  Each TEI
        is read on its own and reduced to what the index shows (title, date, and
        per entity its name, roles and mention count), and the entities are merged
        across articles before Saxon sees them, so memory grows with the index,
        not with the corpus's text.
        """
        with CorpusIndex() as index:
            for path, href in entries:
                index.add(_safe_tree(path).getroot(), href)
            return "".join(self.corpus_index_parts(index))

    def corpus_index_parts(self, index: CorpusIndex) -> Iterator[str]:
        """``index.html`` of a gathered :class:`CorpusIndex` (from :func:`index_facts`
        taken where the trees were at hand), in pieces to write one after the other:
        corpus.xsl renders it a slice at a time, so Saxon's memory does not grow
        with the corpus."""
        return index.page(self._corpus_slice)

    # --- internals -------------------------------------------------------------

    @functools.cached_property
    def _html(self) -> PyXsltExecutable:
        return self._compile("html.xsl")

    @functools.cached_property
    def _text(self) -> PyXsltExecutable:
        return self._compile("text.xsl")

    @functools.cached_property
    def _corpus(self) -> PyXsltExecutable:
        return self._compile("corpus.xsl")

    def _compile(self, name: str) -> PyXsltExecutable:
        path = self.xslt_dir / name
        if not path.is_file():
            raise InputError("stylesheet missing", str(path))
        try:
            return self._compiler.compile_stylesheet(stylesheet_file=str(path))
        except PySaxonApiError as exc:
            raise InputError(f"stylesheet does not compile: {_first_line(exc)}", str(path)) from None

    def _xdm(self, root: etree._Element, where: str) -> PyXdmNode:
        # Only the element is serialized: no DOCTYPE, so Saxon sees no entity declarations.
        text = etree.tostring(root, encoding="unicode")
        try:
            return self._processor.parse_xml(xml_text=text)
        except PySaxonApiError as exc:  # pragma: no cover - lxml accepted it already
            raise InputError(f"cannot load for rendering: {_first_line(exc)}", where) from None

    def _parse_plain_tei(self, data: bytes) -> PyXdmNode | None:
        """Saxon's own tree of UTF-8 TEI without a DOCTYPE, else None."""
        text = _plain_utf8_tei(data)
        if text is None:
            return None
        try:
            return self._processor.parse_xml(xml_text=text)
        except PySaxonApiError:
            return None  # the hardened parser will say what is wrong, and where

    def _corpus_slice(self, element: etree._Element) -> str:
        return self._run(self._corpus, self._xdm(element, "corpus index"), "corpus index")

    @staticmethod
    def _run(executable: PyXsltExecutable, node: PyXdmNode, where: str) -> str:
        try:
            result = executable.transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            raise InputError(f"cannot render: {_first_line(exc)}", where) from None
        return result or ""


_ENCODING_DECLARATION = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
# After the prolog (declaration, PIs, comments), a TEI or teiCorpus start tag that
# declares the TEI namespace as the default one.  (Read off the text: asking the
# parsed tree from Python crashes SaxonC in threads other than its first.)
# Each part of the prolog matches in one way only (a PI cannot run past its "?>",
# a comment past its "-->"): with ".*?" a run of PIs could be split in
# exponentially many ways before a non-TEI root failed the match.
_TEI_START = re.compile(rb"""^(?:\xef\xbb\xbf)?(?:\s|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->)*"""
                        rb"""<(?:TEI|teiCorpus)\s[^>]*?(?<=\s)xmlns\s*=\s*(["'])"""
                        rb"""http://www\.tei-c\.org/ns/1\.0\1""")


def _plain_utf8_tei(data: bytes) -> str | None:
    """The text of a document Saxon may parse itself: UTF-8 (as declared, if it
    says), no NUL (so not UTF-16 either), no DOCTYPE, and a TEI root.  Else None
    (anything else takes the hardened parser, which explains what is wrong)."""
    if b"<!DOCTYPE" in data or b"\0" in data:
        return None
    head = data[:65536]
    declared = _ENCODING_DECLARATION.match(head)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        return None
    if not _TEI_START.match(head):
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _safe_tree(tei: Path | bytes) -> etree._ElementTree:
    """Parse with the hardened parser and insist on a TEI (or teiCorpus) root."""
    if isinstance(tei, (bytes, bytearray)):
        where, tree = "<bytes>", xmlio.parse_xml_bytes(bytes(tei))
    else:
        where, tree = str(tei), xmlio.parse_xml(tei)
    xmlio.require_tei(tree, where, roots=TEI_ROOTS)
    return tree


def _first_line(exc: Exception) -> str:
    """Saxon's message on one line (it spreads location and text over several)."""
    text = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
    return text or exc.__class__.__name__
