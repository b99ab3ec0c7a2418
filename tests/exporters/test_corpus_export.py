"""The GraphML of a real sitting built with the real member registry (skipped without it)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from exporters.builder import local_name
from exporters.registry import export_graphml
from graph.pipeline import build_file
from graph.registry.rdf import import_files
from graph.store import Store
from tests.exporters.graphml_checks import check_graphml, graphml_schema_dir

SITTING = "twfy_debates_2016_2021/xml/debates2020-12-14b.xml"
REGISTRY = ("parlparse_members/all-members.xml", "parlparse_members/constituencies.json")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from tests.conftest import corpus_dir

    corpus = corpus_dir()
    files = [corpus / name for name in (*REGISTRY, SITTING)]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        pytest.skip(f"real-data corpus files not found: {', '.join(missing)}")
    folder = tmp_path_factory.mktemp("corpus-graphml")
    store = Store.open(folder / "store")
    import_files(store, files[:-1])
    build_file(store, files[-1])
    default, everyone = folder / "default.graphml", folder / "all.graphml"
    export_graphml(store.inner, default)
    export_graphml(store.inner, everyone, all_registry=True)
    return default, everyone


@pytest.mark.corpus
def test_default_has_no_isolated_or_unnamed_nodes(exported: tuple[Path, Path]) -> None:
    default, _ = exported
    assert check_graphml(default, schema_dir=graphml_schema_dir()) == []
    graph = nx.read_graphml(default, force_multigraph=True)
    assert not [n for n in graph if graph.degree(n) == 0]
    types = Counter(attrs["type"] for _, attrs in graph.nodes(data=True))
    assert "Resource" not in types and types["Organisation"] > 0
    slugs = [
        attrs["label"]
        for _, attrs in graph.nodes(data=True)
        if attrs["label"] == local_name(attrs["iri"]) and not attrs["label"].istitle()
    ]
    assert slugs == []


@pytest.mark.corpus
def test_all_registry_adds_only_people_and_what_they_hold(exported: tuple[Path, Path]) -> None:
    default, everyone = exported
    assert check_graphml(everyone) == []
    small = nx.read_graphml(default, force_multigraph=True)
    large = nx.read_graphml(everyone, force_multigraph=True)
    added = Counter(large.nodes[n]["type"] for n in set(large) - set(small))
    assert set(small) <= set(large)
    assert added["Person"] > 5 * Counter(a["type"] for _, a in small.nodes(data=True))["Person"]
    assert set(added) <= {"Person", "Constituency", "Party", "Office", "House"}
    # Everyone the default keeps speaks, votes, is mentioned or is in a commitment.
    for node, attrs in small.nodes(data=True):
        if attrs["type"] == "Person":
            kinds = {a["type"] for _, _, a in small.out_edges(node, data=True)}
            kinds |= {a["type"] for _, _, a in small.in_edges(node, data=True)}
            assert kinds - {"member_for", "member_of", "holds"}, node
