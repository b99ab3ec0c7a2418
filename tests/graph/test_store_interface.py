"""The store interface: one API for the embedded and the remote store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import iris
from graph.errors import StoreError
from graph.link import build_fingerprint
from graph.pipeline import build_file, file_sha256, source_of
from graph.store import LocalStore, Store, is_remote
from graph.store.remote import RemoteStore
from tests.conftest import SEED


def test_open_chooses_by_location(tmp_path: Path) -> None:
    assert is_remote("http://127.0.0.1:7878") and is_remote("https://x/sparql")
    assert not is_remote(tmp_path / "store")
    remote = Store.open("http://127.0.0.1:9/")
    assert isinstance(remote, RemoteStore)
    assert remote.endpoints.query == "http://127.0.0.1:9/query"
    with Store.open(tmp_path / "nested" / "store") as local:  # parents are made
        assert isinstance(local, LocalStore)


def test_query_takes_pyoxigraph_keywords(tmp_path: Path) -> None:
    """Code written for a pyoxigraph store (the exporters) can be handed ours."""
    with Store.open(tmp_path / "s") as store:
        build_file(store, SEED)
        union = store.query("SELECT * WHERE { ?s a dkg:Debate }", use_default_graph_as_union=True)
        plain = store.query("SELECT * WHERE { ?s a dkg:Debate }", use_default_graph_as_union=False)
        assert isinstance(union, ox.QuerySolutions) and isinstance(plain, ox.QuerySolutions)
        assert len(list(union)) == 4 and list(plain) == []


def test_built_sources_and_is_built(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s") as store:
        assert store.built_sources() == {}
        build_file(store, SEED)
        source, sha, registry = source_of(SEED), file_sha256(SEED), build_fingerprint(store)
        assert store.built_sources() == {source: (sha, str(iris.BUILDER), registry)}
        assert store.built_sources()[source].same_build(registry)
        assert store.is_built(source, sha, registry)
        assert not store.is_built(source, "0" * 64, registry)
        assert not store.is_built(source, sha, "0" * 64)  # linked with another registry


def test_load_nquads_on_disk_and_in_memory(tmp_path: Path) -> None:
    data = b'<http://e/s> <http://e/p> "o" <http://e/g> .\n'
    for store in (Store.memory(), Store.open(tmp_path / "s")):
        with store:
            store.load_nquads(data)
            store.load_nquads(data)  # a set: loading twice keeps one copy
            assert store.count_quads() == 1
            assert store.contains_graph("http://e/g")
    with Store.open(tmp_path / "s") as store, pytest.raises(StoreError):
        store.load_nquads(b"not n-quads")


def test_closed_store_says_so(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s")
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        store.count_quads()


def test_add_nquads_is_one_transaction(tmp_path: Path) -> None:
    good = b'<http://e/s> <http://e/p> "o" <http://e/g> .\n'
    with Store.open(tmp_path / "s") as store:
        with pytest.raises(StoreError, match="writing N-Quads failed"):
            store.add_nquads(good * 3 + b"<http://e/s> broken .\n")
        assert store.count_quads() == 0  # nothing of the batch was written
        store.add_nquads(good)
        assert store.count_quads() == 1


def test_readers_open_a_snapshot_and_know_when_it_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEBATE_KG_PUBLISH_SECONDS", "0")
    location = tmp_path / "s"
    data = b'<http://e/s> <http://e/p> "o" <http://e/g> .\n'
    with Store.open(location) as writer:
        writer.add_nquads(data)
        writer.checkpoint()  # publishes: readers see the committed quad
        reader = Store.open(location, read_only=True)
        assert isinstance(reader, LocalStore) and reader.snapshot is not None
        assert reader.count_quads() == 1 and not reader.stale
        writer.add_nquads(data.replace(b'"o"', b'"p"'))
    assert reader.stale and reader.count_quads() == 1  # closing the writer published anew
    reader.close()
    with Store.open(location, read_only=True) as again:
        assert again.count_quads() == 2


def test_reading_a_folder_without_a_store_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no store here"):
        Store.open(tmp_path / "empty", read_only=True)


def test_closing_a_writer_leaves_no_spent_write_ahead_logs(tmp_path: Path) -> None:
    """RocksDB keeps its logs after a transactional build; closing drops them (the data stays)."""
    from graph.pipeline import build_file
    from tests.conftest import SEEDS

    location = tmp_path / "store"

    def log_bytes() -> int:
        return sum(p.stat().st_size for p in location.glob("*.log"))

    store = Store.open(location)
    for path in sorted(SEEDS.glob("*.txt")):
        build_file(store, path)
    store.flush()
    before = log_bytes()
    quads = store.count_quads()
    store.close()
    assert before > 100_000
    assert log_bytes() < before / 10
    with Store.open(location, read_only=True) as reader:
        assert reader.count_quads() == quads


def test_a_parallel_cli_build_leaves_no_spent_write_ahead_logs(tmp_path: Path) -> None:
    """Worker processes may share the writer lock's file; the logs still go on close."""
    from click.testing import CliRunner

    from graph.cli import cli
    from tests.conftest import SEEDS

    location = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--store", str(location), "-j", "2"])
    assert result.exit_code == 0, result.output
    assert sum(p.stat().st_size for p in location.glob("*.log")) < 50_000


@pytest.mark.parametrize("run", range(3))
def test_a_closed_store_shares_every_table_file_with_its_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: int
) -> None:
    """The last snapshot costs no disk: compactions that end after the writer published
    it would leave the files they replaced in it alone (a sixth of a 1000x build)."""
    from graph.store import snapshots

    monkeypatch.setenv("DEBATE_KG_PUBLISH_SECONDS", "0")  # a snapshot after every batch
    location = tmp_path / "store"
    with Store.open(location) as store:
        for batch in range(4):  # each bulk load adds level-0 tables: compactions follow
            store.load_nquads(
                "".join(
                    f'<http://x/s{batch}-{i}> <http://x/p{i % 7}> "{run} {i}" <http://x/g{i % 50}> .\n'
                    for i in range(5000)
                ).encode()
            )
            store.checkpoint()
    newest = snapshots.latest(location)
    assert newest is not None and snapshots.snapshots(location) == [newest]

    def tables(folder: Path) -> dict[int, str]:
        return {p.stat().st_ino: p.name for p in folder.glob("*.sst")}

    only_in_snapshot = set(tables(newest)) - set(tables(location))
    assert not only_in_snapshot, sorted(tables(newest)[i] for i in only_in_snapshot)
    with Store.open(location, read_only=True) as reader:
        assert reader.count_quads() == 20_000
