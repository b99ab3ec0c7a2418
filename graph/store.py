"""The store: one interface, two homes for the data.

* :class:`LocalStore` - an Oxigraph database on disk (or in memory), embedded;
* :class:`~graph.remote.RemoteStore` - a SPARQL 1.1 endpoint over HTTP (Oxigraph
  server, Fuseki, GraphDB, Virtuoso, QLever ...).

:meth:`Store.open` picks one from the location: ``http://`` and ``https://``
mean remote, anything else is a directory.  Both answer :meth:`Store.query`
with pyoxigraph result types, with the project prefixes bound and the union of
all named graphs as the default graph, so commands never ask which they hold.

Writing keeps documents whole.  :meth:`Store.replace_document` is one
transaction that drops what an earlier build of a document wrote;
:meth:`Store.add_documents` adds new documents (see ``graph/ingest.py``): on disk
with the bulk loader, which is not a transaction, so it records the documents
it is loading beside the database first, commits their hash markers after, and
a writer that opens the store after a kill drops what such a record names
without its marker (:func:`recover_loading`).  :meth:`Store.add_nquads` adds
N-Quads in one transaction; :meth:`Store.load_nquads` hands them to the bulk
loader with no record: for loading shards into a store nobody reads yet.

Reading an on-disk store never opens the database a writer may have open
(undefined behaviour in Oxigraph): ``Store.open(path, read_only=True)`` opens
the newest read snapshot the writer published and pins it while open; see
:mod:`graph.snapshots`.  Servers that need a directory use :func:`read_snapshot`.
"""

from __future__ import annotations

import json
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, NamedTuple

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from graph import iris, snapshots
from graph.build import Quad, graphs_of
from graph.errors import QueryError, StoreError
from ontology import DKG, PREFIXES

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

    @classmethod
    def open(cls, location: str | Path = DEFAULT_LOCATION, *, read_only: bool = False) -> Store:
        """The store at ``location``: a SPARQL endpoint URL or a store directory."""
        if is_remote(location):
            from graph.remote import RemoteStore

            return RemoteStore(str(location), read_only=read_only)
        return LocalStore.open_path(Path(location), read_only=read_only)

    @classmethod
    def memory(cls) -> LocalStore:
        return LocalStore(ox.Store())

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
        self.replace_graphs(source, {str(g) for g in graphs_of(quads)}, to_ox_quads(quads))

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
        """Every quad as N-Quads, lines sorted: the same store gives the same bytes."""
        out.write(sorted_nquads(self.dump_raw()))

    def dataset(self) -> Dataset:
        """This store as an rdflib ``Dataset`` whose default graph is the union."""
        ds = Dataset(store=OxigraphStore(store=self.inner), default_union=True)
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        return ds


