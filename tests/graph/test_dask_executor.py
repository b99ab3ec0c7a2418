"""Extraction on a Dask cluster (two in-process workers): the same graph as a local build."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.executors import DaskExecutor
from graph.ingest import build_paths
from graph.shards import load_shards, write_shards
from graph.store import Store
from tests.graph.build_helpers import dump, make_inputs, reference_dump

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
        protocol="tcp://",
        host="127.0.0.1",
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_dask_shards_equal_the_local_build(client: object, tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=3)
    expected = reference_dump(files, tmp_path / "local")
    with DaskExecutor(client=client) as run:
        reports = list(write_shards(files, tmp_path / "shards", executor=run, files_per_shard=1))
    assert [r.index for r in reports] == [0, 1, 2]
    assert all(not r.errors for r in reports)
    local = list(write_shards(files, tmp_path / "local-shards", files_per_shard=1))
    for a, b in zip(reports, local, strict=True):
        assert Path(a.path).read_bytes() == Path(b.path).read_bytes()
    with Store.open(tmp_path / "from-shards") as store:
        load_shards(store, tmp_path / "shards")
        assert dump(store) == expected


def test_dask_into_a_store_equals_the_local_build(client: object, tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=3)
    with Store.open(tmp_path / "store") as store, DaskExecutor(client=client) as run:
        report = build_paths(store, files, executor=run)
        assert report.built == 3
        assert dump(store) == reference_dump(files, tmp_path / "local")


def test_executor_for_a_dask_address(client: object) -> None:
    from graph.executors import executor_for

    address = client.scheduler.address  # type: ignore[attr-defined]
    assert address.startswith("tcp://127.0.0.1:")
    with executor_for(executor="dask://" + address.removeprefix("tcp://")) as run:
        assert isinstance(run, DaskExecutor) and run.workers == 2
        assert list(run.map(abs, range(-3, 0))) == [3, 2, 1]
