"""Batch builds: in parallel, incremental, and as shards - always the same graph."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import DebateKGError
from graph.executors import ProcessExecutor, SerialExecutor, executor_for, shared_loads
from graph.ingest import build_paths
from graph.pipeline import build_file, extract_nquads
from graph.registry import Registry
from graph.registry.builtin import load_builtin
from graph.shards import load_shards, write_shards
from graph.store import Store
from tests.graph.build_helpers import change, dump, make_inputs, reference_dump


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], bytes]:
    work = tmp_path_factory.mktemp("parallel")
    files = make_inputs(work / "in")
    return files, reference_dump(files, work / "reference")


def test_serial_batch_equals_one_by_one(inputs: tuple[list[Path], bytes], tmp_path: Path) -> None:
    files, expected = inputs
    with Store.open(tmp_path / "store") as store:
        report = build_paths(store, files, executor=SerialExecutor())
        assert (report.built, report.unchanged, report.errors) == (3, 0, [])
        assert dump(store) == expected


def test_two_processes_equal_one(inputs: tuple[list[Path], bytes], tmp_path: Path) -> None:
    files, expected = inputs
    with Store.open(tmp_path / "store") as store, ProcessExecutor(2) as pool:
        build_paths(store, files, executor=pool, batch_bytes=1)  # many bulk batches
        assert dump(store) == expected


def _descendants() -> set[int]:
    """This process's descendants (the fork server, and its children the workers)."""
    parent = {}
    for pid in (p for p in os.listdir("/proc") if p.isdigit()):
        with suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            parent[int(pid)] = int(fields[1])
    found, todo = set(), [os.getpid()]
    while todo:
        above = todo.pop()
        children = {pid for pid, up in parent.items() if up == above}
        found |= children
        todo.extend(children)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_build_lets_its_workers_go_and_the_pool_starts_again(
    inputs: tuple[list[Path], bytes], tmp_path: Path
) -> None:
    """The workers stop before the whole-store steps (follow-ups, summaries), whose
    memory would otherwise add to theirs, and a later build with the pool gets new ones."""
    files, expected = inputs
    with ProcessExecutor(2) as pool:
        before = _descendants()
        with Store.open(tmp_path / "one") as store:
            build_paths(store, files, executor=pool)
            assert dump(store) == expected
        assert pool._pool is None  # released
        with Store.open(tmp_path / "two") as store:
            build_paths(store, files, executor=pool)
            assert dump(store) == expected
        left = _descendants() - before  # every worker either build started
        assert not [pid for pid in left if Path(f"/proc/{pid}").exists()]


def test_cli_jobs_2_and_rerun_skips(inputs: tuple[list[Path], bytes], tmp_path: Path) -> None:
    files, expected = inputs
    store = str(tmp_path / "store")
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(files[0].parent), "--jobs", "2", "--store", store])
    assert first.exit_code == 0, first.output
    assert "built 3 of 3 file(s)" in first.output
    again = runner.invoke(cli, ["build", str(files[0].parent), "-j", "2", "--store", store])
    assert "built 0 of 3 file(s)" in again.output and "3 unchanged" in again.output
    with Store.open(store, read_only=True) as s:
        assert dump(s) == expected


def test_changed_file_replaces_its_graphs(tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=2)
    with Store.open(tmp_path / "store") as store:
        build_paths(store, files)
        change(files[1])
        report = build_paths(store, files)
        assert (report.built, report.unchanged) == (1, 1)
        got = dump(store)
    assert got == reference_dump(files, tmp_path / "fresh")
    assert b"Last Tuesday" in got


def test_same_document_twice_in_one_build_keeps_the_last(tmp_path: Path) -> None:
    """Two files with one name in different folders are one document: the later wins."""
    (a,) = make_inputs(tmp_path / "a", copies=1)
    (b,) = make_inputs(tmp_path / "b", copies=1)
    change(b)
    with Store.open(tmp_path / "store") as store:
        build_paths(store, [a, b])
        got = dump(store)
    assert got == reference_dump([a, b], tmp_path / "one-by-one")


def test_bad_file_is_reported_and_others_built(tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=1)
    bad = tmp_path / "in" / "bad.txt"
    bad.write_bytes(b"not a transcript\n")
    with Store.open(tmp_path / "store") as store:
        report = build_paths(store, [bad, *files])
    assert report.built == 1
    assert len(report.errors) == 1 and "bad.txt" in report.errors[0]


def test_extraction_output_is_plain_nquads() -> None:
    from tests.conftest import SEED

    doc = extract_nquads(str(SEED))
    assert doc.error is None and len(doc.sha256) == 64
    assert doc.marker.count(b"\n") == 1 and doc.sha256.encode() in doc.marker
    assert doc.source.encode() in doc.body


def test_shards_hold_the_same_graph(inputs: tuple[list[Path], bytes], tmp_path: Path) -> None:
    files, expected = inputs
    reports = list(write_shards(files, tmp_path / "shards", files_per_shard=2))
    assert [r.files for r in reports] == [2, 1]
    again = list(write_shards(files, tmp_path / "shards2", files_per_shard=2))
    for r1, r2 in zip(reports, again, strict=True):
        assert Path(r1.path).read_bytes() == Path(r2.path).read_bytes()
    with Store.open(tmp_path / "store") as store:
        assert load_shards(store, tmp_path / "shards") == 2
        assert dump(store) == expected


