"""Read snapshots: readers see a whole, consistent store while a build writes it.

Oxigraph says opening a database read-only while another process writes it is
undefined behaviour, so a reader never opens the database directory a writer
may have open.  Instead the writer *publishes* snapshots and readers open those:

* **Publishing.**  A writer (a read-write :class:`graph.store.LocalStore`)
  makes an Oxigraph backup - a RocksDB checkpoint: hard links to the immutable
  table files, so it costs milliseconds and almost no space - into
  ``STORE/snapshots/.new-N`` and renames it to ``STORE/snapshots/N`` (atomic: a
  reader sees a whole snapshot or none).  It publishes when it opens a store
  that has none, after committed batches of a build (at most every
  :data:`PUBLISH_SECONDS`), and when it closes after writing.  Every document
  is written in one transaction, so a snapshot holds whole documents only.
* **Reading.**  A reader opens the newest snapshot read-only and *pins* it with
  a shared ``flock`` on its directory for as long as it uses it
  (:func:`pinned`); it never blocks a writer.
* **Cleaning.**  After publishing, and when it opens, the writer removes each
  older snapshot it can lock exclusively (nobody pins it): renamed out of the
  way under the lock, then deleted.  A reader that found a snapshot just as it
  was being removed sees the name gone after locking and takes the next newest.
  A pinned snapshot keeps its table files on disk until it is unpinned and a
  writer comes by.
* **Recovery.**  A writer holds ``STORE/snapshots/writer.lock`` exclusively
  while open (:mod:`graph.store.locks`: how it never outlives the writer) and
  leaves ``STORE/snapshots/dirty`` from opening until its last publish.  A reader
  that finds ``dirty`` and no writer (a build was killed, or the store predates
  snapshots) publishes a fresh snapshot itself, holding ``writer.lock`` so no
  writer starts meanwhile.  A reader that cannot write the store (a read-only
  copy or mount) never tries: it reads the newest complete snapshot as it is,
  which lacks only what a killed build committed after its last publish.

The common case - no build running - costs a reader one directory listing and
one lock.  Publishing costs more after many writes, which it flushes from memory
tables to disk (``benchmarks/results/design-notes.md``).  A long-lived reader (``debate-kg
serve``) asks :attr:`graph.store.LocalStore.stale` between requests and reopens
to follow a build; :func:`graph.store.read_snapshot` pins a directory to hand
to ``oxigraph serve-read-only``.  Only writes through :class:`~graph.store.LocalStore`
are published: a process writing the database with pyoxigraph directly bypasses
this protocol.  Folders other than the database itself live under ``snapshots/``
inside the store directory (RocksDB ignores files it did not name), so a store
is still one folder to copy or delete.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pyoxigraph as ox

from graph.errors import StoreError
from graph.store import locks

log = logging.getLogger(__name__)

SNAPSHOTS = "snapshots"
#: Least seconds between two snapshots published in the middle of a build; the
#: environment variable ``DEBATE_KG_PUBLISH_SECONDS`` overrides it (0: every batch).
PUBLISH_SECONDS = 2.0
_DIRTY = "dirty"
_DIGITS = 12


def folder(store: Path) -> Path:
    """Where ``store``'s snapshots and lock files live."""
    return store / SNAPSHOTS


def snapshots(store: Path) -> list[Path]:
    """Published snapshots of ``store``, newest first."""
    try:
        names = [n for n in os.listdir(folder(store)) if n.isdigit()]
    except FileNotFoundError:
        return []
    return [folder(store) / n for n in sorted(names, reverse=True)]


def latest(store: Path) -> Path | None:
    """The newest published snapshot of ``store`` (not pinned: see :func:`pinned`)."""
    found = snapshots(store)
    return found[0] if found else None


def publish_seconds() -> float:
    """:data:`PUBLISH_SECONDS`, or ``$DEBATE_KG_PUBLISH_SECONDS`` when set."""
    value = os.environ.get("DEBATE_KG_PUBLISH_SECONDS")
    try:
        return PUBLISH_SECONDS if value is None else max(0.0, float(value))
    except ValueError:
        raise StoreError(f"DEBATE_KG_PUBLISH_SECONDS={value!r}: not a number") from None


def _pin(snapshot: Path) -> int | None:
    """A shared lock on ``snapshot`` if it is still published under that name."""
    return locks.lock(snapshot, fcntl.LOCK_SH)


class Writer:
    """What a read-write store does to keep readers' snapshots up to date."""

    def __init__(self, store: Path) -> None:
        """Hold the writer lock of ``store``; call :meth:`attach` once the database is open."""
        self.store = store
        folder(store).mkdir(parents=True, exist_ok=True)
        self._lock_fd = locks.hold_writer(folder(store), wait=WRITER_WAIT)
        self._backup: Callable[[Path], None] | None = None
        self.written = False
        self._published = 0.0

    def attach(self, backup: Callable[[Path], None]) -> None:
        """Start publishing with ``backup`` (the open database's backup method)."""
        self._backup = backup
        dirty = folder(self.store) / _DIRTY
        self.written = dirty.exists()  # the last writer died before publishing
        dirty.touch()
        if latest(self.store) is None:
            self.publish()
        prune(self.store)

    def publish(self, *, at_most_every: float = 0.0) -> bool:
        """Publish a snapshot of what is committed now; False if one was published too recently."""
        if self._backup is None or time.monotonic() - self._published < at_most_every:
            return False
        publish(self.store, self._backup)
        self._published, self.written = time.monotonic(), False
        return True

    def close(self) -> None:
        """Publish what was written since the last snapshot, then let readers recover alone."""
        try:
            if self.written and self._backup is not None:
                self.publish()
            if self._backup is not None:
                with suppress(FileNotFoundError):
                    (folder(self.store) / _DIRTY).unlink()
        finally:
            locks.release(self._lock_fd)


