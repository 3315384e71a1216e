"""Stage 5: check TEI documents against the project schema and its rules.

Three layers, every problem reported (not only the first):

1. Parsing, hardened (:func:`edition.xmlio.safe_parser`): no entity expansion,
   no DTD, no network.  A document that declares entities (billion laughs, XXE)
   is reported and goes no further; malformed XML gives file:line:column.
   Duplicate ``xml:id`` values, which libxml2 reports while parsing, become
   ``duplicate-id`` problems and the document is still checked.
2. ``schema/edition.xsd`` (XSD 1.0).  libxml2 (lxml) answers "valid?" in tens
   of microseconds, so a valid document costs next to nothing; for an invalid
   one, xmlschema (loaded on first need) lists every error with its path and
   what was expected — libxml2 stops inside the first bad element.
3. ``schema/edition.sch`` (ISO Schematron run by lxml): what XSD 1.0 cannot
   say — references resolve, periods run forwards, figures in order, ...

Each :class:`Problem` names the rule broken: ``xsd-*`` for the schema, the
assert's id for a Schematron rule (both listed in ``schema/README.md``).
"""

from __future__ import annotations

import io
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from lxml import etree, isoschematron

from .xmlio import TEI_NS, XML_NS, safe_parser

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
SCHEMA_FILE = "edition.xsd"
RULES_FILE = "edition.sch"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, where it is, and which rule says so."""

    file: str
    line: int | None
    column: int | None
    path: str  # XPath of the element, e.g. /TEI/text/body/div[2]/p[3]
    rule: str
    message: str  # what is wrong and what was expected

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line, self.column) if p is not None)
        at = f" (at {self.path})" if self.path else ""
        return f"{where}: {self.message} [{self.rule}]{at}"


@dataclass
class Report:
    file: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


def tei_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, and the ``*.xml`` files inside the folders named (sorted)."""
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.rglob("*.xml")) if path.is_dir() else [path])
    return found


class Validator:
    """The project schema and rules, loaded once; validate any number of documents."""

    def __init__(self, schema_dir: Path | None = None) -> None:
        if schema_dir is None:
            from .resources import schema_dir as default_schema_dir
            schema_dir = default_schema_dir()
        self.schema_dir = Path(schema_dir)
        self._xsd = etree.XMLSchema(_load(self.schema_dir / SCHEMA_FILE))
        # The report keeps only failed asserts (and their paths): a "fired-rule" for
        # every element a rule met made it 25 times larger and its writing slower.
        self._rules = isoschematron.Schematron(_load(self.schema_dir / RULES_FILE),
                                               store_report=True,
                                               compile_params={"generate-fired-rule": "'false'"})
        self._explainer = None  # xmlschema.XMLSchema, loaded for the first invalid document

    # --- entry points ---------------------------------------------------------

    def validate_file(self, path: str | Path) -> Report:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            return Report(str(path), [Problem(str(path), None, None, "", "read",
                                              f"cannot read the file: {exc.strerror or exc}")])
        return self.validate_bytes(data, str(path))

    def validate_bytes(self, data: bytes, file: str) -> Report:
        tree, problems = parse_document(data, file)
        if tree is None:
            return Report(file, problems)
        report = self.validate_tree(tree, file)
        report.problems = _merge(problems + report.problems)
        return report

    def validate_tree(self, tree: etree._ElementTree | etree._Element, file: str) -> Report:
        if isinstance(tree, etree._Element):
            tree = tree.getroottree()
        problems = _merge(self._schema_problems(tree, file) + self._rule_problems(tree, file))
        return Report(file, problems)

    # --- XSD ------------------------------------------------------------------

    def _schema_problems(self, tree: etree._ElementTree, file: str) -> list[Problem]:
        if self._xsd.validate(tree):
            return []
        fallback = [Problem(file, e.line or None, e.column or None, "", "xsd",
                            _strip_namespaces(e.message)) for e in self._xsd.error_log]
        problems = _dedupe(explain_xsd_error(error, file) for error in self.explainer.iter_errors(tree))
        # Both engines implement XSD 1.0; should they ever disagree, libxml2's word stands.
        return problems or fallback

    @property
    def explainer(self):
        """xmlschema's view of the same XSD: slower, but it lists every error with a path."""
        if self._explainer is None:
            import xmlschema
            self._explainer = xmlschema.XMLSchema10(str(self.schema_dir / SCHEMA_FILE))
        return self._explainer

    # --- Schematron -----------------------------------------------------------

    def _rule_problems(self, tree: etree._ElementTree, file: str) -> list[Problem]:
        if self._rules.validate(tree):
            return []
        problems = []
        for failed in self._rules.validation_report.iter(f"{{{SVRL_NS}}}failed-assert"):
            element = element_at(tree, failed.get("location", ""))
            text = " ".join("".join(failed.itertext()).split())
            problems.append(Problem(file, _line(element), None, readable_path(element),
                                    failed.get("id") or "rule", text))
        return problems


