"""Registers: the editors' TEI authority files in ``corpus/registers/``.

Each file is a TEI document whose ``standOff`` holds one of ``listPerson``,
``listOrg``, ``listPlace`` or ``listBibl type="directives"``.  An entry's
first name element is its preferred name; further name elements are
variants and aliases (``<persName type="alias">Bác</persName>``).  Code never
hard-codes a name that belongs here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, TypeVar

from lxml import etree

from .model import Entity, EntityKind
from .xmlio import TEI_NS, XML_NS, parse_xml

T = TypeVar("T")

_NS = {"tei": TEI_NS}
_ENTRY_XPATH = {
    "person": ("//tei:listPerson/tei:person", "tei:persName"),
    "org": ("//tei:listOrg/tei:org", "tei:orgName"),
    "place": ("//tei:listPlace/tei:place", "tei:placeName"),
    "directive": ("//tei:listBibl/tei:bibl", "tei:title"),
}


@dataclass
class Registers:
    """All register entries, with a lookup from every name form to its entry."""

    entries: list[Entity] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    _by_name: dict[tuple[EntityKind, str], Entity] = field(default_factory=dict, repr=False)
    _by_number: dict[str, Entity] = field(default_factory=dict, repr=False)
    _by_key: dict[tuple[EntityKind, str], Entity] = field(default_factory=dict, repr=False)
    _aliases: set[tuple[EntityKind, str]] = field(default_factory=set, repr=False)
    # Data derived from the entries (sorted name lists, compiled name patterns,
    # recognizer results that depend only on the registers): the recognizers
    # need it for every text run of every article, and building it is what
    # made annotation slow, so it is built once per Registers (see ``derived``).
    _derived: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)

    def add(self, entity: Entity, aliases: Iterable[str] = ()) -> None:
        """Store ``entity``; ``aliases`` are those of its variants that are
        honorifics or epithets ("Bác"), matched only where used as a name."""
        self._derived.clear()  # every derived datum may depend on the new entry
        self.entries.append(entity)
        for name in [entity.name, *entity.variants]:
            self._by_name.setdefault((entity.kind, name), entity)
            self._by_key.setdefault((entity.kind, name_key(name)), entity)
        self._aliases.update((entity.kind, alias) for alias in aliases)
        if entity.number:
            self._by_number.setdefault(normalize_number(entity.number), entity)

    def lookup(self, kind: EntityKind, name: str) -> Entity | None:
        """The entry whose preferred name or variant is ``name``: exactly, or
        up to spelling variants ("Đảng uỷ"/"Đảng ủy"), case and spacing."""
        return self._by_name.get((kind, name)) or self._by_key.get((kind, name_key(name)))

    def is_alias(self, kind: EntityKind, name: str) -> bool:
        return (kind, name) in self._aliases

    def lookup_number(self, number: str) -> Entity | None:
        """The directive entry with this document number (spacing ignored)."""
        return self._by_number.get(normalize_number(number))

    def names(self, kind: EntityKind) -> tuple[tuple[str, Entity], ...]:
        """Every (name form, entry) of a kind, longest name first (for matching)."""
        def longest_first() -> tuple[tuple[str, Entity], ...]:
            pairs = [(name, e) for (k, name), e in self._by_name.items() if k == kind]
            return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0])))
        return self.derived(("names", kind), longest_first)

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, computed once per ``key`` and kept until the next ``add``.

        For data that depends only on the entries (and on ``key``): callers
        must not modify what they get back, since every later caller shares it."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = compute()
            return value

    def of_kind(self, kind: EntityKind) -> list[Entity]:
        return [e for e in self.entries if e.kind == kind]


# Old and new placement of the tone mark in final "oa", "oe", "uy" ("Hoá"/"Hóa",
# "uỷ"/"ủy"): the old placement is the canonical one.
_NEW_TO_OLD = {}
_NEW_MARKS = {"o": "", "u": ""}  # the marked vowels that may follow "o"/"u"
for _plain, _marked in (("a", "áàảãạ"), ("e", "éèẻẽẹ"), ("y", "ýỳỷỹỵ")):
    _first = "o" if _plain in "ae" else "u"
    _olds = {"o": "óòỏõọ", "u": "úùủũụ"}[_first]
    _NEW_MARKS[_first] += _marked
    for _new, _old in zip(_marked, _olds):
        _NEW_TO_OLD[_first + _new] = _old + _plain
        _NEW_TO_OLD[_first.upper() + _new] = _old.upper() + _plain
# The pairs of _NEW_TO_OLD as two character classes, and the "not after q"
# test made after the pair: the same matches as an alternation of the 30
# pairs, found about three times faster (every text run is respelled).  The
# pattern opens with one class of the first letters (each pair's second
# letter checked by looking back at its first): a pattern that opens with a
# class is searched for at C speed, one that opens with alternatives is tried
# at every position.
_NEW_TONE = re.compile("([oOuU](?:"
                       + "|".join(f"(?<=[{f}{f.upper()}])[{marks}]" for f, marks in _NEW_MARKS.items())
                       + r"))(?<![qQ]..)(?!\w)")


# Both are called for every name mention (and each of its short forms) with
# names that recur across runs and articles; the cache keeps the last few
# thousand.
@lru_cache(maxsize=4096)
def canonical_spelling(text: str) -> str:
    """NFC, single spaces, and the old tone placement ("Đảng uỷ" -> "Đảng ủy")."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return _NEW_TONE.sub(lambda m: _NEW_TO_OLD[m.group(1)], text)


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """What two spellings of one name have in common: canonical, case-folded,
    one kind of dash."""
    return re.sub(r"\s*[-–—]\s*", " - ", canonical_spelling(name)).casefold()


def normalize_number(number: str) -> str:
    """"35- NQ/TW" and "35-NQ/TW" are one document number."""
    return "".join(number.split()).upper()


def load_registers(folder: str | Path | None) -> Registers:
    """Load every ``*.xml`` register in ``folder`` (none when it is absent)."""
    registers = Registers()
    if folder is None or not Path(folder).is_dir():
        return registers
    for path in sorted(Path(folder).glob("*.xml")):
        registers.files.append(path)
        root = parse_xml(path).getroot()
        for kind, (entry_xpath, name_xpath) in _ENTRY_XPATH.items():
            for element in root.xpath(entry_xpath, namespaces=_NS):
                aliases = [_text(n) for n in element.xpath(f"{name_xpath}[@type='alias']",
                                                           namespaces=_NS)]
                registers.add(_entity(kind, element, name_xpath), aliases)  # type: ignore[arg-type]
    return registers


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _entity(kind: EntityKind, element: etree._Element, name_xpath: str) -> Entity:
    names = [_text(n) for n in element.xpath(name_xpath, namespaces=_NS)]
    entity = Entity(
        id=element.get(f"{{{XML_NS}}}id"),
        kind=kind,
        name=names[0] if names else "",
        variants=names[1:],
        roles=[_text(o) for o in element.xpath("tei:occupation", namespaces=_NS)],
        idnos=[(i.get("type", ""), _text(i)) for i in element.xpath("tei:idno[@type != 'document-number']", namespaces=_NS)],
        in_register=True,
    )
    if kind == "directive":
        number = element.xpath("string(tei:idno[@type='document-number'])", namespaces=_NS)
        entity.number = number or None
        entity.doc_type = element.get("subtype") or None
        issuer = element.xpath("string(tei:author/tei:orgName/@ref)", namespaces=_NS)
        entity.issuer = issuer.lstrip("#") or None
        entity.date = element.xpath("string(tei:date/@when)", namespaces=_NS) or None
    return entity
