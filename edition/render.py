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
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode, PyXsltExecutable

from . import resources, xmlio
from .errors import InputError

#: Namespace of the wrapper document that carries a whole corpus to corpus.xsl.
CORPUS_NS = "urn:x-edition:corpus"

#: The stylesheet modes of the plain-text views (see xslt/text.xsl).
TEXT_VIEWS = {False: "reading", True: "diplomatic"}


@dataclass(frozen=True)
class LoadedTEI:
    """A TEI document as Saxon holds it, ready for several renderings."""

    node: PyXdmNode
    where: str  # the file, for messages


class Renderer:
    """Compiled stylesheets for the HTML edition, the plain text and the corpus index."""

    def __init__(self, xslt_dir: Path | None = None) -> None:
        self.xslt_dir = Path(xslt_dir) if xslt_dir else resources.xslt_dir()
        self._processor = PySaxonProcessor(license=False)
        self._compiler = self._processor.new_xslt30_processor()
        self._html = self._compile("html.xsl")
        self._text = self._compile("text.xsl")

    # --- public API ------------------------------------------------------------

    def load(self, tei: Path | bytes | etree._ElementTree) -> LoadedTEI:
        """Read a TEI document once for several renderings (``html`` and ``text``).

        A tree must come from the hardened parser (``edition.xmlio``); paths and
        bytes are parsed with it here.
        """
        if isinstance(tei, etree._ElementTree):
            where = tei.docinfo.URL or "<tree>"
            xmlio.require_tei(tei, where, roots=("TEI", "teiCorpus"))
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

    def corpus_index(self, entries: list[tuple[Path, str]] | CorpusIndex) -> str:
        """``index.html`` for a corpus: every article (date, title) and a combined register.

        ``entries`` pairs each TEI file with the href of its HTML page.  Each TEI
        is read on its own and reduced to what the index shows (title, date, and
        per entity its name, roles and mention count), and the entities are merged
        across articles before Saxon sees them, so memory grows with the index,
        not with the corpus's text.  A :class:`CorpusIndex` already gathered (from
        :func:`index_facts` taken where the trees were at hand) is rendered as it is.
        """
        if isinstance(entries, CorpusIndex):
            index = entries
        else:
            index = CorpusIndex()
            for path, href in entries:
                index.add(_safe_tree(path).getroot(), href)
        node = self._xdm(index.to_xml(), "corpus index")
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
_TEI_START = re.compile(rb"""^(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->)*<(?:TEI|teiCorpus)\s"""
                        rb"""[^>]*?(?<=\s)xmlns\s*=\s*(["'])http://www\.tei-c\.org/ns/1\.0\1""", re.S)


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
    xmlio.require_tei(tree, where, roots=("TEI", "teiCorpus"))
    return tree


def _first_line(exc: Exception) -> str:
    """Saxon's message on one line (it spreads location and text over several)."""
    text = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
    return text or exc.__class__.__name__


# --- corpus summaries -----------------------------------------------------------------

_TEI = {"t": xmlio.TEI_NS}
_ENTRY_LISTS = {"listPerson": "person", "listOrg": "org", "listPlace": "place", "listBibl": "bibl"}
_NAME_ELEMENTS = ("persName", "orgName", "placeName", "geogName", "title", "name", "label")
_XML_ID = f"{{{xmlio.XML_NS}}}id"


def _plain(element: etree._Element | None) -> str:
    """The reading text of ``element`` on one line: corr not sic, no surplus, no notes."""
    if element is None:
        return ""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if etree.QName(child).localname not in ("sic", "surplus", "note", "orig"):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return " ".join("".join(parts).split())


#: The corpus index links each entity to at most this many articles (the first
#: ones given) and counts the rest: the page, and the memory to make it, then
#: grow with the number of articles and entities, not with their product.
MAX_LINKS_PER_ENTRY = 25


@dataclass
class _IndexEntry:
    """One entity across the corpus."""

    kind: str
    name: str
    number: str = ""
    roles: dict[str, None] = field(default_factory=dict)  # ordered set
    articles: list[tuple[int, int]] = field(default_factory=list)  # (article, mentions)
    in_articles: int = 0


