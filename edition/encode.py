"""Stage 4: write the TEI P5 document of an annotated article.

The output is deterministic: the same article gives the same bytes (ids are
slugs, entries are listed in order of first mention, and no clock time is
written unless ``SOURCE_DATE_EPOCH`` asks for it).
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from lxml import etree

from . import __version__
from .ids import slug
from .model import Annotated, Article, Entity, Figure, Heading, Inline, Paragraph, Span
from .xmlio import TEI_NS, XML_NS, tei

SCHEMA_HREF = "../../schema/edition.xsd"
INDENT = "  "
# Elements that hold only other elements: the only ones indented on output, so
# that no white space is ever added to the text of mixed content.
_CONTAINERS = frozenset(
    "TEI teiHeader fileDesc titleStmt respStmt extent publicationStmt availability sourceDesc bibl "
    "encodingDesc editorialDecl appInfo application profileDesc langUsage revisionDesc standOff "
    "listPerson person listOrg org listPlace place listBibl text body div figure closer".split())


def encode(annotated: Annotated, schema_href: str = SCHEMA_HREF) -> bytes:
    """Serialize ``annotated`` as a TEI document (UTF-8 bytes, final newline)."""
    root = build_tree(annotated)
    _indent(root, 0)
    pi = etree.ProcessingInstruction(
        "xml-model", f'href="{schema_href}" type="application/xml" '
                     'schematypens="http://www.w3.org/2001/XMLSchema"')
    body = etree.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + etree.tostring(pi, encoding="unicode") + "\n" + body + "\n").encode("utf-8")


def document_id(article: Article) -> str:
    """``a-2022-07-01-dang-uy-khoi-cac-co-quan`` (date part only when known)."""
    day = article.dateline.when[:10] if article.dateline and article.dateline.when else None
    words = slug(article.title.text, max_words=6) or "article"
    return f"a-{day}-{words}" if day else f"a-{words}"


def build_tree(annotated: Annotated) -> etree._Element:
    article = annotated.article
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", "vi")
    root.set(f"{{{XML_NS}}}id", document_id(article))
    root.append(_header(annotated))
    standoff = _standoff(annotated)
    if standoff is not None:
        root.append(standoff)
    text = _sub(root, "text")
    text.append(_body(article))
    return root


# --- helpers -------------------------------------------------------------------


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tei(name), {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _indent(element: etree._Element, level: int) -> None:
    name = etree.QName(element).localname
    if name not in _CONTAINERS or len(element) == 0 or (element.text or "").strip():
        return
    if any((child.tail or "").strip() for child in element):
        return  # mixed content after all (a bibl with text): leave it exactly as built
    element.text = "\n" + INDENT * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + INDENT * (level + 1)
    element[-1].tail = "\n" + INDENT * level


def source_date_epoch() -> datetime | None:
    """The build time asked for by ``SOURCE_DATE_EPOCH`` (reproducible builds), if any."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    return datetime.fromtimestamp(int(value), tz=timezone.utc)


def word_count(article: Article) -> int:
    return sum(len(run.text.split()) for _, run in article.inlines())


# --- header --------------------------------------------------------------------


def _header(annotated: Annotated) -> etree._Element:
    article = annotated.article
    header = etree.Element(tei("teiHeader"))
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", article.title.text, type="main")
    if article.byline:  # the name, not the writer's office under it
        author = _sub(title_stmt, "author")
        _fill_inline(author, article.byline.first_line())
    resp = _sub(title_stmt, "respStmt")
    _sub(resp, "resp", "TEI encoding")
    _sub(resp, "name", f"edition (converter), version {__version__}")

    extent = _sub(file_desc, "extent")
    _sub(extent, "measure", unit="word", quantity=str(word_count(article)))
    figures = sum(isinstance(b, Figure) for b in article.blocks)
    _sub(extent, "measure", unit="figure", quantity=str(figures))

    pub = _sub(file_desc, "publicationStmt")
    _sub(pub, "publisher", "The edition project")
    availability = _sub(pub, "availability", status="restricted")
    _sub(availability, "p", "A scholarly encoding of a published news article for research "
                            "and archiving; the article text remains its publisher's.")
    _sub(pub, "idno", document_id(article), type="edition")
    when = source_date_epoch()
    if when:
        _sub(pub, "date", when.strftime("%Y-%m-%d"), when=when.strftime("%Y-%m-%d"))

    source_desc = _sub(file_desc, "sourceDesc")
    bibl = _sub(source_desc, "bibl", type="article")
    _sub(bibl, "title", article.title.text, level="a")
    if article.byline:
        _sub(bibl, "author", article.byline.first_line().text)
    publisher = site_name(article.furniture)
    if publisher:
        _sub(bibl, "publisher", publisher)
    if article.dateline:
        date = _sub(bibl, "date", article.dateline.date_text)
        if article.dateline.when:
            date.set("when", article.dateline.when)
    _sub(bibl, "idno", article.source.name, type="filename")
    _sub(bibl, "idno", article.source.sha256, type="sha256")

    header.append(_encoding_desc(annotated))
    profile = _sub(header, "profileDesc")
    lang = _sub(profile, "langUsage")
    _sub(lang, "language", "Tiếng Việt", ident="vi")
    revision = _sub(header, "revisionDesc")
    change = _sub(revision, "change", f"Encoded from the source text by edition {__version__}.")
    if when:
        change.set("when", when.strftime("%Y-%m-%d"))
    return header