class LocalStore(Store):
    """An embedded Oxigraph database: on disk (:meth:`open_path`) or in memory.

    Opened for writing, it holds the store's writer lock and publishes read
    snapshots; opened read-only, it is the newest snapshot, pinned until closed.
    """

    def __init__(
        self,
        inner: ox.Store,
        location: Path | None = None,
        *,
        read_only: bool = False,
        writer: snapshots.Writer | None = None,
        pins: ExitStack | None = None,
    ) -> None:
        self._inner: ox.Store | None = inner
        self.location = location
        self.read_only = read_only
        self._writer = writer
        self._wrote_any = False  # since opening (publishing a snapshot resets writer.written)
        self._pins = pins
        self.snapshot: Path | None = None  # the pinned snapshot a read-only store reads

    @classmethod
    def open_path(cls, path: Path, *, read_only: bool = False) -> LocalStore:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: not a store directory (it is a file)")
        if read_only and not path.exists():
            raise StoreError(f"{path}: no store here (build one with 'debate-kg build')")
        if read_only:
            if not (path / "CURRENT").exists() and snapshots.latest(path) is None:
                raise StoreError(f"{path}: no store here (build one with 'debate-kg build')")
            pins = ExitStack()
            try:
                snapshot = pins.enter_context(read_snapshot(path))
                inner = ox.Store.read_only(str(snapshot))
            except OSError as exc:
                pins.close()
                raise StoreError(f"{path}: cannot open the store: {exc}") from None
            except BaseException:
                pins.close()
                raise
            store = cls(inner, path, read_only=True, pins=pins)
            store.snapshot = snapshot
            return store
        try:
            path.mkdir(parents=True, exist_ok=True)
            writer = snapshots.Writer(path)
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from None
        try:
            inner = ox.Store(str(path))
            recovered = recover_loading(inner, path)  # before any snapshot can show it
            writer.attach(lambda target: inner.backup(str(target)))
        except OSError as exc:
            writer.close()
            raise StoreError(f"{path}: cannot open the store: {exc}") from None
        except BaseException:
            writer.close()
            raise
        store = cls(inner, path, writer=writer)
        if recovered:
            store._wrote()  # publish the store without them when closing
        return store

    @property
    def stale(self) -> bool:
        """Read-only: a writer has published a newer snapshot since this one was opened.

        A long-lived reader (a server) checks this between requests and reopens.
        """
        return self.snapshot is not None and snapshots.latest(self.snapshot.parent.parent) not in (
            None,
            self.snapshot,
        )

    @property
    def inner(self) -> ox.Store:
        if self._inner is None:
            raise StoreError(f"{self.location}: the store is closed")
        return self._inner

    def close(self) -> None:
        """Flush, publish a read snapshot if anything was written, release the database."""
        if self._inner is None:
            return
        wrote = self._wrote_any
        try:
            self.flush()
            if self._writer is not None:
                self._writer.close()
        finally:
            self._inner = self._writer = None
            if self._pins is not None:
                self._pins.close()
                self._pins = None
        if wrote and self.location is not None:
            snapshots.drop_write_ahead_logs(Path(self.location))

    def flush(self) -> None:
        if self.location is not None and not self.read_only:
            self.inner.flush()

    def checkpoint(self) -> None:
        if self._writer is not None:
            self._writer.publish(at_most_every=snapshots.publish_seconds())

    def _wrote(self) -> None:
        if self._writer is not None:
            self._writer.written = True
            self._wrote_any = True

    def query(
        self,
        sparql: str,
        *,
        use_default_graph_as_union: bool = True,
        prefixes: Mapping[str, str] | None = None,
    ) -> Result:
        try:
            return self.inner.query(
                sparql,
                use_default_graph_as_union=use_default_graph_as_union,
                prefixes=dict(PREFIXES if prefixes is None else prefixes),
            )
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None

    def update(self, sparql: str) -> None:
        self._wrote()
        self.inner.update(sparql)

    def add_ox_quads(self, quads: list[ox.Quad]) -> None:
        self._wrote()
        self.inner.extend(quads)

    def add_nquads(self, data: bytes) -> None:
        self._wrote()
        try:
            self.inner.load(data, format=ox.RdfFormat.N_QUADS)  # one transaction
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.location}: writing N-Quads failed: {exc}") from None

    def add_documents(
        self, body: bytes, markers: bytes, graphs: Mapping[str, Iterable[str]]
    ) -> None:
        """On disk: record ``graphs``, bulk-load ``body``, commit ``markers``, drop the record.

        The bulk loader costs much less CPU than a transaction and writes no
        write-ahead log (figures in ``benchmarks/results/design-notes.md``).  A snapshot is
        published only after this returns, so readers never see a document without
        its marker; a kill before the markers are in leaves the record, and the next
        writer (or a reader recovering for a killed writer) drops those documents.
        """
        if self.location is None:
            super().add_documents(body, markers, graphs)
            return
        self._wrote()
        location = Path(self.location)
        _record_loading(location, graphs)
        try:
            self.inner.bulk_load(body, format=ox.RdfFormat.N_QUADS)
            self.inner.load(markers, format=ox.RdfFormat.N_QUADS)  # one transaction
        except BaseException as exc:
            self._undo_loading()
            if isinstance(exc, OSError | SyntaxError):
                raise StoreError(f"{self.location}: writing N-Quads failed: {exc}") from None
            raise
        _loading(location).unlink()

    def _undo_loading(self) -> None:
        """Drop what a failed :meth:`add_documents` wrote, or at least never publish it."""
        assert self.location is not None
        try:
            recover_loading(self.inner, Path(self.location))
        except (OSError, StoreError):
            if self._writer is not None:
                # The record stays: the next writer to open the store drops them.
                self._writer.written = False

    def load_nquads(self, data: bytes) -> None:
        self._wrote()
        try:
            if self.location is None:
                self.inner.load(data, format=ox.RdfFormat.N_QUADS)
            else:
                # The bulk loader writes sorted files and ingests them: no transaction,
                # many times faster than inserting quad by quad.
                self.inner.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.location}: loading N-Quads failed: {exc}") from None

    def dump_raw(self) -> bytes:
        return self.inner.dump(format=ox.RdfFormat.N_QUADS) or b""

    def count_quads(self) -> int:
        return len(self.inner)

    def contains_graph(self, graph: str) -> bool:
        return self.inner.contains_named_graph(ox.NamedNode(graph))


