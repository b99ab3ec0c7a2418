"""Worker processes that run the queries, and the pool that kills and replaces them.

Each query runs in a worker process holding the store open read-only.  When a
query passes the time limit its worker is killed (SIGKILL), so evaluation really
stops, and a fresh worker takes its place.  Oxigraph's own ``--timeout-s`` was
measured not to do this: a ``COUNT(*)`` over a cross join kept a core busy long
after the limit (see the ``serve`` tests and the report in the commit log).

Workers are also cut off from the network where the kernel allows it (a network
namespace of their own), so a ``SERVICE`` call that slipped past the guard would
still reach nothing; their address space is capped (a query that would eat the
machine's memory kills its worker instead, answered as a 500); and they die with
the server (``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import resource
import signal
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from graph.errors import DebateKGError, StoreError
from graph.serve.guard import Refused, check
from graph.serve.results import Answer, negotiate, serialise
from graph.store import LocalStore, Store

_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000
_PR_SET_PDEATHSIG = 1
_START_TIMEOUT_S = 120.0


@dataclass(frozen=True, slots=True)
class Job:
    """One query for a worker: the text and the ``Accept`` header it came with."""

    query: str
    accept: str | None


def answer(store: Store, job: Job, max_rows: int) -> Answer:
    """Check, run and serialise one query (in a worker, under the pool's time limit)."""
    try:
        form = check(job.query)
        media = negotiate(form, job.accept)
        try:
            result = store.query(job.query)
        except SyntaxError as exc:  # Oxigraph's parser disagrees with rdflib's
            raise Refused(400, f"SPARQL syntax error: {exc}") from None
        return serialise(result, media, max_rows)
    except Refused as exc:
        return Answer.error(exc.status, exc.message)
    except DebateKGError as exc:
        return Answer.error(400, str(exc))
    except OSError as exc:
        return Answer.error(500, f"the store could not be read: {exc}")


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - no C library to call
        return None


def isolate_network() -> bool:
    """Move this process into an empty network namespace; whether that worked."""
    libc = _libc()
    if libc is None:
        return False
    # As root a network namespace alone; otherwise inside a user namespace.
    return any(
        libc.unshare(flags) == 0 for flags in (_CLONE_NEWNET, _CLONE_NEWNET | _CLONE_NEWUSER)
    )


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when the thread that started it ends."""
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space (0: no cap); past it allocations fail."""
    if megabytes > 0:
        limit = megabytes << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worker_main(
    conn: Connection, location: str, max_rows: int, max_memory: int, parent: int
) -> None:
    """A worker's life: isolate, open the store read-only, answer jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    die_with_parent(parent)
    isolated = isolate_network()  # first: unshare needs a single-threaded process
    limit_memory(max_memory)
    try:
        store = Store.open(location, read_only=True)
    except DebateKGError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", isolated))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if isinstance(store, LocalStore) and store.stale:
            # A build has published a newer snapshot: answer from it (and unpin the old).
            try:
                fresh = Store.open(location, read_only=True)
            except DebateKGError:
                pass  # keep answering from the snapshot already open
            else:
                store.close()
                store = fresh
        conn.send(answer(store, job, max_rows))


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, location: str, max_rows: int, max_memory: int) -> None:
        ctx = multiprocessing.get_context("spawn")  # the server is threaded: no fork
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=worker_main,
            args=(child, location, max_rows, max_memory, os.getpid()),
            name="debate-kg-serve-worker",
            daemon=True,
        )
        self.process.start()
        child.close()
        if not self.conn.poll(_START_TIMEOUT_S):
            self.kill()
            raise StoreError(f"{location}: a query worker did not start")
        try:
            status, detail = self.conn.recv()
        except EOFError:
            self.kill()
            raise StoreError(f"{location}: a query worker died while starting") from None
        if status != "ready":
            self.kill()
            raise StoreError(str(detail))
        self.isolated = bool(detail)

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
            self.process.join(10)
        self.conn.close()


class Pool:
    """``size`` workers; :meth:`run` sends a job to an idle one and waits ``timeout`` s.

    Workers are started by one long-lived supervisor thread: the kernel's
    parent-death signal follows the *thread* that forked a process, and request
    threads come and go.
    """

    def __init__(
        self, location: str, *, size: int, timeout: float, max_rows: int, max_memory: int = 0
    ) -> None:
        self.location = location
        self.max_memory = max_memory
        self.size = size
        self.timeout = timeout
        self.max_rows = max_rows
        self.isolated = False
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._requests: queue.Queue[bool] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._started = threading.Event()
        self._error: DebateKGError | None = None
        self._thread = threading.Thread(target=self._supervise, name="serve-pool", daemon=True)

    def start(self) -> None:
        """Start the workers; :class:`StoreError` if the store cannot be opened."""
        self._thread.start()
        self._started.wait()
        if self._error is not None:
            self.close()
            raise self._error

    def _supervise(self) -> None:
        try:
            for _ in range(self.size):
                self._add()
        except DebateKGError as exc:
            self._error = exc
        self._started.set()
        while self._requests.get() and not self._closed:
            try:
                self._add()
            except DebateKGError as exc:  # the store went away: one worker fewer, said once
                print(f"error: {exc}", file=sys.stderr)

    def _add(self) -> None:
        worker = Worker(self.location, self.max_rows, self.max_memory)
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._all.add(worker)
            self.isolated = worker.isolated
        self._idle.put(worker)

    def _retire(self, worker: Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        self._requests.put(True)

    def run(self, job: Job) -> Answer:
        """The answer to ``job``; a 503 when it passes the time limit (its worker killed)."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.error(503, f"all {self.size} query workers are busy; try again")
        try:
            worker.conn.send(job)
            done = worker.conn.poll(self.timeout)
            result = worker.conn.recv() if done else None
        except (EOFError, OSError):
            self._retire(worker)
            return Answer.error(
                500,
                "the query worker died, most likely out of memory (this endpoint's "
                "per-query memory cap); ask for less: fewer joins, a LIMIT, no ORDER BY",
            )
        if result is None:
            self._retire(worker)
            return Answer.error(
                503, f"the query was stopped after {self.timeout:g} s, this endpoint's time limit"
            )
        self._idle.put(worker)
        assert isinstance(result, Answer)
        return result

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._all if w.pid is not None)

    def close(self) -> None:
        """Stop every worker and the supervisor."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        self._requests.put(False)
        for worker in workers:
            worker.kill()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(10)
