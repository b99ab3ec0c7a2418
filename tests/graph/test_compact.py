"""``debate-kg compact``: a copy with the same quads, smaller, whole or absent."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from graph.errors import StoreError
from graph.ingest import build_paths
from graph.store import Store, snapshots
from graph.store import compact as compacting
from graph.store.compact import compact, disk_bytes
from tests.graph.build_helpers import dump, make_inputs
from tests.graph.test_crash_safety import CLI


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path, bytes, int]:
    """Fifteen documents built as ``debate-kg build`` builds them, their N-Quads (the
    paths record left out, as every dump leaves it) and how many quads the store holds."""
    work = tmp_path_factory.mktemp("compact")
    files = make_inputs(work / "in", copies=15)
    with Store.open(work / "store") as store:
        report = build_paths(store, files)
        assert report.errors == [] and report.built == len(files)
        return files, work / "store", dump(store), store.count_quads()


def test_the_copy_holds_the_same_quads_in_less_disk(
    built: tuple[list[Path], Path, bytes, int], tmp_path: Path
) -> None:
    _, source, quads, count = built
    before = disk_bytes(source)
    done = compact(source, tmp_path / "copy")
    assert done.quads == count > quads.count(b"\n") > 0
    assert done.target_bytes < done.source_bytes == before
    assert snapshots.latest(tmp_path / "copy") is not None  # readers open it at once
    with Store.open(tmp_path / "copy", read_only=True) as copy:
        assert dump(copy) == quads
    with Store.open(source, read_only=True) as original:
        assert dump(original) == quads  # only read
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy"]


def test_a_build_into_the_copy_finds_every_document_already_there(
    built: tuple[list[Path], Path, bytes, int], tmp_path: Path
) -> None:
    files, source, quads, _ = built
    compact(source, tmp_path / "copy")
    with Store.open(tmp_path / "copy") as store:
        report = build_paths(store, files)
        assert report.errors == [] and report.built == 0
        assert dump(store) == quads


def test_an_existing_target_is_refused_and_left_alone(
    built: tuple[list[Path], Path, bytes, int], tmp_path: Path
) -> None:
    target = tmp_path / "copy"
    target.mkdir()
    (target / "mine.txt").write_text("keep")
    with pytest.raises(StoreError, match=f"{target}: already exists"):
        compact(built[1], target)
    assert [p.name for p in target.iterdir()] == ["mine.txt"]


@pytest.mark.parametrize("case", ["no source", "no parent"])
def test_bad_places_are_named(
    built: tuple[list[Path], Path, bytes, int], tmp_path: Path, case: str
) -> None:
    if case == "no source":
        source, target, named = tmp_path / "nothing", tmp_path / "copy", tmp_path / "nothing"
    else:
        source, target, named = built[1], tmp_path / "missing" / "copy", tmp_path / "missing"
    with pytest.raises(StoreError, match=str(named)):
        compact(source, target)
    assert list(tmp_path.iterdir()) == []


def test_a_copy_that_fails_half_way_leaves_nothing(
    built: tuple[list[Path], Path, bytes, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(compacting.snapshots, "publish", no_room)
    with pytest.raises(StoreError, match=r"copy: compacting .* No space left on device"):
        compact(built[1], tmp_path / "copy")
    assert list(tmp_path.iterdir()) == []


def test_the_command_reports_the_sizes_and_refuses_an_endpoint(
    built: tuple[list[Path], Path, bytes, int], tmp_path: Path
) -> None:
    done = subprocess.run(
        [CLI, "compact", str(tmp_path / "copy"), "--store", str(built[1])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"compacted {built[3]:,} quads: ")
    remote = subprocess.run(
        [CLI, "compact", str(tmp_path / "other"), "--store", "http://localhost:7878"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert remote.returncode == 1
    assert "compact copies an on-disk store, not an endpoint" in remote.stderr
    assert not (tmp_path / "other").exists()
