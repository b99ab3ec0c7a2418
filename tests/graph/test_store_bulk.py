"""New documents are bulk-loaded: recorded first, markers after, a killed load dropped.

What a SIGKILL leaves is made here directly (bodies in the database, the record
beside it, markers missing), so each recovery path is checked without timing;
``test_crash_safety.py`` kills real builds.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import iris
from graph.errors import StoreError
from graph.pipeline import Extracted, build_file, extract_nquads
from graph.store import LOADING, Store, _record_loading
from graph.store.snapshots import folder
from tests.graph.build_helpers import dump, make_inputs
from tests.graph.test_crash_safety import by_graph, finished

ENTITIES = f"<{iris.ENTITIES_GRAPH}>".encode()


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> list[Extracted]:
    files = make_inputs(tmp_path_factory.mktemp("bulk") / "in", copies=3)
    return [extract_nquads(str(f)) for f in files]


def add(store: Store, *docs: Extracted) -> None:
    store.add_documents(
        b"".join(d.body for d in docs),
        b"".join(d.marker for d in docs),
        {d.source: d.graphs for d in docs},
    )


def reference(docs: list[Extracted], location: Path) -> dict[bytes, bytes]:
    with Store.open(location) as store:
        for d in docs:
            build_file(store, Path(d.path))
        return by_graph(dump(store))


def killed_after_bulk_load(location: Path, done: Extracted, *loading: Extracted) -> None:
    """The store as a build leaves it when killed after bulk-loading ``loading`` and
    before committing their markers, with ``done`` finished in an earlier batch."""
    with Store.open(location) as store:
        add(store, done)
    inner = ox.Store(str(location))
    inner.bulk_load(b"".join(d.body for d in loading), format=ox.RdfFormat.N_QUADS)
    del inner  # closes the database
    _record_loading(location, {d.source: d.graphs for d in loading})
    (folder(location) / "dirty").touch()  # a writer had it open and never closed it


def test_add_documents_is_the_same_graph_as_building_one_by_one(
    docs: list[Extracted], tmp_path: Path
) -> None:
    for store in (Store.memory(), Store.open(tmp_path / "s")):
        with store:
            add(store, *docs)
            assert by_graph(dump(store)) == reference(docs, tmp_path / "ref")
            assert finished(store) == {d.source for d in docs}
    assert not (folder(tmp_path / "s") / LOADING).exists()


@pytest.mark.parametrize("reader_first", [False, True])
def test_a_killed_bulk_load_is_dropped_before_anyone_sees_it(
    docs: list[Extracted], tmp_path: Path, reader_first: bool
) -> None:
    """Recovered by the next writer, or by a reader publishing for the killed writer."""
    location = tmp_path / "s"
    done, *loading = docs
    killed_after_bulk_load(location, done, *loading)
    with Store.open(location, read_only=reader_first) as store:
        got = by_graph(dump(store))
    clean = reference([done], tmp_path / "ref")
    assert set(got) == set(clean)  # nothing of the loading documents' own graphs
    assert all(got[g] == clean[g] for g in clean if g != ENTITIES)
    # Entity facts the killed load added stay (shared, not told apart): all from the
    # documents it was loading, and a re-run states them again.
    everything = reference(docs, tmp_path / "all")
    assert set(clean[ENTITIES].splitlines()) <= set(got[ENTITIES].splitlines())
    assert set(got[ENTITIES].splitlines()) <= set(everything[ENTITIES].splitlines())
    assert not (folder(location) / LOADING).exists()
    with Store.open(location, read_only=True) as store:  # the published snapshot agrees
        assert by_graph(dump(store)) == got


def test_documents_whose_markers_are_in_stay(docs: list[Extracted], tmp_path: Path) -> None:
    """Killed after the markers' transaction, before the record was removed."""
    location = tmp_path / "s"
    with Store.open(location) as store:
        add(store, *docs)
    _record_loading(location, {d.source: d.graphs for d in docs})
    with Store.open(location) as store:
        assert by_graph(dump(store)) == reference(docs, tmp_path / "ref")
    assert not (folder(location) / LOADING).exists()


def test_a_failed_bulk_load_leaves_nothing_of_its_documents(
    docs: list[Extracted], tmp_path: Path
) -> None:
    location = tmp_path / "s"
    first, second, third = docs
    with Store.open(location) as store:
        add(store, first)
        before = dump(store)
        with pytest.raises(StoreError, match="writing N-Quads failed"):
            store.add_documents(
                second.body + third.body + b"<http://e/s> broken .\n",
                second.marker + third.marker,
                {second.source: second.graphs, third.source: third.graphs},
            )
        assert dump(store) == before
        assert not (folder(location) / LOADING).exists()
    with Store.open(location, read_only=True) as store:
        assert dump(store) == before
