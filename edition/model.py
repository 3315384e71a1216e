"""Typed records passed between the pipeline stages.

The data flows one way: ``read`` gives a :class:`Source`, ``parse`` turns it
into an :class:`Article` whose text fields are :class:`Inline` runs,
``annotate`` adds :class:`Span` markup to those runs and fills an
:class:`EntityTable`, and ``encode`` writes the TEI tree from both.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, Union


@dataclass(frozen=True)
class Source:
    """One article's text as read from disk."""

    path: str  # as the user gave it, for messages
    name: str  # file name, the key of the article in a corpus
    text: str  # decoded, NFC, LF line ends, XML-safe characters only
    sha256: str  # of the unchanged source bytes
    size: int  # of the unchanged source bytes
    encoding: str  # the codec that decoded the bytes
    normalizations: tuple[str, ...] = ()  # what reading changed, said in prose


@dataclass(frozen=True)
class Span:
    """A stretch ``text[start:end]`` of one :class:`Inline` to be marked up.

    ``tag`` is the TEI element's local name; ``attrs`` its attributes in
    output order.  ``value`` is the replacement reading of a ``choice``
    (written as ``corr`` while the covered text becomes ``sic``).
    """

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    value: str | None = None

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)


@dataclass
class Inline:
    """A run of article text together with the markup laid over it."""

    text: str
    spans: list[Span] = field(default_factory=list)

    def first_line(self) -> Inline:
        """The run up to its first line break, the markup cut there: a byline's
        name without the writer's office under it."""
        end = self.text.find("\n")
        if end < 0:
            return self
        return Inline(self.text[:end], [replace(s, end=min(s.end, end)) for s in self.spans if s.start < end])


@dataclass
class Dateline:
    text: Inline
    when: str | None  # ISO 8601 with +07:00 (or Z when the source said so)

    @property
    def date_text(self) -> str:
        """The date as written, without a label such as "Cập nhật:" before it."""
        span = next((s for s in self.text.spans if s.tag == "date"), None)
        return self.text.text[span.start:span.end] if span else self.text.text


@dataclass
class Paragraph:
    text: Inline
    rend: Literal["lead", "addendum"] | None = None
    n: int | None = None  # number of an enumerated point ("Thứ hai," / "2.")


@dataclass
class Heading:
    text: Inline


@dataclass
class Figure:
    """A photo: optional alt line, caption, and credit.

    ``separator`` is the exact text between caption and credit in the source
    (" - ", ". ", " (") and ``closer`` what follows the credit (")"), kept so
    that nothing of the caption line is lost.
    """

    n: int
    alt: Inline | None
    caption: Inline | None
    credit: Inline | None = None
    separator: str = ""
    closer: str = ""


Block = Union[Paragraph, Heading, Figure]

# Where the page signs the article: over the title (VOV), under the title with
# the date line, between the lead and the rest of the text (SGGP), or at the end.
BylinePlace = Literal["above-title", "under-title", "after-lead", "end"]


@dataclass
class Article:
    source: Source
    title: Inline
    dateline: Dateline | None
    blocks: list[Block]
    byline: Inline | None
    furniture: list[str]  # lines of site furniture removed from the body
    byline_place: BylinePlace = "end"
    byline_above_dateline: bool = False  # both in one place, the site set the byline over the date line
    byline_shares_dateline: bool = False  # ... or on the date line's own line ("Lê Vy | 12/03/2025")
    dateline_above_title: bool = False  # the site set the date line over the title (VnExpress)
    dateline_after_lead: bool = False  # ... or between the lead and the text (Tiền Phong)

    def inlines(self) -> list[tuple[str, Inline]]:
        """Every text run in document order, with a label saying where it is."""
        runs = self.title_runs()
        runs.append(("title", self.title))
        runs += self.head_runs()
        for k, block in enumerate(self.blocks):
            if k == 1:
                runs += self.lead_runs()
            if isinstance(block, Figure):
                for part in ("alt", "caption", "credit"):
                    inline = getattr(block, part)
                    if inline is not None:
                        runs.append((f"figure-{part}", inline))
            elif isinstance(block, Heading):
                runs.append(("heading", block.text))
            else:
                runs.append((block.rend or "paragraph", block.text))
        if self.byline and self.byline_place == "end":
            runs.append(("byline", self.byline))
        return runs

    def title_runs(self) -> list[tuple[str, Inline]]:
        """The date line and a byline the page sets over the title, in its order."""
        return self._in_page_order(self.dateline_above_title, self.byline_place == "above-title")

    def head_runs(self) -> list[tuple[str, Inline]]:
        """The date line and a byline at the start, in the order the page sets
        them under the title."""
        return self._in_page_order(not (self.dateline_above_title or self.dateline_after_lead),
                                   self.byline_place == "under-title")

    def lead_runs(self) -> list[tuple[str, Inline]]:
        """The byline and the date line between the lead and the text, in the
        order the page sets them."""
        return self._in_page_order(self.dateline_after_lead, self.byline_place == "after-lead")

    def _in_page_order(self, dated: bool, signed: bool) -> list[tuple[str, Inline]]:
        """The date line when ``dated`` here and the byline when ``signed`` here."""
        runs: list[tuple[str, Inline]] = []
        if self.dateline and dated:
            runs.append(("dateline", self.dateline.text))
        if self.byline and signed:
            runs.insert(0 if self.byline_above_dateline else len(runs), ("byline", self.byline))
        return runs


EntityKind = Literal["person", "org", "place", "directive"]


@dataclass
class Entity:
    """One entry of the standOff lists (and of a register)."""

    id: str  # xml:id, e.g. pers-le-hai-binh
    kind: EntityKind
    name: str  # preferred name
    variants: list[str] = field(default_factory=list)  # other names that resolve here
    roles: list[str] = field(default_factory=list)  # person: occupations/titles
    idnos: list[tuple[str, str]] = field(default_factory=list)  # (type, value)
    number: str | None = None  # directive: document number as written
    doc_type: str | None = None  # directive: Nghị quyết, Chỉ thị, ...
    issuer: str | None = None  # directive: org entity id
    date: str | None = None  # directive: ISO date of issue
    in_register: bool = False  # True when it came from corpus/registers
    mentions: int = 0

    def for_article(self) -> Entity:
        """A register entry as one article's entry: its names and identifiers, but no
        roles, which are what this article calls the person.  (A register's
        occupations span a career: "Chủ tịch nước" for a man an article of 2020
        calls "Thủ tướng".)  The lists are the article's own to change."""
        return replace(self, variants=list(self.variants), roles=[], idnos=list(self.idnos))


@dataclass
class EntityTable:
    """The entities of one article, in order of first mention."""

    by_id: dict[str, Entity] = field(default_factory=dict)

    def add(self, entity: Entity) -> Entity:
        """Return the stored entity with this id, storing ``entity`` if new."""
        return self.by_id.setdefault(entity.id, entity)

    def of_kind(self, kind: EntityKind) -> list[Entity]:
        return [e for e in self.by_id.values() if e.kind == kind]


@dataclass(frozen=True)
class Correction:
    """An editorial correction applied to the text (reported to the user)."""

    where: str
    sic: str
    corr: str
    kind: str
    origin: Literal["file", "rule"]


@dataclass
class Annotated:
    """An article with its markup: what ``encode`` needs."""

    article: Article
    entities: EntityTable
    corrections: list[Correction] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # notes for the editor
