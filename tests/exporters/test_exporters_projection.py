"""The property-graph projection of the small fixture graph."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from exporters.projection import project

ID = "https://w3id.org/debate-kg/id/"
DEBATE = f"{ID}debate/000_815e4f78c80070a6/1"
SPEECH_1 = f"{DEBATE}/speech/1"
COMMITMENT = f"{SPEECH_1}/commitment/1"
YVETTE = f"{ID}person/yvette-cooper"
DKG = "https://w3id.org/debate-kg/ontology#"
JIM = f"{ID}person/jim-shannon"


def types(graph: nx.MultiDiGraph) -> Counter[str]:
    return Counter(attrs["type"] for _, attrs in graph.nodes(data=True))


def edge_types(graph: nx.MultiDiGraph) -> Counter[str]:
    return Counter(key for _, _, key in graph.edges(keys=True))


#: The default projection: the five speakers and a member who only votes; the seats of
#: the members kept and a seat that is mentioned; what the speeches mention.
NODES = {
    "Person": 6,
    "Speech": 5,
    "Debate": 2,
    "Office": 2,
    "Constituency": 3,
    "Party": 1,
    "House": 1,
    "Commitment": 1,
    "Actor": 1,
    "Organisation": 1,
    "Legislation": 1,
    "Place": 1,
}
EDGES = {
    "said": 5,
    "part_of": 5,
    "spoke_in": 5,
    "spoken_as": 2,
    "holds": 2,
    "mentions": 5,
    "member_for": 2,
    "member_of": 2,
    "in_house": 2,
    "made": 1,
    "made_in": 1,
    "commitment_in": 1,
    "actor": 1,
    "voted_in": 2,
    "participant_in": 5,
}
SAMMY = f"{ID}person/sammy-wilson"
GAVIN = f"{ID}person/gavin-robinson"


def test_nodes_of_every_kind(small_graph: nx.MultiDiGraph) -> None:
    assert types(small_graph) == NODES


def test_typed_edges(small_graph: nx.MultiDiGraph) -> None:
    assert edge_types(small_graph) == EDGES


def test_people_who_take_no_part_are_left_out(small_graph: nx.MultiDiGraph) -> None:
    # Sammy Wilson (a registry member) and Tessa Jowell (a registry office holder) never
    # speak, vote or get mentioned: gone, with East Antrim, Lagan Valley and her office.
    dropped = {
        f"{ID}{path}"
        for path in (
            "person/sammy-wilson",
            "person/tessa-jowell",
            "constituency/east-antrim",
            "constituency/lagan-valley",
            "office/minister-for-the-olympics",
        )
    }
    assert not dropped & set(small_graph)
    # Gavin Robinson only votes; North Down is only mentioned: both kept.
    assert small_graph.has_edge(GAVIN, f"{ID}constituency/belfast-east", "member_for")
    assert small_graph.has_edge(SPEECH_1, f"{ID}constituency/north-down", "mentions")
    assert not [n for n in small_graph if small_graph.degree(n) == 0]


def test_all_registry_keeps_everyone(small_store: ox.Store) -> None:
    graph = project(small_store, all_registry=True)
    assert types(graph) == NODES | {"Person": 8, "Office": 3, "Constituency": 5}
    assert edge_types(graph) == EDGES | {"holds": 3, "member_for": 3, "member_of": 3}
    isolated = sorted(n for n in graph if graph.degree(n) == 0)
    assert isolated == [f"{ID}constituency/lagan-valley"]


def test_votes(small_graph: nx.MultiDiGraph) -> None:
    voted = small_graph.edges[GAVIN, DEBATE, "voted_in"]
    assert (voted["votes"], voted["weight"]) == (1, 1)
    assert small_graph.nodes[GAVIN]["votes"] == 1
    assert small_graph.nodes[GAVIN]["speeches"] == 0
    assert small_graph.nodes[YVETTE]["votes"] == 0
    assert small_graph.has_edge(JIM, DEBATE, "voted_in")  # the unlinked vote is no edge


def test_mentioned_things_are_named_and_typed(small_graph: nx.MultiDiGraph) -> None:
    named = {
        small_graph.nodes[f"{ID}{path}"]["type"]: small_graph.nodes[f"{ID}{path}"]["label"]
        for path in (
            "organisation/home-office",
            "place/uk",
            "legislation/border-security-asylum-and-immigration-bill",
        )
    }
    assert named == {
        "Organisation": "Home Office",  # rdfs:label
        "Place": "UK",  # no label in the graph: made from the IRI
        "Legislation": "Border Security, Asylum and Immigration Bill",  # prefLabel first
    }
    for node, attrs in small_graph.nodes(data=True):
        assert attrs["label"] != node.rsplit("/", 1)[-1], node  # no slug for a label


def test_participants_take_part(small_store: ox.Store) -> None:
    store = ox.Store()
    store.extend(small_store)
    sammy, debate = ox.NamedNode(SAMMY), ox.NamedNode(DEBATE)
    store.add(ox.Quad(debate, ox.NamedNode(f"{DKG}participant"), sammy))
    graph = project(store)
    assert graph.has_edge(SAMMY, DEBATE, "participant_in")
    assert graph.has_edge(SAMMY, f"{ID}constituency/east-antrim", "member_for")


def test_every_node_and_edge_is_labelled(small_graph: nx.MultiDiGraph) -> None:
    for node, attrs in small_graph.nodes(data=True):
        assert attrs["label"] and attrs["name"] and attrs["type"], node
        assert attrs["iri"] == node
    for u, v, key, attrs in small_graph.edges(keys=True, data=True):
        assert attrs["label"] == attrs["type"] == attrs["interaction"] == key, (u, v)


def test_facts_repeated_in_two_named_graphs_count_once(small_graph: nx.MultiDiGraph) -> None:
    # Yvette Cooper's name and types are in both named graphs; Jim Shannon's party too.
    assert small_graph.nodes[YVETTE]["label"] == "Yvette Cooper"
    assert small_graph.nodes[YVETTE]["speeches"] == 1
    assert small_graph.number_of_edges(JIM, f"{ID}party/dup") == 1
    assert small_graph.edges[YVETTE, DEBATE, "spoke_in"]["speeches"] == 1


def test_people_parties_offices_and_holdings(small_graph: nx.MultiDiGraph) -> None:
    jim = small_graph.nodes[JIM]
    assert (jim["party"], jim["constituency"], jim["member"]) == ("DUP", "Strangford", True)
    assert small_graph.nodes[f"{ID}party/dup"]["abbreviation"] == "DUP"
    home = f"{ID}office/secretary-of-state-for-the-home-department"
    assert small_graph.nodes[home]["aliases"] == "Home Secretary"
    assert small_graph.has_edge(YVETTE, home, "holds")
    jess = f"{ID}person/jess-phillips"
    office = f"{ID}office/parliamentary-under-secretary-of-state-for-the-home-department"
    holds = small_graph.edges[jess, office, "holds"]
    assert (holds["first_observed"], holds["last_observed"]) == ("2025-01-16", "2025-01-16")
    assert small_graph.nodes[f"{ID}person/renee-pound"]["member"] is False


def test_registry_only_member_is_a_node_with_all_registry(small_store: ox.Store) -> None:
    sammy = project(small_store, all_registry=True).nodes[SAMMY]
    assert (sammy["label"], sammy["speeches"], sammy["party"]) == ("Sammy Wilson", 0, "DUP")


def test_debates_and_speeches(small_graph: nx.MultiDiGraph) -> None:
    debate = small_graph.nodes[DEBATE]
    assert debate["date"] == "2025-01-16"
    assert debate["location"] == "Commons Chamber"
    assert debate["speeches"] == 4
    assert "date" not in small_graph.nodes[f"{ID}debate/000_815e4f78c80070a6/2"]
    speech = small_graph.nodes[SPEECH_1]
    assert (speech["position"], speech["source_start"], speech["after_gap"]) == (1, 120, False)
    assert speech["label"] == "Yvette Cooper #1"
    assert small_graph.nodes[f"{DEBATE}/speech/3"]["after_gap"] is True
    mentions = small_graph.edges[SPEECH_1, JIM, "mentions"]
    assert (mentions["count"], mentions["kinds"]) == (1, "member-for")


def test_commitment(small_graph: nx.MultiDiGraph) -> None:
    commitment = small_graph.nodes[COMMITMENT]
    assert commitment["amount_gbp"] == pytest.approx(2_000_000.0)
    assert isinstance(commitment["amount_gbp"], float)
    assert commitment["currency"] == "GBP"
    assert commitment["deadline"] == "2025-04-20"
    assert commitment["deadline_text"] == "Before Easter"
    assert (commitment["category"], commitment["status"]) == ("Border security", "Announced")
    assert commitment["label"] == "we will invest £2 million before Easter"
    assert small_graph.has_edge(YVETTE, COMMITMENT, "made")
    assert small_graph.has_edge(COMMITMENT, DEBATE, "commitment_in")
    assert small_graph.has_edge(COMMITMENT, f"{ID}actor/the-government", "actor")


def test_without_speeches(small_store: ox.Store) -> None:
    graph = project(small_store, speeches=False)
    assert "Speech" not in types(graph)
    assert not {"said", "part_of", "spoken_as", "made_in"} & set(edge_types(graph))
    spoke = graph.edges[YVETTE, DEBATE, "spoke_in"]
    assert (spoke["speeches"], spoke["weight"]) == (1, 1)
    assert graph.edges[YVETTE, JIM, "mentions"]["count"] == 1
    assert graph.has_edge(COMMITMENT, DEBATE, "commitment_in")


def test_same_store_same_graph_in_the_same_order(small_store: ox.Store) -> None:
    first, second = project(small_store), project(small_store)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
    assert list(first.nodes) == sorted(first.nodes)


def test_empty_store() -> None:
    graph = project(ox.Store())
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (0, 0)


def test_projected_graph_is_the_networkx_graph(small_store: ox.Store) -> None:
    from exporters.projection import project_graph

    view = project_graph(small_store)
    graph = project(small_store)
    assert list(view.node_items()) == list(graph.nodes(data=True))
    assert list(view.edge_items()) == list(graph.edges(keys=True, data=True))
    # Walked twice (key types, then the text): the same both times.
    assert list(view.edge_items()) == list(view.edge_items())


def test_graphml_from_the_view_is_the_graphml_from_networkx(
    small_store: ox.Store, tmp_path: Path
) -> None:
    from exporters.graphml import write_graphml
    from exporters.projection import project_graph

    write_graphml(project(small_store), tmp_path / "a.graphml")
    write_graphml(project_graph(small_store), tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
