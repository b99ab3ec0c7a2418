"""The compact projection: edges as integers, texts in a temporary file, the same output."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import exporters.graphml as graphml
from exporters.builder import KINDS, Builder, ProjectedGraph
from exporters.graphml import write_graphml
from exporters.projection import project, project_graph

ID = "https://w3id.org/debate-kg/id/"
DKG = "https://w3id.org/debate-kg/ontology#"
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SDO_TEXT = "https://schema.org/text"


def test_kinds_are_sorted_so_integer_order_is_name_order() -> None:
    assert list(KINDS) == sorted(KINDS)


def test_edges_come_out_sorted_by_source_target_kind_without_repeats() -> None:
    b = Builder()
    # Numbered in the order first seen (c, a, b): the output must not follow that order.
    b.link("c", "a", "said")
    b.link("a", "b", "said")
    b.link("a", "b", "holds")
    b.link("a", "b", "said")  # a repeat
    b.count("b", "a", "mentions", "count", 2)
    b.count("b", "a", "mentions", "count", 3)
    b.close_edges()
    view = ProjectedGraph(b)
    edges = [(u, v, k, attrs.get("count")) for u, v, k, attrs in view.edge_items()]
    assert edges == [
        ("a", "b", "holds", None),
        ("a", "b", "said", None),
        ("b", "a", "mentions", 5),
        ("c", "a", "said", None),
    ]
    assert [node for node, _ in view.node_items()] == ["a", "b", "c"]
    assert {attrs["type"] for _, attrs in view.node_items()} == {"Resource"}
    assert list(view.edge_items()) == list(view.edge_items())  # walked twice, same


def test_speech_text_goes_to_the_file_and_comes_back() -> None:
    b = Builder()
    text = "Renée said £2m\ttabs\nlines " * 100
    ref = b.spill.put(text)
    b.speech("s", ("Someone #1", 1, ref, "Someone", False, 10, 20, None))
    view = ProjectedGraph(b)
    [(iri, attrs)] = list(view.node_items())
    assert (iri, attrs["text"], attrs["type"], attrs["position"]) == ("s", text, "Speech", 1)
    assert "column" not in attrs
    # Describing the speech again turns it into an ordinary node with the same values.
    b.node("s", "Person", label="Another")
    [(_, again)] = list(view.node_items())
    assert again["text"] == text and again["type"] == "Speech"
    assert again["label"] == "Another"  # the smaller of two labels
    view.close()
    assert b.spill.file.closed


def _store(*quads: tuple[str, str, object]) -> ox.Store:
    store = ox.Store()
    graph = ox.NamedNode(f"{ID}graph/test")
    for s, p, o in quads:
        obj = o if isinstance(o, ox.Literal) else ox.NamedNode(str(o))
        store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), obj, graph))
    return store


def _mention(n: int, speech: str, body: str, *kinds: str) -> list[tuple[str, str, object]]:
    m = f"{speech}/mention/{n}"
    quads: list[tuple[str, str, object]] = [
        (m, RDF_TYPE, f"{DKG}Mention"),
        (m, f"{OA}hasTarget", speech),
        (m, f"{OA}hasBody", body),
    ]
    quads += [(m, f"{DKG}mentionKind", ox.Literal(kind)) for kind in kinds]
    return quads


def test_mentions_counted_per_pair_with_their_kinds() -> None:
    speech, other, jim, ann = f"{ID}s/1", f"{ID}s/2", f"{ID}person/jim", f"{ID}person/ann"
    store = _store(
        (speech, RDF_TYPE, f"{DKG}Speech"),
        (other, RDF_TYPE, f"{DKG}Speech"),
        *_mention(1, speech, jim, "name", "member-for"),
        *_mention(2, speech, jim, "name"),
        *_mention(3, speech, ann),
        (other, f"{DKG}mentions", ann),  # bare: counts once
        (speech, f"{DKG}mentions", jim),  # already counted by its mentions
    )
    graph = project(store)
    assert graph.edges[speech, jim, "mentions"]["count"] == 2
    assert graph.edges[speech, jim, "mentions"]["kinds"] == "member-for,name"
    assert graph.edges[speech, ann, "mentions"]["count"] == 1
    assert "kinds" not in graph.edges[speech, ann, "mentions"]
    assert graph.edges[other, ann, "mentions"]["weight"] == 1


def test_a_text_stated_twice_keeps_the_smaller() -> None:
    speech = f"{ID}s/1"
    store = _store(
        (speech, RDF_TYPE, f"{DKG}Speech"),
        (speech, SDO_TEXT, ox.Literal("b second")),
        (speech, SDO_TEXT, ox.Literal("a first")),
    )
    store.add(
        ox.Quad(
            ox.NamedNode(speech),
            ox.NamedNode(SDO_TEXT),
            ox.Literal("b second"),
            ox.NamedNode(f"{ID}graph/other"),
        )
    )
    assert project(store).nodes[speech]["text"] == "a first"


def test_reused_edge_blocks_do_not_change_the_bytes(
    small_store: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = project_graph(small_store)
    write_graphml(view, tmp_path / "reused.graphml")
    monkeypatch.setattr(graphml, "_REUSED", 0)
    write_graphml(view, tmp_path / "fresh.graphml")
    view.close()
    assert (tmp_path / "reused.graphml").read_bytes() == (tmp_path / "fresh.graphml").read_bytes()


def test_planned_key_types_are_the_walked_ones(small_store: ox.Store) -> None:
    # Seeded as the writer seeds them: the required names are strings whatever the values.
    view = project_graph(small_store)
    for domain, walk, required in (
        ("node", [attrs for _, attrs in view.node_items()], graphml.NODE_REQUIRED),
        ("edge", [e[3] for e in view.edge_items()], graphml.EDGE_REQUIRED),
    ):
        planned: dict[str, str] = dict.fromkeys(required, "string")
        walked: dict[str, str] = dict.fromkeys(required, "string")
        for attrs in view.attribute_kinds(domain):
            graphml._merge_kinds(planned, attrs)
        for attrs in walk:
            graphml._merge_kinds(walked, attrs)
        assert planned == walked, domain
    view.close()
