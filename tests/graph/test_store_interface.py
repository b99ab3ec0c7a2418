"""The store interface: one API for the embedded and the remote store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import iris
from graph.errors import StoreError
from graph.link import build_fingerprint
from graph.pipeline import build_file, file_sha256, source_of
from graph.remote import RemoteStore
from graph.store import LocalStore, Store, is_remote
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
