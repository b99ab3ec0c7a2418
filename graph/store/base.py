"""The store interface every home of the data answers, and the helpers they share.

:class:`Store` is abstract; :mod:`graph.store.local` (an embedded Oxigraph
database) and :mod:`graph.store.remote` (a SPARQL 1.1 endpoint) implement it and
register themselves, so :meth:`Store.open` picks one from the location without
this module importing either.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, ClassVar, NamedTuple, cast

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from graph import iris
from graph.errors import StoreError
from graph.terms import Quad
from ontology import DKG, PREFIXES

if TYPE_CHECKING:  # a type only: local imports this module
    from graph.store.local import LocalStore

DEFAULT_LOCATION = Path("debate-kg-store")

Result = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
OxTerm = ox.NamedNode | ox.Literal | ox.BlankNode


def is_remote(location: str | Path) -> bool:
    """Whether ``location`` names a SPARQL endpoint rather than a directory."""
    return str(location).startswith(("http://", "https://"))


def to_ox(term: Node) -> OxTerm:
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
    """rdflib quads as pyoxigraph quads (terms converted once each)."""
    cache: dict[Node, OxTerm] = {}

    def conv(t: Node) -> OxTerm:
        v = cache.get(t)
        if v is None:
            v = cache[t] = to_ox(t)
        return v

    for s, p, o, g in quads:
        yield ox.Quad(conv(s), conv(p), conv(o), conv(g))  # type: ignore[arg-type]


def to_nquads(quads: Iterable[Quad]) -> bytes:
    """rdflib quads as N-Quads, serialised by Oxigraph (so any store dumps them the same)."""
    return ox.serialize(to_ox_quads(quads), format=ox.RdfFormat.N_QUADS) or b""


def replace_update(graphs: Iterable[str], quads: Iterable[ox.Quad]) -> str:
    """One SPARQL Update that drops ``graphs`` and inserts ``quads``."""
    drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in sorted(graphs))
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(str(q.triple) + " .")
    data = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
    return drops + "INSERT DATA {\n" + data + "\n}"


def sorted_nquads(data: bytes) -> bytes:
    """N-Quads lines de-duplicated and sorted: the canonical dump."""
    lines = sorted(set(data.splitlines()))
    return b"\n".join(lines) + (b"\n" if lines else b"")


#: Every source document in the store, with its hash, the builder that wrote it and
#: the fingerprint of the registry it was linked with.
SOURCES_QUERY = f"""
SELECT ?source ?sha ?by ?registry WHERE {{
  GRAPH ?source {{
    ?source a <{DKG.SourceDocument}> .
    OPTIONAL {{ ?source <{DKG.sha256}> ?sha }}
    OPTIONAL {{ ?source <{DKG.extractedBy}> ?by }}
    OPTIONAL {{ ?source <{DKG.registryFingerprint}> ?registry }}
  }}
}}"""


class BuiltSource(NamedTuple):
    """What the store records about how one source document was built."""

    sha256: str | None
    extractor: str | None
    registry: str | None

    def same_build(self, registry: str) -> bool:
        """Built by this version, linked with the registry fingerprinted ``registry``."""
        return self.extractor == str(iris.BUILDER) and self.registry == registry


class Store(ABC):
    """A debate-kg store.  Open with :meth:`open` (a directory or a URL) or :meth:`memory`.

    >>> store = Store.memory()
    >>> store.count_quads()
    0
    >>> bool(store.query("ASK { ?s ?p ?o }"))
    False
    """

    location: Path | str | None
    read_only: bool

    #: The kinds of store, by the kind of location they open: ``"local"`` (a
    #: directory) and ``"remote"`` (a URL).  Each subclass registers itself with its
    #: ``home``, so this module never imports them (graph.store imports all of them).
    _homes: ClassVar[dict[str, type[Store]]] = {}
    home: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.home:
            Store._homes[cls.home] = cls

    @classmethod
    def open(cls, location: str | Path = DEFAULT_LOCATION, *, read_only: bool = False) -> Store:
        """The store at ``location``: a SPARQL endpoint URL or a store directory."""
        return Store._homes["remote" if is_remote(location) else "local"].at(
            location, read_only=read_only
        )

    @classmethod
    def memory(cls) -> LocalStore:
        """An empty embedded store in memory."""
        return cast("LocalStore", Store._homes["local"].at(None))

    @classmethod
    @abstractmethod
    def at(cls, location: str | Path | None, *, read_only: bool = False) -> Store:
        """Open the store of this kind at ``location`` (``None``: a new one in memory)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the interface ------------------------------------------------------------

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        use_default_graph_as_union: bool = True,
        prefixes: Mapping[str, str] | None = None,
    ) -> Result:
        """Run SPARQL with the project prefixes bound, over the union of all graphs.

        The keywords mirror ``pyoxigraph.Store.query`` so code written for a
        pyoxigraph store (the exporters) can be handed this one.
        """

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run one SPARQL Update (one transaction)."""

    @abstractmethod
    def load_nquads(self, data: bytes) -> None:
        """Add N-Quads with the fastest loader the store has (not one transaction)."""

    def add_nquads(self, data: bytes) -> None:
        """Add the N-Quads of whole documents in one transaction: all or nothing.

        A remote store sends one request (a transaction on servers that have them).
        """
        self.load_nquads(data)

    def add_documents(
        self, body: bytes, markers: bytes, graphs: Mapping[str, Iterable[str]]
    ) -> None:
        """Add new documents: ``body``, their N-Quads, then ``markers``, their hash markers.

        ``graphs`` maps each document's source IRI to the named graphs its body
        writes (the shared entities graph aside).  A document is finished when its
        marker is in; a store never shows readers one that is not, nor keeps one
        after a kill.  Here: one transaction, as :meth:`add_nquads`.
        """
        self.add_nquads(body + markers)

    def checkpoint(self) -> None:  # noqa: B027 - optional for subclasses
        """Let readers see what is committed so far (at most every few seconds)."""

    @abstractmethod
    def dump_raw(self) -> bytes:
        """Every quad as N-Quads, in no particular order."""

    @abstractmethod
    def count_quads(self) -> int: ...

    @abstractmethod
    def contains_graph(self, graph: str) -> bool: ...

    @abstractmethod
    def close(self) -> None: ...

    def flush(self) -> None:  # noqa: B027 - optional for subclasses
        """Make writes durable (a no-op where each request already is)."""

    @property
    @abstractmethod
    def inner(self) -> ox.Store:
        """A pyoxigraph store with this data (for code that needs pyoxigraph itself)."""

    # --- shared behaviour ---------------------------------------------------------

    def graphs_from(self, source: URIRef) -> set[str]:
        """Named graphs holding facts derived from ``source`` (and its own graph)."""
        src = ox.NamedNode(str(source))  # validates the IRI before it goes in the query
        rows = self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d <{PROV.wasDerivedFrom}> {src} }} }}"
        )
        assert isinstance(rows, ox.QuerySolutions)
        graphs = {row["g"].value for row in rows}
        if self.contains_graph(src.value):
            graphs.add(src.value)
        return graphs

    def replace_document(self, source: URIRef, quads: list[Quad]) -> None:
        """Write one document's quads, replacing what an earlier build of it wrote.

        One transaction: if it fails, the store is as it was.
        """
        graphs = {str(q[3]) for q in quads if q[3] != iris.ENTITIES_GRAPH}
        self.replace_graphs(source, graphs, to_ox_quads(quads))

    def replace_graphs(self, source: URIRef, graphs: set[str], quads: Iterable[ox.Quad]) -> None:
        """:meth:`replace_document` for quads already in pyoxigraph form."""
        old = {g for g in self.graphs_from(source) | graphs if self.contains_graph(g)}
        try:
            if not old:
                self.add_ox_quads(list(quads))
            else:
                self.update(replace_update(old, quads))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"writing {source} failed: {exc}") from None

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Add quads in one transaction (for facts that replace nothing)."""
        self.add_ox_quads(list(to_ox_quads(quads)))

    def add_ox_quads(self, quads: list[ox.Quad]) -> None:
        self.update(replace_update((), quads))

    def built_sources(self) -> dict[str, BuiltSource]:
        """Each source document's IRI -> its hash, builder and registry fingerprint (one query)."""
        rows = self.query(SOURCES_QUERY)
        assert isinstance(rows, ox.QuerySolutions)
        found: dict[str, BuiltSource] = {}
        for row in rows:
            values = (row[name] for name in ("sha", "by", "registry"))
            found[row["source"].value] = BuiltSource(
                *(None if v is None else v.value for v in values)
            )
        return found

    def is_built(self, source: str, sha256: str, registry: str) -> bool:
        """Whether the store holds ``source`` built from bytes hashing to ``sha256`` by this
        version, linked with the registry whose fingerprint is ``registry``."""
        src = ox.NamedNode(source)  # validates the IRI before it goes in the query
        return bool(
            self.query(
                f"ASK {{ GRAPH {src} {{ {src} <{DKG.sha256}> {ox.Literal(sha256)} ; "
                f"<{DKG.extractedBy}> <{iris.BUILDER}> ; "
                f"<{DKG.registryFingerprint}> {ox.Literal(registry)} }} }}"
            )
        )

    def dump_nquads(self, out: IO[bytes]) -> None:
        """Every quad as N-Quads, lines sorted: the same files give the same bytes.

        Left out: ``id/graph/paths``, the build's record of where it read each file
        (this machine's folders).
        """
        paths = f"<{iris.PATHS_GRAPH}> .".encode()
        lines = [line for line in self.dump_raw().splitlines() if not line.endswith(paths)]
        out.write(sorted_nquads(b"\n".join(lines)))

    def dataset(self) -> Dataset:
        """This store as an rdflib ``Dataset`` whose default graph is the union."""
        from oxrdflib import OxigraphStore  # rdflib's SPARQL engine: only for callers that need it

        ds = Dataset(store=OxigraphStore(store=self.inner), default_union=True)
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        return ds
