"""RDF dumps of the whole store: N-Quads, Turtle (the union of the graphs) and JSON-LD.

Each is byte-identical for the same store content, whatever order the store
iterates in or whatever ``PYTHONHASHSEED`` is:

* N-Quads: every quad once, lines sorted bytewise; named graphs kept.
* Turtle: the union of all named graphs (Turtle has no graphs), each triple
  once, sorted by subject with ``rdf:type`` first, with :data:`ontology.PREFIXES`
  (except ``id:``).
* JSON-LD: named graphs kept, compacted with :data:`ontology.PREFIXES` by
  rdflib, then put in a canonical order: node objects by ``@id``, unordered
  value arrays sorted (``@list`` arrays keep their order).
"""

from __future__ import annotations

import json
import warnings
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.namespace import RDF

from exporters.atomic import Target, atomic_output
from graph.iris import PATHS_GRAPH
from ontology import PREFIXES

_RDF_TYPE = str(RDF.type)
_PATHS = f"<{PATHS_GRAPH}> .".encode()


def export_nquads(store: ox.Store, out: Target) -> None:
    """Write every quad in the store as sorted N-Quads."""
    with atomic_output(out) as stream:
        stream.writelines(sorted_nquads(store))


def export_turtle(store: ox.Store, out: Target) -> None:
    """Write the union of the store's graphs as Turtle, each triple once."""
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{PATHS_GRAPH}>) }}"
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QueryTriples)
    unique = {(str(t.subject), str(t.predicate), str(t.object)): t for t in result}
    triples = [unique[k] for k in sorted(unique, key=lambda k: (k[0], k[1] != f"<{_RDF_TYPE}>", k))]
    with atomic_output(out) as stream:
        ox.serialize(triples, stream, ox.RdfFormat.TURTLE, prefixes=_turtle_prefixes())


def export_jsonld(store: ox.Store, out: Target) -> None:
    """Write the store as JSON-LD with its named graphs, in a canonical order."""
    with warnings.catch_warnings():
        # rdflib 7's own N-Quads parser and JSON-LD serializer call its deprecated API.
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = Dataset()
        dataset.parse(data=b"".join(sorted_nquads(store)), format="nquads")
        text = dataset.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    document = canonical_json(json.loads(text))
    with atomic_output(out) as stream:
        _dump_json(document, stream)


def _turtle_prefixes() -> dict[str, str]:
    # Not ``id:``: entity IRIs have slashes in their local part, which Turtle would
    # have to escape (``id:person\/yvette-cooper``); full IRIs read better.
    return {prefix: ns for prefix, ns in PREFIXES.items() if prefix != "id"}


def sorted_nquads(store: ox.Store) -> list[bytes]:
    """The store's quads as N-Quads lines, each once, sorted bytewise.

    The build's bookkeeping of where files were read from (``id/graph/paths``) is
    left out: it names this machine's folders, and the same files must export the
    same bytes wherever they were built.
    """
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    assert data is not None
    # N-Quads escapes line breaks inside literals, so every line is one quad.
    return sorted(
        {
            line if line.endswith(b"\n") else line + b"\n"
            for line in data.splitlines()
            if not line.rstrip().endswith(_PATHS)
        }
    )


def canonical_json(value: Any, *, ordered: bool = False) -> Any:
    """Sort JSON-LD arrays whose order carries no meaning, recursively.

    >>> canonical_json({"@graph": [{"@id": "b"}, {"@id": "a"}], "@list": [2, 1]})
    {'@graph': [{'@id': 'a'}, {'@id': 'b'}], '@list': [2, 1]}
    """
    if isinstance(value, dict):
        return {key: canonical_json(item, ordered=key == "@list") for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical_json(item) for item in value]
        return items if ordered else sorted(items, key=_json_order)
    return value


def _json_order(value: Any) -> tuple[str, str]:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return (str(value.get("@id", "")) if isinstance(value, dict) else "", text)


def _dump_json(document: Any, stream: IO[bytes]) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    stream.write(text.encode("utf-8") + b"\n")


__all__ = ["canonical_json", "export_jsonld", "export_nquads", "export_turtle", "sorted_nquads"]
