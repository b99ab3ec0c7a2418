"""``debate-kg validate`` integrity checks: a tampered store fails each, naming the IRI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, URIRef

from graph.cli import cli
from graph.pipeline import build_file
from graph.store import Store
from graph.store.snapshots import SNAPSHOTS
from graph.validate import CHECKS, integrity, sample_graph, target_classes, validate
from ontology import DKG, PREFIXES, shapes_path
from tests.conftest import SEED


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("integrity") / "store"
    with Store.open(location) as store:
        build_file(store, SEED)
    return location


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Path:
    """A private copy of the seed store to tamper with."""
    copy = tmp_path / "store"
    shutil.copytree(built, copy, ignore=shutil.ignore_patterns(SNAPSHOTS))
    return copy


def first(store: Store, sparql: str) -> str:
    rows = store.query(sparql + " ORDER BY ?x LIMIT 1")
    assert isinstance(rows, ox.QuerySolutions)
    (row,) = list(rows)
    return str(row["x"].value)


def tamper(location: Path, update: str) -> None:
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    with Store.open(location) as s:
        s.update(prologue + update)


def problems(location: Path) -> set[tuple[str, str]]:
    with Store.open(location, read_only=True) as s:
        return {(v.check, v.node) for v in integrity(s)}


def test_a_clean_build_has_no_problems(store: Path) -> None:
    assert problems(store) == set()
    result = CliRunner().invoke(cli, ["validate", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_every_check_has_a_tamper_test() -> None:
    tested = {"speech-debate", "speech-debate-type", "speech-speaker"}
    tested |= {"commitment-evidence", "mention-evidence", "orphan-graph"}
    assert {c.name for c in CHECKS} == tested


def test_speech_without_its_debate(store: Path) -> None:
    with Store.open(store, read_only=True) as s:
        speech = first(s, "SELECT ?x WHERE { ?x a dkg:Speech }")
    tamper(store, f"DELETE WHERE {{ GRAPH ?g {{ <{speech}> dkg:debate ?d }} }}")
    assert problems(store) == {("speech-debate", speech)}


def test_speech_with_two_debates_or_a_debate_that_is_not_one(store: Path) -> None:
    with Store.open(store, read_only=True) as s:
        speech = first(s, "SELECT ?x WHERE { ?x a dkg:Speech }")
        other = first(s, f"SELECT ?x WHERE {{ ?x a dkg:Speech FILTER (?x != <{speech}>) }}")
    tamper(store, f"INSERT DATA {{ GRAPH <urn:g> {{ <{speech}> dkg:debate <urn:x:debate> }} }}")
    tamper(
        store,
        f"DELETE {{ GRAPH ?g {{ <{other}> dkg:debate ?d }} }}"
        f" INSERT {{ GRAPH ?g {{ <{other}> dkg:debate <urn:x:nothing> }} }}"
        f" WHERE {{ GRAPH ?g {{ <{other}> dkg:debate ?d }} }}",
    )
    found = problems(store)
    assert ("speech-debate", speech) in found
    assert ("speech-debate-type", speech) in found and ("speech-debate-type", other) in found
    assert ("orphan-graph", "urn:g") in found


def test_speech_without_a_speaker(store: Path) -> None:
    with Store.open(store, read_only=True) as s:
        speech = first(s, "SELECT ?x WHERE { ?x a dkg:Speech ; dkg:speaker ?p }")
    tamper(
        store,
        f"DELETE WHERE {{ GRAPH ?g {{ <{speech}> dkg:speaker ?p }} }};"
        f"DELETE WHERE {{ GRAPH ?g {{ <{speech}> dkg:speakerReason ?r }} }}",
    )
    assert problems(store) == {("speech-speaker", speech)}


def test_an_unresolved_speaker_with_a_reason_is_fine(store: Path) -> None:
    with Store.open(store, read_only=True) as s:
        speech = first(s, "SELECT ?x WHERE { ?x a dkg:Speech ; dkg:speaker ?p }")
    tamper(store, f"DELETE WHERE {{ GRAPH ?g {{ <{speech}> dkg:speaker ?p }} }}")
    assert problems(store) == set()


@pytest.mark.parametrize(
    ("kind", "check", "edit", "shift"),
    [
        ("dkg:Commitment", "commitment-evidence", "exact", 0),
        ("dkg:Commitment", "commitment-evidence", "start", 1),  # the quote no longer matches
        ("dkg:Mention", "mention-evidence", "end", 100_000),  # past the end of the text
        ("dkg:Mention", "mention-evidence", "start", 100_000),  # after its end
        ("dkg:Mention", "mention-evidence", "none", 0),
    ],
)
def test_evidence_that_does_not_point_at_its_text(
    store: Path, kind: str, check: str, edit: str, shift: int
) -> None:
    with Store.open(store, read_only=True) as s:
        node = first(s, f"SELECT ?x WHERE {{ ?x a {kind} }}")
    where = f"GRAPH ?g {{ <{node}> dkg:evidence ?sel . ?sel oa:{edit} ?v }}"
    changes = {
        "exact": f'DELETE {{ {where} }} INSERT {{ GRAPH ?g {{ ?sel oa:exact "not what was said" }} }}',
        "start": f"DELETE {{ {where} }} INSERT {{ GRAPH ?g {{ ?sel oa:start ?v2 }} }}",
        "end": f"DELETE {{ {where} }} INSERT {{ GRAPH ?g {{ ?sel oa:end ?v2 }} }}",
        "none": f"DELETE {{ GRAPH ?g {{ <{node}> dkg:evidence ?sel }} }}",
    }
    if edit == "none":
        where = f"GRAPH ?g {{ <{node}> dkg:evidence ?sel }}"
    bind = f" BIND (?v + {shift} AS ?v2)" if edit in ("start", "end") else ""
    tamper(store, f"{changes[edit]} WHERE {{ {where}{bind} }}")
    assert problems(store) == {(check, node)}


def test_mention_evidence_is_a_span_without_a_quote(store: Path) -> None:
    """The compact contract: a mention's selector has offsets and no type or quote."""
    with Store.open(store, read_only=True) as s:
        found = s.query(
            "SELECT ?p WHERE { ?m a dkg:Mention ; dkg:evidence ?sel . ?sel ?p ?o } GROUP BY ?p"
        )
        assert isinstance(found, ox.QuerySolutions)
        assert {str(row["p"].value) for row in found} == {
            "http://www.w3.org/ns/oa#start",
            "http://www.w3.org/ns/oa#end",
        }


