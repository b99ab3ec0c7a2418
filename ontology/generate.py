"""Generate ``ontology/_terms.py`` (the closed ``DKG`` namespace) from the Turtle file.

Run ``python -m ontology.generate`` after editing ``debate-kg.ttl``;
``tests/ontology/test_generate.py`` fails while the two disagree, so code can never
use a term the ontology lacks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

HERE = Path(__file__).parent
NAMESPACE = "https://w3id.org/debate-kg/ontology#"

_HEADER = '''"""The debate-kg vocabulary as a closed rdflib namespace.

Generated from ``debate-kg.ttl`` by ``python -m ontology.generate``; do not edit.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class DKG(DefinedNamespace):
    _NS = Namespace("{ns}")
    _fail = True

'''


def render(turtle: Path = HERE / "debate-kg.ttl") -> str:
    """Return the Python source of the namespace module for ``turtle``."""
    g = Graph().parse(turtle, format="turtle")
    lines: list[str] = []
    kinds = (
        (OWL.Class, "classes"),
        (OWL.ObjectProperty, "object properties"),
        (OWL.DatatypeProperty, "datatype properties"),
        (SKOS.ConceptScheme, "concept schemes"),
    )
    for kind, title in kinds:
        terms = sorted(
            str(s)[len(NAMESPACE) :]
            for s in g.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(NAMESPACE)
        )
        lines.append(f"    # {title}")
        for name in terms:
            comment = g.value(URIRef(NAMESPACE + name), RDFS.label)
            lines.append(f"    {name}: URIRef  # {comment}")
        lines.append("")
    return _HEADER.format(ns=NAMESPACE) + "\n".join(lines).rstrip() + "\n"


def main() -> int:
    target = HERE / "_terms.py"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
