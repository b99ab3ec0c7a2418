"""The graph libraries people load our GraphML into: each reads what the file holds.

networkx, igraph, rustworkx and networkit are in the ``test`` extras; a reader that is
not installed is skipped, with its name in the reason.
"""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pyoxigraph as ox
import pytest
from lxml import etree  # type: ignore[import-untyped]  # no stubs in the venv

from exporters.graphml import write_graphml
from exporters.projection import project_graph
from tests.exporters.graphml_checks import GRAPHML, READERS


def _written(store: ox.Store, path: Path, *, all_registry: bool) -> Path:
    view = project_graph(store, all_registry=all_registry)
    try:
        write_graphml(view, path)
    finally:
        view.close()
    return path


def _file_counts(path: Path) -> tuple[int, int]:
    graph = etree.parse(str(path)).getroot().find(f"{GRAPHML}graph")
    return len(graph.findall(f"{GRAPHML}node")), len(graph.findall(f"{GRAPHML}edge"))


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("all_registry", [False, True], ids=["default", "all-registry"])
def test_every_reader_counts_the_nodes_and_edges_in_the_file(
    small_store: ox.Store, tmp_path: Path, reader: str, all_registry: bool
) -> None:
    module, counts_of = READERS[reader]
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")
    path = _written(small_store, tmp_path / "small.graphml", all_registry=all_registry)
    expected = _file_counts(path)
    assert expected[0] > 20 and expected[1] > 40  # the fixture, not an empty file
    assert counts_of(str(path)) == expected


def _declared(root: etree._Element, domain: str, kind: str) -> dict[str, str]:
    """Key id -> attribute name, for the keys of one domain and GraphML type."""
    return {
        key.get("id"): key.get("attr.name")
        for key in root.findall(f"{GRAPHML}key")
        if key.get("for") == domain and key.get("attr.type") == kind
    }


def test_igraph_reads_our_integers_as_whole_floats(small_store: ox.Store, tmp_path: Path) -> None:
    """igraph turns ``long`` into a double: every value must come back whole and exact."""
    igraph = pytest.importorskip("igraph", reason="igraph is not installed")
    path = _written(small_store, tmp_path / "small.graphml", all_registry=True)
    root = etree.parse(str(path)).getroot()
    graph = igraph.Graph.Read_GraphML(str(path))
    checked = 0
    for domain, elements, sequence in (
        ("node", root.iter(f"{GRAPHML}node"), graph.vs),
        ("edge", root.iter(f"{GRAPHML}edge"), graph.es),
    ):
        longs = _declared(root, domain, "long")
        assert longs, f"no {domain} attribute is declared long"
        # igraph keeps the file's order of nodes and of edges.
        for element, item in zip(elements, sequence, strict=True):
            written = {
                longs[d.get("key")]: int(d.text)
                for d in element.findall(f"{GRAPHML}data")
                if d.get("key") in longs
            }
            for name in longs.values():
                got = item[name]
                assert isinstance(got, float)
                if name in written:
                    assert got.is_integer() and int(got) == written[name], (domain, name)
                    checked += 1
                else:
                    assert math.isnan(got)  # no value written: igraph's missing number
    assert checked > 50


def test_counts_and_positions_are_declared_long(small_store: ox.Store, tmp_path: Path) -> None:
    root = etree.parse(str(_written(small_store, tmp_path / "s.graphml", all_registry=False)))
    nodes = set(_declared(root.getroot(), "node", "long").values())
    edges = set(_declared(root.getroot(), "edge", "long").values())
    assert {"speeches", "votes", "position", "source_start", "source_end"} <= nodes
    assert {"count", "speeches", "votes", "weight"} <= edges