# --- parsing --------------------------------------------------------------------


def parse_document(data: bytes, file: str) -> tuple[etree._ElementTree | None, list[Problem]]:
    """Parse with the hardened parser: the tree (None when unusable) and the problems."""
    parser = safe_parser()
    try:
        tree = etree.parse(io.BytesIO(data), parser)
        problems: list[Problem] = []
    except etree.XMLSyntaxError as exc:
        # The parser's own log: the exception's may hold other documents' messages.
        log = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
        if log and all(e.type_name == "DTD_ID_REDEFINED" for e in log):
            # Well-formed after all: only xml:id values repeat.  Reparse leniently
            # (same hardening) so that every other problem is still reported.
            tree = etree.parse(io.BytesIO(data), _lenient_parser())
            problems = [_duplicate_id(e, file) for e in log]
        elif b"<!ENTITY" in data:
            # libxml2 gave up on the entities (e.g. amplification limit): same verdict.
            return None, [_entities_refused(data, file, "")]
        else:
            first = log[0] if log else None
            line, column = (first.line, first.column) if first else (exc.position or (None, None))
            message = first.message if first else exc.msg
            return None, [Problem(file, line, column, "", "well-formed",
                                  f"not well-formed XML: {message.strip()}")]
    refusal = _refuse_dtd(tree, data, file)
    return (None, [refusal]) if refusal else (tree, problems)


def _lenient_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, recover=True)


def _duplicate_id(entry, file: str) -> Problem:
    match = re.search(r"ID (\S+) already defined", entry.message)
    value = match.group(1) if match else "?"
    return Problem(file, entry.line, entry.column or None, "", "duplicate-id",
                   f'xml:id="{value}" is used more than once; every xml:id must be unique')


def _entities_refused(data: bytes, file: str, names: str) -> Problem:
    named = f" ({names})" if names else ""
    return Problem(file, _doctype_line(data), None, "", "no-entities",
                   f"the document declares entities in a DOCTYPE{named}; entity declarations "
                   "are not allowed in an edition and were neither expanded nor read")


def _doctype_line(data: bytes) -> int:
    position = data.find(b"<!DOCTYPE")
    return data.count(b"\n", 0, position) + 1 if position >= 0 else 1


def _refuse_dtd(tree: etree._ElementTree, data: bytes, file: str) -> Problem | None:
    """Entity declarations and external DTDs are refused, never expanded or loaded."""
    info = tree.docinfo
    dtd = info.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        return _entities_refused(data, file, ", ".join(sorted(e.name for e in dtd.iterentities())))
    if info.system_url or info.public_id:
        return Problem(file, _doctype_line(data), None, "", "no-dtd",
                       f"the document refers to an external DTD ({info.system_url or info.public_id}); "
                       "it was not loaded: remove the DOCTYPE")
    for node in tree.iter(etree.Entity):
        return Problem(file, node.sourceline, None, readable_path(node.getparent()), "no-entities",
                       f"undefined entity reference &{node.name}; (use the character itself)")
    return None