def test_cli_shards(inputs: tuple[list[Path], bytes], tmp_path: Path) -> None:
    files, _ = inputs
    out = tmp_path / "shards"
    result = CliRunner().invoke(cli, ["build", str(files[0].parent), "--shards", str(out)])
    assert result.exit_code == 0, result.output
    assert "into 1 shard(s)" in result.output
    assert (out / "part-000000.nq").stat().st_size > 0


def test_unknown_executor_is_one_clear_line(tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=1)
    result = CliRunner().invoke(
        cli, ["build", str(files[0]), "--executor", "ray://x", "--store", str(tmp_path / "s")]
    )
    assert result.exit_code == 1 and "unknown executor 'ray://x'" in result.output


def test_executor_for_picks_by_jobs() -> None:
    assert isinstance(executor_for(1), SerialExecutor)
    with executor_for(2) as pool:
        assert isinstance(pool, ProcessExecutor)
        assert list(pool.map(abs, range(-5, 0))) == [5, 4, 3, 2, 1]


def test_build_file_still_works_with_the_batch_path(tmp_path: Path) -> None:
    """The one-file API and the batch API share the store and see each other's work."""
    files = make_inputs(tmp_path / "in", copies=1)
    with Store.open(tmp_path / "store") as store:
        build_file(store, files[0])
        report = build_paths(store, files)
    assert report.unchanged == 1


def _loads(item: int, shared: bytes) -> tuple[int, int, int]:
    pid, loads = shared_loads()
    return pid, loads, len(shared) + item


def test_a_shared_object_reaches_each_worker_once() -> None:
    """``map_with`` ships the registry (here 8 MB of bytes) once per worker, not per task."""
    big = bytes(8 * 1024 * 1024)
    with ProcessExecutor(2, window=4) as pool:
        seen = list(pool.map_with(_loads, big, range(40)))
        again = list(pool.map_with(_loads, big[:10], range(4)))  # a new object: loaded anew
    assert [size for _, _, size in seen] == [len(big) + i for i in range(40)]
    assert {loads for _, loads, _ in seen} == {1}  # every task ran where it was loaded once
    assert 1 <= len({pid for pid, _, _ in seen}) <= 2
    assert {loads for _, loads, _ in again} <= {1, 2}
    assert SerialExecutor().map_with(_loads, b"ab", [1]).__next__()[2] == 3


def test_imported_registry_with_jobs_equals_serial(tmp_path: Path) -> None:
    """A registry other than the built-in one goes through map_with; same graph either way."""
    files = make_inputs(tmp_path / "in", copies=3)
    custom = Registry(load_builtin(), fingerprint="0" * 64)
    dumps = []
    for name, executor in (("serial", SerialExecutor()), ("pool", ProcessExecutor(2))):
        with executor, Store.open(tmp_path / name) as store:
            report = build_paths(store, files, executor=executor, registry=custom)
            assert (report.built, report.errors) == (3, [])
            dumps.append(dump(store))
    assert dumps[0] == dumps[1]
    assert b'"' + b"0" * 64 + b'"' in dumps[0]


def _size(item: int, shared: bytes) -> int:
    return len(shared) + item


def test_dask_map_with_broadcasts_the_shared_object() -> None:
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    from graph.executors import DaskExecutor

    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    )
    try:
        with distributed.Client(cluster) as client, DaskExecutor(client=client) as run:
            assert list(run.map_with(_size, b"x" * 1000, range(6))) == [1000 + i for i in range(6)]
    finally:
        cluster.close()


def test_in_flight_work_is_bounded_by_the_window() -> None:
    """However many files, at most ``window`` are taken from the input before one is consumed."""
    pulled = 0

    def items() -> Iterator[int]:
        nonlocal pulled
        for i in range(50):
            pulled += 1
            yield i

    with ProcessExecutor(2, window=3) as pool:
        consumed = 0
        for _ in pool.map(abs, items()):
            consumed += 1
            assert pulled - consumed <= 3
        assert consumed == 50


def _environment(name: str) -> str | None:
    return os.environ.get(name)


def _die(_: int) -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return 0


def _holds(path: str) -> bool:
    """Whether this process has ``path`` open."""
    target = os.stat(path)
    for fd in os.listdir("/proc/self/fd"):
        with suppress(OSError):
            st = os.stat(f"/proc/self/fd/{fd}")
            if (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
                return True
    return False


def test_workers_get_the_environment_of_the_pool_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are not forked from here, yet see the environment as it is now (limits
    such as DEBATE_KG_MAX_FILE_MB are read in the workers)."""
    monkeypatch.setenv("DEBATE_KG_TEST_VALUE", "set after the fork server started")
    with ProcessExecutor(2) as pool:
        assert set(pool.map(_environment, ["DEBATE_KG_TEST_VALUE"] * 4)) == {
            "set after the fork server started"
        }


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc")
def test_workers_do_not_hold_the_writers_files(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with Store.open(location), ProcessExecutor(2) as pool:
        for name in ("LOCK", "snapshots/writer.lock"):
            assert _holds(str(location / name))  # this process does
            assert not any(pool.map(_holds, [str(location / name)] * 4)), name


def test_a_dead_worker_is_one_clear_error() -> None:
    with ProcessExecutor(2) as pool, pytest.raises(DebateKGError, match="worker process died"):
        list(pool.map(_die, range(4)))
