"""Errors users see.  Each names the file (and line, where known) and says what is wrong.

The CLI prints ``str(error)`` on one line and exits non-zero; nothing is written
to the store for a file that raised.
"""

from __future__ import annotations

from pathlib import Path


class DebateKGError(Exception):
    """Base class for every error this package raises on purpose."""


class SourceError(DebateKGError):
    """A transcript file could not be read: wrong format, bad encoding, broken structure."""

    def __init__(self, path: Path | str, message: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class StoreError(DebateKGError):
    """The store could not be opened, read or written."""


class QueryError(DebateKGError):
    """A SPARQL query is malformed or names an unknown named query."""


class ExportError(DebateKGError):
    """An export could not be written."""
