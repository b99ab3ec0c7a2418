"""GraphML that Gephi, Cytoscape, yEd, igraph and networkx open: the writer's promises."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest

import exporters.graphml as graphml
from exporters.graphml import node_id, write_graphml
from graph.errors import ExportError
from tests.exporters.graphml_checks import check_graphml, graphml_schema_dir, schema_errors

SCHEMA_DIR = graphml_schema_dir()
needs_schema = pytest.mark.skipif(
    SCHEMA_DIR is None,
    reason="GraphML schema not found: set DEBATE_KG_SHARED or put shared/ beside the repo",
)


@pytest.fixture
def written(small_graph: nx.MultiDiGraph, tmp_path: Path) -> Path:
    path = tmp_path / "small.graphml"
    write_graphml(small_graph, path)
    return path


def test_fixture_export_has_no_problems(written: Path) -> None:
    assert check_graphml(written) == []


@needs_schema
def test_fixture_export_is_valid_graphml(written: Path) -> None:
    assert SCHEMA_DIR is not None
    assert schema_errors(written, SCHEMA_DIR) == []
    assert check_graphml(written, schema_dir=SCHEMA_DIR) == []


def test_key_ids_are_named_and_distinct_per_domain(written: Path) -> None:
    text = written.read_text(encoding="utf-8")
    key_ids = re.findall(r'<key id="([^"]+)"', text)
    assert len(key_ids) == len(set(key_ids))
    assert not [k for k in key_ids if re.fullmatch(r"d\d+", k)]
    assert {"node_label", "node_name", "node_type", "edge_label", "edge_interaction"} <= set(
        key_ids
    )


def test_ids_come_from_iris(written: Path) -> None:
    text = written.read_text(encoding="utf-8")
    assert '<node id="person_yvette-cooper">' in text
    assert '<node id="debate_000_815e4f78c80070a6_1_speech_3">' in text
    assert '<data key="node_iri">https://w3id.org/debate-kg/id/person/yvette-cooper</data>' in text


def test_non_ascii_survives_and_control_characters_do_not(written: Path) -> None:
    raw = written.read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert "Renée £ Pound".encode() in raw
    assert "we will invest £2 million".encode() in raw
    assert b"\x07" not in raw and b"&#7;" not in raw
    assert b"Tabs\tand new\nlines survive; the bell does not." in raw
    read = nx.read_graphml(str(written), force_multigraph=True)
    assert read.nodes["person_renee-pound"]["label"] == "Renée £ Pound"


def test_types_read_back(written: Path) -> None:
    text = written.read_text(encoding="utf-8")
    assert '<key id="node_member" for="node" attr.name="member" attr.type="boolean"/>' in text
    assert '<data key="node_member">true</data>' in text
    assert '<data key="node_member">false</data>' in text
    read = nx.read_graphml(str(written), force_multigraph=True)
    commitment = read.nodes["debate_000_815e4f78c80070a6_1_speech_1_commitment_1"]
    assert commitment["amount_gbp"] == 2_000_000.0
    assert commitment["deadline"] == "2025-04-20"
    assert read.nodes["person_gavin-robinson"]["member"] is True
    assert read.nodes["debate_000_815e4f78c80070a6_1_speech_1"]["position"] == 1


def test_igraph_reads_attributes(written: Path) -> None:
    igraph = pytest.importorskip("igraph")
    graph = igraph.Graph.Read_GraphML(str(written))
    assert graph.is_directed()
    names = set(graph.vs["name"])
    assert {"Yvette Cooper", "Democratic Unionist Party"} <= names
    assert set(graph.es["interaction"]) >= {"spoke_in", "mentions", "made"}


def test_writing_twice_gives_identical_bytes(
    small_graph: nx.MultiDiGraph, written: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.graphml"
    write_graphml(small_graph, again)
    assert again.read_bytes() == written.read_bytes()


def test_failed_write_leaves_the_old_file_and_no_temporary(
    small_graph: nx.MultiDiGraph, written: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = written.read_bytes()
    partial: list[int] = []

    def broken(*args: object) -> dict[str, object]:
        # By the first edge the header and every node are in the temporary file.
        partial.extend(p.stat().st_size for p in written.parent.glob(".*.part"))
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(graphml, "_CHUNK", 1)  # write through at once
    monkeypatch.setattr(graphml, "_edge_values", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_graphml(small_graph, written)
    assert len(partial) == 1 and partial[0] > 1000
    assert written.read_bytes() == before
    assert [p.name for p in written.parent.iterdir()] == [written.name]


def test_failed_first_write_leaves_nothing(
    small_graph: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(graphml, "_edge_values", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        write_graphml(small_graph, tmp_path / "new.graphml")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_an_export_error(small_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_graphml(small_graph, tmp_path / "no" / "such.graphml")


def test_dash_writes_to_stdout(
    small_graph: nx.MultiDiGraph, written: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write_graphml(small_graph, "-")
    assert capsysbinary.readouterr().out == written.read_bytes()


def awkward_graph() -> nx.MultiDiGraph:
    """Values networkx's writer rejects, ids that are not NMTOKENs, ids that clash."""
    graph = nx.MultiDiGraph()
    graph.graph["note"] = "made by a test"
    graph.add_node("a b", when=dt.date(2025, 1, 16), tags=["x", "y"], extra={"k": 1}, gone=None)
    graph.add_node("https://example.org/x#y/z", money=Decimal("2.50"), flag=True)
    graph.add_node("https://w3id.org/debate-kg/id/a/b_c", mixed=1)
    graph.add_node("https://w3id.org/debate-kg/id/a_b/c", mixed="one")
    graph.add_node(("tuple", 1), number=1)
    graph.add_node("float", number=2.5, label=7)
    graph.add_edge("a b", "float", weight=1)
    graph.add_edge("a b", "float", weight=0.5, label="second")
    graph.add_edge("float", "a b", key="k", interaction="pp", ok=False, text="bell\x07")
    return graph


