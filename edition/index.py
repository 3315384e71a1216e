"""The facts of the corpus index, gathered with lxml one article at a time.

``index.html`` lists every article (date, title) and one register of the
entities across the corpus.  :func:`index_facts` reduces a TEI document to
what the index shows (small, JSON-able: a build worker takes them where the
tree is at hand and sends them back); :class:`CorpusIndex` merges them,
puts them in order and cuts the page into slices that ``xslt/corpus.xsl``
renders one at a time (the renderer is passed in: see
:meth:`edition.render.Renderer.corpus_index_parts`), so that neither Python
nor Saxon holds the whole corpus.  This module needs no Saxon, so a build's
own process, which only gathers, never loads it.
"""

from __future__ import annotations

import heapq
import itertools
import json
import pickle
import tempfile
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Callable, Iterable, Iterator, TypeVar

from lxml import etree

from . import xmlio
from .errors import InputError

#: Namespace of the wrapper document that carries a whole corpus to corpus.xsl.
CORPUS_NS = "urn:x-edition:corpus"

_TEI = {"t": xmlio.TEI_NS}
_ENTRY_LISTS = {"listPerson": "person", "listOrg": "org", "listPlace": "place", "listBibl": "bibl"}
_NAME_ELEMENTS = ("persName", "orgName", "placeName", "geogName", "title", "name", "label")
_XML_ID = f"{{{xmlio.XML_NS}}}id"
T = TypeVar("T")


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

#: Articles or entries per slice of the page (one small Saxon transform each).
SLICE = 500
#: Articles sorted in memory at a time; longer lists are merged from sorted runs
#: (5,000 cost the index child some 11 MB more than 1,000 at 10,000 articles).
SORT_RUN = 1000

#: The order of the register's groups (xslt/corpus.xsl has a label for each).
ENTRY_KINDS = ("person", "org", "place", "directive", "bibl", "other")

#: Renders one slice of corpus.xsl's input (an element) to a string.
RenderSlice = Callable[[etree._Element], str]


@dataclass(slots=True)
class _IndexEntry:
    """One entity across the corpus."""

    kind: str
    name: str
    number: str = ""
    roles: dict[str, None] = field(default_factory=dict)  # ordered set
    links: list[tuple[str, str, int]] = field(default_factory=list)  # (href, title, mentions)
    in_articles: int = 0


class CorpusIndex:
    """The facts of the corpus index, gathered one article at a time.

    The articles wait in a temporary file (a JSON line each) and leave it in the
    list's order, sorted in runs of SORT_RUN; only the entries (one per entity, at most
    MAX_LINKS_PER_ENTRY links each) are kept in memory."""

    def __init__(self) -> None:
        self.count = 0  # articles added
        self.entries: dict[str, _IndexEntry] = {}
        self._articles = tempfile.TemporaryFile()

    def add(self, tei: etree._Element, href: str) -> None:
        self.add_facts(index_facts(tei), href)

    def add_facts(self, facts: dict, href: str) -> None:
        """Add one article from its :func:`index_facts`."""
        article = {"href": href, **facts["article"]}
        self._articles.write(json.dumps(article, ensure_ascii=False).encode("utf-8") + b"\n")
        self.count += 1
        for entry_id, kind, name, doc_number, roles, mentions in facts["entries"]:
            entry = self.entries.get(entry_id) or self.entries.setdefault(
                entry_id, _IndexEntry(kind=kind, name=name, number=doc_number))
            for role in roles:
                entry.roles.setdefault(role)
            entry.in_articles += 1
            if len(entry.links) < MAX_LINKS_PER_ENTRY:
                entry.links.append((href, article["title"], mentions))

    def close(self) -> None:
        self._articles.close()

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def page(self, render: RenderSlice) -> Iterator[str]:
        """``index.html`` in pieces, from small slices rendered with ``render``."""
        register = bool(self.entries)
        page = _split(render(_element("page", articles=str(self.count),
                                      register="true" if register else "false")),
                      ["articles", *(["register"] if register else [])])
        yield page[0]
        for batch in _batches(self._sorted_articles(render), SLICE):
            yield render(_element("articles", *map(_article_element, batch)))
        yield page[1]
        for kind, group in itertools.groupby(self._sorted_entries(render), lambda e: e[1].kind):
            head, end = _split(render(_element("group", kind=kind)), ["entries"])
            yield head
            for batch in _batches(group, SLICE):
                yield render(_element("entries", *itertools.starmap(_entry_element, batch)))
            yield end
        yield from page[2:]

    def _sorted_articles(self, render: RenderSlice) -> Iterator[dict[str, str]]:
        """The articles by date (the undated last), title (Vietnamese order), href."""
        def order(batch: list[dict[str, str]]) -> list[tuple]:
            titles = _keys(render, "title", [a["title"] for a in batch])
            return [("iso" not in a, a.get("iso", ""), title, a["href"])
                    for a, title in zip(batch, titles)]

        self._articles.seek(0)
        return _sorted_in_runs(map(json.loads, self._articles), order)

    def _sorted_entries(self, render: RenderSlice) -> list[tuple[str, _IndexEntry]]:
        """The entries by group, then name (Vietnamese order, as f:sort-key spells it), id."""
        entries = list(self.entries.items())
        names = [key for batch in _batches(entries, SLICE)
                 for key in _keys(render, "name", [entry.name for _, entry in batch])]
        rank = {kind: n for n, kind in enumerate(ENTRY_KINDS)}
        keys = [(rank.get(entry.kind, -1), name, entry_id) for (entry_id, entry), name in zip(entries, names)]
        return [item for _, item in sorted(zip(keys, entries), key=lambda pair: pair[0])]