def test_orphan_graphs_of_a_source_without_its_hash_marker(store: Path) -> None:
    with Store.open(store, read_only=True) as s:
        source = first(s, "SELECT ?x WHERE { ?x a dkg:SourceDocument }")
        debates = s.query(f"SELECT ?d WHERE {{ ?d prov:wasDerivedFrom <{source}> }}")
        assert isinstance(debates, ox.QuerySolutions)
        graphs = {source} | {str(row["d"].value) for row in debates}
    tamper(store, f"DELETE WHERE {{ GRAPH <{source}> {{ <{source}> dkg:sha256 ?h }} }}")
    assert problems(store) == {("orphan-graph", g) for g in graphs}


def test_cli_lists_each_problem_and_exits_1(store: Path) -> None:
    with Store.open(store, read_only=True) as s:
        speech = first(s, "SELECT ?x WHERE { ?x a dkg:Speech }")
    tamper(store, f"DELETE WHERE {{ GRAPH ?g {{ <{speech}> dkg:debate ?d }} }}")
    result = CliRunner().invoke(cli, ["validate", "--no-shacl", "--store", str(store)])
    assert result.exit_code == 1
    assert f"speech-debate: <{speech}>: a speech without exactly one dkg:debate" in result.output
    assert "error: 1 integrity problem(s)" in result.output


def test_shacl_on_a_sample_finds_a_broken_shape(store: Path) -> None:
    """The sampled SHACL still sees a node that breaks a shape (the integrity checks do not)."""
    with Store.open(store, read_only=True) as s:
        speech = first(s, "SELECT ?x WHERE { ?x a dkg:Speech }")
    tamper(
        store,
        f"DELETE {{ GRAPH ?g {{ <{speech}> dkg:position ?p }} }}"
        f" INSERT {{ GRAPH ?g {{ <{speech}> dkg:position 0 }} }}"
        f" WHERE {{ GRAPH ?g {{ <{speech}> dkg:position ?p }} }}",
    )
    with Store.open(store, read_only=True) as s:
        assert problems(store) == set()
        report = validate(s, sample=1000)
    assert not report.conforms and speech in report.text
    assert report.sample == 1000 and report.focus > 0


def test_sample_graph_is_bounded_and_keeps_what_shapes_read(store: Path) -> None:
    with Store.open(store, read_only=True) as s:
        shapes = Graph().parse(shapes_path(), format="turtle")
        data, focus = sample_graph(s, shapes, 2)
    classes = {URIRef(c) for c in target_classes(shapes)}
    assert focus and len(focus) <= 2 * len(classes)
    speeches = [f for f in focus if (f, RDF.type, URIRef(DKG.Speech)) in data]
    assert speeches
    debate = data.value(speeches[0], URIRef(DKG.debate))
    assert debate is not None and (debate, RDF.type, URIRef(DKG.Debate)) in data


def test_a_subclass_is_checked_by_its_superclass_shape() -> None:
    """No RDFS inference runs, yet a node typed only dkg:Member meets dkg:Person's shape
    (SHACL follows the ontology's rdfs:subClassOf, which goes in with the data)."""
    store = Store.memory()
    member = "https://w3id.org/debate-kg/id/person/example/nameless"
    store.update(
        f"INSERT DATA {{ GRAPH <{DKG}g> {{ <{member}> a <{DKG.Member}> }} }}"  # no foaf:name
    )
    report = validate(store, sample=10)
    assert not report.conforms and member in report.text and "name" in report.text
