"""Readers: one module per transcript format, all producing a :class:`~graph.records.Transcript`.

A reader is a module with ``NAME``, ``sniff(head: bytes) -> bool`` and
``read(path: Path, source: SourceDocument, data: bytes) -> Transcript``; it gets
bytes because XML formats carry their own encoding declaration.  To add a
format, write the module and add it to :data:`READERS`; nothing else changes.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Protocol

from graph.errors import SourceError, shown
from graph.records import SourceDocument, Transcript
from graph.sources import (
    akoma_ntoso,
    parallel_parliament,
    parlamint,
    parlamint_corpus,
    safe_xml,
    twfy,
)


class Reader(Protocol):
    NAME: str

    def sniff(self, head: bytes) -> bool: ...

    def read(self, path: Path, source: SourceDocument, data: bytes) -> Transcript: ...


#: Every known reader, tried in order by :func:`detect`.
READERS: tuple[ModuleType, ...] = (parallel_parliament, twfy, parlamint, akoma_ntoso)

#: File suffixes a folder walk picks up.
SUFFIXES = frozenset({".txt", ".xml"})

_SNIFF_CHARS = 64 * 1024

#: Largest transcript file read, in MiB, unless ``DEBATE_KG_MAX_FILE_MB`` says otherwise.
#: Real sitting files are far smaller (the largest TheyWorkForYou day in our corpus is
#: under 1 MB), while building one file takes a few hundred bytes of memory per byte of
#: it (records, N-Quads and the store's one transaction for the document), so the
#: default keeps a build of any one file to a few GB (``benchmarks/results/design-notes.md``).
DEFAULT_MAX_FILE_MB = 16
MAX_FILE_ENV = "DEBATE_KG_MAX_FILE_MB"

# What files that are not transcripts start with, to say what they are.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx, .odt or .zip?)"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)


def document_key(path: Path, sha256: str) -> str:
    """The id a file's resources are minted under: its name, slugged, and its content.

    A document is its name and bytes: two different files never share an id, whatever
    their names (``a/page.txt`` and ``b/page.txt``, or two names of non-Latin letters
    only, which slug alike), and the same file is the same document wherever it is
    built from (any working directory, any folder above it).  The name keeps IRIs
    readable; 12 hex digits of the SHA-256 tell files apart.

    >>> document_key(Path("c/a/debates2020-12-14b.xml"), "3fa9c01b2e44" + "0" * 52)
    'debates2020-12-14b-3fa9c01b2e44'
    >>> document_key(Path("議事録.txt"), "ab" * 32)
    'document-abababababab'
    """
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    key = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-.")
    return f"{key or 'document'}-{sha256[:12]}"


def detect(path: Path, data: bytes) -> ModuleType:
    """The reader for ``data``, or a :class:`SourceError` listing what was expected."""
    head = data[:_SNIFF_CHARS]
    for reader in READERS:
        if reader.sniff(head):
            return reader
    names = ", ".join(r.NAME for r in READERS)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        # XML no reader knows: say what is wrong with it when something is (an external
        # entity refused, not well-formed), not just that its format is unknown.
        root = safe_xml.local_name(safe_xml.parse(path, data))
        raise SourceError(
            path,
            f"an XML file with root element <{root}>, not a recognised transcript "
            f"format (expected one of: {names})",
        )
    what = next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)
    if what is None and b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        what = "binary data"
    found = f"{what}, " if what else ""
    raise SourceError(path, f"{found}not a recognised transcript format (expected one of: {names})")


def max_file_bytes() -> int:
    """The size limit for one transcript: ``DEBATE_KG_MAX_FILE_MB`` MiB, default 16."""
    raw = os.environ.get(MAX_FILE_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_FILE_MB * 1024 * 1024
    try:
        megabytes = float(raw)
    except ValueError:
        raise SourceError(MAX_FILE_ENV, f"not a number of MiB: {raw!r}") from None
    if not megabytes > 0:
        raise SourceError(MAX_FILE_ENV, f"must be more than 0 MiB, not {raw!r}")
    return int(megabytes * 1024 * 1024)


def _read_bounded(path: Path) -> bytes:
    """The bytes of ``path``, refusing a file over :func:`max_file_bytes` before reading it."""
    limit = max_file_bytes()
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise _too_big(path, size, limit)
            data = f.read(limit + 1)  # a file still growing is cut here, not read whole
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise _too_big(path, len(data), limit)
    return data


def _too_big(path: Path, size: int, limit: int) -> SourceError:
    mib = 1024 * 1024
    return SourceError(
        path,
        f"file is {size / mib:,.1f} MiB, over the {limit / mib:g} MiB limit for one "
        f"transcript (set {MAX_FILE_ENV} to raise it)",
    )


def read_path(path: Path) -> Transcript:
    """Read one transcript file, detecting its format.

    Whatever the bytes, the only error raised is :class:`SourceError`.
    """
    data = _read_bounded(path)
    if not data.strip():
        raise SourceError(path, "file is empty")
    reader = detect(path, data)
    sha256 = hashlib.sha256(data).hexdigest()
    source = SourceDocument(
        key=document_key(path, sha256), name=path.name, sha256=sha256, format=reader.NAME
    )
    transcript: Transcript = reader.read(path, source, data)
    return transcript


def _walk(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and transcript files found (sorted) under folders.

    Under a folder, a name with a transcript suffix that is not a folder is yielded
    even when it cannot be opened (a dangling link, a link loop, no permission), so
    that reading it reports the problem instead of the walk hiding the file.
    Symbolic links to folders are not followed.
    """
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and not p.is_dir()
            )
        else:
            yield path


