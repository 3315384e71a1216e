"""A mapping kept in a temporary SQLite database instead of in memory.

What a corpus build knows of each article (the manifest's records, the scan of
the sources, the plan, this build's facts, where each line of the facts file
starts) and what a deposit checks per article wait in :class:`Table` s, so that
memory does not grow with the corpus: SQLite keeps a bounded page cache (256 KiB
here) and the rest in a temporary file that goes when the table is closed
or the process ends.

Keys are all ``str`` or all ``int``; iteration is in key order, which for
``str`` keys is Python's (SQLite's binary collation of UTF-8 orders by code
point).  A value is a scalar (``str``, ``int``, ``float``, ``bytes``, None) or,
for a table made with ``row=``, that NamedTuple.  A table belongs to the thread
that made it, and a forked child must not use its parent's tables.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Iterator, MutableMapping

#: Rows fetched at a time when iterating (128 of 4 KB facts: half a MB; as fast as more).
BATCH = 128


class Table(MutableMapping[Any, Any]):
    def __init__(self, row: Any = None) -> None:
        self._row = row
        fields = row._fields if row is not None else ("value",)
        self._columns = ", ".join(f"c{n}" for n in range(len(fields)))
        # "": a private temporary file, deleted when closed.  No journal and no
        # transactions: nothing here needs to survive a crash or be rolled back.
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute("PRAGMA journal_mode = OFF")
        # 256 KiB of page cache, not 2 MB: a build has several tables open, and the
        # temporary file's pages stay in the OS's cache anyway (measured: as fast).
        self._db.execute("PRAGMA cache_size = -256")
        self._db.execute(f"CREATE TABLE t (key PRIMARY KEY, {self._columns}) WITHOUT ROWID")
        self._get = f"SELECT {self._columns} FROM t WHERE key = ?"
        self._put = f"INSERT OR REPLACE INTO t VALUES (?{', ?' * len(fields)})"

    def _value(self, columns: tuple) -> Any:
        return self._row._make(columns) if self._row is not None else columns[0]

    def __getitem__(self, key: Any) -> Any:
        found = self._db.execute(self._get, (key,)).fetchone()
        if found is None:
            raise KeyError(key)
        return self._value(found)

    def __setitem__(self, key: Any, value: Any) -> None:
        columns = tuple(value) if self._row is not None else (value,)
        self._db.execute(self._put, (key, *columns))

    def __delitem__(self, key: Any) -> None:
        if not self._db.execute("DELETE FROM t WHERE key = ?", (key,)).rowcount:
            raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return self._db.execute("SELECT 1 FROM t WHERE key = ?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM t").fetchone()[0]

    def __iter__(self) -> Iterator[Any]:
        return (key for key, _ in self.items())

    def items(self) -> Iterator[tuple[Any, Any]]:  # type: ignore[override]
        """``(key, value)`` in key order, a batch at a time: the reader may change
        or delete what it has reached meanwhile (each key is read once)."""
        query = f"SELECT key, {self._columns} FROM t {{}} ORDER BY key LIMIT {BATCH}"
        batch = self._db.execute(query.format("")).fetchall()
        while batch:
            yield from ((key, self._value(columns)) for key, *columns in batch)
            batch = self._db.execute(query.format("WHERE key > ?"), (batch[-1][0],)).fetchall()

    def clear(self) -> None:
        self._db.execute("DELETE FROM t")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
