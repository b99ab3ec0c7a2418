"""Many files into a store: skip what is built, extract in parallel, write each document whole.

The plan for each file, decided in this process before any work is sent out:

* the store holds its exact bytes, built by this version and linked with the
  registry this build links with (same fingerprint, so a ``members import``
  since makes it stale): skip it (one query up front lists every source
  document, not one query per file);
* otherwise extract it on the executor (:func:`graph.pipeline.extract_nquads`,
  a pure function of the file) and, in input order,
  * if the store has never seen the document, add its N-Quads to a batch of
    whole documents written in one transaction (:meth:`Store.add_nquads`);
  * if it has (the file changed, or ``force``), replace its graphs in one
    transaction (:meth:`Store.replace_graphs`).

Crash safety: a document is finished when the transaction holding it has
committed, and then it is all there, hash marker included; a build killed at
any point leaves the finished documents and nothing of the others, and running
it again builds the rest (``tests/graph/test_crash_safety.py`` kills builds).
After each committed batch the store may publish a read snapshot
(:meth:`Store.checkpoint`), so readers follow a long build document by document.

Why transactions and not the bulk loader (which is not transactional: a kill
during it can leave part of a document, or indexes out of step): written into a
fresh on-disk store, 248k quads (60 MB of N-Quads of a ``pp`` corpus), quiet
machine: bulk_load in 32 MB batches 143k quads/s (1.6 CPU s); transactional
``load`` 59k quads/s in 1 MB batches (4.1 CPU s), 45k in 8 MB; ``extend`` of
parsed quads 32-35k.  So ``load`` in 1 MB batches of whole documents: the
cheapest transaction, and a kill loses at most one batch.  A whole ``--jobs 2``
build of a 300x corpus (146 files, ~320k quads) spends 7.2-7.4 CPU s in this
process against 3.0 with the bulk loader (wall 7.9-18.8 s against 5.3-10.7 s on
the shared machine): the price of crash safety.

Memory stays flat however large the input: at most ``window`` documents are in
flight on the executor, and one batch of at most ``batch_bytes`` waits here.

The result is the same graph as building the files one by one with
:func:`graph.pipeline.build_file`; ``tests/graph/test_pipeline_parallel.py``
checks it byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from graph.executors import Executor, SerialExecutor
from graph.link import load_build_registry
from graph.pipeline import Extracted, extract_nquads, file_sha256, source_of
from graph.registry import Registry
from graph.store import Store

#: Bytes of N-Quads of whole documents gathered into one transaction.
BATCH_BYTES = 1024 * 1024

Progress = Callable[[Path, str | None], None]


@dataclass(slots=True)
class BuildReport:
    files: int = 0
    built: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    transcript_bytes: int = 0


class _Batch:
    """Whole documents waiting to be written together in one transaction."""

    def __init__(self, store: Store, limit: int) -> None:
        self.store, self.limit = store, limit
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, doc: Extracted) -> None:
        self.parts += (doc.body, doc.marker)
        self.size += len(doc.body) + len(doc.marker)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.store.add_nquads(b"".join(self.parts))
            self.store.checkpoint()
        self.parts, self.size = [], 0


def build_paths(
    store: Store,
    files: Iterable[Path],
    *,
    executor: Executor | None = None,
    force: bool = False,
    batch_bytes: int = BATCH_BYTES,
    progress: Progress | None = None,
    registry: Registry | None = None,
) -> BuildReport:
    """Build ``files`` into ``store``; see the module docstring for what happens to each."""
    report = BuildReport()
    known = store.built_sources()
    # People are linked with the built-in registry plus what `members import` stored;
    # workers are sent it (once each) only when the store holds an imported one.
    linked = registry if registry is not None else load_build_registry(store)
    fingerprint = linked.fingerprint

    def todo() -> Iterator[str]:
        for path in files:
            report.files += 1
            if not force and fingerprint is not None:
                entry = known.get(source_of(path))
                # Hash the file only when the builder and registry already match.
                if entry is not None and entry.same_build(fingerprint):
                    try:
                        unchanged = entry.sha256 == file_sha256(path)
                    except OSError:
                        unchanged = False  # the worker reports the error
                    if unchanged:
                        report.unchanged += 1
                        if progress:
                            progress(path, None)
                        continue
            yield str(path)

    batch = _Batch(store, batch_bytes)
    written: set[str] = set()
    run = executor or SerialExecutor()
    docs = (
        run.map(extract_nquads, todo())
        if linked is Registry.builtin()
        else run.map_with(extract_nquads, linked, todo())
    )
    for doc in docs:
        if doc.error is not None:
            report.errors.append(doc.error)
        else:
            report.built += 1
            report.transcript_bytes += Path(doc.path).stat().st_size
            if doc.source in known or doc.source in written:
                batch.flush()  # an earlier copy may still be waiting in the batch
                quads = ox.parse(doc.body + doc.marker, format=ox.RdfFormat.N_QUADS)
                store.replace_graphs(URIRef(doc.source), set(doc.graphs), quads)
                store.checkpoint()
            else:
                batch.add(doc)
            written.add(doc.source)
        if progress:
            progress(Path(doc.path), doc.error)
    batch.flush()
    store.flush()
    return report
