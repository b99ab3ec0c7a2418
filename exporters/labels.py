"""Names for the nodes the projection reached only as the end of an edge.

Mentions point at organisations, legislation and places; the projection does not
read those classes one by one, so they came out as ``Resource`` nodes labelled with
the last segment of their IRI ("home-office", "uk").  Here every node still without a
``label`` or ``name`` is looked up by its IRI: its label is the first of
``rdfs:label``, ``skos:prefLabel``, ``foaf:name`` and ``dcterms:title`` that the graph
states (the smallest value where one predicate has several), and a ``Resource`` takes
its type from its ``rdf:type`` where the class is one of :data:`TYPES`.  What the graph
names nowhere keeps :func:`exporters.builder.readable_name` as its label.

The lookup is a SPARQL ``VALUES`` join on the subjects, in batches: it reads each node's
own statements, where a scan of ``rdfs:label`` would read every label in the store.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

import pyoxigraph as ox
from rdflib import namespace as rdfns  # SDO: not imported by name, see projection.py
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, RDFS, SKOS

from exporters.builder import Builder
from exporters.scans import Value, order, solutions, value

#: The predicates that name a node, best first.
LABELS: Final = (str(RDFS.label), str(SKOS.prefLabel), str(FOAF.name), str(DCTERMS.title))
#: The node type a ``Resource`` takes from its class, best first where it has several.
TYPES: Final = {
    str(ORG.Organization): "Organisation",
    str(rdfns.SDO.Legislation): "Legislation",
    str(rdfns.SDO.Place): "Place",
    str(SKOS.Concept): "Concept",
}
_TYPE: Final = str(RDF.type)
_BATCH = 500


def name_the_rest(store: ox.Store, b: Builder) -> None:
    """Label (and type, for ``Resource`` nodes) every node that has no label or name."""
    unnamed = sorted(
        b.iris[number]
        for number, attrs in b.nodes.items()
        if not attrs.get("label") and not attrs.get("name")
    )
    for iri, label, kind in _described(store, [i for i in unnamed if not i.startswith("_:")]):
        node = b.nodes[b.ids[iri]]
        if label is not None:
            node["label"] = label
        if kind is not None and node["type"] == "Resource":
            node["type"] = kind


def _described(
    store: ox.Store, iris: Sequence[str]
) -> Iterator[tuple[str, Value | None, str | None]]:
    """Each IRI's best label and mapped type, where the graph states either."""
    # A FILTER, not a second VALUES: Oxigraph joins ``VALUES ?p`` with a scan of every
    # quad, where this reads each subject's own quads.
    predicates = ", ".join(f"<{p}>" for p in (*LABELS, _TYPE))
    for start in range(0, len(iris), _BATCH):
        batch = iris[start : start + _BATCH]
        subjects = " ".join(f"<{iri}>" for iri in batch)
        query = (
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {subjects} }} ?s ?p ?o "
            f"FILTER(?p IN ({predicates})) }}"
        )
        found: dict[str, dict[str, list[Value]]] = {}
        for subject, predicate, obj in solutions(store, query):
            item = value(obj)
            if item is not None:
                about = found.setdefault(str(value(subject)), {})
                about.setdefault(str(value(predicate)), []).append(item)
        for iri in batch:
            if iri in found:
                about = found[iri]
                yield iri, _best_label(about), _best_type(about.get(_TYPE, ()))


def _best_label(about: dict[str, list[Value]]) -> Value | None:
    for predicate in LABELS:
        values = about.get(predicate)
        if values:
            return min(values, key=order)
    return None


def _best_type(classes: Sequence[Value]) -> str | None:
    stated = {str(c) for c in classes}
    return next((kind for cls, kind in TYPES.items() if cls in stated), None)


__all__ = ["LABELS", "TYPES", "name_the_rest"]
