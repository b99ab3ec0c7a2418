"""A store behind a SPARQL 1.1 endpoint: the same API as the embedded one, over HTTP.

Reading uses the SPARQL 1.1 Protocol (results as SPARQL JSON, parsed by
pyoxigraph into the same ``QuerySolutions``/``QueryBoolean`` types the embedded
store returns; ``CONSTRUCT`` results as N-Triples).  Writing uses SPARQL Update
for replacing a document (one request, one transaction on servers that have
them) and a ``POST`` of N-Quads to the dataset for bulk loading.

Endpoints.  ``--store http://host:7878`` means an Oxigraph server and its
layout: ``/query``, ``/update`` and ``/store`` (Graph Store Protocol).  Other
servers name them differently; give them in the URL's fragment::

    http://host:3030/ds#query=/ds/query&update=/ds/update&data=/ds/data   (Fuseki)

The union default graph.  Our queries read the union of all named graphs as
their default graph.  Oxigraph server does this per request with the
``union-default-graph`` parameter, which we send.  Elsewhere it is server
configuration: Fuseki ``tdb2:unionDefaultGraph true``, GraphDB and Virtuoso
already answer from all graphs when a query names none; QLever has no named
graphs, so load the N-Quads as triples there.
"""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.errors import QueryError, StoreError
from graph.store.base import Result, Store
from ontology import PREFIXES

_RESULTS = "application/sparql-results+json"
_TRIPLES = "application/n-triples"
_QUADS = "application/n-quads"

#: Every quad, in the default graph or a named one, as rows (any endpoint can answer it).
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


@dataclass(frozen=True, slots=True)
class Endpoints:
    query: str
    update: str
    data: str

    @classmethod
    def parse(cls, location: str) -> Endpoints:
        """The three endpoints named by ``location`` (see the module docstring).

        >>> Endpoints.parse("http://127.0.0.1:7878").update
        'http://127.0.0.1:7878/update'
        >>> Endpoints.parse("http://h:3030/ds#query=/ds/sparql&update=/ds/update&data=/ds").query
        'http://h:3030/ds/sparql'
        """
        base, _, fragment = location.partition("#")
        base = base.rstrip("/")
        given = dict(urllib.parse.parse_qsl(fragment))
        unknown = set(given) - {"query", "update", "data"}
        if unknown:
            raise StoreError(f"{location}: unknown endpoint name(s) {', '.join(sorted(unknown))}")

        parts = urllib.parse.urlsplit(base)
        root = f"{parts.scheme}://{parts.netloc}"

        def endpoint(name: str, default: str) -> str:
            value = given.get(name)
            if value is None:
                return f"{base}/{default}"
            return root + value if value.startswith("/") else f"{base}/{value}"

        return cls(
            endpoint("query", "query"), endpoint("update", "update"), endpoint("data", "store")
        )


class RemoteStore(Store):
    """A store behind a SPARQL endpoint.  Build with :meth:`Store.open` and an ``http(s)://`` URL."""

    home = "remote"

    @classmethod
    def at(cls, location: str | Path | None, *, read_only: bool = False) -> RemoteStore:
        if location is None:
            raise StoreError("a remote store needs a URL")
        return cls(str(location), read_only=read_only)

    def __init__(self, location: str, *, read_only: bool = False, timeout: float = 300.0) -> None:
        self.location = location
        self.read_only = read_only
        self.endpoints = Endpoints.parse(location)
        self.timeout = timeout
        self._snapshot: ox.Store | None = None
        self._closed = False
        self._prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

    # --- HTTP -----------------------------------------------------------------------

    def _send(self, request: urllib.request.Request) -> tuple[bytes, str]:
        if self._closed:
            raise StoreError(f"{self.location}: the store is closed")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            message = detail[0] if detail else exc.reason
            if exc.code == 400:
                raise QueryError(f"{self.location}: {message}") from None
            raise StoreError(f"{self.location}: HTTP {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{self.location}: cannot reach the endpoint: {reason}") from None

    def _post(self, url: str, body: bytes, content_type: str, accept: str = "*/*") -> bytes:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")
        request = urllib.request.Request(
            url, data=body, method="POST", headers={"Content-Type": content_type, "Accept": accept}
        )
        return self._send(request)[0]

    # --- reading --------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        use_default_graph_as_union: bool = True,
        prefixes: Mapping[str, str] | None = None,
    ) -> Result:
        bound = (
            self._prologue
            if prefixes is None
            else "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
        )
        url = self.endpoints.query
        if use_default_graph_as_union:
            url += ("&" if "?" in url else "?") + "union-default-graph"
        request = urllib.request.Request(
            url,
            data=(bound + sparql).encode("utf-8"),
            method="POST",
            headers={
                "Content-Type": "application/sparql-query",
                "Accept": f"{_RESULTS}, {_TRIPLES};q=0.9",
            },
        )
        body, content_type = self._send(request)
        if content_type == _RESULTS:
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if content_type == "application/sparql-results+xml":
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
        if content_type in {_TRIPLES, "text/turtle"}:
            return _as_query_triples(body, content_type)
        raise StoreError(f"{self.location}: unexpected answer of type {content_type}")

    def count_quads(self) -> int:
        rows = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
            use_default_graph_as_union=False,
        )
        assert isinstance(rows, ox.QuerySolutions)
        return int(next(iter(rows))[0].value)

    def contains_graph(self, graph: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{ox.NamedNode(graph).value}> {{ ?s ?p ?o }} }}"))

    def dump_raw(self) -> bytes:
        """Every quad, fetched as rows so that any SPARQL endpoint can answer."""
        rows = self.query(_ALL_QUADS, use_default_graph_as_union=False)
        assert isinstance(rows, ox.QuerySolutions)
        quads = (ox.Quad(r["s"], r["p"], r["o"], r["g"] or ox.DefaultGraph()) for r in rows)
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""

    @property
    def inner(self) -> ox.Store:
        """A one-off in-memory copy of the remote data, for code that needs pyoxigraph itself."""
        if self._snapshot is None:
            self._snapshot = ox.Store()
            self._snapshot.bulk_load(self.dump_raw(), format=ox.RdfFormat.N_QUADS)
        return self._snapshot

    # --- writing --------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        self._post(self.endpoints.update, sparql.encode("utf-8"), "application/sparql-update")

    def load_nquads(self, data: bytes) -> None:
        """POST the quads to the dataset (Graph Store Protocol, extended to quads)."""
        if data:
            self._post(self.endpoints.data, data, _QUADS)

    def close(self) -> None:
        self._closed = True
        self._snapshot = None


def _as_query_triples(body: bytes, content_type: str) -> ox.QueryTriples:
    """Parsed triples as the ``QueryTriples`` type the embedded store returns."""
    scratch = ox.Store()
    fmt = ox.RdfFormat.N_TRIPLES if content_type == _TRIPLES else ox.RdfFormat.TURTLE
    scratch.load(io.BytesIO(body), format=fmt)
    result = scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result
