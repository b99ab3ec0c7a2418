"""The same files give the same graph: built twice, forced, in another order, in two calls."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks import corpus as generated
from graph.ingest import build_paths
from graph.store import Store
from tests.conftest import SEED
from tests.graph.build_helpers import dump


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Different documents sharing people and offices: the entity graph sees them all."""
    folder = tmp_path_factory.mktemp("idempotence")
    made = generated.generate(folder / "gen", 4, "pp")
    seed = folder / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    return [*made, seed]


@pytest.fixture(scope="module")
def expected(files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> bytes:
    with Store.open(tmp_path_factory.mktemp("reference") / "store") as store:
        report = build_paths(store, files)
        assert report.errors == [] and report.built == len(files)
        return dump(store)


def build(location: Path, *calls: list[Path], force: bool = False) -> bytes:
    with Store.open(location) as store:
        for call in calls:
            build_paths(store, call, force=force)
        return dump(store)


def test_same_files_twice(files: list[Path], expected: bytes, tmp_path: Path) -> None:
    assert build(tmp_path / "s", files, files) == expected


def test_same_files_twice_forced(files: list[Path], expected: bytes, tmp_path: Path) -> None:
    assert build(tmp_path / "s", files, files, force=True) == expected


@pytest.mark.parametrize("seed", [1, 2])
def test_another_order(files: list[Path], expected: bytes, tmp_path: Path, seed: int) -> None:
    shuffled = files[::-1] if seed == 1 else random.Random(seed).sample(files, len(files))
    assert shuffled != files
    assert build(tmp_path / "s", shuffled) == expected


def test_split_across_two_builds(files: list[Path], expected: bytes, tmp_path: Path) -> None:
    later, first = files[: len(files) // 2], files[len(files) // 2 :]
    assert build(tmp_path / "s", first, later) == expected


def test_overlapping_builds_in_another_order(
    files: list[Path], expected: bytes, tmp_path: Path
) -> None:
    assert build(tmp_path / "s", files[1:][::-1], files[:3]) == expected
