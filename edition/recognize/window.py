"""Looking just before a position without rescanning all the text before it."""

from __future__ import annotations

import bisect
import re
from typing import Iterable

#: Long enough for every "what comes just before" pattern of the recognizers
#: (a word or two, a title prefix, a sentence end with its spaces).
WINDOW = 64


def search_before(pattern: re.Pattern[str], text: str, end: int,
                  window: int = WINDOW) -> re.Match[str] | None:
    """``pattern.search(text[:end])`` for a pattern anchored by "$" whose
    matches are shorter than ``window``: only the last ``window`` characters
    are searched.  (``search`` with pos/endpos sees the text as ``text[:end]``,
    and look-behinds and "^" still see the text before ``pos``.)  Searching
    the whole text before every candidate of a run made the recognizers
    quadratic in the length of a paragraph."""
    return pattern.search(text, max(0, end - window), end)


def word_start(alternatives: Iterable[str], not_after: str = r"\w") -> str:
    r"""``(?<!not_after)(?:a|b|...)``, written so that the regex engine can skip
    ahead, for alternatives that each open with a letter written as itself (a
    single branch each, in a case-sensitive pattern; ``not_after`` a class of
    one character).

    With the look-behind first, the engine tries the whole pattern at every
    position of the text; with a letter first, it jumps from one position that
    holds one of the letters to the next.  So the alternatives are grouped by
    their letter, the look-behind after it: "B(?<!\w.)(?:ộ|an)|C(?<!\w.)(?:ục)".
    The alternatives of one letter keep their order, and two letters never
    match at one position: the pattern matches what the plain one does."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        letter, rest = alternative[:1], alternative[1:]
        if not letter.isalnum() or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"an alternative that opens with no letter: {alternative!r}")
        groups.setdefault(letter, []).append(rest)
    return "|".join(rf"{letter}(?<!{not_after}.)(?:{'|'.join(rests)})"
                    for letter, rests in groups.items())


class Near:
    """Stretches (anything with ``start`` and ``end``) indexed by their start, to
    find the few that may overlap a query without testing them all: a
    paragraph with thousands of names made "any(... for o in orgs)" per
    candidate quadratic.  ``around`` returns a superset of the overlapping
    stretches (each starts within the longest stretch's length before the
    query), in the order of their starts."""

    def __init__(self, stretches: Iterable) -> None:
        self._items = sorted(stretches, key=lambda s: s.start)
        self._starts = [s.start for s in self._items]
        self._longest = max((s.end - s.start for s in self._items), default=0)

    def around(self, start: int, end: int) -> list:
        low = bisect.bisect_left(self._starts, start - self._longest)
        return self._items[low:bisect.bisect_left(self._starts, end)]


class Occupied:
    """Stretches ``[start, end)`` of a text already claimed by some finding.

    ``overlaps`` answers in O(log n) what ``any(s < end and start < e for s, e
    in claimed)`` answers in O(n): with thousands of findings in one long
    paragraph, the linear test made the recognizers quadratic.  Overlapping
    stretches are merged as they are added; for a non-empty query, overlapping
    the union is overlapping one of them.
    """

    def __init__(self, stretches: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in stretches:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        lo = bisect.bisect_left(self._ends, start + 1)  # first stretch ending after start
        hi = bisect.bisect_left(self._starts, end)  # stretches starting before end
        if lo < hi:  # merge the stretches [lo, hi) that overlap [start, end)
            start, end = min(start, self._starts[lo]), max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]
