"""Editorial corrections: ``choice`` (sic/corr) and ``surplus`` spans.

Two sources, each applied correction recorded in ``ctx.corrections``:

* the editors' corrections file (``corpus/corrections.tsv``, format in its
  header): entries keyed by source file name and exact reading; only the
  smallest run of whole words that differs is marked (:func:`minimal_edit`);
* safe automatic rules: a comma glued to the next word between letters
  ("nhất,cấp" -> sic "," corr ", "), and a repeated group of two or three
  words ("gắn với gắn với": the second copy is ``surplus``).  Single repeated
  syllables are left alone: Vietnamese reduplicates words on purpose
  ("từ từ", "nhà nhà").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Correction, Inline, Span
from .window import Occupied


@dataclass(frozen=True)
class Entry:
    """One line of the corrections file."""

    file: str
    reading: str
    corrected: str
    kind: str
    line: int


@dataclass(frozen=True)
class Edit:
    """Where in a reading the change lies, and what replaces it there."""

    start: int
    end: int
    replacement: str

    @property
    def deletion(self) -> bool:
        return self.replacement == ""


def read_corrections(path: Path) -> list[Entry]:
    """The entries of a corrections file; a malformed line is an :class:`InputError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the corrections file: {error}", str(path)) from None
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].strip() or not fields[1]:
            raise InputError("expected: file<TAB>reading<TAB>corrected[<TAB>kind]", str(path), number, 1)
        kind = fields[3].strip() if len(fields) > 3 and fields[3].strip() else "correction"
        if fields[1] == fields[2]:
            raise InputError("the corrected text is the same as the reading", str(path), number, 1)
        entries.append(Entry(fields[0].strip(), fields[1], fields[2], kind, number))
    return entries


def minimal_edit(reading: str, corrected: str) -> Edit:
    """The smallest stretch of whole words of ``reading`` that ``corrected`` changes."""
    limit = min(len(reading), len(corrected))
    prefix = 0
    while prefix < limit and reading[prefix] == corrected[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and reading[-1 - suffix] == corrected[-1 - suffix]:
        suffix += 1
    start, end = prefix, len(reading) - suffix
    new = corrected[prefix:len(corrected) - suffix]
    if not new:
        # a pure deletion: the deleted words, without the space that separated them
        removed = reading[start:end]
        lead = len(removed) - len(removed.lstrip())
        trail = len(removed) - len(removed.rstrip())
        return Edit(start + lead, end - trail, "")
    if start == end and start > 0 and not reading[start - 1].isalnum():
        # an insertion after punctuation ("nhất,|cấp"): mark the punctuation alone
        return Edit(start - 1, end, reading[start - 1] + new)
    left, right = start, end
    while left > 0 and reading[left - 1].isalnum():
        left -= 1
    while right < len(reading) and reading[right].isalnum():
        right += 1
    return Edit(left, right, reading[left:start] + new + reading[end:right])


def _entries_for(ctx) -> list[Entry]:
    state = ctx.state.setdefault(__name__, {})
    if "entries" not in state:
        path = ctx.corrections_file
        entries = read_corrections(Path(path)) if path else []
        name = ctx.article.source.name
        state["entries"] = [e for e in entries if e.file == name]
    return state["entries"]


def _record(ctx, where: str, sic: str, corr: str, kind: str, origin: str) -> None:
    ctx.corrections.append(Correction(where=f"{ctx.article.source.name}: {where}", sic=sic,
                                      corr=corr, kind=kind, origin=origin))  # type: ignore[arg-type]


def _span(edit: Edit, offset: int) -> Span:
    start, end = offset + edit.start, offset + edit.end
    if edit.deletion:
        return Span(start, end, "surplus")
    return Span(start, end, "choice", value=edit.replacement)


def _from_file(run: Inline, where: str, ctx) -> list[Span]:
    spans = []
    for entry in _entries_for(ctx):
        edit = minimal_edit(entry.reading, entry.corrected)
        if edit.deletion and not _may_delete(where):
            continue
        for m in re.finditer(re.escape(entry.reading), run.text):
            span = _span(edit, m.start())
            spans.append(span)
            _record(ctx, where, run.text[span.start:span.end], edit.replacement, entry.kind, "file")
    return spans


# A comma between letters.  The comma comes first and the letter before it is
# looked behind from after it ("(?<=[^\W\d_],)" is "(?<=[^\W\d_])," read from
# the other side): a pattern that opens with a literal is searched for at C
# speed, one that opens with a look-behind tries every position.
_GLUED_COMMA = re.compile(r",(?<=[^\W\d_],)(?=[^\W\d_])")
# Possessive "++": a run of letters (or spaces) is never given back, since a
# shorter one could not be followed by what comes next; the same matches,
# found without backtracking through every word.
_REPEATED = re.compile(r"(?<!\w)(?P<words>\w++(?:\s++\w++){1,2})\s++(?P<again>(?P=words))(?!\w)")


def _by_rule(run: Inline, where: str, ctx, taken: list[Span]) -> list[Span]:
    spans = []
    # Claimed stretches looked up in O(log n): a paragraph of thousands of
    # repeated words made the linear test quadratic.
    occupied = Occupied((s.start, s.end) for s in taken)
    for m in _GLUED_COMMA.finditer(run.text):
        if not occupied.overlaps(m.start(), m.end()):
            occupied.add(m.start(), m.end())
            spans.append(Span(m.start(), m.end(), "choice", value=", "))
            _record(ctx, where, ",", ", ", "missing space after comma", "rule")
    for m in _REPEATED.finditer(run.text) if _may_delete(where) else ():
        start, end = m.span("again")
        if not occupied.overlaps(start, end):
            occupied.add(start, end)
            spans.append(Span(start, end, "surplus"))
            _record(ctx, where, m.group("again"), "", "duplicated words", "rule")
    return spans


def _may_delete(where: str) -> bool:
    """A photo's alt text (figDesc) keeps its words: TEI allows no surplus there."""
    return where != "figure-alt"


def recognize(run: Inline, where: str, ctx) -> list[Span]:
    if where == "dateline":
        return []
    from_file = _from_file(run, where, ctx)
    return from_file + _by_rule(run, where, ctx, from_file)
