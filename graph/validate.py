"""Checking a built graph: referential integrity (SPARQL, fast) and SHACL shapes.

:func:`integrity` asks the store a few questions whose every answer row is a
broken promise of the query contract, naming the offending node:

* every speech has exactly one ``dkg:debate``, and it is a ``dkg:Debate``;
* every speech has a speaker: a ``dkg:speaker`` that is a ``dkg:Person``, or,
  unresolved, its ``dkg:attribution`` as printed and a ``dkg:speakerReason``;
* every commitment and every mention has evidence whose offsets select exactly
  its ``oa:exact`` text in the ``schema:text`` of its speech;
* every named graph belongs to something the store knows it built: a source
  document with its hash marker, a debate derived from one, an imported
  registry file, the shared entities graph, or the build-time summaries
  (:data:`graph.summaries.GRAPH`) (no orphan graphs).

They are index lookups and scans, so they finish on stores where pyshacl over the
same data does not (``benchmarks/results/design-notes.md``); :func:`validate`
runs the SHACL shapes of ``ontology/shapes.ttl`` on a union copy in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph

from graph import iris, summaries
from graph.store import Store
from ontology import ontology_path, shapes_path


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    text: str
    quads: int


@dataclass(frozen=True, slots=True)
class Check:
    """One integrity rule: ``sparql`` selects ``?node`` for each node breaking it."""

    name: str
    problem: str
    sparql: str


@dataclass(frozen=True, slots=True)
class Violation:
    check: str
    node: str
    problem: str

    def __str__(self) -> str:
        return f"{self.check}: <{self.node}>: {self.problem}"


def _evidence(kind: str, link: str) -> str:
    """Nodes of ``kind`` with no evidence selecting exactly their text in their speech."""
    return f"""
SELECT ?node WHERE {{
  ?node a {kind} .
  OPTIONAL {{
    ?node {link} ?speech ; dkg:evidence ?sel .
    ?speech schema:text ?text .
    ?sel oa:start ?start ; oa:end ?end ; oa:exact ?exact .
    BIND (?start <= ?end && SUBSTR(?text, ?start + 1, ?end - ?start) = ?exact AS ?ok)
  }}
}} GROUP BY ?node HAVING (SUM(IF(COALESCE(?ok, false), 1, 0)) = 0)"""


CHECKS = (
    Check(
        "speech-debate",
        "a speech without exactly one dkg:debate",
        "SELECT ?node WHERE { ?node a dkg:Speech OPTIONAL { ?node dkg:debate ?d } }"
        " GROUP BY ?node HAVING (COUNT(DISTINCT ?d) != 1)",
    ),
    Check(
        "speech-debate-type",
        "the speech's dkg:debate is not a dkg:Debate",
        "SELECT DISTINCT ?node WHERE { ?node a dkg:Speech ; dkg:debate ?d"
        " FILTER NOT EXISTS { ?d a dkg:Debate } }",
    ),
    Check(
        "speech-speaker",
        "a speech with neither a dkg:speaker who is a dkg:Person nor, unresolved,"
        " a dkg:attribution and a dkg:speakerReason",
        "SELECT ?node WHERE { ?node a dkg:Speech"
        " FILTER NOT EXISTS { ?node dkg:speaker ?p . ?p a dkg:Person }"
        " FILTER NOT EXISTS { ?node dkg:attribution ?a ; dkg:speakerReason ?r } }",
    ),
    Check(
        "commitment-evidence",
        "the commitment's evidence offsets do not select its exact text in its speech",
        _evidence("dkg:Commitment", "dkg:madeIn"),
    ),
    Check(
        "mention-evidence",
        "the mention's evidence offsets do not select its exact text in its speech",
        _evidence("dkg:Mention", "oa:hasTarget"),
    ),
    Check(
        "orphan-graph",
        "a named graph that belongs to no source document with a hash marker"
        " (nor to a registry file, the merged registry, the entities graph, the paths"
        " or the summaries)",
        f"""SELECT ?node WHERE {{
  GRAPH ?node {{}}
  FILTER (?node NOT IN (<{iris.ENTITIES_GRAPH}>, <{summaries.GRAPH}>, <{iris.REGISTRY_GRAPH}>,
                        <{iris.PATHS_GRAPH}>))
  FILTER NOT EXISTS {{ GRAPH ?node {{ ?node a dkg:RegistryFile }} }}
  FILTER NOT EXISTS {{ GRAPH ?node {{ ?node a dkg:SourceDocument ; dkg:sha256 ?sha }} }}
  FILTER NOT EXISTS {{
    GRAPH ?node {{ ?node prov:wasDerivedFrom ?source }}
    GRAPH ?source {{ ?source dkg:sha256 ?hash }}
  }}
}}""",
    ),
)


def integrity(store: Store, *, limit: int = 1000) -> list[Violation]:
    """Every broken reference in ``store`` (at most ``limit`` per check), in check order."""
    found: list[Violation] = []
    for check in CHECKS:
        rows = store.query(f"{check.sparql}\nORDER BY ?node LIMIT {limit}")
        assert isinstance(rows, ox.QuerySolutions)
        found += (Violation(check.name, row["node"].value, check.problem) for row in rows)
    return found


def union_graph(store: Store) -> Graph:
    """All graphs of ``store`` merged into one in-memory rdflib graph."""
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(triples, ox.QueryTriples)
    data = triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=data, format="ox-ntriples")


def validate(store: Store) -> ValidationReport:
    """Check every graph in ``store`` against the shapes; the ontology supplies the classes."""
    data = union_graph(store)
    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    conforms, _, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True
    )
    return ValidationReport(conforms=bool(conforms), text=str(text), quads=len(data))
