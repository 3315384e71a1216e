"""Accuracy of the converter's markup against hand-made gold lists.

Compares a TEI document written by the converter with a gold list
(``spec/seed-gold.json`` or ``corpus-dev/gold/NNN.json``) and counts, per
kind of markup, true positives, false positives and false negatives.  The
``--verbose`` listing names every miss and false positive together with the
nearest string on the other side, so that a recognizer's author sees at once
whether a span was not found, found with other boundaries or given a wrong value.

Conventions (see ``corpus-dev/gold/README.md``):

* Gold strings are exact substrings of the *source*; the TEI is NFC and its
  text is read diplomatically (``sic``, not ``corr``).  Both sides are compared
  after NFC and collapsing white space (non-breaking spaces included).
* A kind of markup is scored only when the gold list has its key: the dev gold
  has no organizations, so predicted organizations are not false positives there.
* Persons: distinct names (a predicted person is the standOff name its
  ``persName/@ref`` points to), case-insensitive because bylines may be in
  capitals; mentions count ``persName`` elements whose own text (minus
  ``roleName``) equals a gold form.  The dev gold counts only full names, so
  there a predicted short back-reference ("Dũng" for "Hồ Quốc Dũng") is no
  false positive.
* Dates: each distinct gold span (text + value) once; a predicted span matches
  when its text equals the gold text, or equals it after a leading word the
  gold convention drops (Sáng, Chiều, weekdays, prepositions, "5 năm").
  Values compare as day intervals ("2018-06" as an end is 2018-06-30) and, when
  the gold has a time, on the gold's precision.  The date line is scored on its
  own row and among the dates only when the gold lists it there (the seed does).
* Directives: mention counts per surface form; documents (seed: gold keys) and
  document numbers (gold ``number`` vs ``idno[@type='document-number']``).
"""

from __future__ import annotations

import argparse
import calendar
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Sequence

from lxml import etree

from .parse import without_maker
from .xmlio import TEI_NS, XML_NS, parse_xml_bytes, tei

