"""``debate-kg export --jobs 2``: the mentions and commitments read in a helper process."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from exporters.ahead import Ahead
from exporters.projection import commitment_facts, mention_rows
from graph.cli import cli
from graph.errors import ExportError
from graph.store import Store


def _export(store: str, out: Path, *flags: str) -> bytes:
    result = CliRunner().invoke(
        cli, ["export", "--store", store, "--format", "graphml", *flags, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.mark.parametrize("view", [(), ("--no-speeches",)])
def test_a_helper_process_gives_the_same_bytes(
    seed_location: str, tmp_path: Path, view: tuple[str, ...]
) -> None:
    alone = _export(seed_location, tmp_path / "1.graphml", *view, "--jobs", "1")
    helped = _export(seed_location, tmp_path / "2.graphml", *view, "--jobs", "2")
    assert helped == alone
    # What the helper read is in it: mention edges and commitment nodes.
    assert b'<data key="edge_type">mentions</data>' in helped
    assert b'<data key="node_type">Commitment</data>' in helped


def test_the_helper_reads_what_this_process_would(seed_location: str) -> None:
    with Store.open(seed_location, read_only=True) as store:
        assert store.snapshot is not None
        with Ahead(store.snapshot, (mention_rows, commitment_facts), jobs=2) as ahead:
            mentions = ahead.take(mention_rows, store.inner)
            commitments = ahead.take(commitment_facts, store.inner)
        assert sorted(mentions, key=repr) == sorted(mention_rows(store.inner), key=repr)
        assert commitments == commitment_facts(store.inner)
        assert len(mentions) > 10 and len(commitments) > 3


def test_reads_are_taken_in_the_order_started(seed_location: str) -> None:
    with (
        Store.open(seed_location, read_only=True) as store,
        Ahead(store.snapshot, (mention_rows, commitment_facts), jobs=2) as ahead,
        pytest.raises(ExportError, match="commitment_facts taken out of order"),
    ):
        ahead.take(commitment_facts, store.inner)


def test_without_a_snapshot_or_a_second_job_the_reads_run_here(seed_location: str) -> None:
    memory = ox.Store()
    with Ahead(None, (mention_rows,), jobs=2) as ahead:
        assert ahead.take(mention_rows, memory) == []
    with (
        Store.open(seed_location, read_only=True) as store,
        Ahead(store.snapshot, (mention_rows,), jobs=1) as ahead,
    ):
        assert ahead.take(mention_rows, store.inner) == mention_rows(store.inner)


def test_a_snapshot_the_helper_cannot_open_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-snapshot"
    with (
        Ahead(missing, (mention_rows,), jobs=2) as ahead,
        pytest.raises(ExportError, match="no-such-snapshot: the helper process cannot open"),
    ):
        ahead.take(mention_rows, ox.Store())
