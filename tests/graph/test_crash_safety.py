"""A build killed with SIGKILL leaves whole documents only, and a re-run completes it.

Each kill point is reached by watching the read snapshots the build publishes
(one per committed batch here) until enough documents are committed; if the
build finished before that, the point is tried again on a fresh store.  New
documents are bulk-loaded (not a transaction), so the second test kills builds
while the record of a bulk load is on disk: after the record, before the
documents' hash markers are committed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from graph import iris
from graph.errors import StoreError
from graph.ingest import build_paths
from graph.pipeline import source_of
from graph.store import LOADING, Store
from graph.store.snapshots import folder
from ontology import DKG
from tests.graph.build_helpers import dump, make_inputs

CLI = str(Path(sys.executable).parent / "debate-kg")
DOCUMENTS = 15
#: Kill once this many documents are committed (of DOCUMENTS): early, middle, late.
KILL_AFTER = (1, 5, 9)
TRIES = 4

MARKERS = f"SELECT ?s WHERE {{ GRAPH ?s {{ ?s <{DKG.sha256}> ?sha }} }}"


def by_graph(nquads: bytes) -> dict[bytes, bytes]:
    """Sorted N-Quads lines grouped by their graph name."""
    groups: dict[bytes, list[bytes]] = defaultdict(list)
    for line in nquads.splitlines():
        groups[line.rsplit(b" ", 2)[-2]].append(line)
    return {g: b"\n".join(sorted(lines)) for g, lines in groups.items()}


def finished(store: Store) -> set[str]:
    """Source documents whose hash marker is in ``store``."""
    rows = store.query(MARKERS)
    assert isinstance(rows, ox.QuerySolutions)
    return {row["s"].value for row in rows}


def start_build(
    files: list[Path], store: Path, batch_bytes: int = 1, *, jobs: int = 1
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DEBATE_KG_PUBLISH_SECONDS": "0",  # a snapshot per committed batch
        "DEBATE_KG_BATCH_BYTES": str(batch_bytes),  # 1: a bulk load per document
    }
    return subprocess.Popen(
        [CLI, "build", *map(str, files), "--store", str(store), "--jobs", str(jobs)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def committed(store: Path) -> Iterator[int]:
    """How many documents the newest snapshot holds, each time it is asked."""
    while True:
        try:
            with Store.open(store, read_only=True) as s:
                yield len(finished(s))
        except StoreError:  # not created yet
            yield 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], bytes]:
    work = tmp_path_factory.mktemp("crash")
    files = make_inputs(work / "in", copies=DOCUMENTS)
    with Store.open(work / "reference") as store:
        build_paths(store, files)
        return files, dump(store)


def kill_after(files: list[Path], store: Path, documents: int) -> bool:
    """Build into a fresh ``store`` and SIGKILL it once ``documents`` are committed.

    False when the build finished first (the caller tries again).
    """
    shutil.rmtree(store, ignore_errors=True)
    proc = start_build(files, store)
    try:
        for count in committed(store):
            if proc.poll() is not None:
                return False
            if count >= documents:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return False


#: Bytes of N-Quads per bulk load in the second test: four seed-sized documents a batch.
LOADING_BATCH = 1_400_000

#: Runs ``debate-kg`` with the store's transactional ``load`` wrapped so that the process
#: SIGKILLs itself when asked for the N-th one: in a fresh build that is the N-th batch's
#: hash markers, right after its bulk load returned (a kill no timing can aim at).
_KILL_AT_MARKERS = """
import os, signal, sys
import graph.store

nth, calls = int(sys.argv.pop(1)), 0
real = graph.store.LocalStore.inner


class Dying:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def load(self, *args, **kwargs):
        global calls
        calls += 1
        if calls == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return self._inner.load(*args, **kwargs)


graph.store.LocalStore.inner = property(lambda self: Dying(real.fget(self)))
from graph.cli import main

