"""Stage 5: render TEI with the XSLT 3.0 stylesheets in ``xslt/`` (run by saxonche).

The stylesheets are compiled once per :class:`Renderer`; make one per process and
reuse it.  Input is parsed with the project's hardened parser first and handed
to Saxon re-serialized, without any DOCTYPE, so hostile XML (entity expansion,
external entities) never reaches Saxon's own parser.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode, PyXsltExecutable

from . import resources, xmlio
from .errors import InputError

#: Namespace of the wrapper document that carries a whole corpus to corpus.xsl.
CORPUS_NS = "urn:x-edition:corpus"

#: The stylesheet modes of the plain-text views (see xslt/text.xsl).
TEXT_VIEWS = {False: "reading", True: "diplomatic"}


class Renderer:
    """Compiled stylesheets for the HTML edition, the plain text and the corpus index."""

    def __init__(self, xslt_dir: Path | None = None) -> None:
        self.xslt_dir = Path(xslt_dir) if xslt_dir else resources.xslt_dir()
        self._processor = PySaxonProcessor(license=False)
        self._compiler = self._processor.new_xslt30_processor()
        self._html = self._compile("html.xsl")
        self._text = self._compile("text.xsl")

    # --- public API ------------------------------------------------------------

    def html(self, tei: Path | bytes, *, tei_href: str | None = None) -> str:
        """The HTML edition of one TEI document; ``tei_href`` links the page to its TEI file."""
        node, where = self._load(tei)
        self._html.clear_parameters()
        if tei_href:
            self._html.set_parameter("tei-href", self._processor.make_string_value(tei_href))
        return self._run(self._html, node, where)

    def text(self, tei: Path | bytes, *, diplomatic: bool = False) -> str:
        """The plain-text edition: the reading view, or the source's own readings."""
        node, where = self._load(tei)
        self._text.set_initial_mode(TEXT_VIEWS[diplomatic])
        return self._run(self._text, node, where)

    def corpus_index(self, entries: list[tuple[Path, str]]) -> str:
        """``index.html`` for a corpus: every article (date, title) and a combined register.

        ``entries`` pairs each TEI file with the href of its HTML page.
        """
        wrapper = etree.Element(f"{{{CORPUS_NS}}}corpus", nsmap={None: CORPUS_NS})
        for path, href in entries:
            article = etree.SubElement(wrapper, f"{{{CORPUS_NS}}}article", href=href)
            article.append(_safe_tree(path).getroot())
        node = self._xdm(wrapper, "corpus index")
        return self._run(self._corpus, node, "corpus index")

    # --- internals -------------------------------------------------------------

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

    def _load(self, tei: Path | bytes) -> tuple[PyXdmNode, str]:
        where = "<bytes>" if isinstance(tei, (bytes, bytearray)) else str(tei)
        return self._xdm(_safe_tree(tei).getroot(), where), where

    def _xdm(self, root: etree._Element, where: str) -> PyXdmNode:
        # Only the element is serialized: no DOCTYPE, so Saxon sees no entity declarations.
        text = etree.tostring(root, encoding="unicode")
        try:
            return self._processor.parse_xml(xml_text=text)
        except PySaxonApiError as exc:  # pragma: no cover - lxml accepted it already
            raise InputError(f"cannot load for rendering: {_first_line(exc)}", where) from None

    @staticmethod
    def _run(executable: PyXsltExecutable, node: PyXdmNode, where: str) -> str:
        try:
            result = executable.transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            raise InputError(f"cannot render: {_first_line(exc)}", where) from None
        return result or ""


def _safe_tree(tei: Path | bytes) -> etree._ElementTree:
    """Parse with the hardened parser; bytes get the same checks as files."""
    if not isinstance(tei, (bytes, bytearray)):
        return xmlio.parse_xml(tei)
    try:
        tree = etree.parse(io.BytesIO(bytes(tei)), xmlio.safe_parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        raise InputError(f"not well-formed XML: {exc.msg}", "<bytes>", line, column) from None
    # The same refusal of DOCTYPE entities and external DTDs as for files.
    xmlio._refuse_entity_declarations(tree, "<bytes>")  # noqa: SLF001
    return tree


def _first_line(exc: Exception) -> str:
    """Saxon's message on one line (it spreads location and text over several)."""
    text = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
    return text or exc.__class__.__name__