#: Beside the database (in :func:`graph.snapshots.folder`): the documents a bulk load
#: is writing, as JSON ``{source IRI: [graph IRI, ...]}``; made durable before the load,
#: removed once their hash markers are committed.
LOADING = "loading.json"


def _loading(path: Path) -> Path:
    return snapshots.folder(path) / LOADING


def _record_loading(path: Path, graphs: Mapping[str, Iterable[str]]) -> None:
    """Write the record of what a bulk load is about to write, whole (renamed) and synced."""
    record = _loading(path)
    staging = record.with_suffix(".tmp")
    try:
        with staging.open("w", encoding="utf-8") as f:
            json.dump({source: sorted(g) for source, g in sorted(graphs.items())}, f)
            f.flush()
            os.fsync(f.fileno())
        os.rename(staging, record)
        folder = os.open(record.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write {record.name}: {exc}") from None


_MARKER = f"ASK {{ GRAPH ?s {{ ?s <{DKG.sha256}> ?sha }} }}"


def recover_loading(inner: ox.Store, path: Path) -> int:
    """Drop the graphs of documents a bulk load was writing when it was killed.

    A document named in the record whose hash marker is in the store is finished
    (the kill came after the markers' transaction) and stays.  Facts in the shared
    entities graph are not dropped: see ``graph/ingest.py``.  Returns how many
    documents were dropped.
    """
    record = _loading(path)
    try:
        loading: dict[str, list[str]] = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return 0
    except ValueError as exc:  # only ever renamed into place whole
        raise StoreError(
            f"{record}: unreadable ({exc}); remove the store and build again"
        ) from None
    unfinished = [
        source
        for source in loading
        if not inner.query(_MARKER, substitutions={ox.Variable("s"): ox.NamedNode(source)})
    ]
    drops = sorted({ox.NamedNode(g) for s in unfinished for g in (s, *loading[s])}, key=str)
    if drops:
        inner.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in drops))  # one transaction
    record.unlink()
    return len(unfinished)


def _publish_for_gone_writer(path: Path) -> None:
    """Publish a snapshot of a store whose last writer did not (killed, or older code)."""
    inner = ox.Store(str(path))  # fails if some process holds the database: nothing to do
    recover_loading(inner, path)  # a killed bulk load's documents are not published
    inner.flush()
    snapshots.publish(path, lambda target: inner.backup(str(target)))
    # returning drops the last reference to ``inner``, which closes the database


@contextmanager
def read_snapshot(path: Path) -> Iterator[Path]:
    """A consistent read-only copy of the store at ``path``, pinned while the block runs.

    Open it with ``pyoxigraph.Store.read_only`` or serve it with ``oxigraph
    serve-read-only --location``; it never changes, and no writer deletes it while
    pinned.  :func:`graph.snapshots.latest` tells whether a newer one was published.
    """
    with snapshots.pinned(path, _publish_for_gone_writer) as snapshot:
        yield snapshot