def _element(tag: str, *children: etree._Element, **attributes: str) -> etree._Element:
    element = etree.Element(f"{{{CORPUS_NS}}}{tag}", attributes, nsmap={None: CORPUS_NS})
    element.extend(children)
    return element


def _article_element(article: dict[str, str]) -> etree._Element:
    return _element("article", **article)


def _entry_element(entry_id: str, entry: _IndexEntry) -> etree._Element:
    element = _element("entry", id=entry_id, kind=entry.kind, name=entry.name,
                       articles=str(entry.in_articles))
    if entry.number:
        element.set("number", entry.number)
    for role in entry.roles:
        etree.SubElement(element, f"{{{CORPUS_NS}}}role").text = role
    for href, title, mentions in sorted(entry.links, key=lambda link: link[0]):  # by href
        etree.SubElement(element, f"{{{CORPUS_NS}}}in", href=href, title=title,
                         mentions=str(mentions))
    return element


def _keys(render: RenderSlice, kind: str, texts: list[str]) -> list[str]:
    """The collation keys of ``texts`` (``kind``: title or name), from corpus.xsl."""
    keys = _element("keys")
    for text in texts:
        etree.SubElement(keys, f"{{{CORPUS_NS}}}{kind}").text = text
    return render(keys).splitlines()


def _split(html: str, markers: list[str]) -> list[str]:
    """The pieces of a rendered shell around its ``<!--c:MARKER-->`` comments."""
    pieces, rest = [], html
    for marker in markers:
        before, found, rest = rest.partition(f"<!--c:{marker}-->")
        if not found:
            raise InputError(f"the rendered page has no <!--c:{marker}--> where the slices go",
                             "corpus.xsl")
        pieces.append(before)
    return [*pieces, rest]


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _sorted_in_runs(items: Iterable[T], order: Callable[[list[T]], list[tuple]]) -> Iterator[T]:
    """``items`` sorted by the keys ``order`` gives each batch, with no more than
    SORT_RUN of them in memory: each run is sorted and spilled to a temporary
    file, and the runs are merged."""
    runs = []
    try:
        for batch in _batches(items, SORT_RUN):
            keys = [key for part in _batches(batch, SLICE) for key in order(part)]
            run = tempfile.TemporaryFile()
            for pair in sorted(zip(keys, batch), key=lambda pair: pair[0]):
                pickle.dump(pair, run)
            run.seek(0)
            runs.append(run)
        for _, item in heapq.merge(*map(_unpickled, runs), key=lambda pair: pair[0]):
            yield item
    finally:
        for run in runs:
            run.close()


def _unpickled(handle: BinaryIO) -> Iterator[Any]:
    while True:
        try:
            yield pickle.load(handle)
        except EOFError:
            return


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
    return {"article": _article_facts(tei), "entries": entries}


def _article_facts(tei: etree._Element) -> dict[str, str]:
    title = (tei.xpath("t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']", namespaces=_TEI)
             or tei.xpath("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=_TEI)
             or tei.xpath("t:text/t:body/t:head", namespaces=_TEI))
    facts = {"title": _plain(title[0]) if title else ""}
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
