"""The facts of the corpus index, gathered with lxml one article at a time.

``index.html`` lists every article (date, title) and one register of the
entities across the corpus.  :func:`index_facts` reduces a TEI document to
what the index shows (small, JSON-able: a build worker takes them where the
tree is at hand and sends them back); :class:`CorpusIndex` merges them and
writes the document that ``xslt/corpus.xsl`` renders (:mod:`edition.render`).
This module needs no Saxon, so a build's own process, which only gathers,
never loads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from . import xmlio

#: Namespace of the wrapper document that carries a whole corpus to corpus.xsl.
CORPUS_NS = "urn:x-edition:corpus"

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
