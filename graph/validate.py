"""SHACL validation of a built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph

from graph.store import Store
from ontology import ontology_path, shapes_path


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    text: str
    quads: int


def union_graph(store: Store) -> Graph:
    """All graphs of ``store`` merged into one in-memory rdflib graph."""
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(triples, ox.QueryTriples)
    data = triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=data, format="ox-ntriples")


def validate(store: Store) -> ValidationReport:
    """Check every graph in ``store``; the ontology supplies the class hierarchy."""
    data = union_graph(store)
    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    conforms, _, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True
    )
    return ValidationReport(conforms=bool(conforms), text=str(text), quads=len(data))
