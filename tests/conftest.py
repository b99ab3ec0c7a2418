"""Shared fixtures: the seeds, a store built from them, and the real-data corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.pipeline import build_file
from graph.store import Store
from graph.summaries import refresh

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED = SEEDS / "000_815e4f78c80070a6.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_dir() -> Path:
    """``../shared`` beside the repository (or ``$DEBATE_KG_SHARED``)."""
    return Path(os.environ.get("DEBATE_KG_SHARED", REPO.parent / "shared"))


def corpus_dir() -> Path:
    """The real-data corpus (``../shared/corpus`` or ``$DEBATE_KG_CORPUS``)."""
    return Path(os.environ.get("DEBATE_KG_CORPUS", shared_dir() / "corpus"))


@pytest.fixture
def corpus() -> Path:
    """The corpus folder; skips the test when it is absent (a fresh clone has none)."""
    path = corpus_dir()
    if not path.is_dir():
        pytest.skip(f"real-data corpus not found at {path} (set DEBATE_KG_CORPUS)")
    return path


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """An on-disk store built from ``seeds/``, shared by read-only tests."""
    store = Store.open(tmp_path_factory.mktemp("seed-store") / "store")
    for path in sorted(SEEDS.glob("*.txt")):
        build_file(store, path)
    refresh(store)  # as `debate-kg build` does: the listing and the aggregates read it
    return store


@pytest.fixture(scope="session")
def seed_location(tmp_path_factory: pytest.TempPathFactory) -> str:
    """``seeds/`` built by ``debate-kg build`` into an on-disk store, for tests that only
    read it (through the CLI, or opened read-only: its read snapshot is published)."""
    from click.testing import CliRunner

    from graph.cli import cli

    location = str(tmp_path_factory.mktemp("seed-built") / "store")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--store", location])
    assert result.exit_code == 0, result.output
    return location