@dataclass
class CorpusIndex:
    """The facts of the corpus index, gathered one article at a time."""

    articles: list[dict[str, str]] = field(default_factory=list)
    entries: dict[str, _IndexEntry] = field(default_factory=dict)

    def add(self, tei: etree._Element, href: str) -> None:
        self.add_facts(index_facts(tei), href)

    def add_facts(self, facts: dict, href: str) -> None:
        """Add one article from its :func:`index_facts`."""
        number = len(self.articles)
        self.articles.append({"href": href, **facts["article"]})
        for entry_id, kind, name, doc_number, roles, mentions in facts["entries"]:
            entry = self.entries.get(entry_id) or self.entries.setdefault(
                entry_id, _IndexEntry(kind=kind, name=name, number=doc_number))
            for role in roles:
                entry.roles.setdefault(role)
            entry.in_articles += 1
            if len(entry.articles) < MAX_LINKS_PER_ENTRY:
                entry.articles.append((number, mentions))

    def to_xml(self) -> etree._Element:
        """The ``c:corpus`` document that xslt/corpus.xsl renders."""
        corpus = etree.Element(f"{{{CORPUS_NS}}}corpus", nsmap={None: CORPUS_NS})
        for n, facts in enumerate(self.articles):
            etree.SubElement(corpus, f"{{{CORPUS_NS}}}article", n=str(n), **facts)
        for entry_id, entry in self.entries.items():
            element = etree.SubElement(corpus, f"{{{CORPUS_NS}}}entry", id=entry_id,
                                       kind=entry.kind, name=entry.name,
                                       articles=str(entry.in_articles))
            if entry.number:
                element.set("number", entry.number)
            for role in entry.roles:
                etree.SubElement(element, f"{{{CORPUS_NS}}}role").text = role
            for article, count in entry.articles:
                etree.SubElement(element, f"{{{CORPUS_NS}}}in", article=str(article),
                                 mentions=str(count))
        return corpus


def index_facts(tei: etree._Element) -> dict:
    """What the corpus index needs of one TEI document, as plain JSON-able values:
    ``{"article": {title, date?, iso?, when?}, "entries": [[id, kind, name, number,
    [roles], mentions], ...]}``; small enough to send from a build worker."""
    mentions = _mentions_by_id(tei)
    entries = []
    for listing, kind in _ENTRY_LISTS.items():
        for element in _LISTED[listing](tei):
            entry_id = element.get(_XML_ID)
            found = mentions.get(entry_id, [])
            new = _new_entry(element, kind)
            entries.append([entry_id, new.kind, new.name, new.number, _roles(element, found),
                            len(found)])
    article = _article_facts(tei, "")
    del article["href"]
    return {"article": article, "entries": entries}


def _article_facts(tei: etree._Element, href: str) -> dict[str, str]:
    title = (tei.xpath("t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']", namespaces=_TEI)
             or tei.xpath("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=_TEI)
             or tei.xpath("t:text/t:body/t:head", namespaces=_TEI))
    facts = {"href": href, "title": _plain(title[0]) if title else ""}
    dates = tei.xpath("t:teiHeader/t:fileDesc/t:sourceDesc//t:date[@when or @from]"
                      " | t:text/t:body/t:dateline//t:date[@when or @from]", namespaces=_TEI)
    if dates:
        date = dates[0]
        facts["date"] = _plain(date)
        facts["iso"] = date.get("when") or "/".join(filter(None, (date.get("from"), date.get("to"))))
        if date.get("when"):
            facts["when"] = date.get("when")
    return facts


# Compiled once: these run for every entry of every article.
_LISTED = {listing: etree.XPath(f".//t:{listing}/*[@xml:id]", namespaces=_TEI)
           for listing in _ENTRY_LISTS}
_MENTIONS = etree.XPath("t:text//*[@ref]", namespaces=_TEI)
_DOCUMENT_NUMBER = etree.XPath("string(t:idno[@type='document-number'][1])", namespaces=_TEI)
_ENTRY_ROLES = etree.XPath("t:occupation | t:roleName | t:persName/t:roleName", namespaces=_TEI)
_MENTION_ROLES = etree.XPath("t:roleName", namespaces=_TEI)


def _mentions_by_id(tei: etree._Element) -> dict[str, list[etree._Element]]:
    by_id: dict[str, list[etree._Element]] = {}
    for mention in _MENTIONS(tei):
        for token in mention.get("ref").split():
            if token.startswith("#"):
                by_id.setdefault(token[1:], []).append(mention)
    return by_id


def _new_entry(element: etree._Element, kind: str) -> _IndexEntry:
    if kind == "bibl" and element.getparent().get("type") == "directives":
        kind = "directive"
    names = [c for c in element if etree.QName(c).localname in _NAME_ELEMENTS]
    number = _DOCUMENT_NUMBER(element).strip()
    return _IndexEntry(kind=kind, name=_plain(names[0]) if names else element.get(_XML_ID),
                       number=number)


def _roles(element: etree._Element, mentions: list[etree._Element]) -> list[str]:
    """Titles and offices: the entry's occupations and the roleNames of its mentions."""
    roles = _ENTRY_ROLES(element)
    roles += [r for m in mentions for r in _MENTION_ROLES(m)]
    return [text for text in map(_plain, roles) if text]
