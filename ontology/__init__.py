"""The debate-kg vocabulary: terms as Python names, the OWL file and the SHACL shapes.

>>> from ontology import DKG
>>> str(DKG.Speech)
'https://w3id.org/debate-kg/ontology#Speech'
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

from ontology._terms import DKG


class OA(DefinedNamespace):
    """The part of the W3C Web Annotation vocabulary that debate-kg uses."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef  # an annotation
    TextPositionSelector: URIRef  # a selector by character offsets
    TextQuoteSelector: URIRef  # a selector by exact quoted text
    hasBody: URIRef  # what the annotation is about (the entity mentioned)
    hasTarget: URIRef  # what is annotated (the speech)
    start: URIRef  # first character offset
    end: URIRef  # offset just after the last character
    exact: URIRef  # the exact text selected


ID = Namespace("https://w3id.org/debate-kg/id/")

#: Prefixes bound in every query, export and shape file.
PREFIXES: dict[str, str] = {
    "dkg": str(DKG._NS),
    "id": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "foaf": str(FOAF),
    "org": str(ORG),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "oa": str(OA._NS),
    "skos": str(SKOS),
    "time": str(TIME),
}


def ontology_path() -> Path:
    """The OWL ontology in Turtle."""
    return Path(str(files(__package__) / "debate-kg.ttl"))


def shapes_path() -> Path:
    """The SHACL shapes a built graph must conform to."""
    return Path(str(files(__package__) / "shapes.ttl"))


def sparql_prefixes() -> str:
    """The ``PREFIX`` lines for :data:`PREFIXES`, for prepending to a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


__all__ = ["DKG", "ID", "OA", "PREFIXES", "ontology_path", "shapes_path", "sparql_prefixes"]
