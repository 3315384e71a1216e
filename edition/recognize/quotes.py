"""Quotations: ``q`` over the quoted words; the quote marks stay outside as text.

Pairs of straight ("…") or curly (“…”, ‘…’) marks, and the doubled apostrophes
some sites use (''…''), within one line.  A mark without its partner (a stray
quote at the start of a title) is left alone.
"""

from __future__ import annotations

import re

from ..model import Inline, Span

# Each pattern with its opening mark: a run without the mark is not searched
# (most runs quote nothing, and a look-behind first makes a search slow).
_PAIRS = [
    # straight quotes: the opening one is not glued to a word before it
    ('"', re.compile(r"(?<![\w\"])\"(?P<q>[^\"\s](?:[^\"\n]*?[^\"\s])?)\"")),
    ("“", re.compile(r"“(?P<q>[^“”\n]+?)”")),
    ("''", re.compile(r"''(?P<q>[^'\n]+?)''")),
    ("‘", re.compile(r"(?<!\w)‘(?P<q>[^‘’\n]+?)’(?!\w)")),
]


def recognize(run: Inline, where: str, ctx) -> list[Span]:
    if where == "dateline":
        return []
    spans: list[Span] = []
    marked: list[tuple[int, int]] = []  # with the marks, so that pairs never interleave
    for mark, pattern in _PAIRS:
        if mark not in run.text:
            continue
        for m in pattern.finditer(run.text):
            if any(s < m.end() and m.start() < e for s, e in marked):
                continue
            marked.append(m.span())
            spans.append(Span(*m.span("q"), "q"))
    return sorted(spans, key=lambda s: s.start)
