"""The store: one interface, two homes for the data.

* :class:`LocalStore` - an Oxigraph database on disk (or in memory), embedded;
* :class:`~graph.store.remote.RemoteStore` - a SPARQL 1.1 endpoint over HTTP (Oxigraph
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
:mod:`graph.store.snapshots`.  Servers that need a directory use :func:`read_snapshot`.
"""

from __future__ import annotations

from graph.store import locks, snapshots
from graph.store.base import (
    DEFAULT_LOCATION,
    SOURCES_QUERY,
    BuiltSource,
    OxTerm,
    Result,
    Store,
    is_remote,
    replace_update,
    sorted_nquads,
    to_nquads,
    to_ox,
    to_ox_quads,
)
from graph.store.local import LOADING, LocalStore, _record_loading, read_snapshot, recover_loading
from graph.store.remote import Endpoints, RemoteStore

__all__ = [
    "DEFAULT_LOCATION",
    "LOADING",
    "SOURCES_QUERY",
    "BuiltSource",
    "Endpoints",
    "LocalStore",
    "OxTerm",
    "RemoteStore",
    "Result",
    "Store",
    "_record_loading",
    "is_remote",
    "locks",
    "read_snapshot",
    "recover_loading",
    "replace_update",
    "snapshots",
    "sorted_nquads",
    "to_nquads",
    "to_ox",
    "to_ox_quads",
]
