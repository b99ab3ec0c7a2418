"""Exports of the graph built from seeds/: what graph tools and RDF tools will open."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from exporters import EXPORTERS
from graph.store import Store
from tests.exporters.graphml_checks import check_graphml, graphml_schema_dir


def test_seed_graphml_passes_every_check(seed_store: Store, tmp_path: Path) -> None:
    schema = graphml_schema_dir()
    if schema is None:
        pytest.skip("GraphML XSD not found (../shared/schemas/graphml); other checks ran elsewhere")
    out = tmp_path / "seed.graphml"
    EXPORTERS["graphml"](seed_store.inner, out)
    assert check_graphml(out, schema_dir=schema) == []


def test_seed_graphml_content(seed_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "seed.graphml"
    EXPORTERS["graphml"](seed_store.inner, out)
    assert check_graphml(out) == []  # everything but the XSD, which needs ../shared
    g = nx.read_graphml(out)
    people = {d["name"] for _, d in g.nodes(data=True) if d["type"] == "Person"}
    assert {"Yvette Cooper", "Judith Cummins", "Jess Phillips", "Jim Shannon"} <= people
    types = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"spoke_in", "said", "spoken_as", "holds", "mentions", "member_for", "made"} <= types
    debates = [d for _, d in g.nodes(data=True) if d["type"] == "Debate"]
    assert len(debates) == 4
    money = [d for _, d in g.nodes(data=True) if d["type"] == "Commitment" and "amount_gbp" in d]
    assert {d["amount_gbp"] for d in money} >= {2_000_000.0, 5_000_000.0}
    assert "£" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_format_is_deterministic(seed_store: Store, tmp_path: Path, fmt: str) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    EXPORTERS[fmt](seed_store.inner, first)
    EXPORTERS[fmt](seed_store.inner, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size > 1000


def test_registry_memberships_become_edges(tmp_path: Path) -> None:
    """With ``all_registry``, people known only from a registry link to their seat and party."""
    from exporters import project
    from graph.registry.rdf import import_files
    from tests.graph.link.registry_fixture import write_registry

    store = Store.open(tmp_path / "store")
    import_files(store, [write_registry(tmp_path)])
    assert project(store.inner).number_of_nodes() == 0  # nobody in it takes part in a debate
    g = project(store.inner, all_registry=True)
    kinds = {(g.nodes[u]["type"], k, g.nodes[v]["type"]) for u, v, k in g.edges(keys=True)}
    assert ("Person", "member_of", "Party") in kinds
    assert ("Person", "member_for", "Constituency") in kinds