#: Seconds a writer waits for the writer lock: a reader's recovery, not another writer.
WRITER_WAIT = 10.0


def publish(store: Path, backup: Callable[[Path], None]) -> Path:
    """Back up ``store`` into a new snapshot, publish it, remove unpinned older ones.

    Only the one process holding the writer lock (or the database open) calls this.
    """
    base = folder(store)
    for stale in base.glob(".new-*"):  # a publisher killed mid-backup
        shutil.rmtree(stale, ignore_errors=True)
    newest = latest(store)
    number = int(newest.name) + 1 if newest is not None else 1
    final = base / f"{number:0{_DIGITS}d}"
    staging = base / f".new-{final.name}"
    try:
        backup(staging)
        os.rename(staging, final)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(f"{store}: cannot publish a read snapshot: {exc}") from None
    prune(store)
    return final


def prune(store: Path) -> None:
    """Remove every snapshot but the newest that no reader pins."""
    base = folder(store)
    for old in snapshots(store)[1:]:
        fd = locks.lock(old, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if fd is None:
            continue  # pinned by a reader: removed by a later publish
        try:
            gone = base / f".old-{old.name}"
            os.rename(old, gone)
        finally:
            locks.release(fd)
        shutil.rmtree(gone, ignore_errors=True)
    for gone in base.glob(".old-*"):
        shutil.rmtree(gone, ignore_errors=True)


def writable(store: Path) -> bool:
    """Whether this process may write ``store`` (False on a read-only copy or mount).

    Asked before anything is written, so that reading such a store writes nothing.
    """
    base = folder(store)
    return os.access(store, os.W_OK) and (not base.exists() or os.access(base, os.W_OK))


#: What writing a store it cannot write tells a reader (it then reads as it is).
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def _recover(store: Path, backup_from_store: Callable[[Path], None]) -> bool:
    """Publish for a writer that is gone; False if a writer is running or the store
    cannot be written."""
    base = folder(store)
    try:
        base.mkdir(parents=True, exist_ok=True)
        fd = locks.try_writer(base)
    except OSError as exc:
        if exc.errno in _READ_ONLY:
            return False
        raise
    if fd is None:
        return False
    try:
        if (base / _DIRTY).exists() or latest(store) is None:
            try:
                backup_from_store(store)
            except OSError:
                return False  # the database is held by a process that does not lock
            with suppress(FileNotFoundError):
                (base / _DIRTY).unlink()
        return True
    finally:
        locks.release(fd)


@contextmanager
def pinned(store: Path, recover: Callable[[Path], None], *, wait: float = 30.0) -> Iterator[Path]:
    """The newest complete snapshot of ``store``, kept from deletion while in use.

    ``recover(store)`` opens the database itself and publishes; it is called when
    the last writer left no up-to-date snapshot, no writer is running and the store
    can be written.  A store that cannot be written is read from its newest snapshot
    as it is, with nothing written (not even a lock file).  Hand the path to
    ``pyoxigraph.Store.read_only`` or to ``oxigraph serve-read-only``.
    """
    if (folder(store) / _DIRTY).exists() or latest(store) is None:
        if not writable(store):
            if latest(store) is None:
                raise StoreError(
                    f"{store}: no complete read snapshot, and the store cannot be written to "
                    "make one (open a writable copy once, or rebuild)"
                )
            log.warning(
                "note: %s: read-only, and its last build did not finish: reading its newest "
                "complete snapshot (%s)",
                store,
                latest(store),
            )
        else:
            _recover(store, recover)
    deadline = time.monotonic() + wait
    while True:
        for snapshot in snapshots(store):
            fd = _pin(snapshot)
            if fd is not None:
                try:
                    yield snapshot
                finally:
                    locks.release(fd)
                return
        if time.monotonic() > deadline:
            raise StoreError(f"{store}: no read snapshot appeared (is a build starting?)")
        time.sleep(0.05)  # a writer opening a store that has none publishes one first


def drop_write_ahead_logs(store: Path) -> None:
    """Open and close the closed database once, so RocksDB deletes its spent write-ahead logs.

    Transactions leave their logs behind when the writer closes, several times the
    size of the data after a big build; the next open deletes them, quickly
    (``benchmarks/results/design-notes.md``).
    Called right after the writer published its last snapshot and let its lock go;
    skipped if another process took the lock meanwhile (its open deletes them), and
    RocksDB's own lock makes the open fail, and this a no-op, if any process has the
    database open.
    """
    try:
        fd = locks.try_writer(folder(store))
    except OSError:
        return
    if fd is None:
        return
    try:
        ox.Store(str(store))  # dropped at once: open, delete obsolete files, close
    except OSError:
        pass  # open elsewhere: the logs go at its next open
    finally:
        locks.release(fd)
