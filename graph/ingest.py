"""Many files into a store: skip what is built, extract in parallel, write each document whole.

The plan for each file, decided in this process before any work is sent out:

* the store holds its exact bytes, built by this version and linked with the
  registry this build links with (same fingerprint, so a ``members import``
  since makes it stale): skip it (one query up front lists every source
  document, not one query per file);
* otherwise extract it on the executor (:func:`graph.pipeline.extract_nquads`,
  a pure function of the file) and, in input order,
  * if the store has never seen the document, add it to a batch of new
    documents written together (:meth:`Store.add_documents`);
  * if it has (the file changed, or ``force``), replace its graphs in one
    transaction (:meth:`Store.replace_graphs`).

Crash safety: a document is finished when its hash marker is committed, and
then it is all there.  New documents are bulk-loaded on disk (not a
transaction), in batches of ``batch_bytes``: the store first records which
documents and graphs the batch writes, then bulk-loads their bodies, then
commits their markers in one small transaction and drops the record.  Read
snapshots are published only after that (:meth:`Store.checkpoint`), so readers
never see a document without its marker; after a kill, the next writer to open
the store - or a reader recovering a snapshot for a killed writer - drops the
recorded graphs of documents without a marker (:func:`graph.store.recover_loading`).
So a build killed at any point leaves the finished documents and nothing of the
others' own graphs, and running it again builds the rest
(``tests/graph/test_crash_safety.py`` kills builds, also inside bulk loads).

The shared entities graph (people, offices, parties, constituencies, concepts,
the builder) is not dropped: its facts are stated by many documents, so which a
killed one added cannot be told apart.  They cannot be left half-written either:
Oxigraph's bulk loader ingests each run of up to a million quads - every index
and the string table - in one atomic RocksDB ``IngestExternalFiles`` call, and a
batch of :data:`BATCH_BYTES` of N-Quads holds far fewer quads than that, so a
batch's entity facts are in whole or not at all (a batch closes after the
document that fills it, so one huge document could take it past a million:
``benchmarks/results/design-notes.md`` says when).  What a killed batch did add
are facts its documents state about registry entities, each true on its own (a
person's party, an office's label); re-running the build states them again (a
quad store is a set), and a changed or removed document never retracts entity
facts anyway (:meth:`Store.replace_graphs` keeps that graph too).

Why the bulk loader: it writes a build's N-Quads with much less CPU than
transactional loading and far less memory; larger batches are only a little
faster, while its memory grows with the batch, hence batches of a few MB.  The
figures, and what they were measured on, are in ``benchmarks/results/design-notes.md``.

Writing does not hold up extraction: with workers in other processes, batches are
written by one writer thread (:class:`_Writer`), in order, while this thread goes on
handing files to the workers and taking their documents.  Written from this thread, every bulk load left the
workers idle once they had finished the few documents in flight, which with small
files is less work than one batch's load (``benchmarks/results/design-notes.md``);
the bulk loader lets go of the GIL while it works.

Memory stays bounded however large the input: at most ``window`` documents are in
flight on the executor, one batch of about ``batch_bytes`` (plus the document that
filled it) is filled here, and at most three more, joined, are on their way through
the writer (one loading, one queued, one being handed over).

The result is the same graph as building the files one by one with
:func:`graph.pipeline.build_file`; ``tests/graph/test_pipeline_parallel.py``
checks it byte for byte.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from graph import followups
from graph.errors import DebateKGError
from graph.executors import Executor, SerialExecutor
from graph.link import load_build_registry
from graph.paths import Paths
from graph.pipeline import Extracted, extract_nquads, file_sha256, source_of
from graph.registry import Registry
from graph.registry.rdf import ensure_merged
from graph.store import Store
from graph.summaries import Refreshed, complete, refresh

#: Bytes of N-Quads of new documents bulk-loaded together (see the module docstring);
#: the environment variable ``DEBATE_KG_BATCH_BYTES`` overrides it (tests, benchmarks).
BATCH_BYTES = 8 * 1024 * 1024


def batch_bytes_default() -> int:
    """:data:`BATCH_BYTES`, or ``$DEBATE_KG_BATCH_BYTES`` when set."""
    value = os.environ.get("DEBATE_KG_BATCH_BYTES")
    try:
        return BATCH_BYTES if value is None else max(1, int(value))
    except ValueError:
        raise DebateKGError(f"DEBATE_KG_BATCH_BYTES={value!r}: not a whole number") from None


Progress = Callable[[Path, str | None], None]


@dataclass(slots=True)
class BuildReport:
    files: int = 0
    built: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    transcript_bytes: int = 0
    summaries: Refreshed | None = None  # None: nothing changed, the summaries stand
    speeches_unplaced: int = 0  # by speakers the registry should have placed (Extracted)


class _Writer:
    """One thread that runs the build's writes, one at a time, in the order given.

    :meth:`submit` waits while one write runs and another is queued, which bounds
    memory.  A write that fails stops the rest: the error is raised by the next
    :meth:`submit` or by :meth:`close`.  :meth:`close` (or :meth:`abandon`, after an
    error here) always waits for the write in progress, so the store is never closed
    under it.

    Not ``threaded``, each write runs at once in the caller's thread: when extraction
    runs in this process too there is nothing to overlap, and the loader, which takes
    the GIL back now and then, waited behind the extraction's Python code (a serial
    build of 1,500 small pages took 70 s with the thread, 47 s without).
    """

    def __init__(self, *, threaded: bool = True) -> None:
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._stop = False
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(target=self._run, name="debate-kg-writer", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None and not self._stop:
                try:
                    job()
                except BaseException as exc:  # handed to the building thread
                    self._error = exc

    def submit(self, job: Callable[[], None]) -> None:
        self._raise()
        if self._thread is None:
            job()
        else:
            self._jobs.put(job)

    def close(self) -> None:
        """Wait for every write submitted; raise the error of one that failed."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
        self._raise()

    def abandon(self) -> None:
        """Skip the writes not started, wait for the one in progress."""
        self._stop = True
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            self._stop = True
            raise error


