"""The embedded store: an Oxigraph database on disk (or in memory).

Opened for writing, it holds the store's writer lock and publishes read snapshots
(:mod:`graph.store.snapshots`); opened read-only, it is the newest snapshot,
pinned until closed.  New documents are bulk-loaded and kept whole by a record of
what is being loaded (:func:`recover_loading`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pyoxigraph as ox

from graph.errors import QueryError, StoreError
from graph.store import snapshots
from graph.store.base import (
    Result,
    Store,
)
from ontology import DKG, PREFIXES


class LocalStore(Store):
    """An embedded Oxigraph database: on disk (:meth:`open_path`) or in memory.

    Opened for writing, it holds the store's writer lock and publishes read
    snapshots; opened read-only, it is the newest snapshot, pinned until closed.
    """

    home = "local"

    @classmethod
    def at(cls, location: str | Path | None, *, read_only: bool = False) -> LocalStore:
        if location is None:
            return cls(ox.Store())
        return cls.open_path(Path(location), read_only=read_only)

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
            location = Path(self.location)
            snapshots.settle(location, publish_if=lambda store: not _loading(store).exists())

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


#: Beside the database (in :func:`graph.store.snapshots.folder`): the documents a bulk load
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
    pinned.  :func:`graph.store.snapshots.latest` tells whether a newer one was published.
    """
    with snapshots.pinned(path, _publish_for_gone_writer) as snapshot:
        yield snapshot