@dataclass(frozen=True, slots=True)
class Plan:
    """What a build of some files and folders reads, and how.

    ``transcripts`` are read as transcripts.  ``registry_files`` are the ParlaMint
    person and organisation lists of the corpora among them (and a corpus root that
    holds its lists itself): the build imports them as the registry of those corpora's
    sittings.  ``notes`` are for the user (sittings a corpus root includes that are not
    in its folder); ``errors`` are files or includes that were refused.
    """

    transcripts: tuple[Path, ...]
    registry_files: tuple[Path, ...] = ()
    notes: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()


def _head(path: Path, size: int = 4096) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(size)
    except OSError:
        return b""


def plan(paths: Iterable[Path]) -> Plan:
    """The transcripts and corpus registry files among ``paths`` (files and folders).

    A ParlaMint corpus root (``<teiCorpus>``) is not a transcript: the sittings it
    includes are (those inside its folder only; see
    :func:`graph.sources.safe_xml.include_targets`), and its lists are registry files.
    Person and organisation lists found in a folder, or published beside a sitting
    (:func:`graph.sources.parlamint_corpus.corpus_files`), are registry files too;
    taxonomies are left out.  Everything else is a transcript, in the order found.
    """
    transcripts: dict[Path, None] = {}  # ordered, without repeats
    registry: list[Path] = []
    notes: list[str] = []
    errors: list[str] = []
    looked_beside: set[tuple[Path, str]] = set()

    def add_registry(found: Iterable[Path]) -> None:
        for path in found:
            if path not in registry:
                registry.append(path)

    for path in _walk(paths):
        kind = parlamint_corpus.kind_of(_head(path)) if path.suffix.lower() == ".xml" else None
        if kind == "list":
            add_registry([path])
        elif kind == "root":
            try:
                corpus = parlamint_corpus.read_root(path)
            except SourceError as exc:
                errors.append(str(exc))
                continue
            errors.extend(f"{shown(path)}: {why}" for why in corpus.refused)
            if corpus.missing:
                listed = ", ".join(corpus.missing[:3]) + (", …" if len(corpus.missing) > 3 else "")
                notes.append(
                    f"{shown(path)}: {len(corpus.missing)} file(s) it includes are not in its "
                    f"folder ({listed}); the others are read"
                )
            transcripts.update(dict.fromkeys(corpus.sittings))
            add_registry([*corpus.lists, *([path] if corpus.inline else [])])
        elif kind is None:
            transcripts.setdefault(path)
            prefix = _parlamint_prefix(path)
            if prefix is not None and (path.parent, prefix) not in looked_beside:
                looked_beside.add((path.parent, prefix))
                add_registry(parlamint_corpus.lists_beside(path))
    return Plan(tuple(transcripts), tuple(sorted(registry)), tuple(notes), tuple(errors))


def _parlamint_prefix(path: Path) -> str | None:
    if not path.name.startswith("ParlaMint-") or path.suffix.lower() != ".xml":
        return None
    return path.name.split("_", 1)[0]


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """The transcripts among ``paths`` (files, and transcript files under folders);
    see :func:`plan`, which also says which files are a corpus's registry."""
    yield from plan(paths).transcripts


_FRBR_LANGUAGE = re.compile(rb"<(?:\w+:)?FRBRlanguage\b[^>]*\blanguage=[\"']([^\"']+)")


def declared_language(path: Path) -> str | None:
    """The language a transcript file declares for its text, read from its first bytes
    as its reader reads it (a TEI root's ``xml:lang``, an Akoma Ntoso ``FRBRlanguage``)."""
    head = _head(path, _SNIFF_CHARS)
    found = safe_xml.root_attribute(head, "xml:lang")
    if found:
        return found
    if (found_name := safe_xml.root_name(head)) is not None and found_name[1] == "akomaNtoso":
        m = _FRBR_LANGUAGE.search(head)
        return m.group(1).decode("ascii", "replace") if m else None
    return None