class _Batch:
    """New documents waiting to be written together (:meth:`Store.add_documents`)."""

    def __init__(self, store: Store, limit: int, writer: _Writer) -> None:
        self.store, self.limit, self.writer = store, limit, writer
        self.bodies: list[bytes] = []
        self.markers: list[bytes] = []
        self.graphs: dict[str, frozenset[str]] = {}
        self.size = 0

    def add(self, doc: Extracted) -> None:
        self.bodies.append(doc.body)
        self.markers.append(doc.marker)
        self.graphs[doc.source] = doc.graphs
        self.size += len(doc.body)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        if not self.bodies:
            return
        body, markers, graphs = b"".join(self.bodies), b"".join(self.markers), self.graphs
        # Emptied first, so the joined copy is the only one held while it loads.
        self.bodies, self.markers, self.graphs, self.size = [], [], {}, 0
        store = self.store

        def write() -> None:
            store.add_documents(body, markers, graphs)
            store.checkpoint()

        self.writer.submit(write)


def build_paths(
    store: Store,
    files: Iterable[Path],
    *,
    executor: Executor | None = None,
    force: bool = False,
    batch_bytes: int | None = None,
    progress: Progress | None = None,
    registry: Registry | None = None,
) -> BuildReport:
    """Build ``files`` into ``store``; see the module docstring for what happens to each."""
    report = BuildReport()
    if not store.read_only:
        ensure_merged(store)  # a members import killed before its merged graph was sealed
    known = store.built_sources()
    paths = Paths(store)  # where each stored document was read from
    pending: list[tuple[str, str]] = []  # (path, source) built but not yet recorded
    # People are linked with the built-in registry plus what `members import` stored;
    # workers are sent it (once each) only when the store holds an imported one.
    linked = registry if registry is not None else load_build_registry(store)
    fingerprint = linked.fingerprint

    def todo() -> Iterator[str]:
        for path in files:
            report.files += 1
            try:
                source = source_of(path, file_sha256(path))
            except OSError:
                yield str(path)  # the worker reports the error
                continue
            if not force and fingerprint is not None:
                entry = known.get(source)  # the source names the bytes: same source, same bytes
                if entry is not None and entry.same_build(fingerprint):
                    report.unchanged += 1
                    if not paths.gives(path, source):
                        pending.append((str(path), source))
                    if progress:
                        progress(path, None)
                    continue
            yield str(path)

    run = executor or SerialExecutor()
    # A writer thread only helps when extraction runs in other processes (see _Writer).
    writer = _Writer(threaded=not isinstance(run, SerialExecutor))
    batch = _Batch(store, batch_bytes or batch_bytes_default(), writer)
    written: set[str] = set()

    def flush() -> None:
        """Write the waiting documents, then record the paths they came from."""
        batch.flush()
        pairs = pending.copy()
        pending.clear()
        writer.submit(lambda: paths.record(pairs))

    def replace(doc: Extracted) -> None:
        """Replace what the store holds of ``doc``'s source (after what is queued)."""

        def write() -> None:
            quads = ox.parse(doc.body + doc.marker, format=ox.RdfFormat.N_QUADS)
            store.replace_graphs(URIRef(doc.source), set(doc.graphs), quads)
            store.checkpoint()

        writer.submit(write)

    docs = (
        run.map(extract_nquads, todo())
        if linked is Registry.builtin()
        else run.map_with(extract_nquads, linked, todo())
    )
    try:
        for doc in docs:
            if doc.error is not None:
                report.errors.append(doc.error)
            else:
                report.built += 1
                report.transcript_bytes += Path(doc.path).stat().st_size
                report.speeches_unplaced += doc.unplaced
                if doc.source in known or doc.source in written:
                    flush()  # an earlier copy may still be waiting in the batch
                    replace(doc)
                else:
                    batch.add(doc)
                written.add(doc.source)
                pending.append((doc.path, doc.source))
            if progress:
                progress(Path(doc.path), doc.error)
        flush()
    except BaseException:
        writer.abandon()
        raise
    writer.close()
    run.release()  # idle workers' memory would add to what the steps below hold
    # Once the documents are in, and again after a build killed before the summaries'
    # seal: which earlier commitment each status report (or later commitment) follows up,
    # over the whole store (graph/followups.py); then the whole-graph aggregates the named
    # queries read (graph/summaries.py), whose money skips the repeats just found.
    if report.built or not complete(store):
        followups.refresh(store)
        report.summaries = refresh(store)
    store.flush()
    return report