def _load(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), safe_parser())


# --- explaining XSD errors --------------------------------------------------------

_ATTRIBUTE_REASON = re.compile(r"attribute (\S+?)='(.*?)': (.*)", re.S)
ISO_EXPECTED = ("an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss "
                "with an optional zone (Z, +07:00)")


def explain_xsd_error(error, file: str) -> Problem:
    """A :class:`Problem` an editor can act on, from one xmlschema error."""
    element = error.elem if isinstance(getattr(error, "elem", None), etree._Element) else None
    reason = error.reason or error.message
    name = display_name(element.tag) if element is not None else "document"
    invalid_tag = getattr(error, "invalid_tag", None)
    if element is not None and element.getparent() is None and "is not an element of the schema" in reason:
        return Problem(file, _line(element), None, readable_path(element), "xsd-root",
                       f"the root element is {name}; expected <TEI> in the TEI namespace {TEI_NS}")
    if invalid_tag is not None and element is not None:
        child = _child(element, getattr(error, "index", 0) or 0, invalid_tag)
        return Problem(file, _line(child), None, readable_path(child), "xsd-element",
                       f"element {display_name(invalid_tag)} is not allowed here in <{name}>"
                       f"{_expected(error)}")
    if "is not complete" in reason:
        return Problem(file, _line(element), None, readable_path(element), "xsd-missing",
                       f"<{name}> is incomplete{_expected(error)}")
    if "character data" in reason:
        line = _text_line(element)
        return Problem(file, line, None, readable_path(element), "xsd-text",
                       f"text is not allowed directly in <{name}>: put it inside a child element "
                       "(or remove it)")
    if "attribute" in reason and ("not allowed" in reason or "missing required" in reason):
        return Problem(file, _line(element), None, readable_path(element), "xsd-attribute",
                       f"<{name}>: {_strip_namespaces(reason)}")
    if "duplicated xs:ID" in reason:
        value = element.get(f"{{{XML_NS}}}id") if element is not None else "?"
        return Problem(file, _line(element), None, readable_path(element), "duplicate-id",
                       f'xml:id="{value}" is used more than once; every xml:id must be unique')
    match = _ATTRIBUTE_REASON.match(reason)
    if match:
        attribute, value, detail = match.groups()
        return Problem(file, _line(element), None, readable_path(element), "xsd-value",
                       f'<{name}> @{_strip_namespaces(attribute)}="{value}" is not allowed: '
                       f"{_value_expectation(error, detail)}")
    return Problem(file, _line(element), None, readable_path(element), "xsd",
                   f"<{name}>: {_strip_namespaces(reason)}")


def _value_expectation(error, detail: str) -> str:
    validator = repr(getattr(error, "validator", ""))
    if "Gregorian" in detail or "xs:gYear" in validator or "\\\\d{4}" in validator or "\\d{4}" in validator:
        return f"expected {ISO_EXPECTED}"
    if "#[A-Za-z_]" in validator:
        return 'expected one or more pointers "#id" separated by single spaces'
    choices = re.search(r"value must be one of \[(.*)\]", detail)
    if choices:
        return "expected " + " or ".join(choices.group(1).replace("'", '"').split(", "))
    return _strip_namespaces(detail).rstrip(".")


def _expected(error) -> str:
    expected = getattr(error, "expected", None) or []
    names = []
    for particle in expected:
        tag = getattr(particle, "name", None)
        if tag and f"<{display_name(tag)}>" not in names:
            names.append(f"<{display_name(tag)}>")
    if not names:
        return ""
    return f"; expected {names[0]}" if len(names) == 1 else f"; expected one of {', '.join(names)}"


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    """xmlschema reports a bad union value once per member type: keep one."""
    seen: set[tuple] = set()
    kept = []
    for problem in problems:
        key = (problem.line, problem.path, problem.rule, problem.message)
        if key not in seen:
            seen.add(key)
            kept.append(problem)
    return kept