NS = {"t": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"

# The order of the rows in reports.
CATEGORIES = (
    "persons", "person mentions", "person roles", "organizations", "places",
    "dates", "dates (text only)", "dateline", "directive mentions",
    "directive documents", "directive numbers", "figure captions", "figure credits",
    "figure alts", "sections", "byline", "title", "boilerplate", "corrections",
    "measures", "quotes", "enumeration",
)


# --- results -------------------------------------------------------------------


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def __add__(self, other: Count) -> Count:
        return Count(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass
class Issue:
    """One miss ("missed"), false positive ("false") or wrong value ("value")."""

    category: str
    kind: str
    text: str
    nearest: str | None = None
    detail: str = ""

    def __str__(self) -> str:
        line = f"{self.category:<20} {self.kind:<6} {self.text!r}"
        if self.nearest is not None:
            side = "gold" if self.kind == "false" else "ours"
            line += f"  nearest {side}: {self.nearest!r}"
        return line + (f"  ({self.detail})" if self.detail else "")


@dataclass
class ArticleScore:
    name: str
    counts: dict[str, Count] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def add(self, category: str, count: Count, issues: Iterable[Issue] = ()) -> None:
        self.counts[category] = self.counts.get(category, Count()) + count
        self.issues.extend(issues)


@dataclass
class CorpusScore:
    articles: list[ArticleScore]

    @property
    def totals(self) -> dict[str, Count]:
        totals: dict[str, Count] = {}
        for article in self.articles:
            for category, count in article.counts.items():
                totals[category] = totals.get(category, Count()) + count
        return {c: totals[c] for c in CATEGORIES if c in totals}


# --- reading the TEI -------------------------------------------------------------

# Children whose text is not part of the source reading.
_EDITORIAL = frozenset({tei("corr"), tei("reg"), tei("expan")})
_WHITESPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """NFC with white space (NBSP included) collapsed: how both sides compare."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def key(text: str | None) -> str:
    """Case-insensitive comparison key (bylines are sometimes in capitals)."""
    return norm(text).casefold()


MARK = "\ue000"  # a private-use character: where a marked element starts and ends
CUT = "\ue001"  # ... and where a cut child stood


def reading(element: etree._Element, skip: frozenset[str] = frozenset(),
            mark: etree._Element | None = None, cut: frozenset[str] = frozenset()) -> str:
    """The element's source text: corrections' ``corr`` and ``skip`` children left out;
    the text of ``mark`` (a descendant) is put between two :data:`MARK` characters,
    and each ``cut`` child is left out with a :data:`CUT` character in its place."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node is mark:
            parts.append(MARK)
        if node.tag == tei("lb"):
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            if child.tag in cut:
                parts.append(CUT)
            elif isinstance(child.tag, str) and child.tag not in _EDITORIAL | skip:
                walk(child)
            parts.append(child.tail or "")
        if node is mark:
            parts.append(MARK)

    walk(element)
    return "".join(parts)


# What joins two titles of one chain: "Chủ tịch HĐQT kiêm Giám đốc HTX".
_TITLE_JOINERS = frozenset({"", "kiêm", "và"})


def own_name(pers_name: etree._Element) -> str:
    """A persName's name itself: its text between its roleName children that
    is not what joins two titles ("Hồ Quốc Dũng, <roleName/> kiêm <roleName/>",
    "<roleName/> Lại Xuân Lâm"), trimmed of the separators that stood between
    name and titles ("Đỗ Mạnh Hùng (<roleName/>)") and of a note on birth, age
    or people before them ("Lê An (SN 1972), <roleName/>", "Lê An, 85 tuổi,
    <roleName/>", "Lê An, người Dao, <roleName/>"): no name holds a parenthesis
    or a comma; nor a word of address between titles and name ("<roleName/>, bà
    Lê An"): a name opens with a capital."""
    pieces = [_without_address(norm(piece).split(" (")[0].strip(" ,;:-–—()").split(", ")[0])
              for piece in _between_roles(pers_name)]
    return next((piece for piece in pieces if piece not in _TITLE_JOINERS), "")


def _without_address(piece: str) -> str:
    words = piece.split(" ")
    while len(words) > 1 and words[0][:1].islower():
        words = words[1:]
    return " ".join(words)


def _between_roles(pers_name: etree._Element) -> list[str]:
    """The persName's source text, cut where its roleName children stand."""
    return reading(pers_name, cut=frozenset({tei("roleName")})).split(CUT)


@dataclass
class Document:
    """The parts of a TEI document the scorer looks at."""

    root: etree._Element

    @property
    def body(self) -> etree._Element:
        found = self.root.find("t:text/t:body", NS)
        return found if found is not None else etree.Element(tei("body"))

    def in_body(self, name: str) -> list[etree._Element]:
        return self.body.findall(f".//t:{name}", NS)

    def standoff_names(self, entry: str, name: str) -> dict[str, list[str]]:
        """xml:id -> names of the standOff entries (``person``/``persName`` ...)."""
        return {e.get(XML_ID): [norm(reading(n)) for n in e.findall(f"t:{name}", NS)]
                for e in self.root.iterfind(f"t:standOff//t:{entry}", NS) if e.get(XML_ID)}

    def body_text(self) -> str:
        return norm(reading(self.body))


def as_document(tei_doc: bytes | etree._ElementTree | etree._Element) -> Document:
    if isinstance(tei_doc, (bytes, bytearray)):
        return Document(parse_xml_bytes(bytes(tei_doc)).getroot())
    if isinstance(tei_doc, etree._ElementTree):
        return Document(tei_doc.getroot())
    return Document(tei_doc)


def ref_id(element: etree._Element) -> str | None:
    ref = (element.get("ref") or "").strip()
    return ref[1:] if ref.startswith("#") else (ref or None)


# --- generic matching ------------------------------------------------------------


def nearest(target: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like ``target``: overlapping spans first, then similarity."""
    def closeness(candidate: str) -> tuple[bool, float]:
        overlaps = bool(candidate) and (candidate in target or target in candidate)
        return overlaps, difflib.SequenceMatcher(None, target, candidate).ratio()

    pool = sorted(set(candidates))
    return max(pool, key=closeness) if pool else None


def absent_note(text: str, body_text: str) -> str:
    """Tell a recognizer miss from a text that never reached the TEI body."""
    return "" if norm(text) in body_text else "not in the TEI body text"


def match_lists(category: str, gold: Sequence[str], predicted: Sequence[str],
                same: Callable[[str, str], bool] | None = None,
                body_text: str = "") -> tuple[Count, list[Issue]]:
    """One-to-one matching of two lists of strings (each item used once)."""
    same = same or (lambda g, p: norm(g) == norm(p))
    unused = list(range(len(predicted)))
    issues: list[Issue] = []
    tp = 0
    for item in gold:
        hit = next((i for i in unused if same(item, predicted[i])), None)
        if hit is None:
            issues.append(Issue(category, "missed", item, nearest(item, predicted),
                                absent_note(item, body_text) if body_text else ""))
        else:
            unused.remove(hit)
            tp += 1
    for i in unused:
        issues.append(Issue(category, "false", predicted[i], nearest(predicted[i], gold)))
    return Count(tp, len(unused), len(gold) - tp), issues


def match_counts(category: str, gold: Counter[str], predicted: Counter[str],
                 ignore: Callable[[str], bool] = lambda form: False) -> tuple[Count, list[Issue]]:
    """Occurrence counts per form: TP is the overlap of the two multisets."""
    issues: list[Issue] = []
    tp = fn = fp = 0
    for form, wanted in sorted(gold.items()):
        found = min(wanted, predicted.get(form, 0))
        tp += found
        if found < wanted:
            fn += wanted - found
            issues.append(Issue(category, "missed", form, nearest(form, predicted),
                                f"{found} of {wanted} occurrences marked"))
    for form, got in sorted(predicted.items()):
        extra = got - gold.get(form, 0)
        if extra > 0 and not (form not in gold and ignore(form)):
            fp += extra
            issues.append(Issue(category, "false", form, nearest(form, gold),
                                f"{got} marked, {gold.get(form, 0)} in gold"))
    return Count(tp, fp, fn), issues


# --- persons -----------------------------------------------------------------------


def gold_mention_forms(person: dict) -> Counter[str]:
    """Seed gold: ``{form: count}``; dev gold: a count of the full name."""
    mentions = person.get("mentions") or 0
    if isinstance(mentions, dict):
        return Counter({key(f): int(n) for f, n in mentions.items()})
    return Counter({key(person["name"]): int(mentions)})


def is_back_reference(form: str, gold_names: Iterable[str]) -> bool:
    """A trailing part of a gold name ("Dũng" of "Hồ Quốc Dũng"), or a leading
    one where the family name comes last ("Y Khu" of "Y Khu Niê", "Anna" of
    "Anna Berg"): the dev gold omits these."""
    return any(name != form and ((" " + name).endswith(" " + form) or (name + " ").startswith(form + " "))
               for name in gold_names)


def score_persons(doc: Document, gold: dict, score: ArticleScore) -> None:
    names = doc.standoff_names("person", "persName")
    mentions = doc.in_body("persName")
    predicted: dict[str, str] = {}  # comparison key -> name as written
    forms: Counter[str] = Counter()
    for element in mentions:
        own = own_name(element)
        standoff = names.get(ref_id(element) or "", [])
        name = standoff[0] if standoff else own
        predicted.setdefault(key(name), name)
        forms[key(own)] += 1
    gold_persons = gold["persons"]
    gold_names = {key(p["name"]): p["name"] for p in gold_persons}
    body_text = doc.body_text()
    count, issues = match_lists("persons", list(gold_names.values()), list(predicted.values()),
                                lambda g, p: key(g) == key(p), body_text)
    score.add("persons", count, issues)

    gold_forms: Counter[str] = sum((gold_mention_forms(p) for p in gold_persons), Counter())
    counts_full_names_only = not any(isinstance(p.get("mentions"), dict) for p in gold_persons)
    ignore = ((lambda form: is_back_reference(form, gold_names)) if counts_full_names_only
              else (lambda form: False))
    score.add("person mentions", *match_counts("person mentions", gold_forms, forms, ignore))
    score_roles(doc, gold_persons, predicted, score)


_PSEUDO_ROLES = frozenset({"author", "photographer"})


def score_roles(doc: Document, gold_persons: list[dict], predicted: dict[str, str],
                score: ArticleScore) -> None:
    """Roles of the persons found, against the standOff ``occupation``s."""
    occupations: dict[str, set[str]] = {}
    for person in doc.root.iterfind("t:standOff//t:person", NS):
        name = person.find("t:persName", NS)
        if name is not None:
            occupations.setdefault(key(reading(name)), set()).update(
                norm(reading(o)) for o in person.findall("t:occupation", NS))
    # The seed gold lists a byline's "author" and a credit's "photographer" as roles,
    # the dev gold does not (roles are titles written in the text).
    pseudo = set() if any(set(p.get("roles") or []) & _PSEUDO_ROLES for p in gold_persons) \
        else _PSEUDO_ROLES
    total = Count()
    issues: list[Issue] = []
    for person in gold_persons:
        if key(person["name"]) not in predicted:
            continue  # counted as a missed person already
        ours = occupations.get(key(person["name"]), set()) - pseudo
        roles = {norm(r) for r in person.get("roles") or []}
        total += Count(len(roles & ours), len(ours - roles), len(roles - ours))
        issues += [Issue("person roles", "missed", r, nearest(r, ours), person["name"])
                   for r in sorted(roles - ours)]
        issues += [Issue("person roles", "false", r, nearest(r, roles), person["name"])
                   for r in sorted(ours - roles)]
    score.add("person roles", total, issues)


# --- organizations and places ------------------------------------------------------


def score_named_entities(doc: Document, gold_entities: list[dict], category: str,
                         entry: str, name: str, score: ArticleScore) -> None:
    """Distinct entities: a gold entity is found when one of its names or variants is
    a predicted entity's standOff name or one of its mentions' surface forms."""
    standoff = doc.standoff_names(entry, name)
    predicted: dict[str, set[str]] = {}  # ref (or the text, unreferenced) -> forms
    for element in doc.in_body(name):
        surface = norm(reading(element))
        ident = ref_id(element) or f"text:{surface}"
        predicted.setdefault(ident, set(standoff.get(ident, []))).add(surface)
    gold_forms = [{norm(g["name"]), *map(norm, g.get("variants") or []),
                   *map(norm, (g.get("mentions") or {}))} for g in gold_entities]
    every_gold_form = set().union(*gold_forms) if gold_forms else set()
    every_ours = set().union(*predicted.values()) if predicted else set()
    body_text = doc.body_text()
    issues: list[Issue] = []
    tp = 0
    for entity, forms in zip(gold_entities, gold_forms):
        if any(forms & ours for ours in predicted.values()):
            tp += 1
        else:
            issues.append(Issue(category, "missed", entity["name"],
                                nearest(entity["name"], every_ours),
                                absent_note(entity["name"], body_text)))
    false = [sorted(ours)[0] for ours in predicted.values() if not ours & every_gold_form]
    issues += [Issue(category, "false", f, nearest(f, every_gold_form)) for f in sorted(false)]
    score.add(category, Count(tp, len(false), len(gold_entities) - tp), issues)


# --- dates -------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2})(?::(\d{2}))?"
                  r"(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$")

# Words the gold convention leaves out of a span: times of day, weekdays,
# prepositions, and a duration before a period ("5 năm 2026 - 2030").
_DROPPED_PREFIX = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa|đêm|khuya|rạng sáng|vào|từ|trước|sau|đến|tới|trong|"
    r"cho|hôm|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|\d+ năm)[\s,]+)+", re.IGNORECASE)


@dataclass(frozen=True)
class DateValue:
    """An ISO value as a day interval, plus the time of day when one is written."""

    start: date
    end: date
    time: tuple[str, ...] = ()  # (hh, mm[, ss]) as written
    zone: str | None = None

    def __str__(self) -> str:
        span = self.start.isoformat() if self.start == self.end else f"{self.start}/{self.end}"
        return span + (f"T{':'.join(self.time)}" if self.time else "") + (self.zone or "")


def _bounds(value: str) -> tuple[date, date, tuple[str, ...], str | None] | None:
    match = _ISO.match(value.strip())
    if not match:
        return None
    year, month, day, hh, mm, ss, zone = match.groups()
    y = int(year)
    first_month, last_month = (int(month), int(month)) if month else (1, 12)
    try:
        start = date(y, first_month, int(day) if day else 1)
        end = date(y, last_month, int(day) if day else calendar.monthrange(y, last_month)[1])
    except ValueError:
        return None
    time = tuple(t for t in (hh, mm, ss) if t is not None)
    return start, end, time, ("+00:00" if zone == "Z" else zone)


def date_value(when: str | None = None, start: str | None = None,
               end: str | None = None) -> DateValue | None:
    """The interval a ``when`` (point) or ``from``/``to`` (period) value stands for."""
    if when:
        bounds = _bounds(when)
        return DateValue(*bounds) if bounds else None
    first, last = _bounds(start or ""), _bounds(end or "")
    if first is None and last is None:
        return None
    first = first or last
    last = last or first
    return DateValue(first[0], last[1])


def values_match(gold: DateValue | None, ours: DateValue | None) -> bool:
    """Same day interval; when the gold has a time, the same time on its precision."""
    if gold is None or ours is None or (gold.start, gold.end) != (ours.start, ours.end):
        return False
    if not gold.time:
        return True
    if ours.time[:len(gold.time)] != gold.time:
        return False
    return gold.zone is None or ours.zone is None or gold.zone == ours.zone


def texts_match(gold_text: str, ours: str) -> bool:
    gold_text, ours = norm(gold_text), norm(ours)
    return ours == gold_text or _DROPPED_PREFIX.sub("", ours) == gold_text


@dataclass(frozen=True)
class DateSpan:
    text: str
    value: DateValue | None

    def describe(self) -> str:
        return f"{self.text} [{self.value or 'no value'}]"


def gold_date(item: dict) -> DateSpan:
    return DateSpan(norm(item["text"]), date_value(item.get("when"), item.get("from"),
                                                   item.get("to")))


def predicted_date(element: etree._Element) -> DateSpan:
    return DateSpan(norm(reading(element)), date_value(
        element.get("when"), element.get("from") or element.get("notBefore"),
        element.get("to") or element.get("notAfter")))


def score_dates(doc: Document, gold: dict, score: ArticleScore) -> None:
    """Distinct spans (text + value), strictly and on the text alone."""
    lists_dateline = any(d.get("where") == "dateline" for d in gold["dates"])
    dateline_dates = set(doc.body.findall("t:dateline//t:date", NS))
    ours = list(dict.fromkeys(predicted_date(e) for e in doc.in_body("date")
                              if lists_dateline or e not in dateline_dates))
    golds = list(dict.fromkeys(gold_date(d) for d in gold["dates"]))
    body_text = doc.body_text()
    strict, text_only = Count(), Count()
    issues: list[Issue] = []
    for item in golds:
        same_text = [o for o in ours if texts_match(item.text, o.text)]
        if any(values_match(item.value, o.value) for o in same_text):
            strict.tp += 1
            text_only.tp += 1
        elif same_text:
            text_only.tp += 1
            strict.fn += 1
            issues.append(Issue("dates", "value", item.describe(), same_text[0].describe(),
                                "text found, value differs"))
        else:
            strict.fn += 1
            text_only.fn += 1
            issues.append(Issue("dates", "missed", item.describe(),
                                _nearest_date(item, ours), absent_note(item.text, body_text)))
    for o in ours:
        same_text = [g for g in golds if texts_match(g.text, o.text)]
        if not same_text:
            text_only.fp += 1
            issues.append(Issue("dates", "false", o.describe(), _nearest_date(o, golds)))
        if not any(values_match(g.value, o.value) for g in same_text):
            strict.fp += 1
    score.add("dates", strict, issues)
    score.add("dates (text only)", text_only)


def _nearest_date(span: DateSpan, others: Sequence[DateSpan]) -> str | None:
    text = nearest(span.text, [o.text for o in others])
    return next((o.describe() for o in others if o.text == text), None)


def score_dateline(doc: Document, gold: dict, score: ArticleScore) -> None:
    expected = gold.get("dateline") or {}
    element = doc.body.find("t:dateline//t:date", NS)
    ours = [predicted_date(element)] if element is not None else []
    wanted = [gold_date(expected)] if expected.get("text") else []
    line = doc.body.find("t:dateline", NS)
    line_text = " ".join("".join(line.itertext()).split()) if line is not None else ""
    count, issues = match_lists(
        "dateline", [w.describe() for w in wanted], [o.describe() for o in ours],
        lambda g, p: _same_dateline(wanted[0], ours[0], line_text))
    score.add("dateline", count, issues)


def _same_dateline(gold: DateSpan, ours: DateSpan, line: str) -> bool:
    """The date, or the whole line: the encoding keeps a label ("Cập nhật:") in
    the dateline, outside its date; some gold lists give the line with it."""
    return (texts_match(gold.text, ours.text) or texts_match(gold.text, line)) \
        and values_match(gold.value, ours.value)


# --- directives --------------------------------------------------------------------


def gold_directive_forms(item: dict) -> Counter[str]:
    """Seed gold: ``mentions`` maps forms to counts; dev gold: ``text`` + a count."""
    mentions = item.get("mentions")
    if isinstance(mentions, dict):
        return Counter({norm(f): int(n) for f, n in mentions.items()})
    return Counter({norm(item["text"]): int(mentions or 1)})


def same_number(gold_number: str, ours: str) -> bool:
    """"45" (as written in "Chỉ thị 45") names the document numbered "45-CT/TW"."""
    gold_number, ours = norm(gold_number), norm(ours)
    return ours == gold_number or re.match(re.escape(gold_number) + r"[-/]", ours) is not None


def score_directives(doc: Document, gold: dict, score: ArticleScore) -> None:
    mentions = [e for e in doc.in_body("rs") if e.get("type") == "directive"]
    forms = Counter(norm(reading(e)) for e in mentions)
    items = gold["directives"]
    gold_forms: Counter[str] = sum((gold_directive_forms(d) for d in items), Counter())
    score.add("directive mentions", *match_counts("directive mentions", gold_forms, forms))

    refs: dict[str, set[str]] = {}
    for element in mentions:
        refs.setdefault(ref_id(element) or f"text:{norm(reading(element))}", set()).add(
            norm(reading(element)))
    if any("key" in d for d in items):
        score_directive_documents(items, refs, score)
    idnos = doc.standoff_names("bibl", "idno[@type='document-number']")
    numbers = list(dict.fromkeys(n for ident in refs for n in idnos.get(ident, [])))
    wanted = list(dict.fromkeys(norm(d["number"]) for d in items if d.get("number")))
    # A short number ("45") and the full one ("45-CT/TW") may name one document.
    count, issues = _numbers_against(wanted, numbers)
    score.add("directive numbers", count, issues)


def _numbers_against(wanted: list[str], ours: list[str]) -> tuple[Count, list[Issue]]:
    found = [w for w in wanted if any(same_number(w, o) for o in ours)]
    false = [o for o in ours if not any(same_number(w, o) for w in wanted)]
    issues = [Issue("directive numbers", "missed", w, nearest(w, ours))
              for w in wanted if w not in found]
    issues += [Issue("directive numbers", "false", o, nearest(o, wanted)) for o in false]
    return Count(len(found), len(false), len(wanted) - len(found)), issues


def score_directive_documents(items: list[dict], refs: dict[str, set[str]],
                              score: ArticleScore) -> None:
    """Seed gold: a document (gold key) is found when a ref carries one of its forms."""
    every_gold_form = set().union(*(gold_directive_forms(d) for d in items))
    issues: list[Issue] = []
    tp = 0
    for item in items:
        forms = set(gold_directive_forms(item))
        if any(forms & ours for ours in refs.values()):
            tp += 1
        else:
            issues.append(Issue("directive documents", "missed", item.get("key", ""),
                                nearest(sorted(forms)[0], set().union(*refs.values(), set()))))
    false = [sorted(ours)[0] for ours in refs.values() if not ours & every_gold_form]
    issues += [Issue("directive documents", "false", f) for f in sorted(false)]
    score.add("directive documents", Count(tp, len(false), len(items) - tp), issues)


# --- figures, sections and the other simple lists ---------------------------------

# The separator ("_Ảnh:" as TCCS writes it) and the credit's word: "Ảnh:", and the
# others the parser reads a credit after, "Nguồn ảnh:", "Ảnh minh họa:".
_CREDIT_LEAD = re.compile(r"^[\s\-–—_.,:]*(?:(?:Nguồn\s+)?Ảnh(?:\s+minh\s+h(?:ọa|oạ))?\s*:\s*)?",
                          re.IGNORECASE)


def _trimmed(text: str) -> str:
    """Trailing full stops and spaces do not decide a caption or credit match."""
    return norm(text).rstrip(" .")


def credit_text(text: str) -> str:
    """"- Ảnh: VGP/Nguyễn Hoàng." -> "VGP/Nguyễn Hoàng"; "(Ảnh: TTXVN)" -> "TTXVN"."""
    return _trimmed(_CREDIT_LEAD.sub("", _unbracketed(norm(text))))


def _unbracketed(text: str) -> str:
    """A credit in parentheses is the same credit: "(Ảnh: TTXVN)" and "(Ảnh: TTXVN)."
    -> "Ảnh: TTXVN"."""
    text = text.strip().removesuffix(".")
    return text[1:-1] if text.startswith("(") and text.endswith(")") else text


def score_figures(doc: Document, gold: dict, score: ArticleScore) -> None:
    heads, credits, alts, captions = [], [], [], []
    for figure in doc.in_body("figure"):
        head = figure.find("t:head", NS)
        note = figure.find("t:note[@type='credit']", NS)
        desc = figure.find("t:figDesc", NS)
        head_text = reading(head) if head is not None else ""
        note_text = reading(note) if note is not None else ""
        heads.append(norm(head_text))
        # The dev gold's caption is the whole line, credit included.
        captions.append({_trimmed(head_text), _trimmed(head_text + note_text),
                         _trimmed(head_text + " " + note_text)})
        if note is not None:
            credits.append(note_text)
        if desc is not None:
            alts.append(reading(desc))
    figures = gold["figures"]
    body_text = doc.body_text()

    def caption_found(gold_caption: str, head: str) -> bool:
        return _trimmed(gold_caption) in captions[heads.index(head)]

    for category, wanted, ours, same in (
        ("figure captions", [f["caption"] for f in figures if f.get("caption")], heads,
         caption_found),
        ("figure credits", [f["credit"] for f in figures if f.get("credit")], credits,
         lambda g, p: credit_text(g) == credit_text(p)),
        ("figure alts", [f["alt"] for f in figures if f.get("alt")], alts, None),
    ):
        score.add(category, *match_lists(category, wanted, [norm(o) for o in ours], same,
                                         body_text))


def _strip_quote_marks(text: str) -> str:
    return norm(text).strip("\"'“”‘’«»„ ")


def score_simple_lists(doc: Document, gold: dict, score: ArticleScore) -> None:
    """Lists of strings compared one to one."""
    body_text = doc.body_text()
    header = doc.root.find("t:teiHeader", NS)
    furniture = header.findall(".//t:editorialDecl//t:q", NS) if header is not None else []
    signed = doc.body.findall(".//t:closer//t:signed", NS) + doc.in_body("byline")
    main_head = doc.body.find("t:head[@type='main']", NS)
    simple = {
        "sections": ([h for d in doc.in_body("div") for h in d.findall("t:head", NS)], None),
        "boilerplate": (furniture, None),
        "quotes": (doc.in_body("q"), lambda g, p: _strip_quote_marks(g) == _strip_quote_marks(p)),
        "enumeration": ([e for e in doc.in_body("p") + doc.in_body("item") if e.get("n")],
                        lambda g, p: p.startswith(norm(g))),
    }
    for category, (elements, same) in simple.items():
        if category in gold:
            ours = [norm(reading(e)) for e in elements]
            if category == "boilerplate":
                # The header lists a line as often as the page sets it (a menu item
                # again as the label over the title), so that the source can be
                # rebuilt; gold lists name each line of furniture once.
                ours = list(dict.fromkeys(ours))
            score.add(category, *match_lists(category, list(gold[category]), ours, same,
                                             body_text))
    if "byline" in gold:
        wanted = [gold["byline"]] if gold["byline"] else []
        ours = [norm(signature(e)) for e in signed[:1]]
        score.add("byline", *match_lists("byline", wanted, ours, same_byline))
    if gold.get("title"):
        ours = [norm(reading(main_head))] if main_head is not None else []
        score.add("title", *match_lists("title", [gold["title"]], ours))


def signature(byline: etree._Element) -> str:
    """A byline's text up to its first line break: the names, as gold lists
    write the byline, without the writer's office under them."""
    breaks = byline.findall(".//t:lb", NS)
    return reading(byline, mark=breaks[0]).split(MARK)[0] if breaks else reading(byline)


def same_byline(gold: str, ours: str) -> bool:
    """Equal, or equal without what the reporter made, or in the names alone:
    the byline element keeps "Bài, ảnh:" before the names, the attribution
    "Theo" before them, the photographer and the outlet after them ("Hà Vy
    (TTXVN)", "Hà Vy/VOV.VN", "(TTXVN/Vietnam+)"), and gold lists write these or
    leave them out (twelve of the held-out golds give the names alone, two the
    outlet too)."""
    return (key(gold) == key(ours) or key(without_maker(gold)) == key(without_maker(ours))
            or key(byline_names(gold)) == key(byline_names(ours)))


# "Theo" before a byline's names; after them the photographer ("Bài: Lê Vy - Ảnh:
# Hà An"), and the outlet in parentheses.
_ATTRIBUTION = re.compile(r"^Theo\s+", re.I)
_PHOTOGRAPHER_AFTER = re.compile(r"\s*[-–,]\s*[Ảả]nh\s*:.*$")
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)$")


def byline_names(byline: str) -> str:
    """A byline's names alone: "Theo Hà Linh (cand.com.vn)" -> "Hà Linh", "Hà
    Vy/VOV.VN" -> "Hà Vy", "Bài: Lê Vy - Ảnh: Hà An" -> "Lê Vy".  The outlet
    after a slash goes only after a name of two words or more: an agency's
    "TTXVN/Vietnam+" is one signature."""
    text = _PHOTOGRAPHER_AFTER.sub("", _ATTRIBUTION.sub("", _unbracketed(without_maker(byline))))
    text = _NOTE_AFTER.sub("", text).strip()
    names, slash, _outlet = text.rpartition("/")
    return names.strip() if slash and " " in names.strip() else text


def score_measures(doc: Document, gold: dict, score: ArticleScore) -> None:
    def describe(text: str, quantity: object) -> str:
        return f"{norm(text)} [{quantity}]"

    def quantity(value: object) -> str:
        try:
            return format(float(value), "g")
        except (TypeError, ValueError):
            return str(value)

    wanted = [describe(m["text"], quantity(m.get("quantity"))) for m in gold["measures"]]
    ours = [describe(reading(e), quantity(e.get("quantity"))) for e in doc.in_body("measure")]
    score.add("measures", *match_lists("measures", wanted, ours))


def score_corrections(doc: Document, gold: dict, score: ArticleScore) -> None:
    """A ``choice`` or ``surplus`` matches a gold correction when the gold's source
    reading covers it in its block, and applying it there gives the gold's reading."""
    # Document order, so that a miss's nearest candidate reads in order.
    predicted = [e for e in doc.body.iter(tei("choice"), tei("surplus"))]
    corrections = gold["corrections"]
    unused = list(predicted)
    issues: list[Issue] = []
    tp = 0
    for item in corrections:
        hit = next((e for e in unused if _applies(e, item)), None)
        if hit is None:
            issues.append(Issue("corrections", "missed", f"{item['sic']} -> {item['corr']}",
                                nearest(norm(item["sic"]), [_describe_correction(e)
                                                            for e in unused])))
        else:
            unused.remove(hit)
            tp += 1
    issues += [Issue("corrections", "false", _describe_correction(e)) for e in unused]
    score.add("corrections", Count(tp, len(unused), len(corrections) - tp), issues)


def _correction_parts(element: etree._Element) -> tuple[str, str]:
    """(source reading, corrected reading) of a choice or surplus."""
    if element.tag == tei("surplus"):
        return reading(element), ""
    sic = element.find("t:sic", NS)
    if sic is None:
        sic = element.find("t:orig", NS)
    corr = element.find("t:corr", NS)
    if corr is None:
        corr = element.find("t:reg", NS)
    return (reading(sic) if sic is not None else "",
            "".join(corr.itertext()) if corr is not None else "")


def _describe_correction(element: etree._Element) -> str:
    sic, corr = _correction_parts(element)
    return f"{sic} -> {corr}"


def _applies(element: etree._Element, item: dict) -> bool:
    block = element.getparent()
    while block is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    if block is None:
        return False
    before, sic, after = unicodedata.normalize("NFC", reading(block, mark=element)).split(MARK)
    corr = _correction_parts(element)[1]
    start, end = len(before), len(before) + len(sic)
    source = before + sic + after
    pattern = r"\s+".join(map(re.escape, norm(item["sic"]).split(" ")))
    for match in re.finditer(pattern, source):
        if match.start() <= start and end <= match.end():
            corrected = source[match.start():start] + corr + source[end:match.end()]
            if norm(corrected) == norm(item["corr"]):
                return True
    return False


_BLOCKS = frozenset(tei(n) for n in ("p", "head", "item", "figDesc", "note", "signed",
                                     "ab", "l", "cell", "quote"))


# --- articles and corpora ----------------------------------------------------------


def score_article(tei_doc: bytes | etree._ElementTree | etree._Element, gold: dict,
                  name: str | None = None) -> ArticleScore:
    """Score one converted article against its gold list (only the kinds it lists)."""
    doc = as_document(tei_doc)
    score = ArticleScore(name or gold.get("file", "article"))
    if "persons" in gold:
        score_persons(doc, gold, score)
    for category, entry, element in (("organizations", "org", "orgName"),
                                     ("places", "place", "placeName")):
        if category in gold:
            score_named_entities(doc, gold[category], category, entry, element, score)
    if "dates" in gold:
        score_dates(doc, gold, score)
    if "dateline" in gold:
        score_dateline(doc, gold, score)
    if "directives" in gold:
        score_directives(doc, gold, score)
    if "figures" in gold:
        score_figures(doc, gold, score)
    score_simple_lists(doc, gold, score)
    if "measures" in gold:
        score_measures(doc, gold, score)
    if "corrections" in gold:
        score_corrections(doc, gold, score)
    score.counts = {c: score.counts[c] for c in CATEGORIES if c in score.counts}
    return score


def score_corpus(pairs: Iterable[tuple[bytes | etree._ElementTree, dict]]) -> CorpusScore:
    """Score (TEI, gold) pairs; totals sum the articles' counts."""
    return CorpusScore([score_article(tei_doc, gold) for tei_doc, gold in pairs])


# --- reports -----------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:5.1f}%"


def format_table(counts: dict[str, Count]) -> str:
    lines = [f"{'type':<20} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>10} {'recall':>8}"]
    for category, count in counts.items():
        lines.append(f"{category:<20} {count.tp:>5} {count.fp:>5} {count.fn:>5} "
                     f"{_percent(count.precision):>10} {_percent(count.recall):>8}")
    return "\n".join(lines)


def format_report(corpus: CorpusScore, verbose: bool = False) -> str:
    parts = [format_table(corpus.totals)]
    if verbose:
        for article in corpus.articles:
            parts.append(f"\n== {article.name}")
            parts += [f"  {issue}" for issue in article.issues] or ["  (no misses)"]
    return "\n".join(parts)


def as_json(corpus: CorpusScore) -> str:
    def counts(table: dict[str, Count]) -> dict[str, dict]:
        return {c: {**asdict(n), "precision": n.precision, "recall": n.recall}
                for c, n in table.items()}

    return json.dumps({
        "totals": counts(corpus.totals),
        "articles": [{"name": a.name, "counts": counts(a.counts),
                      "issues": [asdict(i) for i in a.issues]} for a in corpus.articles],
    }, ensure_ascii=False, indent=1)


# --- the bundled seed and the shared dev corpus ------------------------------------

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def gold_articles(seed: bool, dev: bool, shared: Path = SHARED) -> list[tuple[Path, dict]]:
    """(source file, gold list) of the seed and/or the dev articles that are present."""
    found: list[tuple[Path, dict]] = []
    if seed:
        gold_path = shared / "spec" / "seed-gold.json"
        if gold_path.exists():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            found.append((REPO / "corpus" / "source" / gold["file"], gold))
    if dev:
        for gold_path in sorted((shared / "corpus-dev" / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            found.append((shared / "corpus-dev" / gold["file"], gold))
    return found


def score_sources(articles: list[tuple[Path, dict]]) -> CorpusScore:
    """Convert each source afresh and score it."""
    from .convert import convert_file
    return CorpusScore([score_article(convert_file(source).tei, gold, source.name)
                        for source, gold in articles])


def run(seed: bool, dev: bool, json_output: bool = False, verbose: bool = False,
        shared: Path = SHARED) -> int:
    """What ``edition score`` and ``python -m edition.score`` do; returns the exit status."""
    if not seed and not dev:
        seed = dev = True
    articles = gold_articles(seed, dev, shared)
    if not articles:
        print(f"edition score: error: no gold lists found under {shared}", file=sys.stderr)
        return 1
    corpus = score_sources(articles)
    print(as_json(corpus) if json_output else format_report(corpus, verbose))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.score", description=__doc__
                                     .split("\n\n")[0])
    parser.add_argument("--seed", action="store_true", help="Score the seed article.")
    parser.add_argument("--dev", action="store_true", help="Score the dev articles.")
    parser.add_argument("--json", action="store_true", help="Print JSON.")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="List the misses and false positives per article.")
    parser.add_argument("--shared", type=Path, default=SHARED,
                        help="The shared folder with spec/ and corpus-dev/.")
    args = parser.parse_args(argv)
    from .errors import EditionError
    try:
        return run(args.seed, args.dev, args.json, args.verbose, args.shared)
    except EditionError as error:
        print(f"edition score: error: {error}", file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
