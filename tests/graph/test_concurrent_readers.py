"""Readers running while a build writes see a consistent graph: whole documents, growing."""

from __future__ import annotations

import csv
import io
import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.errors import StoreError
from graph.ingest import build_paths
from graph.store import LocalStore, Store, read_snapshot, snapshots
from tests.conftest import SEED
from tests.graph.build_helpers import make_inputs
from tests.graph.test_crash_safety import CLI, start_build

PER_SOURCE = """
SELECT ?source (COUNT(DISTINCT ?debate) AS ?debates) (COUNT(DISTINCT ?speech) AS ?speeches)
       (COUNT(DISTINCT ?sha) AS ?markers)
WHERE {
  ?debate prov:wasDerivedFrom ?source .
  OPTIONAL { ?speech dkg:debate ?debate }
  OPTIONAL { GRAPH ?source { ?source dkg:sha256 ?sha } }
}
GROUP BY ?source
"""

Counts = dict[str, tuple[int, int, int]]


def per_source(store: Path) -> Counts:
    """Debates, speeches and hash markers per source document, asked with ``debate-kg query``."""
    out = subprocess.run(
        [CLI, "query", "--store", str(store), "--format", "csv", PER_SOURCE],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    rows = csv.DictReader(io.StringIO(out))
    return {r["source"]: (int(r["debates"]), int(r["speeches"]), int(r["markers"])) for r in rows}


def test_queries_during_a_build_see_whole_documents(tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=12)
    with Store.open(tmp_path / "reference") as ref:
        build_paths(ref, files[:1])
    (whole,) = per_source(tmp_path / "reference").values()  # every document is a seed copy

    store = tmp_path / "store"
    with Store.open(store):
        pass  # an empty store, so the first reader has something to open
    build = start_build(files, store)
    answers: list[Counts] = []
    during = 0
    try:
        while True:
            running = build.poll() is None
            answers.append(per_source(store))
            during += running and build.poll() is None
            if not running:
                break
    finally:
        if build.poll() is None:
            build.kill()
        build.wait()
    assert build.returncode == 0
    assert during >= 1, "no answer was taken while the build ran"
    for before, after in itertools.pairwise(answers):
        assert set(before) <= set(after), "a document disappeared"
    for answer in answers:
        assert all(counts == whole for counts in answer.values()), answer
    assert len(answers[-1]) == len(files)


def test_a_pinned_snapshot_outlives_newer_ones(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with Store.open(location):
        pass
    with read_snapshot(location) as first:
        with Store.open(location) as store:
            build_paths(store, [SEED])
        assert first.is_dir(), "a pinned snapshot was removed"
        newest = snapshots.latest(location)
        assert newest is not None and newest != first
        with Store.open(location, read_only=True) as reader:
            assert reader.count_quads() > 0
    with Store.open(location):
        pass  # publishing again removes what nobody pins
    assert not first.exists()
    assert snapshots.snapshots(location) == [newest]


def test_readers_recover_after_a_writer_that_did_not_publish(tmp_path: Path) -> None:
    """A store whose writer died before publishing (or older code wrote it) is read whole."""
    location = tmp_path / "store"
    with Store.open(location) as store:
        build_paths(store, [SEED])
        expected = store.count_quads()
    for snapshot in snapshots.snapshots(location):
        shutil.rmtree(snapshot)
    (snapshots.folder(location) / "dirty").touch()
    with Store.open(location, read_only=True) as reader:
        assert reader.count_quads() == expected
    assert not (snapshots.folder(location) / "dirty").exists()


def test_a_second_writer_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshots, "WRITER_WAIT", 0.2)
    location = tmp_path / "store"
    with Store.open(location):
        with pytest.raises(StoreError, match="another process is writing"):
            LocalStore.open_path(location)
        with Store.open(location, read_only=True) as reader:  # readers are not refused
            assert reader.count_quads() == 0