def _child(parent: etree._Element, index: int, tag: str) -> etree._Element:
    """The child that xmlschema names by position (counting elements only) and tag."""
    children = [c for c in parent if isinstance(c.tag, str)]
    if index < len(children) and children[index].tag == tag:
        return children[index]
    return next((c for c in children if c.tag == tag), parent)


def _text_line(element: etree._Element | None) -> int | None:
    """The line of the first non-blank text directly inside ``element``."""
    if element is None:
        return None
    if (element.text or "").strip():
        return element.sourceline + _leading_newlines(element.text)
    for child in element:
        tail = child.tail or ""
        if tail.strip():
            following = child.getnext()
            if following is not None and following.sourceline:
                # Count back from the next node over the line breaks after the text.
                return following.sourceline - tail.lstrip().count("\n")
            return (child.sourceline or 0) + etree.tostring(child, with_tail=False).count(b"\n") \
                + _leading_newlines(tail)
    return element.sourceline


def _leading_newlines(text: str) -> int:
    return text[: len(text) - len(text.lstrip())].count("\n")


def _trailing_newlines(text: str) -> int:
    return text[len(text.rstrip()):].count("\n")


# --- names and paths ----------------------------------------------------------------


def display_name(tag: str) -> str:
    """``p`` for TEI, ``xml:id``, ``{ns}p`` elsewhere, ``p (no namespace)`` for none."""
    qname = etree.QName(tag)
    if qname.namespace == TEI_NS:
        return qname.localname
    if qname.namespace == XML_NS:
        return f"xml:{qname.localname}"
    if qname.namespace is None:
        return f"{qname.localname} (in no namespace; expected the TEI namespace)"
    return f"{{{qname.namespace}}}{qname.localname}"


def _strip_namespaces(text: str) -> str:
    return text.replace(f"{{{TEI_NS}}}", "").replace(f"{{{XML_NS}}}", "xml:")


def readable_path(element: etree._Element | None) -> str:
    """``/TEI/text/body/div[2]/p[3]``: a position only where same-named siblings exist."""
    if element is None or not isinstance(element.tag, str):
        return ""
    steps = []
    node = element
    while node is not None:
        qname = etree.QName(node)
        name = qname.localname if qname.namespace in (TEI_NS, None) else f"{{{qname.namespace}}}{qname.localname}"
        parent = node.getparent()
        if parent is not None:
            same = [c for c in parent if c.tag == node.tag]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        steps.append(name)
        node = parent
    return "/" + "/".join(reversed(steps))


_SVRL_STEP = re.compile(r"\*\[local-name\(\)='([^']*)' and namespace-uri\(\)='([^']*)'\](?:\[(\d+)\])?")


def element_at(tree: etree._ElementTree, location: str) -> etree._Element | None:
    """The element an SVRL ``location`` names (a step without ``[n]`` is the first)."""
    node = None
    for index, match in enumerate(_SVRL_STEP.finditer(location)):
        local, namespace, position = match.groups()
        tag = f"{{{namespace}}}{local}" if namespace else local
        if index == 0:
            root = tree.getroot()
            node = root if root.tag == tag else None
        else:
            same = [c for c in node if c.tag == tag] if node is not None else []
            wanted = int(position or 1)
            node = same[wanted - 1] if len(same) >= wanted else None
        if node is None:
            return None
    return node


def _line(element: etree._Element | None) -> int | None:
    return getattr(element, "sourceline", None) if element is not None else None


def _merge(problems: list[Problem]) -> list[Problem]:
    """Sorted by line; a repeated xml:id, which the parser, the XSD and a rule all
    see, is reported once (the first report, the parser's, has the column)."""
    seen: set[tuple] = set()
    kept = []
    for problem in problems:
        key = (problem.line, problem.rule)
        if problem.rule == "duplicate-id" and key in seen:
            continue
        seen.add(key)
        kept.append(problem)
    return sorted(kept, key=_order)


def _order(problem: Problem) -> tuple:
    return (problem.line or 0, problem.column or 0)
