"""Many files into a store: skip what is built, extract in parallel, bulk-load what is new.

The plan for each file, decided in this process before any work is sent out:

* the store holds its exact bytes, built by this version and linked with the
  registry this build links with (same fingerprint, so a ``members import``
  since makes it stale): skip it (one query up front lists every source
  document, not one query per file);
* otherwise extract it on the executor (:func:`graph.pipeline.extract_nquads`,
  a pure function of the file) and, in input order,
  * if the store has never seen the document, add its N-Quads to a batch that
    goes to the bulk loader (documents are loaded body first, hash marker last);
  * if it has (the file changed, or ``force``), replace its graphs in one
    transaction (:meth:`Store.replace_graphs`).

The result is the same graph as building the files one by one with
:func:`graph.pipeline.build_file`; ``tests/graph/test_pipeline_parallel.py``
checks it byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from graph.executors import Executor, SerialExecutor
from graph.link import load_build_registry
from graph.pipeline import Extracted, extract_nquads, file_sha256, source_of
from graph.registry import Registry
from graph.store import Store

#: Bytes of N-Quads gathered before each call to the bulk loader.
BATCH_BYTES = 32 * 1024 * 1024

Progress = Callable[[Path, str | None], None]


@dataclass(slots=True)
class BuildReport:
    files: int = 0
    built: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    transcript_bytes: int = 0


class _BulkBatch:
    def __init__(self, store: Store, limit: int) -> None:
        self.store, self.limit = store, limit
        self.body: list[bytes] = []
        self.markers: list[bytes] = []
        self.size = 0

    def add(self, doc: Extracted) -> None:
        self.body.append(doc.body)
        self.markers.append(doc.marker)
        self.size += len(doc.body)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        if self.body:
            self.store.load_nquads(b"".join(self.body))
            self.store.load_nquads(b"".join(self.markers))
        self.body, self.markers, self.size = [], [], 0


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
    # workers get it with each task only when the store holds an imported one.
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

    batch = _BulkBatch(store, batch_bytes)
    written: set[str] = set()
    run = executor or SerialExecutor()
    extract = (
        extract_nquads if linked is Registry.builtin() else partial(extract_nquads, registry=linked)
    )
    for doc in run.map(extract, todo()):
        if doc.error is not None:
            report.errors.append(doc.error)
        else:
            report.built += 1
            report.transcript_bytes += Path(doc.path).stat().st_size
            if doc.source in known or doc.source in written:
                batch.flush()  # an earlier copy may still be waiting in the batch
                quads = ox.parse(doc.body + doc.marker, format=ox.RdfFormat.N_QUADS)
                store.replace_graphs(URIRef(doc.source), set(doc.graphs), quads)
            else:
                batch.add(doc)
            written.add(doc.source)
        if progress:
            progress(Path(doc.path), doc.error)
    batch.flush()
    store.flush()
    return report
