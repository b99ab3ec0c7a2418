"""The store: an on-disk Oxigraph database, used through rdflib or directly.

Reading goes through rdflib (:meth:`Store.dataset`, an ``rdflib.Dataset`` over
``oxrdflib``) so users get rdflib's API; bulk writing, dumping and large result
sets go to pyoxigraph directly, which is 2-10x faster than converting every
term (see ``../shared/notes/measured-engines.md``).

Queries see the union of all named graphs as their default graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from graph.build import Quad, graphs_of
from graph.errors import StoreError
from ontology import PREFIXES

DEFAULT_LOCATION = Path("debate-kg-store")


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


def to_ox_quads(quads: Iterable[Quad]) -> Iterator[ox.Quad]:
    cache: dict[Node, ox.NamedNode | ox.Literal | ox.BlankNode] = {}

    def conv(t: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
        v = cache.get(t)
        if v is None:
            v = cache[t] = to_ox(t)
        return v

    for s, p, o, g in quads:
        yield ox.Quad(conv(s), conv(p), conv(o), conv(g))  # type: ignore[arg-type]


class Store:
    """A debate-kg store.  Open with :meth:`open` (on disk) or :meth:`memory`.

    >>> store = Store.memory()
    >>> store.count_quads()
    0
    """

    def __init__(
        self, inner: ox.Store, location: Path | None = None, *, read_only: bool = False
    ) -> None:
        self.inner = inner
        self.location = location
        self.read_only = read_only

    @classmethod
    def open(cls, location: str | Path = DEFAULT_LOCATION, *, read_only: bool = False) -> Store:
        path = Path(location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: not a store directory (it is a file)")
        if read_only and not path.exists():
            raise StoreError(f"{path}: no store here (build one with 'debate-kg build')")
        try:
            inner = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from None
        return cls(inner, path, read_only=read_only)

    @classmethod
    def memory(cls) -> Store:
        return cls(ox.Store())

    def close(self) -> None:
        """Flush and release the database (its files may be opened again afterwards)."""
        if hasattr(self, "inner"):
            self.flush()
            del self.inner

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------

    def graphs_from(self, source: URIRef) -> set[str]:
        """Named graphs holding facts derived from ``source`` (and its own graph)."""
        src = ox.NamedNode(str(source))  # validates the IRI before it goes in the query
        rows = self.inner.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d <{PROV.wasDerivedFrom}> {src} }} }}"
        )
        graphs = {row["g"].value for row in rows}  # type: ignore[union-attr]
        if self.inner.contains_named_graph(ox.NamedNode(str(source))):
            graphs.add(str(source))
        return graphs

    def replace_document(self, source: URIRef, quads: list[Quad]) -> None:
        """Write one document's quads, replacing what an earlier build of it wrote.

        One transaction: if it fails, the store is as it was.
        """
        old = self.graphs_from(source) | {str(g) for g in graphs_of(quads)}
        old = {g for g in old if self.inner.contains_named_graph(ox.NamedNode(g))}
        try:
            if not old:
                self.inner.extend(list(to_ox_quads(quads)))
                return
            drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in sorted(old))
            by_graph: dict[str, list[str]] = {}
            for q in to_ox_quads(quads):
                by_graph.setdefault(str(q.graph_name), []).append(str(q.triple) + " .")
            data = "\n".join(
                f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items()
            )
            self.inner.update(drops + "INSERT DATA {\n" + data + "\n}")
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"writing {source} failed: {exc}") from None

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Add quads in one transaction (for facts that replace nothing)."""
        self.inner.extend(list(to_ox_quads(quads)))

    def flush(self) -> None:
        if self.location is not None and not self.read_only:
            self.inner.flush()

    # --- reading ----------------------------------------------------------------

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run SPARQL with the project prefixes bound, over the union of all graphs."""
        try:
            return self.inner.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            from graph.errors import QueryError

            raise QueryError(f"SPARQL syntax error: {exc}") from None

    def dataset(self) -> Dataset:
        """This store as an rdflib ``Dataset`` whose default graph is the union."""
        ds = Dataset(store=OxigraphStore(store=self.inner), default_union=True)
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        return ds

    def count_quads(self) -> int:
        return len(self.inner)

    def dump_nquads(self, out: IO[bytes]) -> None:
        """Every quad as N-Quads, lines sorted: the same store gives the same bytes."""
        data = self.inner.dump(format=ox.RdfFormat.N_QUADS)
        assert data is not None
        lines = sorted(set(data.splitlines()))
        out.write(b"\n".join(lines) + (b"\n" if lines else b""))
