"""The writer lock never outlives its writer: not in forked children, not after a kill."""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from graph.errors import StoreError
from graph.ingest import build_paths
from graph.store import LocalStore, Store, locks, snapshots
from tests.conftest import SEED

#: Takes a store's writer lock the way a build forking its workers did (a ``flock``
#: shared with a forked child), optionally writing who holds it, then SIGKILLs itself:
#: the child lives on holding the lock.  Prints the child's pid.
_LEAVE_AN_ORPHAN = """
import fcntl, os, signal, sys, time

fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX)
if sys.argv[2] == "record":
    os.write(fd, f"{os.getpid()}\\n".encode())
child = os.fork()
if child == 0:
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)  # so that whoever reads our output is not kept waiting
    os.dup2(quiet, 2)
    time.sleep(600)
    os._exit(0)
print(child, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def orphans() -> Iterator[list[int]]:
    """Pids the test started and must end."""
    pids: list[int] = []
    yield pids
    for pid in pids:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def leave_an_orphan(lock: Path, how: str, orphans: list[int]) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _LEAVE_AN_ORPHAN, str(lock), how],
        capture_output=True,
        check=False,
        text=True,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    child = int(done.stdout)
    orphans.append(child)
    return child


@pytest.mark.parametrize(
    "how",
    [
        pytest.param(
            "proc-locks",  # written by older versions: nothing recorded, /proc/locks tells
            marks=pytest.mark.skipif(
                not Path("/proc/locks").exists(), reason="needs Linux /proc/locks"
            ),
        ),
        "record",
    ],
)
def test_a_lock_left_by_a_dead_writer_is_taken_over_with_a_note(
    tmp_path: Path,
    how: str,
    orphans: list[int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    location = tmp_path / "store"
    with Store.open(location) as store:
        build_paths(store, [SEED])
        expected = store.count_quads()
    lock = snapshots.folder(location) / "writer.lock"
    lock.write_bytes(b"")
    child = leave_an_orphan(lock, how, orphans)
    probe = os.open(lock, os.O_RDONLY)
    with pytest.raises(BlockingIOError):  # the orphan holds it
        fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.close(probe)
    if how == "record":
        monkeypatch.setattr(locks, "_flock_pid", lambda path: None)  # as where there is no /proc
    monkeypatch.setattr(snapshots, "WRITER_WAIT", 60.0)  # a wait would mean no takeover
    old = os.stat(lock).st_ino

    with (
        caplog.at_level(logging.WARNING, logger="graph.store.locks"),
        Store.open(location) as store,  # taken over at once, not after the wait
    ):
        assert store.count_quads() == expected
    (note,) = [r.getMessage() for r in caplog.records]
    assert "which is gone" in note and "took the store over" in note
    if Path("/proc").is_dir():
        assert f"kill {child}" in note  # the process still holding the old lock is named
    assert os.stat(lock).st_ino != old

    caplog.clear()
    with (
        caplog.at_level(logging.WARNING, logger="graph.store.locks"),
        Store.open(location, read_only=True) as reader,
        Store.open(location),
    ):
        assert reader.count_quads() == expected
    assert not caplog.records  # nothing stale any more


def test_a_live_writer_is_never_taken_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer in another process that runs keeps the store, and the refusal names it."""
    monkeypatch.setattr(snapshots, "WRITER_WAIT", 0.5)
    location = tmp_path / "store"
    with Store.open(location):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from graph.store import Store\n"
            "with Store.open(sys.argv[1]):\n    print('open', flush=True); sys.stdin.read()",
            str(location),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(
            StoreError, match=f"another process is writing this store .pid {holder.pid}"
        ):
            LocalStore.open_path(location)
    finally:
        holder.communicate("")
    assert holder.returncode == 0


def test_a_process_forked_by_a_writer_does_not_keep_its_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshots, "WRITER_WAIT", 0.5)
    location = tmp_path / "store"
    wake, hold = os.pipe()
    with Store.open(location):
        child = os.fork()
        if child == 0:  # lives on after the writer closes, as a forked worker did
            os.close(hold)
            os.read(wake, 1)
            os._exit(0)
    os.close(wake)
    try:
        with Store.open(location) as store:  # refused if the child kept the lock
            assert store.count_quads() == 0
    finally:
        os.close(hold)
        os.waitpid(child, 0)
