"""Errors a user can act on: where (file, line, column) and what is wrong."""

from __future__ import annotations


class EditionError(Exception):
    """Base of every error the toolkit reports without a traceback.

    ``str(error)`` reads ``file:line:column: message`` with the parts that are
    known, so that editors and their editors' tools can jump to the place.
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def location(self) -> str:
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class InputError(EditionError):
    """The input file cannot be read as an article or as TEI."""


class ValidationFailed(EditionError):
    """A TEI document does not satisfy the project schema or its rules."""


class UsageError(EditionError):
    exit_code = 2