def site_name(furniture: list[str]) -> str | None:
    """The site a page's furniture names ("Nổi bật Việt Báo" -> "Việt Báo")."""
    for line in furniture:
        if line.startswith("Nổi bật ") and len(line) < 60:
            return line[len("Nổi bật "):].strip() or None
    return None


def _encoding_desc(annotated: Annotated) -> etree._Element:
    article = annotated.article
    desc = etree.Element(tei("encodingDesc"))
    editorial = _sub(desc, "editorialDecl")
    normalization = _sub(editorial, "normalization")
    _sub(normalization, "p", "The text is in Unicode NFC. Blank lines between blocks and white "
                             "space at the start and end of lines are not kept; line breaks "
                             "inside a block are marked with lb.")
    for note in article.source.normalizations:
        _sub(normalization, "p", note)
    correction = _sub(editorial, "correction")
    _sub(correction, "p", "Editorial corrections are marked with choice (sic for the source "
                          "reading, corr for the corrected one) or surplus for duplicated "
                          "words; they come from the editors' corrections file and from safe "
                          "automatic rules. Every source character is kept.")
    if annotated.corrections:
        _sub(correction, "p", f"{len(annotated.corrections)} corrections were applied.")
    interpretation = _sub(editorial, "interpretation")
    _sub(interpretation, "p", "Persons, organizations, places and directives are marked and "
                              "point to entries in standOff, taken from the project's registers "
                              "or created for new names. Dates carry ISO 8601 values; a year "
                              "inferred from the date line is marked with cert and "
                              "evidence=\"internal\".")
    if article.furniture:
        p = _sub(editorial, "p", "Removed site furniture: ")
        for i, line in enumerate(article.furniture):
            q = _sub(p, "q", line)
            q.tail = ", " if i < len(article.furniture) - 1 else "."
    app_info = _sub(desc, "appInfo")
    app = _sub(app_info, "application", ident="edition", version=__version__)
    _sub(app, "label", "edition")
    return desc


# --- standOff ------------------------------------------------------------------

_LISTS = [("person", "listPerson", "person", "persName"),
          ("org", "listOrg", "org", "orgName"),
          ("place", "listPlace", "place", "placeName")]


def _standoff(annotated: Annotated) -> etree._Element | None:
    entities = annotated.entities
    if not entities.by_id:
        return None
    standoff = etree.Element(tei("standOff"))
    for kind, list_name, entry_name, name_name in _LISTS:
        members = entities.of_kind(kind)  # type: ignore[arg-type]
        if members:
            listing = _sub(standoff, list_name)
            for entity in members:
                entry = _sub(listing, entry_name)
                entry.set(f"{{{XML_NS}}}id", entity.id)
                _sub(entry, name_name, entity.name)
                for role in entity.roles:
                    _sub(entry, "occupation", role)
                _idnos(entry, entity)
    directives = entities.of_kind("directive")
    if directives:
        listing = _sub(standoff, "listBibl", type="directives")
        for entity in directives:
            listing.append(_directive_bibl(entity, entities.by_id.get(entity.issuer or "")))
    return standoff


def _idnos(entry: etree._Element, entity: Entity) -> None:
    for kind, value in entity.idnos:
        _sub(entry, "idno", value, type=kind)


def _directive_bibl(entity: Entity, issuer: Entity | None) -> etree._Element:
    bibl = etree.Element(tei("bibl"))
    bibl.set(f"{{{XML_NS}}}id", entity.id)
    if entity.doc_type:
        bibl.set("type", "directive")
        bibl.set("subtype", slug(entity.doc_type))
    _sub(bibl, "title", entity.name)
    if entity.number:
        _sub(bibl, "idno", entity.number, type="document-number")
    if issuer is not None:  # the issuer's org entry is in the same standOff
        _sub(_sub(bibl, "author"), "orgName", issuer.name, ref=f"#{issuer.id}")
    if entity.date:
        _sub(bibl, "date", when=entity.date)
    _idnos(bibl, entity)
    return bibl


# --- body ----------------------------------------------------------------------


