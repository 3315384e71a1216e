"""The corpus-wide view of names: what ``edition registers`` prints.

For every person, organization, place (and directive) the articles of a
corpus mention: its entry, in which articles and how often, and whether it
comes from a register or is a candidate an editor may adopt into one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .annotate import annotate
from .convert import CorpusLayout
from .errors import EditionError
from .parse import parse_article
from .read import read_source
from .registers import Registers, load_registers

KINDS = ("person", "org", "place", "directive")


@dataclass
class EntityUse:
    id: str
    kind: str
    name: str
    in_register: bool
    roles: list[str] = field(default_factory=list)
    articles: dict[str, int] = field(default_factory=dict)  # article file -> mentions

    @property
    def mentions(self) -> int:
        return sum(self.articles.values())

    def as_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "name": self.name,
                "in_register": self.in_register, "roles": self.roles,
                "mentions": self.mentions, "articles": self.articles}


@dataclass
class EntityReport:
    uses: dict[str, EntityUse] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[EntityUse]:
        return sorted((u for u in self.uses.values() if u.kind == kind),
                      key=lambda u: (-u.mentions, u.id))

    def candidates(self) -> list[EntityUse]:
        """Entries found in articles that no register holds yet."""
        return [u for kind in KINDS for u in self.of_kind(kind) if not u.in_register]


def collect_entities(layout: CorpusLayout, registers: Registers | None = None) -> EntityReport:
    """Annotate every source of ``layout`` and gather the entities they mention."""
    if registers is None:
        registers = load_registers(layout.registers)
    corrections = layout.corrections if layout.corrections.exists() else None
    report = EntityReport()
    for path in layout.source_files():
        try:
            article = parse_article(read_source(path))
        except EditionError as error:
            report.errors.append(str(error))
            continue
        annotated = annotate(article, registers, corrections_file=corrections)
        for entity in annotated.entities.by_id.values():
            use = report.uses.setdefault(entity.id, EntityUse(
                entity.id, entity.kind, entity.name, entity.in_register))
            use.articles[path.name] = use.articles.get(path.name, 0) + entity.mentions
            use.roles += [r for r in entity.roles if r not in use.roles]
    return report


_TITLES = {"person": "Persons", "org": "Organizations", "place": "Places",
           "directive": "Directives"}


def format_report(report: EntityReport, kinds: tuple[str, ...] = KINDS) -> str:
    """A plain-text listing: each entity with its articles, then the candidates."""
    lines: list[str] = []
    for kind in kinds:
        uses = report.of_kind(kind)
        if not uses:
            continue
        lines.append(f"{_TITLES[kind]} ({len(uses)})")
        for use in uses:
            where = ", ".join(f"{name} ({n})" for name, n in sorted(use.articles.items()))
            mark = "register" if use.in_register else "new"
            lines.append(f"  {use.id}  {use.name}  [{mark}]  {use.mentions} mention(s): {where}")
        lines.append("")
    candidates = [u for u in report.candidates() if u.kind in kinds]
    lines.append(f"Candidates not yet in a register ({len(candidates)})")
    for use in candidates:
        roles = f"  ({'; '.join(use.roles)})" if use.roles else ""
        lines.append(f"  {use.kind:9} {use.id}  {use.name}{roles}  "
                     f"in {len(use.articles)} article(s)")
    return "\n".join(lines) + "\n"


def corpus_layout(corpus: Path | None) -> CorpusLayout:
    from .convert import default_corpus
    return CorpusLayout(corpus) if corpus else default_corpus()
