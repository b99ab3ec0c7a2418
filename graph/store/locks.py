"""File locks of a store: one writer at a time, and no lock outliving the process that took it.

A writer holds ``STORE/snapshots/writer.lock`` with ``flock``.  A ``flock`` belongs to
the open file, not to the process, so a child that inherits the descriptor across
``fork`` keeps the lock after the writer is gone: that is how a killed ``build --jobs 2``
locked its store for good, its forked workers waiting forever with the writer's
descriptor open.  RocksDB's own ``LOCK`` is an ``fcntl`` lock, which is neither
inherited nor kept after its process dies, so the database itself was never the problem.

Here:

* a process forked while this one holds a lock closes its copies of the descriptors
  at once (:func:`os.register_at_fork`), and build workers are not forked from a
  writer at all (``graph/executors.py``);
* whoever takes the writer lock writes ``PID START-TIME`` into the file; on Linux
  ``/proc/locks`` names the process that took a ``flock`` as well, which also covers
  locks taken by older versions that wrote nothing;
* a writer that finds the lock held although the process that took it is gone (its
  descendants still hold the file) takes the store over: it locks a new file and
  renames it over ``writer.lock``, so the old holders keep a lock on a file nobody
  uses any more, and it logs a warning naming them.  Every acquisition and takeover
  happens under ``takeover.lock``, so the owner read is never a half-taken lock's and
  two takeovers cannot both win.  If some process really had the database open,
  RocksDB's ``LOCK`` would still refuse the second opener.

Locks are taken on descriptors opened read-only where the file exists, so pinning a
snapshot works on a read-only copy of a store.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sys
import time
from contextlib import suppress
from pathlib import Path

from graph.errors import StoreError

log = logging.getLogger(__name__)

WRITER_LOCK = "writer.lock"
TAKEOVER_LOCK = "takeover.lock"

#: Descriptors holding a lock in this process: closed in any child forked from it.
_held: set[int] = set()
_fork_hook = False


def _close_in_child() -> None:
    for fd in _held:
        with suppress(OSError):
            os.close(fd)
    _held.clear()


def _register(fd: int) -> int:
    global _fork_hook
    if not _fork_hook and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_close_in_child)
        _fork_hook = True
    _held.add(fd)
    return fd


def release(fd: int) -> None:
    """Give up a lock taken here (closing its descriptor)."""
    if fd in _held:
        _held.discard(fd)
        os.close(fd)


def _same_file(path: Path, fd: int) -> bool:
    try:
        here, there = os.stat(path), os.fstat(fd)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def lock(path: Path, mode: int) -> int | None:
    """A descriptor of ``path`` holding a ``flock`` in ``mode`` (with ``LOCK_NB``: None
    if it is taken), or None if ``path`` is gone or was replaced meanwhile.  Opened
    read-only, so it works on a read-only store.  Release it with :func:`release`."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, mode)
    except BlockingIOError:
        os.close(fd)
        return None
    if not _same_file(path, fd):  # removed or replaced between our open and our lock
        os.close(fd)
        return None
    return _register(fd)


# --- who holds a lock ---------------------------------------------------------------


def _start_time(pid: int) -> str:
    """When ``pid`` started (clock ticks since boot, Linux), "" where it cannot be told."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return ""
    return fields[19].decode() if len(fields) > 19 else ""


def _record(fd: int) -> None:
    """Write who holds the lock into the lock file (read by a writer kept waiting)."""
    pid = os.getpid()
    with suppress(OSError):  # only a help for messages and stale locks
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{pid} {_start_time(pid)}\n".encode(), 0)


def _recorded(path: Path) -> tuple[int, str] | None:
    try:
        words = path.read_text(encoding="ascii").split()
        return int(words[0]), words[1] if len(words) > 1 else ""
    except (OSError, ValueError, IndexError):
        return None


def _flock_pid(path: Path) -> int | None:
    """The process that took the ``flock`` on ``path``, from ``/proc/locks`` (Linux)."""
    try:
        st = os.stat(path)
        with open("/proc/locks", encoding="ascii") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    device = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in lines:
        words = line.split()
        if "->" not in words and len(words) > 5 and words[1] == "FLOCK" and words[5] == device:
            return int(words[4]) if words[4].isdigit() and int(words[4]) > 0 else None
    return None


def _alive(pid: int, started: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: it exists
    now = _start_time(pid)
    return not (started and now and now != started)  # a new process with a reused pid


def owner(path: Path) -> tuple[int, bool] | None:
    """The process that took the lock on ``path`` and whether it is still running;
    None if that cannot be told."""
    recorded = _recorded(path)
    taker = _flock_pid(path) if sys.platform.startswith("linux") else None
    if taker is not None:
        started = recorded[1] if recorded is not None and recorded[0] == taker else ""
        return taker, _alive(taker, started)
    if recorded is not None:
        return recorded[0], _alive(*recorded)
    return None


def holders(path: Path) -> list[int]:
    """Processes other than this one with ``path`` open (Linux; [] elsewhere or unseen)."""
    try:
        st = os.stat(path)
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return []
    found = []
    for pid in sorted(pids):
        if pid == os.getpid():
            continue
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                there = os.stat(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if (there.st_dev, there.st_ino) == (st.st_dev, st.st_ino):
                found.append(pid)
                break
    return found


# --- the writer lock ----------------------------------------------------------------


class _Guard:
    """``takeover.lock`` held exclusively: taking the writer lock and reading its owner
    happen together, never between another process's lock and its record."""

    def __init__(self, folder: Path) -> None:
        self.fd = os.open(folder / TAKEOVER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)

    def __enter__(self) -> _Guard:
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)


def _take(path: Path) -> int | None:
    """The writer lock at ``path``, recorded, or None if someone holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    if not _same_file(path, fd):  # a takeover renamed a new file in meanwhile
        os.close(fd)
        return None
    _record(fd)
    return _register(fd)


def _take_over(folder: Path, path: Path, gone: int) -> int:
    """Replace a writer lock held only by what outlived process ``gone``, locked by us."""
    stuck = holders(path)
    fresh = folder / f".{WRITER_LOCK}.{os.getpid()}"
    fd = os.open(fresh, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a new file: nobody else has it
    _record(fd)
    os.replace(fresh, path)
    held_by = (
        f"; processes it started still hold the old lock: {', '.join(map(str, stuck))} "
        f"(they no longer block this store; end them with kill {' '.join(map(str, stuck))})"
        if stuck
        else ""
    )
    log.warning(
        "note: %s: the writer lock was left by process %d, which is gone%s; took the store over",
        folder.parent,
        gone,
        held_by,
    )
    return _register(fd)


def try_writer(folder: Path) -> int | None:
    """The writer lock of the store whose lock folder is ``folder``, if free now."""
    with _Guard(folder):
        return _take(folder / WRITER_LOCK)


def hold_writer(folder: Path, *, wait: float) -> int:
    """The writer lock of the store whose lock folder is ``folder``.

    Waits up to ``wait`` seconds for a holder that is running (a reader recovering
    a snapshot holds it for a moment); takes the store over at once from one that is
    gone.  Raises :class:`StoreError` naming the holder when it is still running.
    """
    path = folder / WRITER_LOCK
    deadline = time.monotonic() + wait
    while True:
        with _Guard(folder):
            fd = _take(path)
            if fd is not None:
                return fd
            held = owner(path)
            if held is not None and not held[1]:
                return _take_over(folder, path, held[0])
        if time.monotonic() > deadline:
            by = f" (pid {held[0]})" if held is not None else ""
            raise StoreError(f"{folder.parent}: another process is writing this store{by}")
        time.sleep(0.05)
