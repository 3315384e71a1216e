"""edition.table.Table: a dict kept in a temporary SQLite file, read back in key order."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from edition.table import BATCH, Table


class Row(NamedTuple):
    size: int
    sha256: str | None


def test_a_table_is_a_mapping():
    with Table() as table:
        table["b.txt"] = "two"
        table["a.txt"] = "one"
        table["b.txt"] = "TWO"  # replaced
        assert len(table) == 2 and "a.txt" in table and "c.txt" not in table
        assert table["b.txt"] == "TWO" and table.get("c.txt") is None
        with pytest.raises(KeyError):
            table["c.txt"]
        assert table.pop("a.txt") == "one" and table.pop("a.txt", None) is None
        with pytest.raises(KeyError):
            del table["a.txt"]
        assert dict(table.items()) == {"b.txt": "TWO"}
        table.clear()
        assert len(table) == 0 and list(table) == []


def test_rows_come_back_as_their_named_tuple():
    with Table(Row) as table:
        table["x"] = Row(12, "ab" * 32)
        table["y"] = Row(0, None)
        assert table["x"] == Row(12, "ab" * 32) and isinstance(table["x"], Row)
        assert list(table.items()) == [("x", Row(12, "ab" * 32)), ("y", Row(0, None))]


def test_keys_come_in_pythons_order_over_several_batches():
    """SQLite's binary collation of UTF-8 is Python's code-point order: what a
    sorted() of the names would give, accents, case and digits alike."""
    names = [f"{prefix}{n}.txt" for n in range(BATCH + 7)
             for prefix in ("bài-", "Bài-", "bai-", "đ", "ả", "z", "~", "😀")]
    with Table() as table:
        for number, name in enumerate(reversed(names)):
            table[name] = number
        assert list(table) == sorted(names)
    with Table() as positions:
        for n in range(2 * BATCH + 1):
            positions[2 * BATCH - n] = str(n)
        assert list(positions) == list(range(2 * BATCH + 1))


def test_a_table_may_change_while_it_is_read():
    """What the reader reaches it may replace or delete: each key is read once, in order."""
    with Table() as table:
        for n in range(3 * BATCH):
            table[n] = n
        seen = []
        for key, value in table.items():
            seen.append(key)
            table[key] = -value
            if key % 2:
                del table[key]
        assert seen == list(range(3 * BATCH))
        assert dict(table.items()) == {n: -n for n in range(0, 3 * BATCH, 2)}
