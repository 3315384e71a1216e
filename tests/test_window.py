"""The recognizers' helpers for long runs: windowed look-behind and claimed stretches."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from edition.recognize.names import Match
from edition.recognize.window import Near, Occupied, search_before

stretch = st.tuples(st.integers(0, 60), st.integers(1, 10)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(stretch, max_size=15), st.lists(stretch, min_size=1, max_size=10))
def test_occupied_answers_like_the_linear_test(claimed, queries):
    occupied = Occupied(claimed)
    for start, end in queries:
        expected = any(s < end and start < e for s, e in claimed)
        assert occupied.overlaps(start, end) is expected


@given(st.lists(stretch, max_size=15), st.lists(stretch, min_size=1, max_size=10))
def test_near_returns_every_overlapping_stretch_in_order(stretches, queries):
    near = Near(Match(s, e, "x" * (e - s)) for s, e in stretches)
    for start, end in queries:
        around = near.around(start, end)
        overlapping = [(m.start, m.end) for m in around if m.start < end and start < m.end]
        assert sorted(overlapping) == sorted((s, e) for s, e in stretches if s < end and start < e)
        assert [m.start for m in around] == sorted(m.start for m in around)


def test_search_before_sees_only_the_text_before_the_position():
    pattern = re.compile(r"(?:\bcác\s+)$")
    text = "theo các nghị quyết"
    assert search_before(pattern, text, text.index("nghị"))
    assert not search_before(pattern, text, text.index("các"))


def test_search_before_does_not_take_the_window_start_for_the_text_start():
    at_start = re.compile(r"^\W*$")
    text = "x" * 100 + " ."
    assert not search_before(at_start, text, len(text), window=4)
    assert search_before(at_start, " .", 2, window=4)
