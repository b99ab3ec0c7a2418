"""Readers: one module per transcript format, all producing a :class:`~graph.records.Transcript`.

A reader is a module with ``NAME``, ``sniff(head: bytes) -> bool`` and
``read(path: Path, source: SourceDocument, data: bytes) -> Transcript``; it gets
bytes because XML formats carry their own encoding declaration.  To add a
format, write the module and add it to :data:`READERS`; nothing else changes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Protocol

from graph.errors import SourceError
from graph.records import SourceDocument, Transcript
from graph.sources import akoma_ntoso, parallel_parliament, parlamint, twfy


class Reader(Protocol):
    NAME: str

    def sniff(self, head: bytes) -> bool: ...

    def read(self, path: Path, source: SourceDocument, data: bytes) -> Transcript: ...


#: Every known reader, tried in order by :func:`detect`.
READERS: tuple[ModuleType, ...] = (parallel_parliament, twfy, parlamint, akoma_ntoso)

#: File suffixes a folder walk picks up.
SUFFIXES = frozenset({".txt", ".xml"})

_SNIFF_CHARS = 64 * 1024


def document_key(path: Path) -> str:
    """The id a file's resources are minted under: its name without suffix, slugged."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    key = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-.")
    return key or "document"


def detect(path: Path, data: bytes) -> ModuleType:
    """The reader for ``data``, or a :class:`SourceError` listing what was expected."""
    head = data[:_SNIFF_CHARS]
    for reader in READERS:
        if reader.sniff(head):
            return reader
    names = ", ".join(r.NAME for r in READERS)
    raise SourceError(path, f"not a recognised transcript format (expected one of: {names})")


def read_path(path: Path) -> Transcript:
    """Read one transcript file, detecting its format."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    if not data.strip():
        raise SourceError(path, "file is empty")
    reader = detect(path, data)
    source = SourceDocument(
        key=document_key(path),
        name=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=reader.NAME,
    )
    transcript: Transcript = reader.read(path, source, data)
    return transcript


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and transcript files found (sorted) under folders."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            yield path
