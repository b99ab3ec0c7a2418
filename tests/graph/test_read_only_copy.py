"""A read-only copy of a store that a killed build left dirty reads its newest complete
snapshot, and reading it writes nothing.

Three ways of making the copy read-only: a read-only bind mount (as root, in a private
mount namespace: the kernel refuses every write), ``chmod -R a-w`` read by a user who
is not root (``setpriv`` when the tests run as root), and, everywhere, this process
told it cannot write while any write it attempts through Python fails loudly.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.store import LOADING, Store, snapshots, sorted_nquads
from tests.graph.build_helpers import dump, make_inputs
from tests.graph.test_crash_safety import CLI, finished, kill_at_markers

DOCUMENTS = 15


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A store whose build was killed mid-way (dirty, a bulk load's record left), and the
    N-Quads of its newest snapshot: what a read-only copy of it must answer."""
    work = tmp_path_factory.mktemp("killed")
    files = make_inputs(work / "in", copies=DOCUMENTS)
    store = work / "store"
    kill_at_markers(files, store, 3)
    assert (snapshots.folder(store) / "dirty").exists()
    assert (snapshots.folder(store) / LOADING).exists()
    newest = snapshots.latest(store)
    assert newest is not None
    snapshot = ox.Store.read_only(str(newest))
    expected = sorted_nquads(snapshot.dump(format=ox.RdfFormat.N_QUADS) or b"")
    del snapshot  # closes it
    return store, expected


@pytest.fixture
def copy(killed: tuple[Path, bytes]) -> Iterator[Path]:
    """A copy of the killed store in a folder every user may enter; writable again after."""
    parent = Path(tempfile.mkdtemp(prefix="debate-kg-ro-"))
    os.chmod(parent, 0o755)
    target = parent / "store"
    shutil.copytree(killed[0], target)
    yield target
    for folder, dirs, files in os.walk(parent):
        for name in [*dirs, *files]:
            path = Path(folder) / name
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
    shutil.rmtree(parent)


def tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``root``: size and modification time."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            st = os.lstat(Path(folder) / name)
            found[os.path.relpath(Path(folder) / name, root)] = (st.st_size, st.st_mtime_ns)
    return found


def export_command(store: Path) -> list[str]:
    return [CLI, "export", "--format", "nquads", "-o", "-", "--store", str(store)]


def test_reading_a_copy_that_cannot_be_written_writes_nothing(
    killed: tuple[Path, bytes],
    copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _, expected = killed
    before = tree(copy)
    real_access, real_open, real_mkdir = os.access, os.open, os.mkdir
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def inside(path: object) -> bool:
        return str(path).startswith(str(copy))

    def access(path: object, mode: int, **kw: object) -> bool:
        return False if inside(path) and mode & os.W_OK else real_access(path, mode, **kw)  # type: ignore[arg-type]

    def open_(path: object, flags: int, *args: object, **kw: object) -> int:
        if inside(path) and flags & writes:
            raise AssertionError(f"reading opened {path} for writing")
        return real_open(path, flags, *args, **kw)  # type: ignore[arg-type]

    def mkdir(path: object, *args: object, **kw: object) -> None:
        if inside(path):
            raise AssertionError(f"reading made {path}")
        real_mkdir(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "mkdir", mkdir)
    with (
        caplog.at_level(logging.WARNING, logger="graph.store"),
        Store.open(copy, read_only=True) as store,
    ):
        assert 0 < len(finished(store)) < DOCUMENTS  # the batches committed before the kill
        assert dump(store) == expected
    assert any("did not finish" in r.getMessage() for r in caplog.records)
    monkeypatch.undo()
    assert tree(copy) == before


def _in_read_only_mount(folder: Path, command: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run ``command`` where ``folder`` is mounted read-only (a private mount namespace)."""
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "--mount", "sh", "-c", script, "sh", str(folder), *command],
        capture_output=True,
        check=False,
    )


def test_a_read_only_mount_of_a_killed_store_is_read(
    killed: tuple[Path, bytes], copy: Path
) -> None:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a read-only bind mount needs root and unshare")
    probe = _in_read_only_mount(copy.parent, ["touch", str(copy / "probe")])
    if b"Read-only file system" not in probe.stderr:
        pytest.skip(f"no private read-only mount here: {probe.stderr.decode(errors='replace')}")
    _, expected = killed
    before = tree(copy)
    done = _in_read_only_mount(copy.parent, export_command(copy))
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
    assert b"did not finish" in done.stderr  # says it reads the last complete snapshot
    assert tree(copy) == before


def test_a_copy_without_write_permission_is_read(killed: tuple[Path, bytes], copy: Path) -> None:
    """``chmod -R a-w`` as in the report, read by a user who is not root."""
    as_user: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv to drop to another user")
        as_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    _, expected = killed
    subprocess.run(["chmod", "-R", "a-w", str(copy)], check=True)
    before = tree(copy)
    done = subprocess.run(
        [*as_user, *export_command(copy)], capture_output=True, check=False, cwd=copy.parent
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
    assert tree(copy) == before
