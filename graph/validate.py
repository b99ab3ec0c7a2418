"""Checking a built graph: referential integrity (SPARQL, fast) and SHACL shapes.

:func:`integrity` asks the store a few questions whose every answer row is a
broken promise of the query contract, naming the offending node:

* every speech has exactly one ``dkg:debate``, and it is a ``dkg:Debate``;
* every speech has a speaker: a ``dkg:speaker`` that is a ``dkg:Person``, or,
  unresolved, its ``dkg:attribution`` as printed and a ``dkg:speakerReason``;
* every commitment has evidence whose offsets select exactly
  its ``oa:exact`` text in the ``schema:text`` of its speech, and every mention
  evidence whose offsets select a non-empty span of that text (its words);
* every named graph belongs to something the store knows it built: a source
  document with its hash marker, a debate derived from one, an imported
  registry file, the shared entities graph, or the build-time summaries
  (:data:`graph.summaries.GRAPH`) (no orphan graphs).

Each check reads the store once (a store-wide query, or one query per named
graph for facts the contract keeps in one graph), so the checks cover every
node at any size.  :func:`validate` runs the SHACL shapes of
``ontology/shapes.ttl`` with pyshacl, which works on an in-memory copy: by
default on a sample (:func:`sample_graph`: the first ``sample`` instances of
each class a shape targets, in the store's order, with every triple about them
and about what they point at, three steps out), so its time and memory are
bounded whatever the store holds; ``sample=0`` copies the whole union graph (a
million quads take minutes and gigabytes).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH
from rdflib.term import Node

from graph import iris, summaries
from graph.store import Store
from ontology import ontology_path, shapes_path

#: Instances of each target class that SHACL checks by default (0: every node).
SAMPLE = 50
#: Steps from a sampled node whose triples come along: a holding's interval's instant
#: is two steps out, and the shapes follow ``sh:node`` and ``sh:class`` no further.
DEPTH = 2
#: Nodes per ``VALUES`` block when copying triples out of the store.
_BATCH = 500


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    text: str
    quads: int
    #: Focus nodes sampled per target class (0: the whole graph was checked).
    sample: int = 0
    #: Nodes the sample started from.
    focus: int = 0


@dataclass(frozen=True, slots=True)
class Check:
    """One integrity rule: ``sparql`` selects ``?node`` for each node breaking it.

    A ``per_graph`` rule is about facts the contract keeps in one document graph (a
    mention, its evidence and its speech's text): its ``sparql`` is a group pattern
    that :func:`integrity` asks of each named graph in turn, on every core, so that
    its hash tables hold one graph's nodes, not the whole store's.
    """

    name: str
    problem: str
    sparql: str
    per_graph: bool = False
    #: What follows a per-graph rule's ``WHERE`` (its ``GROUP BY`` and ``HAVING``).
    tail: str = ""


@dataclass(frozen=True, slots=True)
class Violation:
    check: str
    node: str
    problem: str

    def __str__(self) -> str:
        return f"{self.check}: <{self.node}>: {self.problem}"


def _evidence(kind: str, link: str, *, quoted: bool) -> str:
    """Nodes of ``kind`` with no evidence selecting a span of their speech's text, and
    if ``quoted``, exactly their ``oa:exact`` text (a group pattern, asked of each graph:
    see :class:`Check`).  A mention's evidence has no quote (the span is the words), so
    its check is that the span is in the text and not empty.

    Each property is read once in its own sub-select and hash-joined: written as one
    path, the engine looked each step up node by node, about 15 us a step (a graph
    of the 10M-quad store: 83 s for every mention's evidence; hash-joined, 11 s).
    """
    exact = "\n    { SELECT ?sel ?exact WHERE { ?sel oa:exact ?exact } }" if quoted else ""
    ok = (
        "?start <= ?end && SUBSTR(?text, ?start + 1, ?end - ?start) = ?exact"
        if quoted
        else "0 <= ?start && ?start < ?end && ?end <= STRLEN(?text)"
    )
    return f"""
  {{ SELECT ?node WHERE {{ ?node a {kind} }} }}
  OPTIONAL {{
    {{ SELECT ?node ?speech WHERE {{ ?node {link} ?speech }} }}
    {{ SELECT ?node ?sel WHERE {{ ?node dkg:evidence ?sel }} }}
    {{ SELECT ?sel ?start WHERE {{ ?sel oa:start ?start }} }}
    {{ SELECT ?sel ?end WHERE {{ ?sel oa:end ?end }} }}{exact}
    {{ SELECT ?speech ?text WHERE {{ ?speech schema:text ?text }} }}
    BIND ({ok} AS ?ok)
  }}"""


#: A node none of whose evidence rows is ``?ok``.
_NO_EVIDENCE = "GROUP BY ?node HAVING (SUM(IF(COALESCE(?ok, false), 1, 0)) = 0)"


CHECKS = (
    # The speech rules are store-wide: a fact about a speech in another graph (a second
    # debate) must be seen.  Each property is read once and hash-joined (see _evidence).
    Check(
        "speech-debate",
        "a speech without exactly one dkg:debate",
        "SELECT ?node WHERE { { SELECT ?node WHERE { ?node a dkg:Speech } }"
        " OPTIONAL { SELECT ?node ?d WHERE { ?node dkg:debate ?d } } }"
        " GROUP BY ?node HAVING (COUNT(DISTINCT ?d) != 1)",
    ),
    Check(
        "speech-debate-type",
        "the speech's dkg:debate is not a dkg:Debate",
        "SELECT DISTINCT ?node WHERE { { SELECT ?node WHERE { ?node a dkg:Speech } }"
        " { SELECT ?node ?d WHERE { ?node dkg:debate ?d } }"
        " OPTIONAL { SELECT ?d ?debate WHERE { ?d a ?debate FILTER (?debate = dkg:Debate) } }"
        " FILTER (!BOUND(?debate)) }",
    ),
    Check(
        "speech-speaker",
        "a speech with neither a dkg:speaker who is a dkg:Person nor, unresolved,"
        " a dkg:attribution and a dkg:speakerReason",
        # People are typed in the registry and entities graphs, not the speech's own:
        # a store-wide rule, each property read once and hash-joined.
        """SELECT DISTINCT ?node WHERE {
  { SELECT ?node WHERE { ?node a dkg:Speech } }
  OPTIONAL {
    { SELECT ?node ?p WHERE { ?node dkg:speaker ?p } }
    { SELECT ?p WHERE { ?p a dkg:Person } }
    BIND (true AS ?person)
  }
  OPTIONAL {
    { SELECT DISTINCT ?node WHERE { ?node dkg:attribution ?a } }
    { SELECT DISTINCT ?node WHERE { ?node dkg:speakerReason ?r } }
    BIND (true AS ?unresolved)
  }
  FILTER (!BOUND(?person) && !BOUND(?unresolved))
}""",
    ),
    Check(
        "commitment-evidence",
        "the commitment's evidence offsets do not select its exact text in its speech",
        _evidence("dkg:Commitment", "dkg:madeIn", quoted=True),
        per_graph=True,
        tail=_NO_EVIDENCE,
    ),
    Check(
        "mention-evidence",
        "the mention's evidence offsets do not select a span of its speech's text",
        _evidence("dkg:Mention", "oa:hasTarget", quoted=False),
        per_graph=True,
        tail=_NO_EVIDENCE,
    ),
    Check(
        "orphan-graph",
        "a named graph that belongs to no source document with a hash marker"
        " (nor to a registry file, the merged registry, the entities graph, the paths,"
        " the summaries or the follow-ups)",
        f"""SELECT ?node WHERE {{
  GRAPH ?node {{}}
  FILTER (?node NOT IN (<{iris.ENTITIES_GRAPH}>, <{summaries.GRAPH}>, <{iris.REGISTRY_GRAPH}>,
                        <{iris.PATHS_GRAPH}>, <{iris.FOLLOWUPS_GRAPH}>))
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
    """Every broken reference in ``store`` (at most ``limit`` per check), in check order.

    The queries run on every core (the engine releases the interpreter while it
    evaluates): the store-wide checks side by side, and the per-graph ones graph
    by graph.
    """
    graphs = _graph_names(store)
    jobs: list[tuple[Check, str | None]] = [(c, None) for c in CHECKS if not c.per_graph]
    jobs += [(c, g) for c in CHECKS if c.per_graph for g in graphs]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        answers = list(pool.map(lambda job: _ask(store, job[0], job[1], limit), jobs))
    nodes: dict[str, set[str]] = {c.name: set() for c in CHECKS}
    for (check, _), answer in zip(jobs, answers, strict=True):
        nodes[check.name] |= answer
    return [
        Violation(check.name, node, check.problem)
        for check in CHECKS
        for node in sorted(nodes[check.name])[:limit]
    ]


def _graph_names(store: Store) -> list[str]:
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
    assert isinstance(rows, ox.QuerySolutions)
    return sorted(row["g"].value for row in rows)


def _ask(store: Store, check: Check, graph: str | None, limit: int) -> set[str]:
    """The nodes breaking ``check`` (in ``graph``, for a per-graph check)."""
    if graph is None:
        sparql = f"{check.sparql}\nORDER BY ?node LIMIT {limit}"
    else:
        iri = ox.NamedNode(graph)  # validates the IRI before it goes in the query
        sparql = f"SELECT ?node WHERE {{ GRAPH {iri} {{ {check.sparql} }} }} {check.tail}"
    rows = store.query(sparql)
    assert isinstance(rows, ox.QuerySolutions)
    return {row["node"].value for row in rows}


def union_graph(store: Store) -> Graph:
    """All graphs of ``store`` merged into one in-memory rdflib graph."""
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(triples, ox.QueryTriples)
    data = triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=data, format="ox-ntriples")


def target_classes(shapes: Graph) -> list[str]:
    """The classes the shapes target (``sh:targetClass``), sorted."""
    return sorted(str(o) for o in shapes.objects(None, SH.targetClass) if isinstance(o, URIRef))


def _followed(shapes: Graph) -> tuple[set[str], set[str]]:
    """What the shapes look through: the paths whose values must conform to another
    shape (``sh:node``), and the classes whose shapes run SPARQL over their neighbours."""
    paths = {
        str(path)
        for prop in shapes.subjects(SH.node, None)
        for path in shapes.objects(prop, SH.path)
        if isinstance(path, URIRef)
    }
    sparql = {
        str(cls)
        for shape in shapes.subjects(SH.sparql, None)
        for cls in shapes.objects(shape, SH.targetClass)
    }
    return paths, sparql


def sample_graph(store: Store, shapes: Graph, per_class: int) -> tuple[Graph, list[URIRef]]:
    """The first ``per_class`` instances of each targeted class (the focus nodes), with
    what the shapes read about them.

    That is every triple about a focus node; the types of the nodes it points at (for
    ``sh:class``); and every triple about a node that must conform to a nested shape
    (``sh:node``, :data:`DEPTH` steps out) or that a SPARQL constraint reads.  The
    store's own order picks the instances (no sort: sorting IRIs reads every one), so
    the sample is the same for the same store.
    """
    paths, sparql = _followed(shapes)
    focus: set[str] = set()
    whole: set[str] = set()  # focus nodes whose every neighbour comes in full
    for cls in target_classes(shapes):
        rows = store.query(f"SELECT DISTINCT ?x WHERE {{ ?x a <{cls}> }} LIMIT {per_class}")
        assert isinstance(rows, ox.QuerySolutions)
        found = {row["x"].value for row in rows if isinstance(row["x"], ox.NamedNode)}
        focus |= found
        if cls in sparql:
            whole |= found
    data = Graph()
    done: set[str] = set()
    typed: set[str] = set()
    frontier = set(focus)
    for _ in range(DEPTH + 1):
        batch = sorted(frontier - done)
        done |= frontier
        full: set[str] = set()
        for triple in _triples(store, batch, "?s ?p ?o"):
            _add(data, triple)
            if isinstance(triple.object, ox.NamedNode):
                if triple.predicate.value in paths or str(_term(triple.subject)) in whole:
                    full.add(triple.object.value)
                else:
                    typed.add(triple.object.value)
        frontier = full
    for triple in _triples(store, sorted(typed - done), "?s a ?o"):
        _add(data, triple)
    return data, [URIRef(iri) for iri in sorted(focus)]


def _triples(store: Store, subjects: list[str], pattern: str) -> Iterator[ox.Triple]:
    """The triples matching ``pattern`` for each of ``subjects`` (``?s``), in batches."""
    for i in range(0, len(subjects), _BATCH):
        values = " ".join(f"<{iri}>" for iri in subjects[i : i + _BATCH])
        found = store.query(
            f"CONSTRUCT {{ {pattern} }} WHERE {{ VALUES ?s {{ {values} }} {pattern} }}"
        )
        assert isinstance(found, ox.QueryTriples)
        yield from found


def _add(data: Graph, triple: ox.Triple) -> None:
    data.add((_term(triple.subject), _term(triple.predicate), _term(triple.object)))


def _term(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def validate(store: Store, *, sample: int = SAMPLE) -> ValidationReport:
    """Check ``store`` against the shapes (the ontology supplies the classes): a sample
    of ``sample`` nodes per target class and what they point at, or (``sample=0``) every graph."""
    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    focus: list[str | URIRef] | None = None
    if sample:
        # Only the sampled nodes are focus nodes: a node at the sample's edge would
        # miss what it points at and fail for want of triples that were left behind.
        data, nodes = sample_graph(store, shapes, sample)
        focus = list(nodes)
    else:
        data = union_graph(store)
    # The class hierarchy goes in with the data, and SHACL follows rdfs:subClassOf in
    # the data graph itself (a dkg:Member is checked as a dkg:Person).  No RDFS
    # inference: it cost most of the run (the closure of the whole sample and the
    # ontology), and its domain and range rules would type nodes the builder never
    # typed so; the builder states every type a shape needs, and integrity() checks it.
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        data.add(triple)
    conforms, _, text = shacl_validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        focus_nodes=focus,
    )
    return ValidationReport(
        conforms=bool(conforms),
        text=str(text),
        quads=len(data),
        sample=sample,
        focus=len(focus or ()),
    )
