"""A compact copy of an on-disk store: the same quads, in about 60% of the disk.

Why: a store that a build wrote is ~13x its transcripts (issue 14 asks for 10x).  The
quads are not the reason: Oxigraph's RocksDB settings leave the tables that compactions
write uncompressed until a store passes ~512 MB of tables, and every write a build makes
after its bulk loads (hash markers, follow-ups, summaries) makes RocksDB rewrite them
so.  The same quads handed to the bulk loader in one call into an empty database stay
compressed: the pp 1000x bench store goes from 304 to 185 MB (``benchmarks/results``).
pyoxigraph offers no setting for it and ``Store.optimize()`` leaves a built store as it
was, so the copy is made the only way that works: dump every quad, load them once.

It is a copy, not a change in place (as SQLite's ``VACUUM INTO``): the source keeps
serving readers and builds meanwhile, and the copy is whole or absent.  It is read
from the source's newest read snapshot (what any reader sees), written into a hidden
folder beside the target, given its first read snapshot, then renamed into place.  A
later build into the copy works as into any store; what it writes is stored as any
build writes, so the copy grows back towards the usual size as it is written to.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.errors import StoreError
from graph.store import snapshots
from graph.store.local import LocalStore


@dataclass(frozen=True)
class Compacted:
    """What :func:`compact` made: quads copied, bytes on disk before and after, seconds."""

    quads: int
    source_bytes: int
    target_bytes: int
    seconds: float


def compact(source: Path, target: Path) -> Compacted:
    """Write a compact copy of the store at ``source`` to the new folder ``target``.

    Raises :class:`~graph.errors.StoreError` naming the folder when ``source`` is no
    store, ``target`` already exists or its parent does not, or the copy fails; then
    nothing is left at ``target`` and no temporary file stays behind.
    """
    started = time.monotonic()
    if target.exists():
        raise StoreError(f"{target}: already exists; compact writes a new store")
    parent = target.parent
    if not parent.is_dir():
        raise StoreError(f"{target}: folder {parent} does not exist")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".compact", dir=parent))
    except OSError as exc:
        raise StoreError(f"{target}: cannot write here: {exc.strerror or exc}") from None
    try:
        dump = staging / "quads.nq"
        database = staging / "store"
        with LocalStore.open_path(source, read_only=True) as reader:
            reader.inner.dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
            expected = len(reader.inner)
        _load(dump, database, expected)
        dump.unlink()
        os.rename(database, target)
        _sync(parent)
    except (OSError, StoreError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise StoreError(f"{target}: compacting {source} failed: {detail}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Compacted(
        quads=expected,
        source_bytes=disk_bytes(source),
        target_bytes=disk_bytes(target),
        seconds=time.monotonic() - started,
    )


def _load(dump: Path, database: Path, expected: int) -> None:
    """Bulk-load ``dump`` in one call into a new database and publish its first read
    snapshot; the database is closed on return, so it can be moved."""
    written = ox.Store(str(database))
    written.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    written.flush()
    if len(written) != expected:
        raise StoreError(f"copied {len(written)} quads of {expected}")
    snapshots.folder(database).mkdir()
    snapshots.publish(database, lambda into: written.backup(str(into)))


def disk_bytes(path: Path) -> int:
    """Bytes of the files under ``path``, each hard-linked file once (a read snapshot is
    hard links to the database's own table files)."""
    seen: dict[tuple[int, int], int] = {}
    for p in path.rglob("*"):
        with suppress(FileNotFoundError):
            if p.is_file():
                st = p.stat()
                seen[(st.st_dev, st.st_ino)] = st.st_size
    return sum(seen.values())


def _sync(folder: Path) -> None:
    """Make the rename durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
