"""Errors users see.  Each names the file (and line, where known) and says what is wrong.

The CLI prints ``str(error)`` on one line and exits non-zero; nothing is written
to the store for a file that raised.
"""

from __future__ import annotations

import re
from pathlib import Path

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown(path: Path | str) -> str:
    r"""A path as messages print it: control characters and line breaks escaped, so a
    file name cannot put lines of its own into a build's output.

    >>> print(shown("day\nbuilt 11 of 11.txt"))
    day\nbuilt 11 of 11.txt
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), str(path))


class DebateKGError(Exception):
    """Base class for every error this package raises on purpose."""


class SourceError(DebateKGError):
    """A transcript file could not be read: wrong format, bad encoding, broken structure."""

    def __init__(self, path: Path | str, message: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{shown(self.path)}:{line}" if line is not None else shown(self.path)
        super().__init__(f"{where}: {message}")


class StoreError(DebateKGError):
    """The store could not be opened, read or written."""


class QueryError(DebateKGError):
    """A SPARQL query is malformed or names an unknown named query."""


class ExportError(DebateKGError):
    """An export could not be written."""
