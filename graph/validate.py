"""SHACL validation of a built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph

from graph.store import Store
from ontology import ontology_path, shapes_path


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    text: str
    quads: int


def union_graph(store: Store) -> Graph:
    """All quads of ``store`` merged into one in-memory rdflib graph."""
    buffer = io.BytesIO()
    store.dump_nquads(buffer)
    ds = Dataset()
    ds.parse(data=buffer.getvalue(), format="nquads")
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate(store: Store) -> ValidationReport:
    """Check every graph in ``store``; the ontology supplies the class hierarchy."""
    data = union_graph(store)
    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    conforms, _, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True
    )
    return ValidationReport(conforms=bool(conforms), text=str(text), quads=len(data))
