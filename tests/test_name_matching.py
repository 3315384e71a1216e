"""The speed-ups of name matching find what the plain forms find.

``names.letter_tree`` rewrites an alternation of register names as a tree of
shared leading letters, ``names.register_match_at`` matches at a position
without respelling the rest of the run, and ``Registers`` keeps derived data
until an entry is added.  Each is compared here with the straightforward
form it replaces, on awkward names (prefixes of each other, case variants,
several spaces, dashes, the "oá"/"óa" spellings) and on generated texts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from edition.model import Entity
from edition.recognize.names import (_name_pattern, letter_tree, register_match_at,
                                     register_matches)
from edition.registers import Registers

NAMES = ["Thái Bình", "Thanh Hóa", "Thanh Hoá", "Thái Nguyên", "Thành phố Hồ Chí Minh",
         "Thành phố Hà Nội", "Hà Nội", "Hà", "Hàm Tân", "Bà Rịa - Vũng Tàu", "Bà Rịa",
         "TP. Hồ Chí Minh", "TP.HCM", "Tuyên Quang", "tỉnh ủy", "Tỉnh ủy Bình Định", "VGP",
         "Ủy ban nhân dân", "Uỷ ban", "Quy Nhơn", "Quý", "Đắk Lắk", "Đà Nẵng", "đà"]
WORDS = NAMES + ["thành", "thanh", "THÁI", "bình", "và", "-", " - ", ",", ".", "quý", "hoá",
                 "Nội", "  ", "\n", "của", "Thái", "Bà", "Rịa"]


def flat_regex(names: list[str], flags: int) -> re.Pattern[str]:
    alternatives = "|".join(_name_pattern(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)


def tree_regex(names: list[str], flags: int) -> re.Pattern[str]:
    tree = letter_tree([_name_pattern(n) for n in names], flags)
    return re.compile(rf"(?<!\w)(?:{tree})(?!\w)", flags)


texts = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)
name_lists = st.lists(st.sampled_from(NAMES), min_size=1, max_size=len(NAMES), unique=True)


@settings(max_examples=300, deadline=None)
@given(names=name_lists, text=texts, ignore_case=st.booleans())
def test_letter_tree_matches_like_the_flat_alternation(names, text, ignore_case):
    flags = re.I if ignore_case else 0
    names = sorted(names, key=lambda n: (-len(n), n))  # as Registers.names orders them
    flat = [m.span() for m in flat_regex(names, flags).finditer(text)]
    tree = [m.span() for m in tree_regex(names, flags).finditer(text)]
    assert tree == flat


@settings(max_examples=300, deadline=None)
@given(names=name_lists, text=texts, ignore_case=st.booleans())
def test_letter_tree_of_escaped_names_matches_like_the_flat_alternation(names, text, ignore_case):
    """``re.escape`` writes a name's spaces as "\\ ": the tree shares them too."""
    flags = re.I if ignore_case else 0
    escaped = [re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))]
    flat = re.compile(rf"(?<!\w)(?:{'|'.join(escaped)})(?!\w)", flags)
    tree = re.compile(rf"(?<!\w)(?:{letter_tree(escaped, flags)})(?!\w)", flags)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


TITLE_WORDS = ["Chủ tịch", "chủ tịch", "Phó", "phó", "nguyên", "Bí thư", "bí thư", "Giám đốc", "GIÁM ĐỐC",
               "Trưởng ban", "Thứ trưởng", "TS", "ThS.", "Chính phủ", "Chủ", "Đại sứ", "đại biểu", "liệt sĩ",
               "Nghĩa trang", "Lê", "An", "Bộ", "Tài chính", ",", "của"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(TITLE_WORDS), max_size=12).map(" ".join))
def test_the_title_search_starts_wherever_a_title_head_is_found(text):
    """The search for titles tries only the word starts its pattern finds:
    wherever ``_heads_at`` finds a head, the pattern must start there too."""
    from edition.recognize.names import respell
    from edition.recognize.titles import _heads_at, _role_start_regex
    spelled = respell(text)
    starts = {m.start() for m in _role_start_regex().finditer(spelled)}
    heads = {pos for pos in range(len(spelled)) if (pos == 0 or not spelled[pos - 1].isalnum())
             and next(_heads_at(spelled, pos, any_case=True), None) is not None}
    assert heads <= starts


def test_letter_tree_shares_leading_letters():
    tree = letter_tree([_name_pattern(n) for n in ["Thái Bình", "Thanh Hóa", "Tuyên Quang"]], 0)
    assert tree.startswith("T(?:")
    assert tree.count("T") == 1


def registers_with(names: list[str]) -> Registers:
    registers = Registers()
    for i, name in enumerate(names):
        registers.add(Entity(id=f"place-{i}", kind="place", name=name))
    return registers


@settings(max_examples=200, deadline=None)
@given(text=texts, data=st.data())
def test_match_at_a_position_is_the_match_of_the_rest(text, data):
    registers = registers_with(NAMES)
    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    expected = [m for m in register_matches(registers, "place", text[pos:]) if m.start == 0]
    found = register_match_at(registers, "place", text, pos)
    if expected:
        assert found is not None
        assert (found.start - pos, found.end - pos, found.name) == (
            expected[0].start, expected[0].end, expected[0].name)
    else:
        assert found is None


def test_adding_an_entry_refreshes_the_derived_names():
    registers = registers_with(["Hà Nội"])
    assert [m.name for m in register_matches(registers, "place", "ở Hải Phòng")] == []
    assert [n for n, _ in registers.names("place")] == ["Hà Nội"]
    registers.add(Entity(id="place-hp", kind="place", name="Hải Phòng"))
    assert [m.name for m in register_matches(registers, "place", "ở Hải Phòng")] == ["Hải Phòng"]
    assert [n for n, _ in registers.names("place")] == ["Hải Phòng", "Hà Nội"]
