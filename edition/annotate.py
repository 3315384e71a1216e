"""Stage 3: run the recognizers over every text run and resolve their spans.

Recognizers (``edition/recognize/``) are small functions that only *add*
spans; conflicts between them are resolved here, in one place, so that the
spans of every run nest properly and ``encode`` can turn them into elements.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .ids import xml_id
from .model import Annotated, Article, Correction, Entity, EntityTable, Inline, Span
from .registers import Registers


@dataclass
class Context:
    """What a recognizer may read and add to while the article is annotated."""

    article: Article
    registers: Registers
    entities: EntityTable = field(default_factory=EntityTable)
    corrections: list[Correction] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    corrections_file: Path | None = None
    # Scratch space per recognizer, keyed by its module name (names seen so far,
    # the year of the latest date, ...).
    state: dict[str, Any] = field(default_factory=dict)


#: A recognizer: (text run, where it is, context) -> spans over ``run.text``.
Recognizer = Callable[[Inline, str, Context], Iterable[Span]]

# Elements that must stay leaves: nothing is nested inside them.
LEAF_TAGS = frozenset({"choice", "surplus", "pc"})
# Elements that hold text and editorial marks only: the country in a currency's
# name ("4,9 tỷ đô la Mỹ") is the unit's word, no place the text names.
MARKS_ONLY_TAGS = frozenset({"measure"})
EDITORIAL_TAGS = frozenset({"choice", "surplus"})
# Names and titles hold no quotation (the schema's NameContent): a title that
# names a project or a team by its quoted name ("đội trưởng đội hình "Tiếp
# sức"") keeps the quote marks as text.
QUOTELESS_TAGS = frozenset({"persName", "roleName", "orgName", "placeName"})
QUOTE_TAG = "q"
# When two spans cover the same text, the one listed first goes outside.
NESTING_ORDER = ["rs", "q", "persName", "roleName", "orgName", "placeName", "date",
                 "measure", "choice", "surplus"]


def annotate(article: Article, registers: Registers | None = None,
             recognizers: list[Recognizer] | None = None,
             corrections_file: Path | None = None) -> Annotated:
    """Run ``recognizers`` (default: all of ``edition.recognize``) over ``article``."""
    if recognizers is None:
        from .recognize import RECOGNIZERS
        recognizers = RECOGNIZERS
    ctx = Context(article=article, registers=registers or Registers(),
                  corrections_file=corrections_file)
    for where, run in article.inlines():
        found = list(run.spans)
        for recognizer in recognizers:
            found.extend(recognizer(run, where, ctx))
        run.spans = resolve_spans(found, len(run.text))
    keep_mentioned(ctx.entities, article)
    for entity in ctx.entities.by_id.values():
        entity.roles = without_short_forms(entity.roles)
    return Annotated(article=article, entities=ctx.entities,
                     corrections=ctx.corrections, messages=ctx.messages)


def keep_mentioned(entities: EntityTable, article: Article) -> None:
    """Count each entity's mentions among the spans ``resolve_spans`` kept, and
    drop the entities none of them points at (unless a kept one names it as its
    issuer).  A recognizer resolves a name before the spans are nested, and a
    span that crosses another is dropped: a title that ends inside a document's
    name ("Chủ nhiệm Chương trình" + "Chương trình KX.01/21-25") leaves the
    document no mention, and the standOff no entry without one."""
    counts = Counter(ref.removeprefix("#") for _, run in article.inlines() for span in run.spans
                     for ref in (span.attr("ref") or "").split())
    issuers = {entity.issuer for entity in entities.by_id.values() if counts[entity.id]}
    for entity in list(entities.by_id.values()):
        entity.mentions = counts[entity.id]
        if not entity.mentions and entity.id not in issuers:
            del entities.by_id[entity.id]


def without_short_forms(roles: list[str]) -> list[str]:
    """``roles`` less those that begin another of them, word for word: an article that
    says "Thủ tướng Chính phủ" once and "Thủ tướng" after gives one title, not two."""
    return [role for role in roles
            if not any(other != role and other.startswith(role + " ") for other in roles)]


def _rank(tag: str) -> int:
    return NESTING_ORDER.index(tag) if tag in NESTING_ORDER else len(NESTING_ORDER)


def resolve_spans(spans: list[Span], length: int) -> list[Span]:
    """Keep a properly nested subset of ``spans``, sorted outermost first.

    Earlier and longer spans win; a span that crosses an accepted one, lies
    inside a leaf (or a name inside a measure, a quotation inside a name), or
    duplicates one already accepted is dropped.
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= length),
        key=lambda s: (s.start, -s.end, _rank(s.tag)))
    accepted: list[Span] = []
    open_stack: list[Span] = []
    for span in ordered:
        while open_stack and open_stack[-1].end <= span.start:
            open_stack.pop()
        parent = open_stack[-1] if open_stack else None
        if parent is not None:
            crosses = span.end > parent.end
            same = (parent.start, parent.end, parent.tag) == (span.start, span.end, span.tag)
            if crosses or same or parent.tag in LEAF_TAGS \
                    or (parent.tag in MARKS_ONLY_TAGS and span.tag not in EDITORIAL_TAGS) \
                    or (span.tag == QUOTE_TAG and any(o.tag in QUOTELESS_TAGS for o in open_stack)):
                continue
        accepted.append(span)
        open_stack.append(span)
    return accepted


_PREFIX = {"person": "pers", "org": "org", "place": "place", "directive": "dir"}


def resolve_entity(ctx: Context, kind: str, name: str, **fields: Any) -> Entity:
    """The article's entity for a mention of ``name``: the register's entry when
    a register knows the name (or a variant of it), otherwise a new entry with
    a slug id (``pers-le-hai-binh``).  Counts the mention.

    ``fields`` fill a new entry (roles, number, doc_type, issuer, date); roles
    are also added to an existing one.  Every recognizer resolves through
    here, so that a name gets one id whichever recognizer meets it.
    """
    registered = ctx.registers.lookup(kind, name)  # type: ignore[arg-type]
    if registered is None and kind == "directive" and fields.get("number"):
        registered = ctx.registers.lookup_number(fields["number"])
    if registered is not None:
        entity = ctx.entities.by_id.get(registered.id) or ctx.entities.add(registered.for_article())
    else:
        new_id = fields.pop("id", None) or xml_id(_PREFIX[kind], fields.get("number") or name)
        entity = ctx.entities.by_id.get(new_id) or ctx.entities.add(
            Entity(id=new_id, kind=kind, name=name))  # type: ignore[arg-type]
        for key, value in fields.items():
            if key != "roles" and value is not None and getattr(entity, key) in (None, [], ""):
                setattr(entity, key, value)
    for role in fields.get("roles") or []:
        if role not in entity.roles:
            entity.roles.append(role)
    entity.mentions += 1
    return entity