sys.exit(main())
"""


def kill_at_markers(files: list[Path], store: Path, batch: int) -> None:
    """Build into a fresh ``store``, killed between batch ``batch``'s bulk load and its markers."""
    shutil.rmtree(store, ignore_errors=True)
    env = {**os.environ, "DEBATE_KG_PUBLISH_SECONDS": "0"}
    env["DEBATE_KG_BATCH_BYTES"] = str(LOADING_BATCH)
    cmd = [sys.executable, "-c", _KILL_AT_MARKERS, str(batch), "build", *map(str, files)]
    done = subprocess.run([*cmd, "--store", str(store)], env=env, capture_output=True, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr


@pytest.mark.parametrize("documents", KILL_AFTER)
def test_kill_leaves_whole_documents_and_rerun_completes(
    corpus: tuple[list[Path], bytes], tmp_path: Path, documents: int
) -> None:
    files, expected = corpus
    store = tmp_path / "store"
    assert any(kill_after(files, store, documents) for _ in range(TRIES)), "never caught mid-build"
    check_recovery(files, expected, store, documents)


@pytest.mark.parametrize(("batch", "reader_first"), [(1, True), (3, True), (3, False)])
def test_kill_after_a_bulk_load_before_its_markers(
    corpus: tuple[list[Path], bytes], tmp_path: Path, batch: int, reader_first: bool
) -> None:
    """The bulk-loaded documents are in the database, their markers are not: recovery
    (by a reader publishing for the killed writer, or by the next writer) drops them."""
    files, expected = corpus
    store = tmp_path / "store"
    kill_at_markers(files, store, batch)
    assert (folder(store) / LOADING).exists()  # the killed load's record is left for recovery
    done = check_recovery(files, expected, store, 0, reader_first=reader_first)
    assert not (folder(store) / LOADING).exists()
    assert (done == 0) if batch == 1 else (0 < done < len(files))  # earlier batches stay


def check_recovery(
    files: list[Path], expected: bytes, store: Path, documents: int, *, reader_first: bool = True
) -> int:
    """Finished documents are whole, nothing of the others is left, a re-run completes;
    how many were finished."""
    reference = by_graph(expected)
    entities = f"<{iris.ENTITIES_GRAPH}>".encode()
    seen = None
    if reader_first:
        with Store.open(store, read_only=True) as s:  # recovers the killed writer's snapshot
            seen = finished(s)
    with Store.open(store) as s:
        assert seen is None or finished(s) == seen  # the snapshot has every committed document
        got = by_graph(dump(s))
        done = {source_of(f) for f in files} & finished(s)
        assert len(done) >= documents
        allowed = {entities}
        for source in done:
            for graph in s.graphs_from(URIRef(source)):
                key = f"<{graph}>".encode()
                allowed.add(key)
                assert got[key] == reference[key], f"{graph} differs from a clean build"
        assert set(got) <= allowed, f"graphs of unfinished documents: {set(got) - allowed}"
        assert set(got.get(entities, b"").splitlines()) <= set(reference[entities].splitlines())

    rerun = subprocess.run(
        [CLI, "build", *map(str, files), "--store", str(store)], capture_output=True, check=False
    )
    assert rerun.returncode == 0, rerun.stderr
    if done:
        assert f"{len(done)} unchanged".encode() in rerun.stdout
    with Store.open(store, read_only=True) as s:
        assert dump(s) == expected
    return len(done)


# --- a killed parallel build: no orphans, no lock-out ---------------------------------


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux ``/proc``)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_bytes()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(b")", 1)[1].split()[1])
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        children = {child for child, p in parents.items() if p == parent} - found
        found |= children
        todo.extend(children)
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting to be reaped is not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return False
    return stat.rsplit(b")", 1)[1].split()[0] != b"Z"


#: Seconds the orphans of a killed build get to exit (they take well under one).
ORPHANS_WAIT = 30.0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_killed_parallel_build_leaves_no_workers_and_no_lock(
    corpus: tuple[list[Path], bytes], tmp_path: Path
) -> None:
    """SIGKILL a ``--jobs 2`` build mid-way (as the OOM killer does): its worker
    processes exit by themselves, and the next build takes the store at once and ends
    byte-identical to a clean build."""
    files, expected = corpus
    store = tmp_path / "store"
    survivors: set[int] = set()
    try:
        for _ in range(TRIES):
            shutil.rmtree(store, ignore_errors=True)
            proc = start_build(files, store, jobs=2)
            workers: set[int] = set()
            for count in committed(store):
                if proc.poll() is not None:
                    break
                workers = descendants(proc.pid)
                if count >= 1 and len(workers) >= 2:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                    break
                time.sleep(0.02)
            if proc.returncode == -signal.SIGKILL:
                break
        else:
            pytest.fail("never caught a parallel build mid-way")
        survivors = set(workers)
        deadline = time.monotonic() + ORPHANS_WAIT
        while time.monotonic() < deadline and any(map(running, survivors)):
            time.sleep(0.1)
        survivors = set(filter(running, survivors))
        assert not survivors, f"processes of the killed build still run: {sorted(survivors)}"

        with Store.open(store, read_only=True) as s:  # whole documents only
            assert 1 <= len(finished(s)) < len(files)
        rerun = subprocess.run(
            [CLI, "build", *map(str, files), "--store", str(store), "--jobs", "2"],
            capture_output=True,
            check=False,
            timeout=120,
        )
        assert rerun.returncode == 0, rerun.stderr
        assert b"note:" not in rerun.stderr  # nothing stale to take over
        with Store.open(store, read_only=True) as s:
            assert dump(s) == expected
    finally:
        for pid in survivors:  # only if the test failed: do not leave them behind
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