def _head_line(body: etree._Element, kind: str, same_line: bool) -> etree._Element:
    """A date line or byline; ``same_line`` when the page sets it on the line of the one before."""
    element = _sub(body, kind)
    if same_line:
        element.set("rend", "same-line")
    return element


def _fill_head_lines(body: etree._Element, article: Article, runs: list[tuple[str, Inline]]) -> None:
    """The date line and byline of one place on the page, in the order the page sets them."""
    for n, (kind, inline) in enumerate(runs):
        _fill_inline(_head_line(body, kind, n > 0 and article.byline_shares_dateline), inline)


def _body(article: Article) -> etree._Element:
    body = etree.Element(tei("body"))
    _fill_head_lines(body, article, article.title_runs())
    head = _sub(body, "head", type="main")
    _fill_inline(head, article.title)
    _fill_head_lines(body, article, article.head_runs())
    container = body
    sections = 0
    blocks = article.blocks
    if under_lead := article.lead_runs():
        # The lead signed or dated under it: the division's argument, the byline
        # and date line after it (TEI sets them only among a division's opening
        # or closing elements).
        _sub(body, "argument").append(_paragraph(blocks[0]))
        _fill_head_lines(body, article, under_lead)
        blocks = blocks[1:]
    for block in blocks:
        if isinstance(block, Heading):
            sections += 1
            container = _sub(body, "div", type="section")
            container.set(f"{{{XML_NS}}}id", f"sec-{sections}")
            _fill_inline(_sub(container, "head"), block.text)
        elif isinstance(block, Figure):
            container.append(_figure(block))
        else:
            container.append(_paragraph(block))
    if article.byline and article.byline_place == "end":
        closer = _sub(body, "closer")
        _fill_inline(_sub(closer, "signed"), article.byline)
    return body


def _paragraph(block: Paragraph) -> etree._Element:
    p = etree.Element(tei("p"))
    if block.rend:
        p.set("rend", block.rend)
    if block.n is not None:
        p.set("n", str(block.n))
    _fill_inline(p, block.text)
    return p


def _figure(figure: Figure) -> etree._Element:
    element = etree.Element(tei("figure"), n=str(figure.n))
    element.set(f"{{{XML_NS}}}id", f"fig-{figure.n}")
    # Source order: the alt line comes before the caption line.
    if figure.alt:
        _fill_inline(_sub(element, "figDesc"), figure.alt)
    if figure.caption:
        _fill_inline(_sub(element, "head"), figure.caption)
    if figure.credit:
        note = _sub(element, "note", type="credit")
        _separator(note, figure.separator)
        _fill_inline(note, figure.credit, append=True)
        if figure.closer:
            _sub(note, "pc", figure.closer, type="separator")
    return element


def _separator(note: etree._Element, separator: str) -> None:
    """The text between caption and credit as ``pc``; a credit on the line under
    its caption has the line break there as ``lb`` (TEI allows none inside ``pc``)."""
    for k, part in enumerate(separator.split("\n")):
        if k:
            _sub(note, "lb")
        if part:
            _sub(note, "pc", part, type="separator")


def _fill_inline(parent: etree._Element, inline: Inline, append: bool = False) -> None:
    """Append ``inline``'s text with its spans as nested elements to ``parent``."""
    last = parent[-1] if append and len(parent) else None
    _fill(parent, last, inline.text, inline.spans, 0, len(inline.text))


def _fill(parent: etree._Element, last: etree._Element | None, text: str,
          spans: list[Span], start: int, end: int) -> etree._Element | None:
    pos = start
    i = 0
    while i < len(spans):
        span = spans[i]
        j = i + 1
        while j < len(spans) and spans[j].start < span.end:
            j += 1
        last = _append_text(parent, last, text[pos:span.start])
        element = _span_element(span)
        parent.append(element)
        if span.tag == "choice":
            _append_text(_sub(element, "sic"), None, text[span.start:span.end])
            _append_text(_sub(element, "corr"), None, span.value or "")
        else:
            _fill(element, None, text, spans[i + 1:j], span.start, span.end)
        last = element
        pos = span.end
        i = j
    return _append_text(parent, last, text[pos:end])


def _span_element(span: Span) -> etree._Element:
    element = etree.Element(tei(span.tag))
    for name, value in span.attrs:
        element.set(name, value)
    return element


def _append_text(parent: etree._Element, last: etree._Element | None,
                 text: str) -> etree._Element | None:
    """Add ``text`` after ``last`` (or at the start of ``parent``); newlines become ``lb``."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if k:
            last = etree.SubElement(parent, tei("lb"))
        if not line:
            continue
        if last is None:
            parent.text = (parent.text or "") + line
        else:
            last.tail = (last.tail or "") + line
    return last