def test_awkward_values_are_coerced(tmp_path: Path) -> None:
    path = tmp_path / "awkward.graphml"
    write_graphml(awkward_graph(), path)
    assert check_graphml(path, schema_dir=SCHEMA_DIR) == []
    text = path.read_text(encoding="utf-8")
    assert 'attr.name="mixed" attr.type="string"' in text
    assert 'attr.name="number" attr.type="double"' in text
    assert 'attr.name="weight" attr.type="double"' in text
    assert 'attr.name="label" attr.type="string"' in text
    assert '<data key="node_tags">["x", "y"]</data>' in text
    assert '<data key="node_when">2025-01-16</data>' in text
    assert "gone" not in text
    read = nx.read_graphml(str(path), force_multigraph=True)
    ids = list(read.nodes)
    assert len(ids) == len(set(ids)) == 6
    assert sum(i.startswith("a_b_c-") for i in ids) == 2  # the clash got hash suffixes
    assert read.graph["note"] == "made by a test"


def test_node_ids() -> None:
    assert node_id("https://w3id.org/debate-kg/id/house/house-of-commons") == (
        "house_house-of-commons"
    )
    assert node_id("http://www.w3.org/2004/02/skos/core#Concept") == "skos_Concept"
    assert re.fullmatch(r"[A-Za-z0-9._-]+", node_id("urn:x:é £/#?"))


def test_integers_beyond_what_a_double_holds_are_strings(tmp_path: Path) -> None:
    """igraph reads every ``long`` as a double: only exact ones are declared ``long``."""
    graph = nx.MultiDiGraph()
    graph.add_node("a", small=2**53, big=2**53 + 1)
    graph.add_node("b", small=-(2**53), big=1)
    path = tmp_path / "ints.graphml"
    write_graphml(graph, path)
    text = path.read_text(encoding="utf-8")
    assert 'attr.name="small" attr.type="long"' in text
    assert 'attr.name="big" attr.type="string"' in text
    assert f'<data key="node_big">{2**53 + 1}</data>' in text
