"""Where per-document work runs: in this process, in a pool of processes, or on Dask.

An executor maps a picklable function over items and yields the results *in
input order*, keeping at most ``window`` items in flight, so memory stays
bounded however many files a build has and the output does not depend on
which worker finished first.

:meth:`Executor.map_with` also hands every call one large shared object (the
member registry, megabytes when pickled) that is shipped to each worker process
once, not with every task: the process pool writes it to a temporary file that
workers read once and keep (keyed by the file), Dask broadcasts it to its workers.
Pickling it again for every task kept the main process busy and made a build with
an imported registry several times slower (figures in
``benchmarks/results/design-notes.md``).

Local worker processes are never forked from the process that runs the build: that
process holds the store's writer lock (a ``flock``, which a forked child keeps for
as long as it lives), and a killed build's forked workers waited forever and kept
the store locked.  They are started by a fork server (a clean process started with
``exec`` that has imported the pipeline; ``spawn`` where there is none), get this
process's environment, and exit as soon as it is gone, however it died: on Linux
the kernel kills them when their parent does (``PR_SET_PDEATHSIG``), and everywhere
a thread in each worker exits when a pipe only this process holds reaches its end.

>>> with executor_for(jobs=1) as run:
...     list(run.map(abs, [-2, 3, -1]))
[2, 3, 1]
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.forkserver
import os
import pickle
import signal
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from typing import Any, Protocol, TypeVar

from graph.errors import DebateKGError

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


class Executor(Protocol):
    """Runs a function over items; results come back in input order."""

    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...

    def map_with(self, fn: Callable[[T, S], R], shared: S, items: Iterable[T]) -> Iterator[R]:
        """``fn(item, shared)`` for each item, ``shared`` sent to each worker once."""
        ...

    def release(self) -> None:
        """Let idle workers of this machine go; the next map starts them again."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


class _Base:
    workers = 1

    def release(self) -> None:
        """Nothing to let go: no workers of this machine are kept between maps."""

    def close(self) -> None:
        """Release the workers."""

    def __enter__(self) -> Executor:
        return self  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        self.close()


class SerialExecutor(_Base):
    """Everything in this process: no start-up cost, one core."""

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        return map(fn, items)

    def map_with(self, fn: Callable[[T, S], R], shared: S, items: Iterable[T]) -> Iterator[R]:
        return (fn(item, shared) for item in items)


def _windowed(
    submit: Callable[[T], Any], result: Callable[[Any], R], items: Iterable[T], window: int
) -> Iterator[R]:
    pending: deque[Any] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


#: In a worker process: the shared object last loaded, keyed by its file, and how many
#: times one was loaded (tests check that it is once per worker).
_shared: tuple[str, Any] | None = None
_shared_loads = 0


def _with_shared(fn: Callable[[T, S], R], key: str, item: T) -> R:
    global _shared, _shared_loads
    if _shared is None or _shared[0] != key:
        with open(key, "rb") as f:
            _shared = (key, pickle.load(f))
        _shared_loads += 1
    value: S = _shared[1]
    return fn(item, value)


def shared_loads(_: object = None) -> tuple[int, int]:
    """This process's id and how many shared objects it has loaded (for tests)."""
    return os.getpid(), _shared_loads


#: Modules the fork server imports once, so that each worker starts with them loaded.
PRELOAD = ("graph.pipeline",)

#: ``prctl`` option: the signal a process gets when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


def _context() -> BaseContext:
    """Start workers from a fork server (POSIX), else by ``spawn``: never by ``fork``."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(PRELOAD))  # no effect once the server runs
    # Start it now, so that its imports overlap with this process opening the store.
    multiprocessing.forkserver.ensure_running()
    return context


def _exit_at_eof(alive: Connection) -> None:
    with suppress(EOFError, OSError):
        alive.recv_bytes()  # nothing is ever sent: this returns when the pool's owner is gone
    os._exit(1)


def _start_worker(
    alive: Connection, environ: Mapping[str, str], setup: Callable[[], None] | None
) -> None:
    """In each worker: die with the pool's owner, take its environment, run ``setup``."""
    if sys.platform.startswith("linux"):
        # The parent is the fork server, which exits when the pool's owner does.
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    threading.Thread(target=_exit_at_eof, args=(alive,), daemon=True).start()
    os.environ.clear()
    os.environ.update(environ)
    if setup is not None:
        setup()


def _result(future: Future[R]) -> R:
    try:
        return future.result()
    except BrokenProcessPool:
        raise DebateKGError(
            "a worker process died (killed, or out of memory?); nothing of its files was written"
        ) from None


class ProcessExecutor(_Base):
    """A pool of worker processes on this machine (``debate-kg build --jobs N``).

    Workers are not forked from this process and exit when it does (see the module
    docstring); ``setup`` runs in each as it starts.  A program that makes one runs
    its main module again in each worker, as Python's ``spawn`` does: guard its
    top-level code with ``if __name__ == "__main__"``.
    """

    def __init__(
        self,
        jobs: int,
        *,
        window: int | None = None,
        setup: Callable[[], None] | None = None,
    ) -> None:
        self.workers = jobs
        # 8 per worker keeps them busy while the writer commits a batch: 4 left them
        # waiting, 16 was no faster and held more memory (benchmarks/results/design-notes.md).
        self.window = window or 8 * jobs
        context = _context()
        # Only this process holds ``self._alive``: workers see its pipe end when it is gone.
        watched, self._alive = context.Pipe(duplex=False)
        self._start: Callable[[], ProcessPoolExecutor] = lambda: ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=context,
            initializer=_start_worker,
            initargs=(watched, dict(os.environ), setup),
        )
        self._pool: ProcessPoolExecutor | None = self._start()
        self._watched = watched

    def _running(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = self._start()
        return self._pool

    def release(self) -> None:
        """Stop the workers (each holds its own copy of the extractor and the registry,
        ~50-60 MB) until the next map: a build lets them go before the work it does
        over the whole store, whose memory then adds to theirs for nothing."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        def submit(item: T) -> Future[R]:
            return self._running().submit(fn, item)

        return _windowed(submit, _result, items, self.window)

    def submit(self, fn: Callable[[T], R], item: T) -> Callable[[], R]:
        """Start ``fn(item)`` now; the returned call waits for its result (or error)."""
        future = self._running().submit(fn, item)
        return lambda: _result(future)

    def map_with(self, fn: Callable[[T, S], R], shared: S, items: Iterable[T]) -> Iterator[R]:
        with tempfile.NamedTemporaryFile(prefix="debate-kg-shared-", delete=False) as f:
            pickle.dump(shared, f, protocol=pickle.HIGHEST_PROTOCOL)
        key = f.name

        def submit(item: T) -> Future[R]:
            return self._running().submit(_with_shared, fn, key, item)

        try:
            yield from _windowed(submit, _result, items, self.window)
        finally:
            os.unlink(key)

    def close(self) -> None:
        self.release()
        self._alive.close()
        self._watched.close()


class DaskExecutor(_Base):
    """Workers of a Dask cluster (``--executor dask://HOST:PORT``), or a given ``Client``.

    The workers need this package installed and must be able to read the
    input paths (a shared file system), and write the shard folder if there is one.
    """

    def __init__(self, address: str | None = None, *, client: Any = None, window: int = 0) -> None:
        try:
            from distributed import Client
        except ImportError:  # pragma: no cover - depends on the installation
            raise DebateKGError(
                "the Dask executor needs dask.distributed: pip install 'dask[distributed]'"
            ) from None
        self._own = client is None
        self._client = client if client is not None else Client(address)  # type: ignore[no-untyped-call]
        self.workers = max(1, sum(self._client.nthreads().values()))
        self.window = window or 4 * self.workers

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        def submit(item: T) -> Any:
            return self._client.submit(fn, item, pure=False)

        def result(future: Any) -> R:
            value: R = future.result()
            future.release()
            return value

        return _windowed(submit, result, items, self.window)

    def map_with(self, fn: Callable[[T, S], R], shared: S, items: Iterable[T]) -> Iterator[R]:
        # Broadcast once; tasks name the data, and each worker keeps its copy.
        scattered = self._client.scatter(shared, broadcast=True, hash=False)

        def submit(item: T) -> Any:
            return self._client.submit(fn, item, scattered, pure=False)

        def result(future: Any) -> R:
            value: R = future.result()
            future.release()
            return value

        try:
            yield from _windowed(submit, result, items, self.window)
        finally:
            scattered.release()

    def close(self) -> None:
        if self._own:
            self._client.close()


def processes(jobs: int) -> int:
    """How many processes ``--jobs`` asks for: ``0`` means one per CPU."""
    return jobs or os.cpu_count() or 1


def executor_for(
    jobs: int = 1, executor: str | None = None, *, setup: Callable[[], None] | None = None
) -> Executor:
    """The executor a build asks for: ``dask://HOST:PORT``, else ``jobs`` local processes.

    ``jobs=0`` means one process per CPU; ``setup`` runs in each local worker process.
    """
    if executor:
        if not executor.startswith("dask://"):
            raise DebateKGError(f"unknown executor {executor!r} (expected dask://HOST:PORT)")
        return DaskExecutor("tcp://" + executor.removeprefix("dask://"))
    jobs = processes(jobs)
    if jobs == 1:
        return SerialExecutor()
    return ProcessExecutor(jobs, setup=setup)
